"""`python -m bench.burst [--quick] [--keep]`: bursts and sustained rates of post-call webhooks
against a real gunicorn (gunicorn.conf.py: 4 sync workers) and a real `omem worker`, running
together on loopback in a temporary data directory.

1. Burst: 200 signed 60-turn post-call webhooks, each a distinct conversation and caller, sent
   at once from 100 threads (a new connection per request). Every ack must be 200 "accepted";
   then every event must complete with exactly one conversation and 60 turns each. 20 of them
   are sent again, concurrently: each must answer "duplicate" with the original event id.
2. Sustained rates: open-loop post-call webhooks at fixed rates for a fixed time each, while
   the consumer works. Per rate: ack latency (from the request's due time, so a slow server
   cannot hide its queueing), errors, and the backlog at the end and 10 s later. A rate holds
   when ack p95 ≤ 25 ms with no errors and the backlog does not build up.

Exit status 1 when any ack failed or any event was lost, duplicated, failed or dead.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import http.client
import json
import math
import os
import random
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from dataclasses import field

from bench import procs
from bench.payloads import PostCallTemplate
from bench.payloads import el_signature
from bench.report import Row
from bench.report import markdown_table

POST_CALL_PATH = "/api/v1/webhooks/post-call"
ACK_TARGET_MS = 25.0
_POLL_SECS = 0.5
_TIMEOUT_SECS = 30.0
_MAX_SAMPLES = 10


log = procs.logger("burst")


@dataclass(frozen=True)
class Options:
    burst: int = 200
    clients: int = 100
    turns: int = 60
    duplicates: int = 20
    # The consumer embeds every call (~0.3 s of CPU for 60 turns): rates around what it keeps.
    rates: tuple[float, ...] = (1, 2, 3, 4, 6)
    phase_secs: float = 25.0
    settle_secs: float = 10.0  # the backlog is read again this long after a phase
    drain_limit: float = 180.0  # wait at most this long for a backlog to clear
    refine: bool = True  # one more phase halfway between the last rate that held and the next
    callers: int = 500  # the rate phases' callers (returning after their first call)
    keep: bool = False
    mode: str = "full"

    @classmethod
    def quick(cls) -> Options:
        return cls(rates=(2, 4, 8), phase_secs=10.0, drain_limit=90.0, refine=False, mode="quick")


def _phase_tag(rate: float) -> str:
    """The conversation-id prefix of one rate's phase: tenths, so 3/s and 3.5/s differ."""
    return f"r{round(rate * 10)}x"


@dataclass
class Sent:
    index: int
    status: int  # 0: no HTTP answer
    answer: str  # the ack's status, or what went wrong
    event_id: int | None
    latency: float  # seconds


@dataclass
class Phase:
    rate: float
    secs: float
    sent: list[Sent] = field(default_factory=list)
    lag_max: float = 0.0  # how late the client sent its latest request (client saturation)
    backlog: list[tuple[float, int]] = field(default_factory=list)  # (s since start, pending)
    backlog_end: int = 0
    backlog_settled: int = 0
    drain_secs: float = math.nan  # from the end of sending until nothing was pending
    holds: bool = False


def _percentile_ms(values: list[float], pct: float) -> float:
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(1, math.ceil(pct / 100 * len(ordered))) - 1] * 1000


class Burst:
    def __init__(self, options: Options, stack: procs.Stack) -> None:
        self.options = options
        self.stack = stack
        self.template = PostCallTemplate(options.turns)
        self.tag = f"{int(time.time()):x}"
        self.accepted: dict[str, int] = {}  # conversation id -> event id, across all phases
        self.failures: list[str] = []  # anything that makes the exit status 1
        self.rows: list[Row] = []
        self.phases: list[Phase] = []
        self.max_rate: float | None = None
        self._lock = threading.Lock()

    # -- requests ----------------------------------------------------------------------------

    def _conversation(self, phase: str, index: int) -> str:
        return f"conv_{phase}{self.tag}{index:06d}"

    def _body(self, conversation_id: str, caller: int) -> bytes:
        return self.template.render(
            conversation_id, f"omem_usr_{0xB0B5000000000000 + caller:016x}", _number(caller)
        )

    def _post(self, index: int, raw: bytes, started: float | None = None) -> Sent:
        """One signed POST on its own connection; latency from `started` (default: now)."""
        headers = {
            "Content-Type": "application/json",
            "ElevenLabs-Signature": el_signature(
                self.stack.keys.webhook_secret, raw, int(time.time())
            ),
        }
        conn = http.client.HTTPConnection(self.stack.host, self.stack.port, timeout=_TIMEOUT_SECS)
        begun = time.perf_counter() if started is None else started
        try:
            conn.request("POST", POST_CALL_PATH, body=raw, headers=headers)
            response = conn.getresponse()
            data = response.read()
            latency = time.perf_counter() - begun
        except (OSError, http.client.HTTPException) as exc:
            return Sent(index, 0, f"{type(exc).__name__}: {exc}", None, math.nan)
        finally:
            conn.close()
        try:
            answer = json.loads(data)
            return Sent(index, response.status, str(answer["status"]), answer["event_id"], latency)
        except (ValueError, KeyError, TypeError):
            return Sent(index, response.status, repr(data[:200]), None, latency)

    def _record(self, conversation_id: str, sent: Sent, expect: str, where: str) -> None:
        ok = sent.status == 200 and sent.answer == expect
        with self._lock:
            if not ok:
                self.failures.append(
                    f"{where} #{sent.index}: HTTP {sent.status} {sent.answer} (expected {expect})"
                )
            elif expect == "accepted" and sent.event_id is not None:
                self.accepted[conversation_id] = sent.event_id

    # -- 1. the burst ------------------------------------------------------------------------

    def burst(self) -> None:
        opts = self.options
        ids = [self._conversation("burst", i) for i in range(opts.burst)]
        bodies = [self._body(c, 100_000 + i) for i, c in enumerate(ids)]
        began = time.perf_counter()
        sent = self._concurrently(bodies, "burst")
        wall = time.perf_counter() - began
        for s in sent:
            self._record(ids[s.index], s, "accepted", "burst")
        ok = [s for s in sent if s.status == 200 and s.answer == "accepted"]
        row = self._latency_row(
            f"burst: {opts.burst} post-calls at once ({opts.turns} turns, "
            f"{self.template.size / 1024:.0f} KiB), {opts.clients} threads",
            sent,
            ok,
            target=False,
        )
        row.rate = len(ok) / wall
        row.notes.append(f"all acks in {wall:.2f} s")
        drained, waited = self._wait_drained(opts.drain_limit)
        if drained:
            span = self._processing_span(f"conv_burst{self.tag}%")
            row.notes.append(
                f"all {len(ok)} accepted events completed {waited:.1f} s after the last ack; "
                f"{span:.1f} s from the first accepted to the last completed "
                f"(≈ {len(ok) / span:.1f} events/s, the consumer sharing the CPUs)"
            )
        else:
            row.notes.append(f"backlog not drained after {opts.drain_limit:g} s")
        if not drained:
            self.failures.append(f"burst: events still pending after {opts.drain_limit:g} s")
        self._check_stored("burst", ids, row)
        self.rows.append(row)
        log(f"burst: {len(ok)}/{opts.burst} accepted, processed in {waited:.1f} s")

        again = list(range(0, opts.burst, max(1, opts.burst // opts.duplicates)))[
            : opts.duplicates
        ]
        began = time.perf_counter()
        dup_sent = self._concurrently([bodies[i] for i in again], "duplicate")
        wall = time.perf_counter() - began
        dup_ok = 0
        for s in dup_sent:
            original = ids[again[s.index]]
            self._record(original, s, "duplicate", "duplicate")
            if s.answer == "duplicate" and s.event_id != self.accepted.get(original):
                self.failures.append(
                    f"duplicate of {original}: event {s.event_id}, "
                    f"original {self.accepted.get(original)}"
                )
            elif s.answer == "duplicate":
                dup_ok += 1
        dup_row = self._latency_row(
            f"burst: {len(again)} of them again at once (duplicates)",
            dup_sent,
            [s for s in dup_sent if s.answer == "duplicate"],
            target=False,
        )
        dup_row.rate = len(dup_sent) / wall
        time.sleep(1.0)  # a duplicate that slipped through would be processing by now
        self._check_stored("burst", ids, dup_row)
        dup_row.notes.append(f"{dup_ok}/{len(again)} answered duplicate with the original id")
        self.rows.append(dup_row)

    def _concurrently(self, bodies: list[bytes], where: str) -> list[Sent]:
        """Every body from its own thread at once (threads wait on a barrier)."""
        threads = min(self.options.clients, len(bodies))
        barrier = threading.Barrier(threads)
        results: list[Sent] = []
        next_index = iter(range(len(bodies)))

        def client() -> None:
            try:
                barrier.wait(timeout=30)
            except threading.BrokenBarrierError:
                pass
            while True:
                with self._lock:
                    index = next(next_index, None)
                if index is None:
                    return
                sent = self._post(index, bodies[index])
                with self._lock:
                    results.append(sent)

        workers = [
            threading.Thread(target=client, name=f"{where}-{n}", daemon=True)
            for n in range(threads)
        ]
        for thread in workers:
            thread.start()
        for thread in workers:
            thread.join(_TIMEOUT_SECS * (len(bodies) // threads + 2))
        return sorted(results, key=lambda s: s.index)

    # -- 2. sustained rates ------------------------------------------------------------------

    def rates(self) -> None:
        opts = self.options
        ladder = list(opts.rates)
        held: float | None = None
        failed: float | None = None
        while ladder:
            rate = ladder.pop(0)
            phase = self._phase(rate)
            self.phases.append(phase)
            if phase.holds and (held is None or rate > held):
                held = rate
            if not phase.holds and (failed is None or rate < failed):
                failed = rate
            if math.isnan(phase.drain_secs):
                log(f"{rate:g}/s: backlog not drained in {opts.drain_limit:g} s; stopping here")
                break
            if not ladder and opts.refine and held is not None and failed is not None:
                middle = round(held + failed) / 2  # to the half: 3 and 4 give 3.5
                if held < middle < failed and all(p.rate != middle for p in self.phases):
                    ladder.append(middle)
                    opts = dataclasses.replace(opts, refine=False)
        self.max_rate = held

    def _phase(self, rate: float) -> Phase:
        opts = self.options
        phase = Phase(rate, opts.phase_secs)
        count = int(rate * opts.phase_secs)
        start_index = sum(len(p.sent) for p in self.phases)
        rng = random.Random(int(rate * 1000))  # noqa: S311 - test data
        callers = [rng.randrange(opts.callers) for _ in range(count)]
        ids = [self._conversation(_phase_tag(rate), start_index + i) for i in range(count)]
        stop_polling = threading.Event()
        started = time.perf_counter()

        def poll() -> None:
            while not stop_polling.wait(1.0):
                pending = procs.pending(self.stack.event_statuses())
                phase.backlog.append((time.perf_counter() - started, pending))

        poller = threading.Thread(target=poll, name="backlog-poll", daemon=True)
        poller.start()
        futures = []
        with ThreadPoolExecutor(max_workers=min(128, max(16, int(rate)))) as pool:
            for i in range(count):
                due = started + i / rate
                delay = due - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                else:
                    phase.lag_max = max(phase.lag_max, -delay)
                raw = self._body(ids[i], callers[i])
                futures.append(pool.submit(self._post, i, raw, due))
            sent = [f.result() for f in futures]
        sending_done = time.perf_counter()
        phase.sent = sent
        for s in sent:
            self._record(ids[s.index], s, "accepted", f"{rate:g}/s")
        phase.backlog_end = pending = procs.pending(self.stack.event_statuses())
        while (since := time.perf_counter() - sending_done) < opts.settle_secs:
            if pending == 0 and math.isnan(phase.drain_secs):
                phase.drain_secs = since
            time.sleep(_POLL_SECS)
            pending = procs.pending(self.stack.event_statuses())
        phase.backlog_settled = pending
        stop_polling.set()
        poller.join(5)
        if math.isnan(phase.drain_secs):
            drained, _ = self._wait_drained(opts.drain_limit)
            if drained:
                phase.drain_secs = time.perf_counter() - sending_done
        ok = [s for s in sent if s.status == 200 and s.answer == "accepted"]
        p95 = _percentile_ms([s.latency for s in ok], 95)
        # The backlog "does not build up": at the end of sending at most ~2 s of arrivals wait
        # (work in flight), and 10 s later it has shrunk to at most ~1 s of arrivals.
        phase.holds = (
            len(ok) == count
            and p95 <= ACK_TARGET_MS
            and phase.backlog_end <= max(3, 2 * rate)
            and phase.backlog_settled <= max(2, rate)
        )
        log(
            f"{rate:g}/s for {opts.phase_secs:g} s: {len(ok)}/{count} accepted, ack p95 "
            f"{p95:.1f} ms, backlog {phase.backlog_end} at the end, {phase.backlog_settled} "
            f"{opts.settle_secs:g} s later; drained after {phase.drain_secs:.1f} s; "
            f"{'holds' if phase.holds else 'does NOT hold'}"
        )
        self._check_stored(_phase_tag(rate), ids, None)
        return phase

    # -- checks ------------------------------------------------------------------------------

    def _wait_drained(self, limit: float) -> tuple[bool, float]:
        """Until no event is pending/processing/failed, or `limit` seconds."""
        started = time.perf_counter()
        while time.perf_counter() - started < limit:
            self.stack.check_running()
            if procs.pending(self.stack.event_statuses()) == 0:
                return True, time.perf_counter() - started
            time.sleep(_POLL_SECS)
        return False, time.perf_counter() - started

    def _processing_span(self, like: str) -> float:
        with self.stack.read_db() as conn:
            first, last = conn.execute(
                "SELECT MIN(created_at), MAX(updated_at) FROM webhook_events "
                "WHERE conversation_ref LIKE ?",
                (like,),
            ).fetchone()
        if first is None:
            return math.nan
        return (dt.datetime.fromisoformat(last) - dt.datetime.fromisoformat(first)).total_seconds()

    def _check_stored(self, prefix: str, ids: list[str], row: Row | None) -> None:
        """Each accepted conversation stored exactly once, with all its turns; none failed."""
        expected = [c for c in ids if c in self.accepted]
        like = f"conv_{prefix}{self.tag}%"
        with self.stack.read_db() as conn:
            events = dict(
                conn.execute(
                    "SELECT status, COUNT(*) FROM webhook_events WHERE conversation_ref LIKE ? "
                    "GROUP BY status",
                    (like,),
                )
            )
            dup_events = conn.execute(
                "SELECT COUNT(*) FROM (SELECT conversation_ref FROM webhook_events "
                "WHERE conversation_ref LIKE ? GROUP BY 1 HAVING COUNT(*) > 1)",
                (like,),
            ).fetchone()[0]
            conversations, dup_conversations = conn.execute(
                "SELECT COUNT(*), COUNT(*) - COUNT(DISTINCT conversation_id) FROM conversations "
                "WHERE conversation_id LIKE ?",
                (like,),
            ).fetchone()
            turns, short = conn.execute(
                "SELECT COALESCE(SUM(n), 0), COALESCE(SUM(n != ?), 0) FROM ("
                "SELECT COUNT(t.id) AS n FROM conversations c "
                "LEFT JOIN conversation_turns t ON t.conversation_id = c.id "
                "WHERE c.conversation_id LIKE ? GROUP BY c.id)",
                (self.options.turns, like),
            ).fetchone()
            bad = conn.execute(
                "SELECT status, last_error FROM webhook_events WHERE conversation_ref LIKE ? "
                "AND status IN ('failed', 'dead') LIMIT 5",
                (like,),
            ).fetchall()
        total_events = sum(events.values())
        problems = []
        if total_events != len(expected) or events.get("completed", 0) != len(expected):
            problems.append(f"{len(expected)} accepted but events {events}")
        if dup_events or dup_conversations:
            problems.append(f"duplicated: {dup_events} events, {dup_conversations} conversations")
        if conversations != len(expected):
            problems.append(f"{len(expected)} accepted but {conversations} conversations stored")
        if turns != len(expected) * self.options.turns or short:
            problems.append(
                f"{turns} turns stored, expected {len(expected) * self.options.turns} "
                f"({short} conversations with another count)"
            )
        for status, error in bad:
            problems.append(f"{status}: {error[:200]}")
        self.failures.extend(f"{prefix}: {p}" for p in problems)
        summary = (
            f"stored: {total_events} events ({events}), {conversations} conversations, "
            f"{turns:,} turns"
        )
        if row is not None:
            row.notes.append(summary + (f"; PROBLEMS: {problems}" if problems else "; exact"))
            row.errors += len(problems)
        elif problems:
            log(f"{prefix}: PROBLEMS {problems}")

    # -- report ------------------------------------------------------------------------------

    def _latency_row(self, name: str, sent: list[Sent], ok: list[Sent], target: bool) -> Row:
        latencies = [s.latency for s in ok]
        row = Row(
            benchmark=name,
            n=len(ok),
            p50_ms=_percentile_ms(latencies, 50),
            p95_ms=_percentile_ms(latencies, 95),
            p99_ms=_percentile_ms(latencies, 99),
            max_ms=max(latencies) * 1000 if latencies else math.nan,
            errors=len(sent) - len(ok),
            target="info",
        )
        if target:
            row.met = row.p95_ms <= ACK_TARGET_MS and row.errors == 0
            row.target = f"p95 ≤ {ACK_TARGET_MS:g} ms: {'met' if row.met else 'MISSED'}"
        return row

    def rate_table(self) -> str:
        lines = [
            "| rate /s | sent | errors | ack p50 ms | p95 ms | p99 ms | max ms | backlog mid "
            "| at end | 10 s later | drained after | holds |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        for p in self.phases:
            ok = [s.latency for s in p.sent if s.status == 200 and s.answer == "accepted"]
            mid = [n for t, n in p.backlog if t <= p.secs / 2]
            lines.append(
                f"| {p.rate:g} | {len(p.sent):,} | {len(p.sent) - len(ok)} | "
                f"{_percentile_ms(ok, 50):.1f} | {_percentile_ms(ok, 95):.1f} | "
                f"{_percentile_ms(ok, 99):.1f} | {max(ok, default=math.nan) * 1000:.1f} | "
                f"{mid[-1] if mid else '–'} | {p.backlog_end} | {p.backlog_settled} | "
                + ("–" if math.isnan(p.drain_secs) else f"{p.drain_secs:.1f} s")
                + f" | {'yes' if p.holds else 'NO'} |"
            )
        return "\n".join(lines)


def _number(caller: int) -> str:
    return f"+1415{5_000_000 + caller:07d}"


def _parse(argv: list[str] | None) -> Options:
    parser = argparse.ArgumentParser(prog="python -m bench.burst", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="three short rate phases (~2 min)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data directory")
    args = parser.parse_args(argv)
    options = Options.quick() if args.quick else Options()
    return dataclasses.replace(options, keep=args.keep)


def _run(options: Options, report: Callable[[Burst], None]) -> Burst:
    with procs.omem_stack("omem-burst-", keep=options.keep) as stack:
        log(
            f"gunicorn on {stack.base_url} and omem worker running "
            f"(pids {[p.pid for p in stack.processes]})"
        )
        bench = Burst(options, stack)
        try:
            bench.burst()
            bench.rates()
        finally:
            report(bench)
            if bench.failures:
                for proc in stack.processes:
                    print(f"\n{proc.name} log tail:\n{proc.log_tail(15)}")
        return bench


def main(argv: list[str] | None = None) -> int:
    options = _parse(argv)
    procs.stop_on_sigterm()
    started = time.perf_counter()
    load_before = os.getloadavg()
    log(
        f"{options.mode} run on {os.cpu_count()} CPUs, load "
        f"average {[round(x, 2) for x in load_before]}"
    )

    def report(bench: Burst) -> None:
        print()
        print(markdown_table(bench.rows))
        print()
        for row in bench.rows:
            for note in row.notes:
                print(f"- {row.benchmark}: {note}")
        print()
        print(
            f"Sustained post-call rates ({options.turns}-turn transcripts, open loop, "
            f"{options.phase_secs:g} s each; latency from each request's due time, a new "
            "connection per request):"
        )
        print()
        print(bench.rate_table())
        print()
        max_rate = bench.max_rate
        if max_rate is not None:
            per_10_min = 10 / 600
            print(
                f"- maximum sustained rate that holds (ack p95 ≤ {ACK_TARGET_MS:g} ms, no "
                f"errors, backlog not building up): {max_rate:g} post-calls/s "
                f"({max_rate * 3600:,.0f} calls/h) with gunicorn, the consumer and this load "
                f"generator sharing {os.cpu_count()} CPUs"
            )
            print(
                f"- a burst of 10 calls in 10 minutes is {per_10_min:.3f} post-calls/s, "
                f"{max_rate / per_10_min:,.0f} times below that: trivial"
            )
        elif bench.phases:
            print("- no rate held")
        lag = max((p.lag_max for p in bench.phases), default=0.0)
        print(
            f"- the client sent its requests at most {lag * 1000:.0f} ms late (open loop); "
            "'holds' means every ack 200 accepted, p95 within target, backlog at the end ≤ "
            "max(3, 2 s of arrivals) and 10 s later ≤ max(2, 1 s of arrivals)"
        )
        print(
            f"- load average before {[round(x, 2) for x in load_before]}, after "
            f"{[round(x, 2) for x in os.getloadavg()]}; wall time "
            f"{time.perf_counter() - started:.0f} s"
        )
        if bench.failures:
            print(f"\nFAILURES ({len(bench.failures)}):")
            for failure in bench.failures[: _MAX_SAMPLES * 3]:
                print(f"  {failure}")

    bench = _run(options, report)
    return 1 if bench.failures else 0


if __name__ == "__main__":
    sys.exit(main())
