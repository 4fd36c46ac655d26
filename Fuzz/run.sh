#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer targets of Fuzz/ (release, -sanitize=fuzzer,address) and runs
# each for FUZZ_SECONDS from its committed corpus, Fuzz/Corpus/<target>/.
#
# New coverage goes to a scratch corpus under .build-fuzz/ (never into git). A crash, leak,
# timeout (an input running FUZZ_TIMEOUT seconds), out-of-memory or slow input (FUZZ_SLOW
# seconds, and as slow when run again alone) is copied into Fuzz/Corpus/<target>/ as a regression input, named as libFuzzer names
# it (crash-<sha1>, ...), and the run fails; commit it with the fix. An input of the committed
# corpus that still crashes is reported as such.
#
#   FUZZ_SECONDS=600 make fuzz                 every target, ten minutes each
#   FUZZ_TARGETS="FuzzMatcher FuzzSlots" make fuzz
set -uo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
SECONDS_EACH=${FUZZ_SECONDS:-60}
TIMEOUT=${FUZZ_TIMEOUT:-10}
SLOW=${FUZZ_SLOW:-1}
MAX_LEN=${FUZZ_MAX_LEN:-4096}
TARGETS=${FUZZ_TARGETS:-FuzzIntentFile FuzzRules FuzzTranscript FuzzMatcher FuzzSlots FuzzLabelledData FuzzWordVectors}
SCRATCH=.build-fuzz
# One `--sanitize` only: SwiftPM keeps its sanitizers in a set, so with two the order of the
# `-sanitize=` flags changes from run to run; swiftc honours only the last one (coverage or
# ASan, not both) and every change of order rebuilds everything. `--sanitize fuzzer` makes
# SwiftPM link libFuzzer's `main` (without its `--defsym main=`); the flags after it give every
# Swift and C module both coverage and ASan.
BUILD=("$SWIFT" build --package-path Fuzz --scratch-path "$SCRATCH" -c release --sanitize fuzzer
  -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer,address)

"${BUILD[@]}" || exit 1
BIN=$SCRATCH/release

# The Swift runtime's backtracer misreads ASan's shadow memory; LeakSanitizer runs after every
# input with the one suppression of Fuzz/lsan.supp (a leak in Foundation, not ours).
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0"

failed=0
summary=()
for target in $TARGETS; do
  corpus=Fuzz/Corpus/$target
  work=$SCRATCH/corpus/$target
  artifacts=$SCRATCH/artifacts/$target
  log=$SCRATCH/logs/$target.log
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  rm -f "$artifacts"/*
  echo "make fuzz: $target for ${SECONDS_EACH}s (log: $log)"
  "$BIN/$target" "$work" "$corpus" -max_total_time="$SECONDS_EACH" -timeout="$TIMEOUT" \
    -report_slow_units="$SLOW" -max_len="$MAX_LEN" -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" >"$log" 2>&1
  status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  result="ok"
  for artifact in "$artifacts"/*; do
    [ -e "$artifact" ] || continue
    name=$(basename "$artifact")
    # On a loaded machine an input can be slow once; it is kept only if it is slow alone too.
    if [[ $name == slow-unit-* ]]; then
      ms=$("$BIN/$target" "$artifact" 2>&1 | sed -n 's/^Executed .* in \([0-9]*\) ms$/\1/p')
      if [ "${ms:-0}" -lt $((SLOW * 1000)) ]; then
        result="ok ($name: ${SLOW}s or more once, ${ms:-?} ms alone; not kept)"
        continue
      fi
    fi
    if [ -e "$corpus/$name" ]; then
      result="FAILED: $corpus/$name (a regression input) still fails"
    else
      cp "$artifact" "$corpus/$name"
      result="FAILED: $corpus/$name added (commit it with the fix)"
    fi
    failed=1
  done
  if [ "$status" -ne 0 ] && [ "$result" = "ok" ]; then
    result="FAILED: exit status $status, see $log"
    failed=1
  fi
  summary+=("$(printf '%-18s %10s runs %7s exec/s %6s MB  %s' "$target" "${runs:-?}" \
    "${rate:-?}" "${rss:-?}" "$result")")
done

echo
echo "make fuzz: ${SECONDS_EACH}s per target"
printf '%s\n' "${summary[@]}"
exit "$failed"
