#!/usr/bin/env python3
"""Runs a command and records its CPU time: cpurun.py OUTFILE -- CMD ARGS...

SIGINT/SIGTERM sent to this wrapper are passed on to the command. When the command
ends, OUTFILE gets one line "utime_s stime_s wall_s exit_status" from wait4()'s rusage
(microsecond resolution, unlike /usr/bin/time's centiseconds). The wrapper's own start-up
is not counted: rusage is the child's alone.
"""
import os
import signal
import sys
import time


def main():
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        sys.stderr.write("usage: cpurun.py OUTFILE -- CMD ARGS...\n")
        return 2
    out, cmd = sys.argv[1], sys.argv[3:]
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)

    def forward(sig, _frame):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            pass

    signal.signal(signal.SIGINT, forward)
    signal.signal(signal.SIGTERM, forward)
    while True:
        try:
            _, status, ru = os.wait4(pid, 0)
            break
        except InterruptedError:
            continue
    wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    with open(out, "w") as f:
        f.write(f"{ru.ru_utime:.6f} {ru.ru_stime:.6f} {wall:.6f} {code}\n")
    return 0 if code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
