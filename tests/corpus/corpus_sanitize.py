#!/usr/bin/env python3
"""Decodes every capture of tcpdump's corpus with RINGDUMP and fails on a crash, a
timeout or a sanitizer report. Output text is not compared here (corpus_match does).

usage: corpus_sanitize.py RINGDUMP CORPUS_DIR
"""
import concurrent.futures as cf
import os
import shlex
import subprocess
import sys

EXTRA = ["-vvv -e -x", "-q", "-A"]  # beyond each test's own options
MARKERS = ("ERROR: AddressSanitizer", "runtime error:", "ERROR: LeakSanitizer")


def runs(corpus):
    seen = set()
    for line in open(os.path.join(corpus, "TESTLIST")):
        parts = line.split(None, 3)
        if not parts or parts[0].startswith("#") or len(parts) < 3:
            continue
        name, inp = parts[0], parts[1]
        opts = parts[3].strip() if len(parts) > 3 else ""
        yield name, inp, opts
        if inp not in seen:
            seen.add(inp)
            for extra in EXTRA:
                yield f"{name} [{extra}]", inp, extra


def check(binary, corpus, item):
    name, inp, opts = item
    cmd = f"{shlex.quote(binary)} -# -n -r {shlex.quote(inp)} {opts}"
    env = dict(os.environ, TZ="GMT0", LC_ALL="C")
    try:
        p = subprocess.run(cmd, shell=True, cwd=corpus, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, timeout=120)
    except subprocess.TimeoutExpired:
        return f"{name}: timeout ({cmd})"
    err = p.stderr.decode(errors="replace")
    if p.returncode < 0 or p.returncode > 1:
        return f"{name}: exit {p.returncode} ({cmd})\n{err[-2000:]}"
    if any(m in err for m in MARKERS):
        return f"{name}: sanitizer report ({cmd})\n{err[-4000:]}"
    return None


def main():
    binary, corpus = sys.argv[1:3]
    items = list(runs(corpus))
    with cf.ThreadPoolExecutor(os.cpu_count() or 2) as ex:
        problems = [r for r in ex.map(lambda i: check(binary, corpus, i), items) if r]
    print(f"corpus-sanitize: {len(items)} runs, {len(problems)} problems")
    for pr in problems[:20]:
        print(pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
