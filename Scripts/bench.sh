#!/usr/bin/env bash
# Speed figures from the release build: start-up to first reply, piped turns per second with
# logging, the import of 1,000,000 order lines, `classify` and `ask` with the CLINC150 catalog
# (when ../shared/datasets is there), then the in-process matcher and store benchmarks,
# then the same on a throwaway PostgreSQL server when its binaries are installed
# (Scripts/bench-postgres.sh). Run through `make bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/switchboard
bench=.build/release/switchboard-bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

. Scripts/bench-common.sh

echo "== console (release build)"
# Trained matchers go to a cache of this run's own, so the first start below trains.
export SWITCHBOARD_CACHE="$work/cache"
start=$(now_ns)
echo hello | "$bin" --db "$work/first.sqlite" >/dev/null
echo "first run of a build on a new database (create, migrate, seed the demo company, train and cache the matcher, first reply): $(( ($(now_ns) - start) / 1000000 )) ms"

# From process start to the first reply: the line is written to the console's stdin, which stays
# open, and the clock stops when the reply's line arrives on its stdout.
python3 Scripts/bench_support.py first-reply "$bin" "$work/first.sqlite" 41 "under 30 ms"

python3 Scripts/bench_support.py turns "$work/turns.txt"
# Three runs, each on its own copy of the seeded database; the median is reported.
runs=3
for run in $(seq $runs); do
  cp "$work/first.sqlite" "$work/piped-$run.sqlite"
  start=$(now_ns)
  "$bin" --db "$work/piped-$run.sqlite" < "$work/turns.txt" >/dev/null
  echo $(( $(now_ns) - start ))
done | median | awk -v n=$runs '{
  printf "10,000-line piped file with logging (median of %d runs): %.2f s, %.0f turns per second (aim: at least 10,000)\n", n, $1/1e9, 10000/($1/1e9) }'
before=$("$bin" export messages --db "$work/first.sqlite" | wc -l)
after=$("$bin" export messages --db "$work/piped-1.sqlite" | wc -l)
echo "messages logged by one run: $((after - before)) (two per line)"

echo
echo "== import (release build)"
# 1,000,000 order lines of the demo company's 1,000 orders (lines 101 to 1,100 of each), written
# here and never committed; imported into a copy of the seeded database, as CSV and as JSON Lines.
python3 - "$work/order_lines" <<'PY'
import sys
base = sys.argv[1]
with open(base + ".csv", "w") as csv, open(base + ".jsonl", "w") as jsonl:
    csv.write("order_id,line,product_id,quantity,unit_price\n")
    for order in range(1001, 2001):
        for line in range(101, 1101):
            product = 1001 + (order * 7 + line) % 50
            quantity = 1 + line % 5
            price = f"{(order * 13 + line) % 900 + 1}.{line % 100:02d}"
            csv.write(f"{order},{line},P-{product},{quantity},{price}\n")
            jsonl.write(f'{{"order_id":"{order}","line":{line},"product_id":"P-{product}",'
                        f'"quantity":{quantity},"unit_price":{price}}}\n')
PY
for format in csv jsonl; do
  cp "$work/first.sqlite" "$work/import-$format.sqlite"
  size=$(( $(stat -c %s "$work/order_lines.$format") / 1048576 ))
  start=$(now_ns)
  /usr/bin/time -f "%M" -o "$work/rss" "$bin" import order_lines "$work/order_lines.$format" \
    --db "$work/import-$format.sqlite" --role admin >/dev/null 2>"$work/import.err" \
    || { cat "$work/import.err" >&2; exit 1; }
  elapsed=$(( $(now_ns) - start ))
  awk -v ns="$elapsed" -v rss="$(cat "$work/rss")" -v f="$format" -v mb="$size" 'BEGIN {
    printf "import of 1,000,000 order lines (%s, %d MB) on SQLite: %.2f s, %.0f rows per second, peak RSS %.1f MB (aim: under 30 s, memory flat in file size)\n", f, mb, ns/1e9, 1e6/(ns/1e9), rss/1024 }'
done
rows=$("$bin" export order_lines --db "$work/import-csv.sqlite" --format csv | wc -l)
echo "order lines after the CSV import: $((rows - 1))"
# On a PostgreSQL server too, when one is given (SWITCHBOARD_BENCH_POSTGRES, a database it may
# fill: the demo company is seeded into it first when it has none).
if [ -n "${SWITCHBOARD_BENCH_POSTGRES:-}" ]; then
  "$bin" db init --db "$SWITCHBOARD_BENCH_POSTGRES" >/dev/null
  start=$(now_ns)
  /usr/bin/time -f "%M" -o "$work/rss" "$bin" import order_lines "$work/order_lines.csv" \
    --db "$SWITCHBOARD_BENCH_POSTGRES" --role admin >/dev/null 2>"$work/import.err" \
    || { cat "$work/import.err" >&2; exit 1; }
  elapsed=$(( $(now_ns) - start ))
  awk -v ns="$elapsed" -v rss="$(cat "$work/rss")" 'BEGIN {
    printf "import of 1,000,000 order lines (csv) on PostgreSQL: %.2f s, %.0f rows per second, peak RSS %.1f MB\n", ns/1e9, 1e6/(ns/1e9), rss/1024 }'
fi

echo
echo "== matcher, whole process (release build)"
# The CLINC150 catalog imported as a user would (which trains it and fills this run's cache), then
# each command run with that warm cache: CPU seconds and peak RSS from the kernel (median of 5).
datasets=${SWITCHBOARD_DATASETS:-../shared/datasets}
if [ -f "$datasets/clinc150/train.csv" ] && [ -f "$datasets/clinc150/val.csv" ]; then
  "$bin" intents import "$datasets/clinc150/train.csv" --out "$work/clinc" \
    --word-vectors lexicon/english.vectors >/dev/null
  python3 Scripts/bench_support.py clinc-lines "$datasets/clinc150" "$work/clinc-lines.txt"
  read -r cpu rss < <(python3 Scripts/bench_support.py usage 5 "$work/clinc-lines.txt" \
    "$bin" classify --intents "$work/clinc")
  echo "classify of 5,500 CLINC150 lines (val, then train) with a warm matcher cache: $cpu s CPU, peak RSS $rss MB (aim: at most 0.15 s)"
  cp "$work/first.sqlite" "$work/ask.sqlite"
  read -r cpu rss < <(python3 Scripts/bench_support.py usage 5 - \
    "$bin" ask "what is my credit score" --intents "$work/clinc" --db "$work/ask.sqlite")
  echo "ask with the CLINC150 catalog and a warm matcher cache: peak RSS $rss MB (aim: at most 64 MB), $cpu s CPU"
else
  echo "CLINC150: skipped (no $datasets/clinc150; set SWITCHBOARD_DATASETS)"
fi

if [ -x "$bench" ] && [ "${BENCH_CONSOLE_ONLY:-}" != 1 ]; then
  echo
  "$bench" matcher store simulate report
fi

echo
if [ "${BENCH_CONSOLE_ONLY:-}" = 1 ]; then
  echo "== PostgreSQL: skipped (BENCH_CONSOLE_ONLY=1)"
elif ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  Scripts/with-postgres.sh Scripts/bench-postgres.sh
else
  echo "== PostgreSQL: skipped (no server binaries under /usr/lib/postgresql; Scripts/with-postgres.sh installs them)"
fi
