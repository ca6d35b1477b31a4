#!/usr/bin/env python3
"""Agreement with libpcap and program length, for the README and for work on bpf/.

usage: scripts/dev/filter_stats.py [RINGDUMP] [--filters DIR] [--jobs J] [--dlt D,..]
                                   [--checks offline,code,reject] [--report FILE]

Runs ../shared/tools/filter-check with --report, then prints:
  - agreement per check (offline / code / reject), with the first disagreements;
  - the median, geometric mean and total of (our instruction count / libpcap's) over
    the programs that agree in the code check, and how many are shorter/equal/longer;
  - every expression where our program is longer than libpcap's (dlt, counts, expr).
"""
import argparse
import collections
import math
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary", nargs="?",
                    default=os.path.join(ROOT, "build", "tools", "ringdump", "ringdump"))
    ap.add_argument("--filters", default=os.path.normpath(os.path.join(ROOT, "..", "shared", "filters")))
    ap.add_argument("--jobs", default=str(os.cpu_count() or 2))
    ap.add_argument("--dlt", default="")
    ap.add_argument("--checks", default="offline,code,reject")
    ap.add_argument("--report", default="", help="keep filter-check's TSV report here")
    a = ap.parse_args()

    tool = os.path.join(a.filters, "..", "tools", "filter-check")
    report = a.report or tempfile.mkstemp(prefix="filter_stats.", suffix=".tsv")[1]
    cmd = [sys.executable, tool, a.binary, "--filters", a.filters, "--jobs", a.jobs,
           "--checks", a.checks, "--report", report]
    if a.dlt:
        cmd += ["--dlt", a.dlt]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("filter-check failed:\n" + p.stdout[-3000:] + p.stderr[-3000:])

    rows = []
    with open(report, encoding="utf-8", errors="surrogateescape") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            rows.append(dict(zip(header, line.rstrip("\n").split("\t"))))
    if not a.report:
        os.unlink(report)

    agree = collections.Counter()
    total = collections.Counter()
    bad = collections.defaultdict(list)
    for r in rows:
        total[r["kind"]] += 1
        if r["agree"] in ("1", "True", "yes", "ok", "agree"):
            agree[r["kind"]] += 1
        else:
            bad[r["kind"]].append(r)
    for kind in ("offline", "code", "reject"):
        if total[kind]:
            print(f"{kind:8s} {agree[kind]}/{total[kind]} agree")
            for r in bad[kind][:10]:
                print(f"    {r['dlt']}\t{r['expr']}\t{r['why'][:160]}")

    ratios, longer = [], []
    shorter = equal = 0
    tot_ours = tot_lib = 0
    for r in rows:
        if r["kind"] != "code" or r in bad["code"]:
            continue
        try:
            ours, lib = int(r["ours_insns"]), int(r["libpcap_insns"])
        except ValueError:
            continue
        ratios.append(ours / lib)
        tot_ours += ours
        tot_lib += lib
        if ours > lib:
            longer.append((ours - lib, ours, lib, r["dlt"], r["expr"]))
        elif ours < lib:
            shorter += 1
        else:
            equal += 1
    if ratios:
        geo = math.exp(sum(math.log(x) for x in ratios) / len(ratios))
        print(f"insns: {len(ratios)} agreeing programs: {shorter} shorter, {equal} same length, "
              f"{len(longer)} longer than libpcap's")
        print(f"insns: ours/libpcap median {statistics.median(ratios):.3f}, geomean {geo:.3f}, "
              f"max {max(ratios):.2f}, total {tot_ours}/{tot_lib} = {tot_ours / tot_lib:.3f}")
        if longer:
            print("longer than libpcap (ours libpcap dlt expr):")
            for _, ours, lib, dlt, expr in sorted(longer, key=lambda t: (-t[0], t[3], t[4])):
                print(f"    {ours:4d} {lib:4d}  {dlt:18s} {expr}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
