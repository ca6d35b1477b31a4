#!/usr/bin/env python3
"""Runs ../shared/tools/corpus-check and fails if fewer tests match than committed.

usage: corpus_match.py RINGDUMP CORPUS_DIR EXPECTED_COUNT_FILE
"""
import os
import re
import subprocess
import sys


def main():
    binary, corpus, count_file = sys.argv[1:4]
    checker = os.path.join(corpus, "..", "..", "tools", "corpus-check")
    expected = int(open(count_file).read().split()[0])
    p = subprocess.run([sys.executable, checker, binary, corpus, "--names", "--jobs",
                        str(os.cpu_count() or 2)], capture_output=True, text=True)
    out = p.stdout
    m = re.search(r"(\d+)/(\d+) tcpdump tests match", out)
    if not m:
        print("corpus-check gave no summary:\n" + out + p.stderr)
        return 1
    got, total = int(m.group(1)), int(m.group(2))
    print(f"corpus: {got}/{total} byte-identical (committed floor {expected})")
    if got < expected:
        failing = [l.split("\t", 1)[1] for l in out.splitlines() if "\t" in l and not l.startswith("pass")]
        print("not matching:", " ".join(sorted(failing)))
        print(f"FAIL: expected at least {expected} matching tests, got {got}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
