#!/usr/bin/env bash
# Speed figures from the release build: start-up to first reply, piped turns per second with
# logging, then the in-process matcher and store benchmarks. Run through `make bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/switchboard
bench=.build/release/switchboard-bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now_ns() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "== console (release build)"
start=$(now_ns)
echo hello | "$bin" --db "$work/first.sqlite" >/dev/null
echo "first run on a new database (create, migrate, seed the demo company, first reply): $(( ($(now_ns) - start) / 1000000 )) ms"

runs=21
for _ in $(seq $runs); do
  start=$(now_ns)
  echo "what are your opening hours?" | "$bin" --db "$work/first.sqlite" >/dev/null
  echo $(( ($(now_ns) - start) / 1000 ))
done | median | awk -v n=$runs '{printf "process start to first reply, one piped line (median of %d runs): %.1f ms (aim: under 30 ms)\n", n, $1/1000}'

python3 - "$work/turns.txt" <<'PY'
import sys
lines = ["hello", "what are your opening hours?", "営業時間は？", "do you take credit cards",
         "返品したいです", "where is my order 1002?", "how long does shipping take",
         "thanks", "請求書INV-2001の状況", "tell me a joke", "I want to talk to a person",
         "do you have any discounts this month"]
with open(sys.argv[1], "w") as f:
    for i in range(10_000):
        f.write(lines[i % len(lines)] + "\n")
PY
start=$(now_ns)
"$bin" --db "$work/first.sqlite" < "$work/turns.txt" >/dev/null
elapsed=$(( $(now_ns) - start ))
logged=$("$bin" export messages --db "$work/first.sqlite" | wc -l)
awk -v ns="$elapsed" -v logged="$logged" 'BEGIN {
  printf "10,000-line piped file with logging: %.2f s, %.0f turns per second (aim: at least 10,000)\n", ns/1e9, 10000/(ns/1e9)
  printf "messages in the log afterwards: %d\n", logged }'

if [ -x "$bench" ]; then
  echo
  "$bench" matcher store simulate report
fi
