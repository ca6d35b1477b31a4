#!/usr/bin/env python3
"""Runs ../shared/tools/filter-check and fails if agreement with libpcap drops below the
counts committed in expected_counts.txt, or our programs get longer than libpcap's.

usage: filter_check.py RINGDUMP FILTERS_DIR EXPECTED_COUNTS_FILE [CHECKS]

filter-check exits 0 whatever the agreement, so this parses its summary line:
  filters: offline 1782/1782 agree, code 1782/1782 agree, rejects 3277/3277, insns ratio 1.00 ...
"""
import os
import re
import subprocess
import sys


def read_expected(path):
    want = {}
    for line in open(path):
        line = line.split("#", 1)[0].strip()
        if line:
            key, value = line.split()
            want[key] = float(value) if "." in value else int(value)
    return want


def main():
    binary, filters, counts = sys.argv[1:4]
    checks = sys.argv[4] if len(sys.argv) > 4 else "offline,code,reject"
    tool = os.path.join(filters, "..", "tools", "filter-check")
    want = read_expected(counts)
    p = subprocess.run([sys.executable, tool, binary, "--filters", filters, "--checks", checks,
                        "--jobs", str(os.cpu_count() or 2), "--show", "20"],
                       capture_output=True, text=True)
    out = p.stdout + p.stderr
    summary = [l for l in out.splitlines() if l.startswith("filters:")]
    if p.returncode != 0 or not summary:
        print("filter-check failed or gave no summary:\n" + out[-5000:])
        return 1
    line = summary[-1]
    print(line)
    got = {}
    for name, key in (("offline", "offline"), ("code", "code"), ("rejects", "reject")):
        m = re.search(name + r" (\d+)/(\d+)", line)
        if m:
            got[key] = int(m.group(1))
    m = re.search(r"insns ratio ([0-9.]+)", line)
    if m:
        got["insns_ratio_median"] = float(m.group(1))
    failed = False
    for key in ("offline", "code", "reject"):
        if key not in checks.split(",") or key not in want:
            continue
        if key not in got:
            print(f"FAIL: no {key} result in the summary")
            failed = True
        elif got[key] < want[key]:
            print(f"FAIL: {key} agreement {got[key]} is below the committed {want[key]}")
            failed = True
    if "code" in checks and "insns_ratio_median" in want:
        if got.get("insns_ratio_median", 99.0) > want["insns_ratio_median"]:
            print(f"FAIL: median insns ratio {got.get('insns_ratio_median')} above "
                  f"{want['insns_ratio_median']}")
            failed = True
    if failed:
        print("\n".join(l for l in out.splitlines() if not l.startswith("filters:"))[-6000:])
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
