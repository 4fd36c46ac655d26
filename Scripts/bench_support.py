"""What Scripts/bench.sh and Scripts/bench-postgres.sh both measure and write.

  bench_support.py turns FILE                      the 10,000-line piped file (12 lines repeated)
  bench_support.py first-reply BINARY DB RUNS AIM  process start to first reply, median of RUNS;
                                                   AIM "-" prints no aim and no whole-run line
  bench_support.py clinc-lines DIR FILE            5,500 lines to classify: the texts of CLINC150's
                                                   val.csv in DIR, then train.csv's first ones
  bench_support.py usage RUNS INPUT COMMAND...     CPU seconds (user + system) and peak RSS (MB) of
                                                   COMMAND with stdin from INPUT ("-": none),
                                                   medians of RUNS runs, as "SECONDS MB"
"""
import csv
import os
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


def clinc_lines(directory, path, count=5_500):
    # CLINC150's test split is kept apart: validation texts first, then training texts.
    texts = []
    for name in ("val.csv", "train.csv"):
        with open(f"{directory}/{name}", newline="") as f:
            texts += [row["text"] for row in csv.DictReader(f)]
    with open(path, "w") as f:
        for text in texts[:count]:
            f.write(text + "\n")


def usage(runs, stdin, command):
    # os.wait4 gives the rusage of that one child: its CPU time, and its peak RSS in kilobytes.
    seconds, megabytes = [], []
    for _ in range(runs):
        with open(stdin if stdin != "-" else os.devnull, "rb") as source:
            child = subprocess.Popen(command, stdin=source, stdout=subprocess.DEVNULL)
            _, status, rusage = os.wait4(child.pid, 0)
            child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            sys.exit(f"{' '.join(command)}: exit status {child.returncode}")
        seconds.append(rusage.ru_utime + rusage.ru_stime)
        megabytes.append(rusage.ru_maxrss / 1024)
    print(f"{statistics.median(seconds):.3f} {statistics.median(megabytes):.1f}")


if __name__ == "__main__":
    if sys.argv[1] == "turns":
        turns(sys.argv[2])
    elif sys.argv[1] == "clinc-lines":
        clinc_lines(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "usage":
        usage(int(sys.argv[2]), sys.argv[3], sys.argv[4:])
    else:
        first_reply(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
