#!/usr/bin/env python3
"""Benchmark: fetch every project of a sandbox seeded with projects:N.

LabDesk (`labctl projects --all --json`) against python-gitlab (`projects.list(get_all=True)`),
alternating in the same run against the same server, so the ratio is fair on any machine.
Prints wall times, the median ratio and each tool's peak memory (max RSS), and fails (exit 1)
only when the two disagree on what they fetched: timing is reported, never asserted.

usage: bench_projects.py BUILD_DIR [--projects N] [--rounds R]
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

PY_CLIENT = r"""
import sys, gitlab
gl = gitlab.Gitlab(sys.argv[1], private_token=open(sys.argv[2]).read().strip(), per_page=100)
projects = gl.projects.list(get_all=True, order_by="id", sort="asc")
print(len(projects))
"""


def run_measured(argv, stdout):
    """Runs argv; returns (seconds, max RSS in MiB, exit code, CPU seconds user+system)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace")
    if proc.returncode != 0:
        sys.stderr.write(err)
    return elapsed, usage.ru_maxrss / 1024.0, proc.returncode, usage.ru_utime + usage.ru_stime


def process_cpu_seconds(pid):
    """CPU time (user+system) a running process has used so far, from /proc (0 where unavailable)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("--projects", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    try:
        import gitlab  # noqa: F401
    except ImportError:
        print("SKIP: python3-gitlab is not installed (scripts/deps.sh installs it)")
        return 0

    sandbox = os.path.join(args.build_dir, "src/sandbox/labdesk-sandbox")
    labctl = os.path.join(args.build_dir, "src/cli/labctl")
    with tempfile.TemporaryDirectory() as tmp:
        token_file = os.path.join(tmp, "token")
        server = subprocess.Popen([sandbox, "--listen", "127.0.0.1:0", "--seed", f"projects:{args.projects}",
                                   "--admin-token-file", token_file], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        try:
            line = server.stdout.readline().decode().strip()
            if not line.startswith("listening on "):
                print(f"FAIL: the sandbox did not start: {line!r}")
                return 1
            url = line.split()[-1]
            script = os.path.join(tmp, "pygitlab_projects.py")
            with open(script, "w") as f:
                f.write(PY_CLIENT)
            out_labdesk = os.path.join(tmp, "labdesk.json")
            out_python = os.path.join(tmp, "python.txt")

            labdesk_times, python_times, labdesk_rss, python_rss = [], [], [], []
            labdesk_cpu, python_cpu = [], []
            labdesk_server, python_server = [], []  # the sandbox's CPU while serving each tool
            for _ in range(args.rounds):
                before = process_cpu_seconds(server.pid)
                with open(out_labdesk, "wb") as out:
                    t, rss, rc, cpu = run_measured([labctl, "projects", "--server", url, "--token-file", token_file,
                                                    "--all", "--json"], out)
                if rc != 0:
                    print("FAIL: labctl projects failed")
                    return 1
                labdesk_times.append(t)
                labdesk_rss.append(rss)
                labdesk_cpu.append(cpu)
                labdesk_server.append(process_cpu_seconds(server.pid) - before)
                before = process_cpu_seconds(server.pid)
                with open(out_python, "wb") as out:
                    t, rss, rc, cpu = run_measured([sys.executable, script, url, token_file], out)
                if rc != 0:
                    print("FAIL: python-gitlab failed")
                    return 1
                python_times.append(t)
                python_rss.append(rss)
                python_cpu.append(cpu)
                python_server.append(process_cpu_seconds(server.pid) - before)

            with open(out_labdesk) as f:
                ours = json.load(f)
            with open(out_python) as f:
                theirs = int(f.read().strip())
            ids = [p["id"] for p in ours]
            if len(ids) != args.projects or len(set(ids)) != len(ids) or theirs != args.projects:
                print(f"FAIL: fetched {len(ids)} projects ({len(set(ids))} distinct) with LabDesk and {theirs} "
                      f"with python-gitlab; expected {args.projects}")
                return 1

            ours_median = statistics.median(labdesk_times)
            theirs_median = statistics.median(python_times)
            ratio = theirs_median / ours_median
            print(f"projects:{args.projects}, {args.rounds} rounds, alternating")
            print(f"  labctl projects --all   median {ours_median:.2f} s  (runs: "
                  + ", ".join(f"{t:.2f}" for t in labdesk_times) + f")  peak RSS {max(labdesk_rss):.0f} MiB")
            print(f"  python-gitlab get_all   median {theirs_median:.2f} s  (runs: "
                  + ", ".join(f"{t:.2f}" for t in python_times) + f")  peak RSS {max(python_rss):.0f} MiB")
            print(f"  ratio: LabDesk is {ratio:.1f}x faster than python-gitlab (goal: at least 5x)")
            # The clients' own CPU time (the sandbox's is shared and not counted): what each
            # client costs, and a steadier figure than wall time on a busy machine.
            print(f"  client CPU (user+sys) median: labctl {statistics.median(labdesk_cpu):.2f} s, python-gitlab "
                  f"{statistics.median(python_cpu):.2f} s")
            print(f"  sandbox CPU while serving: labctl {statistics.median(labdesk_server):.2f} s, python-gitlab "
                  f"{statistics.median(python_server):.2f} s")
            print("1 passed, 0 failed")
            return 0
        finally:
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    sys.exit(main())
