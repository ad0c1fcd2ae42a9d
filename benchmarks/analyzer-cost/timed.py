#!/usr/bin/env python3
"""Runs one build and writes how long it took and how much CPU it used (run.sh and sparse.sh).

Usage: timed.py <result file> [--server-pipe NAME] -- <command ...>

Writes key=value lines that summarize.py reads from the end of the build log:
  wall_seconds        wall time of the command
  cpu_seconds         user + system CPU of the command and of every process it waited for (getrusage(RUSAGE_CHILDREN)):
                      MSBuild, its worker nodes and a csc started as a tool; not a compiler server, which is started
                      detached, outlives the build and is never waited for
  server_cpu_seconds  user + system CPU that compiler server processes (VBCSCompiler) used during the command, read from
                      /proc/<pid>/stat before and after; with --server-pipe only the server started with
                      -pipename:NAME counts, so another build's server on the machine does not. A server that appears
                      during the build counts from zero; one that exits during it is lost (server_exited=1).
  server_pids         the server processes seen after the command
The exit code is the command's.
"""
import os
import resource
import subprocess
import sys
import time

TICKS = os.sysconf("SC_CLK_TCK")


def servers(pipe):
    """{pid: CPU seconds} of the VBCSCompiler processes (the pipe's only, when given)."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/{}/cmdline".format(entry), "rb") as f:
                argv = f.read().split(b"\0")
            if not any(os.path.basename(a).startswith(b"VBCSCompiler") for a in argv[:2]):
                continue
            if pipe and ("-pipename:" + pipe).encode() not in argv:
                continue
            with open("/proc/{}/stat".format(entry)) as f:
                # Fields after the command name, which is in parentheses and may hold spaces: utime and stime are
                # fields 14 and 15 of the whole line, i.e. 12 and 13 after the closing parenthesis.
                fields = f.read().rsplit(")", 1)[1].split()
            found[int(entry)] = (int(fields[11]) + int(fields[12])) / TICKS
        except (OSError, IndexError, ValueError):
            continue  # the process ended while we looked
    return found


def main():
    args = sys.argv[1:]
    result = args.pop(0)
    pipe = None
    if args and args[0] == "--server-pipe":
        pipe = args[1]
        args = args[2:]
    if args and args[0] == "--":
        args = args[1:]
    before = servers(pipe)
    start = time.monotonic()
    code = subprocess.call(args)
    wall = time.monotonic() - start
    after = servers(pipe)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    server_cpu = sum(seconds - before.get(pid, 0.0) for pid, seconds in after.items())
    with open(result, "w") as f:
        f.write("wall_seconds=%.3f\ncpu_seconds=%.3f\nserver_cpu_seconds=%.3f\nserver_exited=%d\nserver_pids=%s\n" % (
            wall, usage.ru_utime + usage.ru_stime, server_cpu, int(any(pid not in after for pid in before)),
            ",".join(str(pid) for pid in sorted(after))))
    sys.exit(code)


if __name__ == "__main__":
    main()
