"""What Scripts/bench.sh and Scripts/bench-postgres.sh both measure and write.

  bench_support.py turns FILE                      the 10,000-line piped file (12 lines repeated)
  bench_support.py first-reply BINARY DB RUNS AIM  process start to first reply, median of RUNS;
                                                   AIM "-" prints no aim and no whole-run line
"""
import statistics
import subprocess
import sys
import time

LINES = ["hello", "what are your opening hours?", "営業時間は？", "do you take credit cards",
         "返品したいです", "where is my order 1002?", "how long does shipping take",
         "thanks", "請求書INV-2001の状況", "tell me a joke", "I want to talk to a person",
         "do you have any discounts this month"]


def turns(path):
    with open(path, "w") as f:
        for i in range(10_000):
            f.write(LINES[i % len(LINES)] + "\n")


def first_reply(binary, db, runs, aim):
    # The line is written to the console's stdin, which stays open, and the clock stops when the
    # reply's line arrives on its stdout.
    first, whole = [], []
    for _ in range(runs):
        start = time.perf_counter()
        console = subprocess.Popen([binary, "--db", db], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE)
        console.stdin.write(b"what are your opening hours?\n")
        console.stdin.flush()
        reply = console.stdout.readline()
        first.append((time.perf_counter() - start) * 1000)
        console.stdin.close()
        console.wait()
        whole.append((time.perf_counter() - start) * 1000)
        if b"Monday" not in reply:
            sys.exit(f"unexpected reply: {reply!r}")
    first.sort()
    p90 = first[int(runs * 0.9)]
    line = (f"process start to first reply, one piped line (median of {runs} runs): "
            f"{statistics.median(first):.1f} ms (min {first[0]:.1f}, p90 {p90:.1f})")
    if aim == "-":
        print(line)
        return
    print(f"{line} (aim: {aim})")
    print("whole run for that line, to exit (closing the conversation and the database): "
          f"{statistics.median(whole):.1f} ms median")


if __name__ == "__main__":
    if sys.argv[1] == "turns":
        turns(sys.argv[2])
    else:
        first_reply(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
