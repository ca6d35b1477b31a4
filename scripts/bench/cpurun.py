#!/usr/bin/env python3
"""Runs a command and records its CPU time: cpurun.py OUTFILE -- CMD ARGS...

SIGINT/SIGTERM sent to this wrapper are passed on to the command. When the command
ends, OUTFILE gets one line "utime_s stime_s wall_s exit_status window_s" from wait4()'s
rusage (microsecond resolution, unlike /usr/bin/time's centiseconds). The wrapper's own
start-up is not counted: rusage is the child's alone.

SIGUSR2 to the wrapper marks a moment: the command's CPU time so far (all its threads,
io_uring workers included, from /proc/PID/task/*/schedstat in nanoseconds) is noted.
window_s is the CPU time between the first and the last mark (-1 without two marks):
the capture itself, without start-up (ring allocation) and exit.
"""
import os
import signal
import sys
import time


def task_cpu_ns(pid):
    """CPU time of every thread of pid, in nanoseconds."""
    total = 0
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return 0
    for t in tasks:
        try:
            with open(f"/proc/{pid}/task/{t}/schedstat") as f:
                total += int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            pass  # the thread ended meanwhile
    return total


def main():
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        sys.stderr.write("usage: cpurun.py OUTFILE -- CMD ARGS...\n")
        return 2
    out, cmd = sys.argv[1], sys.argv[3:]

    pid = 0

    def forward(sig, _frame):
        if pid == 0:
            return
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            pass

    marks = []

    def mark(_sig, _frame):
        if pid:
            marks.append(task_cpu_ns(pid))

    # Handlers first, so a signal that comes early is not lost (exec resets them to the
    # default in the child).
    signal.signal(signal.SIGINT, forward)
    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGUSR2, mark)
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)

    while True:
        try:
            _, status, ru = os.wait4(pid, 0)
            break
        except InterruptedError:
            continue
    wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    with open(out, "w") as f:
        window = (marks[-1] - marks[0]) / 1e9 if len(marks) >= 2 else -1.0
        f.write(f"{ru.ru_utime:.6f} {ru.ru_stime:.6f} {wall:.6f} {code} {window:.6f}\n")
    return 0 if code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
