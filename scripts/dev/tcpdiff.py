#!/usr/bin/env python3
"""Developer tool: print a capture with tcpdump and with ringdump and show the difference.

usage: tcpdiff.py [--bin RINGDUMP] FILE [tcpdump options...]
Runs both as the corpus does (TZ=GMT0, -n unless --resolve); exit 0 when identical.
"""
import difflib
import os
import subprocess
import sys


def main():
    args = sys.argv[1:]
    binary = os.path.join(os.path.dirname(__file__), "..", "..", "build", "tools", "ringdump", "ringdump")
    if args[:1] == ["--bin"]:
        binary, args = args[1], args[2:]
    resolve = "--resolve" in args
    args = [a for a in args if a != "--resolve"]
    f, opts = args[0], args[1:]
    base = [] if resolve else ["-n"]
    env = dict(os.environ, TZ="GMT0", LC_ALL="C")
    exp = subprocess.run(["tcpdump", "-#"] + base + ["-r", f] + opts, capture_output=True, env=env)
    got = subprocess.run([binary, "-#"] + base + ["-r", f] + opts, capture_output=True, env=env)
    if exp.stdout == got.stdout and exp.returncode == got.returncode:
        print(f"identical ({len(exp.stdout.splitlines())} lines)")
        return 0
    e = exp.stdout.decode(errors="replace").splitlines(keepends=True)
    g = got.stdout.decode(errors="replace").splitlines(keepends=True)
    sys.stdout.writelines(difflib.unified_diff(e, g, "tcpdump", "ringdump", n=1))
    if exp.returncode != got.returncode:
        print(f"exit status: tcpdump {exp.returncode}, ringdump {got.returncode}")
    if got.stderr:
        print("ringdump stderr:", got.stderr.decode(errors="replace")[-2000:])
    return 1


if __name__ == "__main__":
    sys.exit(main())
