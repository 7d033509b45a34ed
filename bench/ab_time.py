#!/usr/bin/env python3
"""Times commands in interleaved rounds, for A/B comparisons on a noisy machine.

    bench/ab_time.py ROUNDS 'COMMAND A' 'COMMAND B' ...

Each round runs every command once, in order, so drift in the machine's speed
falls on all of them alike (hyperfine times one command's runs back to back).
Prints, per command, the median and first quartile of wall time and the median
CPU time (user + system) in milliseconds. Commands are split like a shell's
words (shlex) but not run through a shell; their stdout is discarded.
"""
import os
import shlex
import statistics
import subprocess
import sys
import time


def run(argv):
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    if status != 0:
        sys.exit(f"exit code {os.waitstatus_to_exitcode(status)}: {shlex.join(argv)}")
    return (time.perf_counter() - start) * 1000, (usage.ru_utime + usage.ru_stime) * 1000


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    rounds, commands = int(sys.argv[1]), [shlex.split(c) for c in sys.argv[2:]]
    for argv in commands:  # One warm-up run each (page cache).
        run(argv)
    wall = [[] for _ in commands]
    cpu = [[] for _ in commands]
    for _ in range(rounds):
        for i, argv in enumerate(commands):
            w, c = run(argv)
            wall[i].append(w)
            cpu[i].append(c)
    for i, argv in enumerate(commands):
        q1 = statistics.quantiles(wall[i], n=4)[0]
        print(f"wall median {statistics.median(wall[i]):7.1f}  p25 {q1:7.1f}  "
              f"cpu median {statistics.median(cpu[i]):7.1f}  {shlex.join(argv)}")


if __name__ == "__main__":
    main()
