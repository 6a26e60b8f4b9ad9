"""Database trouble is survivable (issue 6, promise 3): a real gunicorn (2 sync workers) and a
real consumer on a migrated temp data dir, with the database locked by a long writer, its file
unopenable, and the disk full. During each fault post-call webhooks answer 503
`database_unavailable` with Retry-After (never 200 without storing), conversation-init still
answers 200 within 2 s, and /health/ready is 503; once the fault is removed everything
recovers by itself, with no restart, and both SQLite files pass `PRAGMA integrity_check`."""

from __future__ import annotations

import fcntl
import http.client
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from tests.conftest import API_KEY
from tests.conftest import WEBHOOK_SECRET
from tests.helpers import el_signature
from tests.helpers import free_port
from tests.helpers import process_environ
from tests.helpers import sample

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow
BUSY_TIMEOUT_MS = 300
INIT_DEADLINE_SECS = 2.0
FAULTED_DELIVERIES = 3
Fault = Callable[[], None]


def _drain(pipe: IO[bytes], path: Path) -> None:
    # Through a pipe, not a file: under the disk-full fault the processes could not append to
    # their own log file (and a failed log write would change what a request answers).
    with pipe, open(path, "ab") as out:
        for line in iter(pipe.readline, b""):
            out.write(line)
            out.flush()


class Service:
    """gunicorn and `omem worker` on one data dir, each in its own session (killed by pgid)."""

    def __init__(self, data_dir: Path, logs: Path) -> None:
        self.data_dir = data_dir
        self.logs = logs
        self.port = free_port()
        self.env = process_environ(
            data_dir,
            OMEM_BIND=f"127.0.0.1:{self.port}",
            OMEM_WEB_WORKERS="2",
            OMEM_QUEUE_WORKERS="1",
            OMEM_DB_BUSY_TIMEOUT_MS=str(BUSY_TIMEOUT_MS),
            OMEM_RATE_LIMITS_ENABLED="false",
        )
        self.procs: list[subprocess.Popen[bytes]] = []
        self.drains: list[threading.Thread] = []

    def _spawn(self, name: str, *argv: str) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(
            [sys.executable, "-m", *argv], cwd=ROOT, env=self.env, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        assert proc.stdout is not None
        drain = threading.Thread(target=_drain, args=(proc.stdout, self.logs / f"{name}.log"))
        drain.start()
        self.procs.append(proc)
        self.drains.append(drain)
        return proc

    def start(self) -> None:
        self.web = self._spawn("web", "gunicorn", "-c", "gunicorn.conf.py")
        self.worker = self._spawn("worker", "omem.cli", "worker")
        deadline = time.monotonic() + 20
        while True:
            assert self.web.poll() is None, self.log("web")
            try:
                if self.get("/health/ready")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, self.log("web")
            time.sleep(0.1)

    def pids(self) -> list[int]:
        """Every process of the service: gunicorn's master and workers, the consumer."""
        found: list[int] = []
        pending = [proc.pid for proc in self.procs]
        while pending:
            pid = pending.pop()
            found.append(pid)
            children = Path(f"/proc/{pid}/task/{pid}/children")
            if children.exists():
                pending += [int(p) for p in children.read_text().split()]
        return found

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM if proc is self.web else signal.SIGINT)
        for proc in self.procs:
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(10)
        for drain in self.drains:
            drain.join(10)

    def log(self, name: str) -> str:
        path = self.logs / f"{name}.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def request(
        self,
        method: str,
        path: str,
        body: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], dict[str, object]]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            raw = response.read()
            return response.status, dict(response.getheaders()), json.loads(raw or b"{}")
        finally:
            conn.close()

    def get(self, path: str) -> tuple[int, dict[str, object]]:
        status, _, body = self.request("GET", path)
        return status, body

    def deliver(self, raw: str) -> tuple[int, dict[str, str], dict[str, object]]:
        headers = {
            "Content-Type": "application/json",
            "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw),
        }
        return self.request("POST", "/api/v1/webhooks/post-call", raw, headers)

    def init(self) -> tuple[int, float, dict[str, object]]:
        raw = json.loads(sample("init-request.json"))
        raw["caller_id"] = f"+1415555{uuid.uuid4().int % 10_000:04d}"  # a new caller: a write
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {API_KEY}"}
        started = time.monotonic()
        status, _, body = self.request(
            "POST", "/api/v1/webhooks/conversation-init", json.dumps(raw), headers
        )
        return status, time.monotonic() - started, body


@pytest.fixture
def service(data_dir: Path, tmp_path: Path) -> Iterator[Service]:
    running = Service(data_dir, tmp_path)
    try:
        running.start()
        yield running
    finally:
        running.stop()


def _call(conversation_id: str) -> str:
    payload = json.loads(sample("post-call-transcription.json"))
    payload["data"]["conversation_id"] = conversation_id
    return json.dumps(payload)


def _query(data_dir: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(data_dir / "omem.db", timeout=5) as conn:
        return conn.execute(sql, params).fetchall()


def _events(data_dir: Path, conversation_id: str) -> list[str]:
    rows = _query(
        data_dir,
        "SELECT status FROM webhook_events WHERE idempotency_key = ?",
        f"post_call_transcription:{conversation_id}",
    )
    return [str(row[0]) for row in rows]


def _wait(what: str, check: Callable[[], bool], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, f"{what}: not within {seconds}s"
        time.sleep(0.05)


def _survives(service: Service, inject: Fault, remove: Fault) -> None:
    """Deliveries, an init and readiness during the fault; recovery and exact storage after."""
    data_dir = service.data_dir
    warm = [f"conv_warm_{uuid.uuid4().hex[:12]}" for _ in range(2)]
    for conversation_id in warm:  # every process now holds pooled, working connections
        assert service.deliver(_call(conversation_id))[0] == 200
    _wait(
        "warm-up processed", lambda: all(_events(data_dir, c) == ["completed"] for c in warm), 30
    )

    inject()
    try:
        faulted = [f"conv_fault_{uuid.uuid4().hex[:12]}" for _ in range(FAULTED_DELIVERIES)]
        for conversation_id in faulted:
            status, headers, body = service.deliver(_call(conversation_id))
            assert status == 503, (status, body)
            assert body["error"] == "database_unavailable"
            assert int(headers["Retry-After"]) > 0
        status, elapsed, answer = service.init()
        assert status == 200, answer
        assert elapsed < INIT_DEADLINE_SECS, elapsed
        variables = answer["dynamic_variables"]
        assert isinstance(variables, dict)
        assert variables["is_returning_caller"] is False
        guest = str(answer["user_id"])
        assert guest.startswith("omem_usr")
        for _ in range(4):  # both workers: the kernel hands each connection to an idle one
            status, body = service.get("/health/ready")
            assert (status, body["reason"]) == (503, "database_unavailable")
    finally:
        remove()

    _wait("ready again", lambda: service.get("/health/ready")[0] == 200, 10)
    for conversation_id in faulted:
        assert _events(data_dir, conversation_id) == []  # the 503s stored nothing
    # The caller was new, so the answer came from the degraded path: nothing was stored.
    assert _query(data_dir, "SELECT COUNT(*) FROM users WHERE uid = ?", guest) == [(0,)]
    fresh = f"conv_after_{uuid.uuid4().hex[:12]}"
    for conversation_id in [*faulted, fresh]:  # ElevenLabs resending, and a new call
        status, _, body = service.deliver(_call(conversation_id))
        assert (status, body["status"]) == (200, "accepted"), body
    delivered = [*warm, *faulted, fresh]
    _wait(
        "every delivery processed",
        lambda: all(_events(data_dir, c) == ["completed"] for c in delivered),
        30,
    )
    for conversation_id in delivered:
        rows = _query(
            data_dir,
            "SELECT COUNT(*) FROM conversations WHERE conversation_id = ?",
            conversation_id,
        )
        assert rows == [(1,)]
    service.stop()
    for name in ("omem.db", "queue.db"):
        with sqlite3.connect(data_dir / name) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_webhooks_503_then_recover_when_another_connection_holds_the_database_exclusively(
    service: Service,
) -> None:
    """A foreign writer (a backup script, the sqlite3 shell) holds `BEGIN EXCLUSIVE` for
    far longer than the busy timeout, then commits."""
    holder = sqlite3.connect(service.data_dir / "omem.db", isolation_level=None)

    def inject() -> None:
        holder.execute("BEGIN EXCLUSIVE")

    def remove() -> None:
        holder.execute("COMMIT")
        holder.close()

    _survives(service, inject, remove)


def test_webhooks_503_then_recover_when_the_omem_write_lock_is_held(service: Service) -> None:
    """Another omem process (a stuck CLI command, say) holds the cross-process write lock
    file that every writer takes before `BEGIN IMMEDIATE`."""
    lock = os.open(service.data_dir / "omem.db.write-lock", os.O_RDWR)

    def inject() -> None:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def remove() -> None:
        fcntl.flock(lock, fcntl.LOCK_UN)
        os.close(lock)

    _survives(service, inject, remove)


def test_webhooks_503_then_recover_when_the_database_file_cannot_be_opened(
    service: Service,
) -> None:
    """omem.db is moved aside and a directory stands at its path, then it is put back.

    Opening the path then fails as it does for a file made unreadable (`chmod 000` stops no
    root process, and tests may run as root). Connections already open keep the moved file,
    as SQLite keeps its inode: the fault reaches them only because the pool drops a connection
    whose file is no longer the one at the path.
    """
    path = service.data_dir / "omem.db"
    aside = service.data_dir / "omem.db.aside"

    def inject() -> None:
        path.rename(aside)
        path.mkdir()

    def remove() -> None:
        path.rmdir()
        aside.rename(path)

    _survives(service, inject, remove)


def test_webhooks_503_then_recover_when_the_disk_is_full(service: Service) -> None:
    """No file may grow: every process of the service gets a file-size limit of one page
    (RLIMIT_FSIZE, set from outside with prlimit(2)), so any write past it fails with EFBIG
    (Python ignores SIGXFSZ) and SQLite reports it as a full disk. Every transaction writes
    at least one WAL frame beyond that page. Lifting the limit is the space being freed.

    Unlike a real full disk, bytes already allocated past the first page cannot be
    overwritten either, so a WAL that could be reused from its start fails too; that is the
    stricter case.
    """
    page = 4096

    def limit(soft: int) -> None:
        for pid in service.pids():
            resource.prlimit(pid, resource.RLIMIT_FSIZE, (soft, resource.RLIM_INFINITY))

    def remove() -> None:
        limit(resource.RLIM_INFINITY)

    _survives(service, lambda: limit(page), remove)
