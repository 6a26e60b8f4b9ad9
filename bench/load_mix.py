"""`python -m bench.load_mix [--quick] [--keep]`: the realistic call mix of bench/locustfile.py,
run headless by Locust against a real gunicorn + `omem worker` on loopback, for a rising number
of simultaneous calls.

Before the steps, callers are seeded through the real flow (conversation-init, then a signed
40-turn post-call that the consumer turns into memories), so memory-queries find things. Each
step runs Locust for a fixed time while the webhook_events status counts are polled (SQLite,
read-only), then waits for the backlog to drain. A step holds when every p95 is within the
targets of the earlier issues (conversation-init ≤ 20 ms, post-call ack ≤ 25 ms, memory-query
≤ 30 ms), nothing failed, the consumer finished post-calls at ≥ 95 % of the rate they were
accepted during the step (processed/min against calls/min) and the queue drained afterwards.
Locust runs on the same 2 CPUs as the server.

Exit status 1 when any request failed or any event ended failed or dead.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
import resource
import signal
import sys
import time
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from bench import procs
from bench.load import Request
from bench.load import run_load
from bench.payloads import PostCallTemplate
from bench.payloads import el_signature
from bench.payloads import init_body
from bench.payloads import mix_caller

LOCUSTFILE = procs.ROOT / "bench" / "locustfile.py"
TARGETS_MS = {"conversation-init": 20.0, "memory-query": 30.0, "post-call": 25.0}
ENDPOINTS = ("conversation-init", "memory-query", "memory-store", "post-call")
PLAN_CALLS_PER_DAY = 100
KEEP_PACE = 0.95  # completed/accepted post-calls over a step's steady window
_POLL_SECS = 2.0


log = procs.logger("load_mix")


@dataclass(frozen=True)
class Options:
    seed_callers: int = 100
    steps: tuple[int, ...] = (5, 10, 20, 30, 40, 60, 80)  # simultaneous calls (users)
    step_secs: int = 60
    warmup_secs: float = 10.0  # calls per minute are counted after this
    settle_secs: float = 10.0
    drain_limit: float = 120.0
    stop_after_misses: int = 2  # no bigger step after this many misses in a row
    keep: bool = False
    mode: str = "full"

    @classmethod
    def quick(cls) -> Options:
        return cls(
            seed_callers=40,
            steps=(5, 20, 40),
            step_secs=30,
            warmup_secs=5.0,
            drain_limit=60.0,
            mode="quick",
        )


@dataclass
class Step:
    users: int
    secs: int
    timings: dict[str, Any] = field(default_factory=dict)
    queue: list[tuple[float, dict[str, int]]] = field(default_factory=list)
    backlog_end: int = 0
    completed_per_min: float = math.nan  # events the consumer finished, same window
    backlog_settled: int = 0
    drain_secs: float = math.nan
    calls_per_min: float = 0.0
    cpu_busy_pct: float = math.nan
    omem_cpu_secs: float = 0.0
    locust_cpu_secs: float = 0.0
    locust_wall_secs: float = math.nan
    locust_exit: int | None = None
    bad_events: dict[str, int] = field(default_factory=dict)
    holds: bool = False

    def latencies(self, name: str) -> list[float]:
        return [float(x) for x in self.timings.get("ms", {}).get(name, [])]

    def errors(self, name: str) -> int:
        return int(self.timings.get("errors", {}).get(name, 0))


def _pct(values: list[float], pct: float) -> float:
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(1, math.ceil(pct / 100 * len(ordered))) - 1]


def _cpu_sample() -> tuple[int, int]:
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return sum(fields), fields[3] + fields[4]  # total, idle + iowait


class Mix:
    def __init__(self, options: Options, stack: procs.Stack) -> None:
        self.options = options
        self.stack = stack
        self.steps: list[Step] = []
        self.failures: list[str] = []
        self.seed_note = ""

    def _wait_drained(self, limit: float) -> bool:
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            self.stack.check_running()
            if procs.pending(self.stack.event_statuses()) == 0:
                return True
            time.sleep(0.5)
        return False

    # -- seeding -----------------------------------------------------------------------------

    def seed(self) -> None:
        """Returning callers through the real flow: init (creates the caller), post-call."""
        count = self.options.seed_callers
        started = time.perf_counter()
        auth = {
            "Content-Type": "application/json",
            "Authorization": f"Bearer {self.stack.keys.api_key}",
        }
        uids: dict[int, str] = {}

        def make_init(i: int) -> Request:
            body = init_body(mix_caller(6, i), i)
            return "POST", "/api/v1/webhooks/conversation-init", body, auth

        def check_init(i: int, status: int, body: bytes) -> str | None:
            uid = json.loads(body).get("dynamic_variables", {}).get("user_id")
            if status != 200 or not isinstance(uid, str):
                return f"HTTP {status}: {body[:200]!r}"
            uids[i] = uid
            return None

        inits = run_load("seed init", *self._addr(), make_init, check_init, count, 4, 60)
        template = PostCallTemplate(40, seed=1)
        secret = self.stack.keys.webhook_secret

        def make_post(i: int) -> Request:
            raw = template.render(f"conv_seed{i:06d}", uids.get(i, ""), mix_caller(6, i))
            headers = {
                "Content-Type": "application/json",
                "ElevenLabs-Signature": el_signature(secret, raw, int(time.time())),
            }
            return "POST", "/api/v1/webhooks/post-call", raw, headers

        def check_post(i: int, status: int, body: bytes) -> str | None:
            return None if status == 200 else f"HTTP {status}: {body[:200]!r}"

        posts = run_load("seed post-call", *self._addr(), make_post, check_post, count, 4, 60)
        for result in (inits, posts):
            if result.error_count:
                self.failures.append(f"{result.name}: {result.errors[:3]}")
        if not self._wait_drained(self.options.drain_limit):
            self.failures.append("seeding: the consumer did not process the seed calls")
        self._warm_up(uids)
        with self.stack.read_db() as conn:
            memories, users = conn.execute(
                "SELECT COUNT(*), COUNT(DISTINCT user_id) FROM memories WHERE state = 'active'"
            ).fetchone()
        self.seed_note = (
            f"{count} returning callers seeded through init + a 40-turn post-call each in "
            f"{time.perf_counter() - started:.0f} s: {memories:,} active memories over "
            f"{users} callers"
        )
        log(self.seed_note)

    def _warm_up(self, uids: dict[int, str]) -> None:
        """Memory-queries until every gunicorn worker has loaded its embedder (lazily, on
        its first query), so no step pays for the model loading."""
        auth = {
            "Content-Type": "application/json",
            "Authorization": f"Bearer {self.stack.keys.api_key}",
        }
        users = list(uids.values()) or ["nobody"]

        def make(i: int) -> Request:
            body = {"user_id": users[i % len(users)], "query": f"refund invoice {i}"}
            return "POST", "/api/v1/tools/memory-query", json.dumps(body).encode(), auth

        def check(i: int, status: int, body: bytes) -> str | None:
            return None if status == 200 else f"HTTP {status}: {body[:200]!r}"

        warm = run_load("warm-up memory-query", *self._addr(), make, check, 100, 4, 60)
        if warm.error_count:
            self.failures.append(f"{warm.name}: {warm.errors[:3]}")

    def _addr(self) -> tuple[str, int]:
        return self.stack.host, self.stack.port

    # -- steps -------------------------------------------------------------------------------

    def run_steps(self) -> None:
        misses = 0
        for number, users in enumerate(self.options.steps, start=1):
            step = self._step(number, users)
            self.steps.append(step)
            misses = 0 if step.holds else misses + 1
            if misses >= self.options.stop_after_misses:
                log(f"{misses} steps in a row missed; no bigger step")
                break

    def _step(self, number: int, users: int) -> Step:
        opts = self.options
        step = Step(users, opts.step_secs)
        out = self.stack.root / f"locust-{number}.json"
        env = {
            **self.stack.env,
            "BENCH_API_KEY": self.stack.keys.api_key,
            "BENCH_WEBHOOK_SECRET": self.stack.keys.webhook_secret,
            "BENCH_RETURNING_CALLERS": str(opts.seed_callers),
            "BENCH_TAG": f"{number:02d}",
            # A call takes several seconds, so this bound is never the one that stops a step.
            "BENCH_MAX_CALLS": str(users * opts.step_secs),
            "BENCH_TIMINGS_OUT": str(out),
            "BENCH_WARMUP_SECS": str(opts.warmup_secs),
        }
        argv = [
            sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless",
            "--host", self.stack.base_url, "--users", str(users),
            "--spawn-rate", str(max(1, users // 2)), "--run-time", f"{opts.step_secs}s",
            "--stop-timeout", "20", "--only-summary", "--loglevel", "WARNING",
        ]  # fmt: skip
        before = self.stack.event_statuses()
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu0 = _cpu_sample()
        omem0 = self.stack.cpu_secs()
        started = time.perf_counter()
        locust = procs.Process(f"locust-{number}", argv, env, self.stack.logs, self.stack.root)
        try:
            deadline = started + opts.step_secs + 60
            while locust.running() and time.perf_counter() < deadline:
                self.stack.check_running()
                step.queue.append((time.perf_counter() - started, self._queue_delta(before)))
                time.sleep(_POLL_SECS)
        finally:
            step.locust_exit = locust.stop(signal.SIGTERM, grace=10)
        cpu1 = _cpu_sample()
        step.omem_cpu_secs = self.stack.cpu_secs() - omem0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        sent_done = time.perf_counter()
        step.locust_wall_secs = sent_done - started
        step.locust_cpu_secs = (after.ru_utime + after.ru_stime) - (
            usage.ru_utime + usage.ru_stime
        )
        total = cpu1[0] - cpu0[0]
        if total:
            step.cpu_busy_pct = 100 * (1 - (cpu1[1] - cpu0[1]) / total)
        step.backlog_end = pending = procs.pending(self.stack.event_statuses())
        while (since := time.perf_counter() - sent_done) < opts.settle_secs:
            if pending == 0 and math.isnan(step.drain_secs):
                step.drain_secs = since
            time.sleep(0.5)
            pending = procs.pending(self.stack.event_statuses())
        step.backlog_settled = pending
        if math.isnan(step.drain_secs) and self._wait_drained(opts.drain_limit):
            step.drain_secs = time.perf_counter() - sent_done
        step.queue.append((time.perf_counter() - started, self._queue_delta(before)))
        step.bad_events = {
            k: v for k, v in self._queue_delta(before).items() if k in ("failed", "dead")
        }
        try:
            step.timings = json.loads(out.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            self.failures.append(f"{users} users: no Locust timings ({exc}):\n{locust.log_tail()}")
        self._judge(step)
        return step

    def _queue_delta(self, before: dict[str, int]) -> dict[str, int]:
        now = self.stack.event_statuses()
        delta = {k: now.get(k, 0) - before.get(k, 0) for k in set(now) | set(before)}
        return {k: v for k, v in delta.items() if v}

    def _judge(self, step: Step) -> None:
        opts = self.options
        acks = step.timings.get("post_call_acks", [])
        begin = float(step.timings.get("started_at", 0)) + opts.warmup_secs
        window = opts.step_secs - opts.warmup_secs
        step.calls_per_min = sum(1 for t in acks if begin <= t < begin + window) / window * 60
        during = [(t, q.get("completed", 0)) for t, q in step.queue if t <= opts.step_secs]
        steady = [(t, done) for t, done in during if t >= opts.warmup_secs]
        if len(steady) >= 2 and steady[-1][0] > steady[0][0]:
            (t1, done1), (t2, done2) = steady[0], steady[-1]
            step.completed_per_min = (done2 - done1) / (t2 - t1) * 60
        # Sustained means the consumer keeps pace during the step, not only that the backlog
        # drains once the load stops.
        keeps_pace = step.completed_per_min >= KEEP_PACE * step.calls_per_min
        errors = sum(step.errors(name) for name in ENDPOINTS)
        within = all(
            _pct(step.latencies(name), 95) <= target for name, target in TARGETS_MS.items()
        )
        drained = not math.isnan(step.drain_secs)
        step.holds = within and errors == 0 and drained and keeps_pace and not step.bad_events
        if errors:
            self.failures.append(
                f"{step.users} users: {errors} failed requests, e.g. {step.timings['samples'][:5]}"
            )
        if step.bad_events:
            self.failures.append(f"{step.users} users: events {step.bad_events}")
        if not drained:
            self.failures.append(
                f"{step.users} users: backlog not drained {opts.drain_limit:g} s after the step"
            )
        log(
            f"{step.users} simultaneous calls: {step.calls_per_min:.0f} calls/min, p95 "
            + ", ".join(f"{name} {_pct(step.latencies(name), 95):.1f} ms" for name in ENDPOINTS)
            + f", {errors} errors, backlog {step.backlog_end} → {step.backlog_settled}; "
            + ("holds" if step.holds else "does NOT hold")
        )

    # -- report ------------------------------------------------------------------------------

    def tables(self) -> str:
        lines = [
            "| calls at once | endpoint | n | errors | p50 ms | p95 ms | p99 ms | max ms "
            "| target |",
            "|---:|---|---:|---:|---:|---:|---:|---:|---|",
        ]
        for step in self.steps:
            for name in ENDPOINTS:
                ms = step.latencies(name)
                target = TARGETS_MS.get(name)
                verdict = "info"
                if target is not None:
                    met = _pct(ms, 95) <= target and step.errors(name) == 0
                    verdict = f"p95 ≤ {target:g} ms: {'met' if met else 'MISSED'}"
                lines.append(
                    f"| {step.users} | {name} | {len(ms):,} | {step.errors(name)} | "
                    f"{_pct(ms, 50):.1f} | {_pct(ms, 95):.1f} | {_pct(ms, 99):.1f} | "
                    f"{max(ms, default=math.nan):.1f} | {verdict} |"
                )
        lines += [
            "",
            "| calls at once | calls/min | processed/min | queries hit | machine busy | omem CPU "
            "| Locust CPU | backlog at end | 10 s later | drained after | failed/dead | holds |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
        ]
        for step in self.steps:
            returning = int(step.timings.get("queries_returning", 0))
            hits = int(step.timings.get("query_hits", 0))
            busy_secs = (os.cpu_count() or 1) * step.locust_wall_secs
            lines.append(
                f"| {step.users} | {step.calls_per_min:,.0f} | {step.completed_per_min:,.0f} | "
                + (f"{100 * hits / returning:.0f}%" if returning else "–")
                + f" | {step.cpu_busy_pct:.0f}% | {100 * step.omem_cpu_secs / busy_secs:.0f}% | "
                f"{100 * step.locust_cpu_secs / busy_secs:.0f}% | {step.backlog_end} | "
                f"{step.backlog_settled} | "
                + ("–" if math.isnan(step.drain_secs) else f"{step.drain_secs:.1f} s")
                + f" | {step.bad_events or 'none'} | {'yes' if step.holds else 'NO'} |"
            )
        return "\n".join(lines)

    def queue_series(self) -> str:
        lines = []
        for step in self.steps:
            points = step.queue[:: max(1, len(step.queue) // 12)]
            if step.queue and points[-1] is not step.queue[-1]:
                points.append(step.queue[-1])
            series = ", ".join(
                f"{t:.0f}s {procs.pending(q)}/{q.get('completed', 0)}" for t, q in points
            )
            lines.append(f"- {step.users} calls at once (s: pending/completed): {series}")
        return "\n".join(lines)


def _parse(argv: list[str] | None) -> Options:
    parser = argparse.ArgumentParser(prog="python -m bench.load_mix", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="three 30 s steps (~3 min)")
    parser.add_argument(
        "--steps", default=None, help="comma-separated simultaneous calls, e.g. 5,10,20,40"
    )
    parser.add_argument("--step-secs", type=int, default=None, help="seconds per step")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data directory")
    args = parser.parse_args(argv)
    options = Options.quick() if args.quick else Options()
    changes: dict[str, Any] = {"keep": args.keep}
    if args.steps:
        changes["steps"] = tuple(int(x) for x in args.steps.split(","))
    if args.step_secs:
        changes["step_secs"] = args.step_secs
    return dataclasses.replace(options, **changes)


def _report(mix: Mix, started: float, load_before: tuple[float, ...]) -> None:
    opts = mix.options
    print()
    print(mix.tables())
    print()
    print(mix.queue_series())
    print()
    print(f"- {mix.seed_note}")
    held = [s for s in mix.steps if s.holds]
    if held:
        best = max(held, key=lambda s: s.calls_per_min)
        per_day = best.calls_per_min * 60 * 24
        print(
            f"- highest step that keeps every p95 target with the consumer keeping pace: "
            f"{best.users} simultaneous calls, {best.calls_per_min:,.0f} calls/min "
            f"({per_day:,.0f} calls/day, {per_day / PLAN_CALLS_PER_DAY:,.0f} times the "
            f"original plan's {PLAN_CALLS_PER_DAY} calls/day)"
        )
    else:
        print("- no step kept every p95 target with the consumer keeping pace")
    print(
        f"- each call: conversation-init, 2-5 memory-queries, a memory-store in ~20% of calls, "
        f"a signed 20-60-turn post-call; think time 0.5-1.5 s between requests (a real call "
        f"lasts minutes, so real calls/min at the same load are the same but far more calls "
        f"are open at once); each line starts its first call 0-3 s into the step, as real "
        f"calls start independently; {opts.step_secs} s per step, calls/min and latencies "
        f"counted after {opts.warmup_secs:g} s (requests sent earlier, not timed: "
        + ", ".join(
            f"{step.users} calls {int(step.timings.get('warmup_requests', 0))}"
            for step in mix.steps
        )
        + ")"
    )
    print(
        f"- Locust runs on the same {os.cpu_count()} CPUs as gunicorn (4 sync workers) and the "
        "consumer. CPU shares are of the whole machine over each step: 'machine busy' from "
        "/proc/stat, 'omem CPU' the gunicorn and consumer processes, 'Locust CPU' the load "
        "generator; busy beyond the two is other work on the machine. Latency "
        "is Locust's (FastHttpUser), from sending to the whole answer, including the new "
        "connection each request needs (sync workers close it)"
    )
    print(
        f"- load average before {[round(x, 2) for x in load_before]}, after "
        f"{[round(x, 2) for x in os.getloadavg()]}; wall time "
        f"{time.perf_counter() - started:.0f} s"
    )
    if mix.failures:
        print(f"\nFAILURES ({len(mix.failures)}):")
        for failure in mix.failures[:20]:
            print(f"  {failure}")


def main(argv: list[str] | None = None) -> int:
    options = _parse(argv)
    procs.stop_on_sigterm()
    started = time.perf_counter()
    load_before = os.getloadavg()
    log(
        f"{options.mode} run: steps {options.steps} x {options.step_secs} s on "
        f"{os.cpu_count()} CPUs, load average {[round(x, 2) for x in load_before]}"
    )
    with procs.omem_stack("omem-mix-", keep=options.keep) as stack:
        log(f"gunicorn on {stack.base_url} and omem worker running")
        mix = Mix(options, stack)
        try:
            mix.seed()
            mix.run_steps()
        finally:
            _report(mix, started, load_before)
            if mix.failures:
                for proc in stack.processes:
                    print(f"\n{proc.name} log tail:\n{proc.log_tail(15)}")
    return 1 if mix.failures else 0


if __name__ == "__main__":
    sys.exit(main())
