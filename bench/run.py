"""`python -m bench.run [--quick] [--json PATH]`: the call-lifecycle benchmark, as a table.

Exit status 1 when any request or event failed, 0 otherwise (targets are reported, not
enforced: numbers depend on the machine).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bench import procs
from bench.lifecycle import Lifecycle
from bench.lifecycle import Options
from bench.lifecycle import log
from bench.report import Row
from bench.report import markdown_table
from bench.report import write_json


def _parse(argv: list[str] | None) -> tuple[Options, Path | None, str]:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer requests (about a minute)")
    parser.add_argument("--json", type=Path, default=None, help="also write results here")
    parser.add_argument("--concurrency", type=int, default=None, help="client threads (10)")
    parser.add_argument("--web-workers", type=int, default=None, help="gunicorn workers (2)")
    parser.add_argument("--web-threads", type=int, default=None, help="gthread threads (4)")
    parser.add_argument(
        "--web-worker",
        choices=("buffered", "sync", "gthread"),
        default=None,
        help="OMEM_WEB_WORKER (buffered, the default; sync shows what buffering costs)",
    )
    parser.add_argument(
        "--queue-workers",
        default=None,
        help="comma-separated consumer thread counts to measure, e.g. 1,2 (default); "
        "0 skips the consumer",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary data directory")
    args = parser.parse_args(argv)
    options = Options.quick() if args.quick else Options()
    changes: dict[str, object] = {"keep": args.keep}
    if args.concurrency:
        changes["concurrency"] = args.concurrency
    if args.web_workers:
        changes["web_workers"] = args.web_workers
    if args.web_threads:
        changes["web_threads"] = args.web_threads
    if args.web_worker:
        changes["web_worker"] = args.web_worker
    if args.queue_workers:
        counts = tuple(int(w) for w in args.queue_workers.split(","))
        changes["queue_workers"] = tuple(w for w in counts if w > 0)
    return dataclasses.replace(options, **changes), args.json, "quick" if args.quick else "full"


def _cpu_busy(seconds: float = 1.0) -> float | None:
    """Percent of all CPUs busy over `seconds`, before we start anything (other tenants)."""

    def sample() -> tuple[int, int]:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        return sum(fields), fields[3] + fields[4]  # total, idle + iowait

    try:
        total0, idle0 = sample()
        time.sleep(seconds)
        total1, idle1 = sample()
    except (OSError, ValueError, IndexError):
        return None
    total = total1 - total0
    return round(100 * (1 - (idle1 - idle0) / total), 1) if total else None


def _machine() -> dict[str, object]:
    load = os.getloadavg()
    return {
        "cpus": os.cpu_count(),
        "cpu_busy_before_pct": _cpu_busy(),
        "load_avg_1_5_15": [round(x, 2) for x in load],
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }


def _revision() -> str:
    """The commit measured, and whether the working tree had uncommitted changes."""
    root = Path(__file__).resolve().parent.parent

    def git(*args: str) -> str:
        done = subprocess.run(  # noqa: S603, S607 - fixed argv, no shell
            ["git", *args], cwd=root, capture_output=True, text=True, timeout=10, check=False
        )
        return done.stdout.strip() if done.returncode == 0 else ""

    try:
        commit = git("rev-parse", "--short", "HEAD") or "unknown"
        changed = [line for line in git("status", "--porcelain").splitlines() if line]
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{commit} + {len(changed)} uncommitted changes" if changed else commit


def main(argv: list[str] | None = None) -> int:
    options, json_path, mode = _parse(argv)
    procs.stop_on_sigterm()
    started = time.perf_counter()
    before = _machine()
    before["revision"] = _revision()
    log(
        f"{mode} run: "
        f"{options.concurrency} clients, gunicorn {options.web_workers} {options.web_worker} "
        f"workers, {before['cpus']} CPUs, {before['cpu_busy_before_pct']}% busy before start, "
        f"load {before['load_avg_1_5_15']}"
    )
    busy = before["cpu_busy_before_pct"]
    if isinstance(busy, float) and busy > 15:
        log(f"WARNING: the machine was {busy}% busy before the run; results will be pessimistic")
    lifecycle = Lifecycle(options)
    rows: list[Row] = lifecycle.run()
    wall = time.perf_counter() - started
    meta = {
        **lifecycle.meta,
        "machine_before": before,
        "load_avg_after": [round(x, 2) for x in os.getloadavg()],
        "options": dataclasses.asdict(options),
        "wall_secs": round(wall, 1),
    }
    print()
    print(markdown_table(rows))
    print()
    for row in rows:
        for note in row.notes:
            print(f"- {row.benchmark}: {note}")
    print(
        f"- machine: {before['cpus']} CPUs, {before['cpu_busy_before_pct']}% busy (other "
        f"processes) just before the run, load average before {before['load_avg_1_5_15']}, "
        f"after {meta['load_avg_after']}; Python {before['python']}, SQLite {before['sqlite']}; "
        f"the load generator shares the CPUs with the server"
    )
    print(
        f"- omem revision {before['revision']}; gunicorn {options.web_workers} "
        f"{options.web_worker} workers, "
        f"{options.concurrency} keep-alive clients; post-call body "
        f"{lifecycle.meta.get('post_call_body_bytes', 0):,} bytes"
    )
    print(f"- total wall time {wall:.0f} s")
    failed = [row for row in rows if row.errors]
    for row in failed:
        print(f"\nERRORS in {row.benchmark}: {row.errors}")
        for sample in row.error_samples[:10]:
            print(f"  {sample}")
    if json_path is not None:
        write_json(json_path, rows, meta)
        print(f"\nresults written to {json_path}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
