"""The call-lifecycle benchmark: conversation-init and post-call ack latency against the real
gunicorn service, then post-call processing throughput of the real Huey consumer.

Runs in a temporary data directory; every process it starts is stopped before it returns.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import signal
import sqlite3
import tempfile
import time
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench import procs
from bench import seed as seeding
from bench.load import Check
from bench.load import LoadResult
from bench.load import MakeRequest
from bench.load import Request
from bench.load import run_load
from bench.payloads import PostCallTemplate
from bench.payloads import el_signature
from bench.payloads import init_body
from bench.report import Row
from bench.report import latency_row
from omem.config import load_settings
from omem.db import db
from omem.db import init_db

HOST = "127.0.0.1"
INIT_PATH = "/api/v1/webhooks/conversation-init"
POST_CALL_PATH = "/api/v1/webhooks/post-call"
INIT_TARGET_MS = 20.0
ACK_TARGET_MS = 25.0
_POLL_SECS = 0.2


@dataclass(frozen=True)
class Options:
    users: int = 10_000
    memories: int = 1_000
    concurrency: int = 10
    init_warmup: int = 200
    init_n: int = 3_000
    known_n: int = 1_000
    new_n: int = 1_000
    post_warmup: int = 100
    post_n: int = 2_000
    serial_n: int = 500  # the same requests from one client: service time without queueing
    turns: int = 100
    queue_workers: tuple[int, ...] = (1, 2)
    web_workers: int = 4
    web_threads: int = 4
    web_worker: str = "buffered"
    phase_time_limit: float = 90.0
    worker_timeout: float = 100.0  # per consumer configuration
    keep: bool = False

    @classmethod
    def quick(cls) -> Options:
        return cls(
            init_warmup=100,
            init_n=500,
            known_n=200,
            new_n=200,
            post_warmup=50,
            post_n=300,
            serial_n=100,
            phase_time_limit=45.0,
            worker_timeout=60.0,
        )


log = procs.logger("bench")


class Lifecycle:
    def __init__(self, options: Options) -> None:
        self.options = options
        self.root = Path(tempfile.mkdtemp(prefix="omem-bench-"))
        self.data_dir = self.root / "data"
        self.logs = self.root / "logs"
        self.logs.mkdir()
        self.keys = procs.Secrets.generate()
        self.port = procs.free_port()
        self.settings_env = procs.omem_environ(
            self.data_dir,
            self.keys,
            OMEM_BIND=f"{HOST}:{self.port}",
            OMEM_WEB_WORKERS=str(options.web_workers),
            OMEM_WEB_THREADS=str(options.web_threads),
            OMEM_WEB_WORKER=options.web_worker,
        )
        self.env = procs.process_environ(self.settings_env)
        self.rows: list[Row] = []
        self.meta: dict[str, object] = {}
        self.running: list[procs.Process] = []

    # -- orchestration -----------------------------------------------------------------------

    def run(self) -> list[Row]:
        try:
            self._setup()
            web = self._start(procs.start_gunicorn(self.env, self.logs, self.root))
            procs.wait_for_health(HOST, self.port, web)
            log(f"gunicorn ready on {HOST}:{self.port} (pid {web.pid})")
            self._bench_init()
            events = self._bench_post_call()
            self._stop(web, signal.SIGTERM)
            log("gunicorn stopped")
            self._bench_workers(events)
        finally:
            for proc in list(self.running):
                self._stop(proc, signal.SIGTERM, grace=10)
            if self.options.keep:
                log(f"kept {self.root}")
            else:
                shutil.rmtree(self.root, ignore_errors=True)
        return self.rows

    def _start(self, proc: procs.Process) -> procs.Process:
        self.running.append(proc)
        return proc

    def _stop(self, proc: procs.Process, sig: int, grace: float = 30.0) -> int | None:
        code = proc.stop(sig, grace)
        if proc in self.running:
            self.running.remove(proc)
        return code

    # -- setup -------------------------------------------------------------------------------

    def _setup(self) -> None:
        started = time.perf_counter()
        out = procs.run_cli(["db", "upgrade"], self.env, self.root)
        log(f"omem db upgrade: {out}")
        settings = load_settings(self.settings_env, env_file=None)
        init_db(settings)
        seeded = seeding.seed(self.options.users, self.options.memories)
        db.close()
        self.seeded = seeded
        with self._read_db() as conn:
            counts = {
                table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608
                for table in ("users", "caller_ids", "memories", "conversations")
            }
        log(f"seeded {counts} in {time.perf_counter() - started:.1f} s")
        self.meta["seeded"] = counts

    @contextmanager
    def _read_db(self, name: str = "omem.db") -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(f"file:{self.data_dir / name}?mode=ro", uri=True, timeout=5)
        try:
            yield conn
        finally:
            conn.close()

    # -- HTTP load ---------------------------------------------------------------------------

    def _load(
        self,
        name: str,
        make: MakeRequest,
        check: Check,
        count: int,
        warmup: int = 0,
        concurrency: int | None = None,
    ) -> LoadResult:
        opts = self.options
        clients = concurrency or opts.concurrency
        if warmup:
            warm = run_load(
                f"{name} (warm-up)",
                HOST,
                self.port,
                make,
                check,
                warmup,
                clients,
                opts.phase_time_limit,
            )
            log(f"{name}: warm-up {warm.ok}/{warmup} ok, {warm.error_count} errors")

        def measured(index: int) -> Request:
            return make(warmup + index)

        def measured_check(index: int, status: int, body: bytes) -> str | None:
            return check(warmup + index, status, body)

        result = run_load(
            name,
            HOST,
            self.port,
            measured,
            measured_check,
            count,
            clients,
            opts.phase_time_limit,
        )
        log(
            f"{name}: {result.ok}/{count} ok in {result.wall_secs:.1f} s, "
            f"p95 {result.percentile_ms(95):.1f} ms, {result.error_count} errors"
        )
        return result

    def _init_request(self, caller: Callable[[int], str]) -> MakeRequest:
        headers = {
            "Content-Type": "application/json",
            "Authorization": f"Bearer {self.keys.api_key}",
        }

        def make(index: int) -> Request:
            return "POST", INIT_PATH, init_body(caller(index), index), headers

        return make

    def _bench_init(self) -> None:
        opts, seeded = self.options, self.seeded

        def check_hot(index: int, status: int, body: bytes) -> str | None:
            variables = _variables(status, body)
            if isinstance(variables, str):
                return variables
            if not (variables.get("is_returning_caller") and variables.get("memory_context")):
                return "degraded answer: no returning-caller context"
            if variables.get("user_id") != seeded.hot_uid:
                return f"wrong user {variables.get('user_id')!r}"
            return None

        hot_name = f"conversation-init, returning caller ({opts.memories:,} memories)"
        hot_request = self._init_request(lambda _: seeded.hot_number)
        hot = self._load(
            f"{hot_name}, {opts.concurrency} clients",
            hot_request,
            check_hot,
            opts.init_n,
            opts.init_warmup,
        )
        self.rows.append(latency_row(hot, INIT_TARGET_MS))
        serial = self._load(
            f"{hot_name}, 1 client", hot_request, check_hot, opts.serial_n, concurrency=1
        )
        self.rows.append(latency_row(serial, INIT_TARGET_MS))

        def known_index(index: int) -> int:
            return 1 + index % (opts.users - 1)

        def check_known(index: int, status: int, body: bytes) -> str | None:
            variables = _variables(status, body)
            if isinstance(variables, str):
                return variables
            if variables.get("user_id") != seeding.user_uid(known_index(index)):
                return "degraded answer: caller not recognised"
            return None

        known = self._load(
            f"conversation-init, known caller, no calls ({opts.users:,} callers), "
            f"{opts.concurrency} clients",
            self._init_request(lambda i: seeding.caller_number(known_index(i))),
            check_known,
            opts.known_n,
        )
        self.rows.append(latency_row(known, INIT_TARGET_MS))

        def check_new(index: int, status: int, body: bytes) -> str | None:
            variables = _variables(status, body)
            if isinstance(variables, str):
                return variables
            if variables.get("is_returning_caller") is not False:
                return "a new caller was answered as a returning one"
            return None

        new = self._load(
            f"conversation-init, new caller (creates a guest), {opts.concurrency} clients",
            self._init_request(seeding.new_caller_number),
            check_new,
            opts.new_n,
        )
        row = latency_row(new, INIT_TARGET_MS)
        with self._read_db() as conn:
            created = conn.execute(
                "SELECT COUNT(*) FROM caller_ids WHERE number >= ? AND number < ?",
                (seeding.new_caller_number(0), "+14154000000"),
            ).fetchone()[0]
        if created != new.ok:
            # A degraded init answers 200 with a guest id but writes nothing.
            row.errors += abs(new.ok - created)
            row.met = False
            row.target = f"p95 ≤ {INIT_TARGET_MS:g} ms: MISSED"
            row.error_samples.append(f"{new.ok} answers but {created} callers stored")
        row.notes.append(f"{created:,} guests stored")
        self.rows.append(row)

    def _bench_post_call(self) -> int:
        opts = self.options
        template = PostCallTemplate(opts.turns)
        tag = f"{int(time.time()):x}"
        secret = self.keys.webhook_secret
        self.meta["post_call_body_bytes"] = template.size

        def make(index: int) -> Request:
            user = index % opts.users
            raw = template.render(
                f"conv_bench{tag}{index:08d}",
                seeding.user_uid(user),
                seeding.caller_number(user),
            )
            headers = {
                "Content-Type": "application/json",
                "ElevenLabs-Signature": el_signature(secret, raw, int(time.time())),
            }
            return "POST", POST_CALL_PATH, raw, headers

        def check(index: int, status: int, body: bytes) -> str | None:
            if status != 200:
                return f"HTTP {status}: {body[:200]!r}"
            answer = json.loads(body)
            if answer.get("status") != "accepted" or not isinstance(answer.get("event_id"), int):
                return f"not accepted: {answer}"
            return None

        name = f"post-call ack, {opts.turns}-turn transcript ({template.size / 1024:.0f} KiB)"
        result = self._load(
            f"{name}, {opts.concurrency} clients", make, check, opts.post_n, opts.post_warmup
        )
        self.rows.append(latency_row(result, ACK_TARGET_MS))
        base = opts.post_warmup + opts.post_n  # fresh conversation ids for the serial run

        def make_serial(index: int) -> Request:
            return make(base + index)

        def check_serial(index: int, status: int, body: bytes) -> str | None:
            return check(base + index, status, body)

        serial = self._load(
            f"{name}, 1 client", make_serial, check_serial, opts.serial_n, concurrency=1
        )
        self.rows.append(latency_row(serial, ACK_TARGET_MS))
        with self._read_db() as conn:
            events = conn.execute("SELECT COUNT(*) FROM webhook_events").fetchone()[0]
        return int(events)

    # -- worker throughput -------------------------------------------------------------------

    def _queue_state(self) -> tuple[dict[str, int], int]:
        with self._read_db("queue.db") as conn:
            messages = conn.execute("SELECT COUNT(*) FROM task").fetchone()[0]
        return self._statuses(), int(messages)

    def _bench_workers(self, events: int) -> None:
        statuses, messages = self._queue_state()
        log(f"before the consumer: events {statuses}, {messages} queued Huey messages")
        self.meta["events_before_worker"] = statuses
        self.meta["huey_messages_before_worker"] = messages
        snapshot = self.root / "snapshot"
        shutil.copytree(self.data_dir, snapshot, ignore=shutil.ignore_patterns("metrics"))
        for index, workers in enumerate(self.options.queue_workers):
            if index:
                self._restore(snapshot)
            self.rows.append(self._bench_worker(workers, events))

    def _restore(self, snapshot: Path) -> None:
        for path in self.data_dir.glob("*.db*"):
            path.unlink()
        for path in snapshot.glob("*.db*"):
            shutil.copy2(path, self.data_dir / path.name)

    def _bench_worker(self, workers: int, events: int) -> Row:
        env = procs.process_environ(
            {
                **self.settings_env,
                "OMEM_QUEUE_WORKERS": str(workers),
                # No sweeper re-enqueues while we measure (the events are minutes old by now).
                "OMEM_EVENT_LEASE_SECS": "3600",
            }
        )
        name = f"post-call processing, {workers} queue worker{'s' if workers > 1 else ''}"
        proc = self._start(procs.start_consumer(env, self.logs, self.root, f"worker-{workers}"))
        deadline = time.monotonic() + self.options.worker_timeout
        finished = False
        try:
            while not finished and time.monotonic() < deadline:
                if not proc.running():
                    raise RuntimeError(f"consumer exited early:\n{proc.log_tail()}")
                time.sleep(_POLL_SECS)
                statuses = self._statuses()
                finished = statuses.get("completed", 0) + statuses.get("dead", 0) >= events
            wall = time.perf_counter() - proc.started
        finally:
            code = self._stop(proc, signal.SIGINT)  # graceful: the task in hand completes
        statuses = self._statuses()
        completed = statuses.get("completed", 0)
        row = Row(benchmark=name, n=completed, rate_unit="events/s", target="info")
        first, last = self._completion_window()
        if completed > 1 and last > first:
            row.rate = (completed - 1) / (last - first)
        # Unfinished events at the time limit are not failures; failed or dead ones are.
        row.errors = statuses.get("failed", 0) + statuses.get("dead", 0)
        if not finished:
            row.notes.append(
                f"time limit {self.options.worker_timeout:g} s reached with {completed:,}/"
                f"{events:,} completed; the rate is over those"
            )
        row.notes.append(
            f"{completed:,}/{events:,} completed; first→last completion {last - first:.1f} s; "
            f"{wall:.1f} s from consumer start incl. start-up and polling "
            f"({completed / wall:.1f} events/s); consumer exit code {code}"
        )
        if row.errors:
            row.error_samples.append(f"event statuses at the end: {statuses}")
            with self._read_db() as conn:
                for error, count in conn.execute(
                    "SELECT last_error, COUNT(*) FROM webhook_events "
                    "WHERE status IN ('failed', 'dead') "
                    "GROUP BY last_error ORDER BY 2 DESC LIMIT 5"
                ):
                    row.error_samples.append(f"{count} x last_error {error[:300]!r}")
            row.error_samples.append(f"consumer log tail:\n{proc.log_tail(15)}")
        log(f"{name}: {row.notes[-1]}")
        return row

    def _statuses(self) -> dict[str, int]:
        with self._read_db() as conn:
            return dict(
                conn.execute("SELECT status, COUNT(*) FROM webhook_events GROUP BY status")
            )

    def _completion_window(self) -> tuple[float, float]:
        with self._read_db() as conn:
            first, last = conn.execute(
                "SELECT MIN(updated_at), MAX(updated_at) FROM webhook_events "
                "WHERE status = 'completed'"
            ).fetchone()
        if first is None:
            return 0.0, 0.0
        return _timestamp(first), _timestamp(last)


def _variables(status: int, body: bytes) -> dict[str, object] | str:
    if status != 200:
        return f"HTTP {status}: {body[:200]!r}"
    variables = json.loads(body).get("dynamic_variables")
    return variables if isinstance(variables, dict) else "no dynamic_variables"


def _timestamp(value: str) -> float:
    return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC).timestamp()
