#!/usr/bin/env python3
"""Times two commands in alternating runs and reports medians, peak memory and ratios.

usage: compare.py --name NAME --runs R -- 'COMMAND A' 'COMMAND B'
Each command runs through /bin/sh with stdout to /dev/null (unless it redirects itself).
Peak memory is the maximum resident set size (getrusage of the child). Prints one
Markdown table row and a JSON line for scripts.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(cmd):
    """Wall time, peak RSS in bytes and CPU seconds of one run of cmd.

    Peak RSS comes from GNU time, not from this process's wait4: a child forked from
    Python inherits Python's resident-set high-water mark through exec, which would
    hide anything smaller than the interpreter itself.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        argv = ["/usr/bin/time", "-f", "%M", "-o", rss.name, "/bin/sh", "-c", cmd]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        done = subprocess.run(argv, stdout=subprocess.DEVNULL)
        elapsed = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            sys.exit(f"command failed ({done.returncode}): {cmd}")
        peak_kib = int(rss.read().split()[-1])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, peak_kib * 1024, cpu


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("cmds", nargs=2)
    a = ap.parse_args()
    ref, ours = a.cmds
    # One untimed warm-up each so the file is in the page cache for both.
    run_once(ref)
    run_once(ours)
    rt, rm, rc, ot, om, oc = [], [], [], [], [], []
    for _ in range(a.runs):
        t, m, c = run_once(ref)
        rt.append(t); rm.append(m); rc.append(c)
        t, m, c = run_once(ours)
        ot.append(t); om.append(m); oc.append(c)
    r = {
        "name": a.name,
        "runs": a.runs,
        "ref_median_s": statistics.median(rt),
        "ours_median_s": statistics.median(ot),
        "speedup": statistics.median(rt) / statistics.median(ot),
        "ref_cpu_s": statistics.median(rc),
        "ours_cpu_s": statistics.median(oc),
        "ref_peak_rss_kib": max(rm) // 1024,
        "ours_peak_rss_kib": max(om) // 1024,
    }
    r["rss_ratio"] = r["ours_peak_rss_kib"] / max(1, r["ref_peak_rss_kib"])
    print(f"| {a.name} | {r['ref_median_s']:.3f} s | {r['ours_median_s']:.3f} s | "
          f"**{r['speedup']:.2f}x** | {r['ref_peak_rss_kib']} KiB | {r['ours_peak_rss_kib']} KiB |")
    print("JSON " + json.dumps(r))


if __name__ == "__main__":
    main()
