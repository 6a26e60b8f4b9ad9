"""The recovery drill (issue 16): a real omem (gunicorn + consumer) takes signed post-call
webhooks and memory-store calls from retrying senders while a backup is taken; the archive is
restored into a second data directory and a second omem is started on it. Checked: every
table holds the rows the manifest counts; everything acknowledged before the backup began is
in the restored database, and nothing sent once the copy was under way is; the second
consumer finishes what was pending; both services tell the agent the same about callers
whose data predates the backup."""

from __future__ import annotations

import http.client
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from omem.backup import Backup
from omem.backup import create_backup
from omem.db import db
from omem.models import Memory
from omem.restore import restore_backup
from tests.conftest import API_KEY
from tests.conftest import WEBHOOK_SECRET
from tests.conftest import make_settings
from tests.helpers import el_signature
from tests.helpers import free_port
from tests.helpers import process_environ
from tests.helpers import sample
from tests.helpers import wait_until

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow
AUTH = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
LEASE_SECS = 2  # an event `processing` in the copy is taken up again this long after it
SETTINGS = {
    "OMEM_WEB_WORKERS": "2",
    "OMEM_QUEUE_WORKERS": "1",
    "OMEM_EVENT_LEASE_SECS": str(LEASE_SECS),
    "OMEM_BACKUP_INTERVAL_HOURS": "0",  # the drill's backup is the only one
    "OMEM_RATE_LIMITS_ENABLED": "false",
    "OMEM_LOG_LEVEL": "WARNING",
}
# Callers whose calls and stored memories are processed before the backup, and who get no
# traffic after it: both services must answer the same for them.
KNOWN = [f"+1415555{n:04d}" for n in (1201, 1202, 1203)]
QUESTIONS = ("refund on the same card", "what is my gate code")


class Service:
    """gunicorn and the consumer on one data directory, on loopback."""

    def __init__(self, data_dir: Path, logs: Path, name: str) -> None:
        self.data_dir = data_dir
        self.port = free_port()
        self.logs = logs
        self.name = name
        self.env = process_environ(data_dir, OMEM_BIND=f"127.0.0.1:{self.port}", **SETTINGS)
        # Each with the signal that stops it gracefully (the consumer finishes its task).
        self.procs: list[tuple[subprocess.Popen[bytes], signal.Signals]] = []

    def _spawn(self, role: str, stop_with: signal.Signals, *argv: str) -> None:
        with open(self.logs / f"{self.name}-{role}.log", "wb") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", *argv],
                cwd=ROOT,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.procs.append((proc, stop_with))

    def start(self) -> None:
        self._spawn("web", signal.SIGTERM, "gunicorn", "-c", "gunicorn.conf.py")
        self._spawn("consumer", signal.SIGINT, "omem.cli", "worker")
        assert wait_until(lambda: _status(self.port, "/health/ready") == 200, 30), self.log()

    def log(self) -> str:
        return "\n".join(
            path.read_text(errors="replace")[-3000:]
            for path in sorted(self.logs.glob(f"{self.name}-*.log"))
        )

    def stop(self) -> None:
        """Stop each process gracefully, then kill its process group, whatever is left."""
        for proc, stop_with in self.procs:
            if proc.poll() is None:
                proc.send_signal(stop_with)
        for proc, _ in self.procs:
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                pass
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait(10)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[list[Service]]:
    started: list[Service] = []
    yield started
    for service in started:
        service.stop()


def _status(port: int, path: str) -> int | None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", path)
        return conn.getresponse().status
    except OSError:
        return None
    finally:
        conn.close()


@dataclass(frozen=True)
class Ack:
    kind: str  # post_call | memory_store
    key: str  # the conversation id, or the stored content
    sent_at: float  # when the attempt that was answered 200 was sent (monotonic)
    acked_at: float  # when its answer arrived
    body: dict[str, Any]


def _send(
    port: int, path: str, raw: bytes, headers: dict[str, str]
) -> tuple[dict[str, Any], float]:
    """Send until a 200, as ElevenLabs and agents retry: a refused or reset connection, an
    answer cut off or a 5xx is sent again. Returns the answer and when its attempt was sent."""
    for _ in range(200):
        sent_at = time.monotonic()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            conn.request("POST", path, body=raw, headers=headers)
            response = conn.getresponse()
            body = response.read()
            if response.status == 200:
                return json.loads(body), sent_at
            assert response.status >= 500, (response.status, body[:300])
        except (OSError, http.client.HTTPException):
            pass
        finally:
            conn.close()
        time.sleep(0.05)
    raise AssertionError(f"{path} was never acknowledged")


def _post_call(port: int, conversation_id: str, caller: str) -> tuple[dict[str, Any], float]:
    payload = json.loads(sample("post-call-transcription.json"))
    data = payload["data"]
    data["conversation_id"] = conversation_id
    data["metadata"]["phone_call"]["external_number"] = caller
    variables = data["conversation_initiation_client_data"]["dynamic_variables"]
    variables.update(system__caller_id=caller, system__conversation_id=conversation_id)
    raw = json.dumps(payload).encode()
    # Signed per attempt, as a retry is: the signature carries the time it was sent.
    headers = {
        "Content-Type": "application/json",
        "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw),
    }
    return _send(port, "/api/v1/webhooks/post-call", raw, headers)


def _store(port: int, caller: str, content: str) -> tuple[dict[str, Any], float]:
    raw = json.dumps({"caller_id": caller, "content": content}).encode()
    return _send(port, "/api/v1/tools/memory-store", raw, AUTH)


def _ask(port: int, path: str, **body: Any) -> Any:
    answer, _ = _send(port, path, json.dumps(body).encode(), AUTH)
    return answer


class Senders:
    """Threads that send post-calls (new conversations of a pool of callers) and
    memory-stores (each for a new caller) until stopped, recording every acknowledgement."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.acks: list[Ack] = []
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.errors: list[BaseException] = []
        self.threads = [
            threading.Thread(target=self._run, args=(self._post_calls, n), daemon=True)
            for n in range(2)
        ] + [threading.Thread(target=self._run, args=(self._stores, 0), daemon=True)]

    def _run(self, send: Callable[[int], None], sender: int) -> None:
        try:
            send(sender)
        except BaseException as exc:  # the test fails on it, not the thread alone
            self.errors.append(exc)

    def _record(self, kind: str, key: str, answer: dict[str, Any], sent_at: float) -> None:
        with self.lock:
            self.acks.append(Ack(kind, key, sent_at, time.monotonic(), answer))

    def _post_calls(self, sender: int) -> None:
        n = 0
        while not self.stop.is_set():
            conversation_id = f"conv_drill_{sender}_{n:04d}"
            caller = f"+1415556{sender}{n % 20:03d}"
            answer, sent_at = _post_call(self.port, conversation_id, caller)
            # `duplicate` (with the first delivery's event id) when a retry follows a lost
            # answer to a delivery that was stored.
            assert answer["status"] in ("accepted", "duplicate"), answer
            self._record("post_call", conversation_id, answer, sent_at)
            n += 1

    def _stores(self, _: int) -> None:
        n = 0
        while not self.stop.is_set():
            content = f"My locker at the depot is number {7100 + n}."
            answer, sent_at = _store(self.port, f"+14155570{n:03d}", content)
            self._record("memory_store", content, answer, sent_at)
            n += 1

    def __enter__(self) -> Senders:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(30)
        assert not self.errors, self.errors

    def snapshot(self) -> list[Ack]:
        with self.lock:
            return list(self.acks)

    def count(self, kind: str) -> int:
        return sum(1 for ack in self.snapshot() if ack.kind == kind)


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)) as conn:
        return conn.execute(sql).fetchall()


def _table_counts(path: Path) -> dict[str, int]:
    names = _rows(
        path,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    return {name: _rows(path, f'SELECT COUNT(*) FROM "{name}"')[0][0] for (name,) in names}


def _known_callers_settled(path: Path) -> bool:
    """Every event completed, and the known callers' summaries written from all their
    memories (a refresh still scheduled in the first service's queue would change its
    conversation-init after the backup; the second service's queue never had it)."""
    events = _rows(path, "SELECT COUNT(*) FROM webhook_events WHERE status != 'completed'")
    numbers = ",".join(f"'{number}'" for number in KNOWN)
    users = _rows(
        path,
        "SELECT u.summary_version = u.memory_version FROM users u "
        f"JOIN caller_ids c ON c.user_id = u.id WHERE c.number IN ({numbers})",
    )
    return events == [(0,)] and len(users) == len(KNOWN) and all(ok for (ok,) in users)


def _answers(port: int, caller: str) -> list[Any]:
    """What the agent hears at the caller's next call, and two memory-queries."""
    init = _ask(
        port,
        "/api/v1/webhooks/conversation-init",
        caller_id=caller,
        agent_id="agent_4301k7h2q9x0fz8c1m5vbt6nwe2a",
        called_number="+18885550142",
    )
    queries = [
        _ask(port, "/api/v1/tools/memory-query", caller_id=caller, query=q) for q in QUESTIONS
    ]
    return [init, *queries]


@dataclass(frozen=True)
class Drill:
    backup: Backup
    began: float  # when create_backup was called (monotonic)
    before: list[Ack]  # acknowledged before it was called
    after: list[Ack]  # sent once the copy was under way


def _backup_under_traffic(first: Service, to_dir: Path) -> Drill:
    """Senders at full speed until the consumer has a backlog, then the backup, which waits
    at its first step until a request sent after that step has been acknowledged."""
    unfinished = "SELECT COUNT(*) FROM webhook_events WHERE status != 'completed'"
    with Senders(first.port) as senders:
        assert wait_until(
            lambda: (
                senders.count("post_call") >= 4
                and senders.count("memory_store") >= 2
                and _rows(first.data_dir / "omem.db", unfinished)[0][0] >= 3
            ),
            20,
        ), first.log()
        began = time.monotonic()
        before = [ack for ack in senders.snapshot() if ack.acked_at < began]
        under_way: list[float] = []

        def copying() -> None:
            # Between steps of the copy (its snapshot is held): the service goes on
            # acknowledging, and what it acknowledges now comes after the backup's moment.
            if not under_way:
                under_way.append(time.monotonic())
                assert wait_until(
                    lambda: any(a.sent_at > under_way[0] for a in senders.snapshot()), 10
                ), "nothing was acknowledged while the backup ran"

        made = create_backup(make_settings(first.data_dir), to_dir, keepalive=copying)
    after = [ack for ack in senders.snapshot() if ack.sent_at > under_way[0]]
    return Drill(made, began, before, after)


def _assert_restored_as_acknowledged(path: Path, drill: Drill) -> None:
    assert {ack.kind for ack in drill.before} == {"post_call", "memory_store"}
    events = dict(_rows(path, "SELECT id, conversation_ref FROM webhook_events"))
    with db.connection_context():  # the restored database, read (and decrypted) by the models
        contents = {m.id: m.content for m in Memory.select(Memory.id, Memory.content)}
    for ack in drill.before:
        if ack.kind == "post_call":
            assert events.get(ack.body["event_id"]) == ack.key, ack
        else:
            assert contents.get(ack.body["memory"]["id"]) == ack.body["memory"]["content"], ack
    for ack in drill.after:
        if ack.kind == "post_call":
            assert ack.key not in events.values(), ack
        else:
            assert ack.body["memory"]["content"] not in contents.values(), ack
    # Each write is whole or absent: a call with every turn, a memory with its vector.
    transcript = json.loads(sample("post-call-transcription.json"))["data"]["transcript"]
    turns = _rows(
        path,
        "SELECT COUNT(t.id) FROM conversations c "
        "LEFT JOIN conversation_turns t ON t.conversation_id = c.id GROUP BY c.id",
    )
    assert turns and set(turns) == {(len(transcript),)}
    assert _rows(
        path,
        "SELECT COUNT(*) FROM memories m WHERE NOT EXISTS "
        "(SELECT 1 FROM memory_embeddings e WHERE e.memory_id = m.id)",
    ) == [(0,)]


def test_a_backup_taken_under_traffic_restores_into_a_service_that_answers_as_the_first(
    data_dir: Path, tmp_path: Path, services: list[Service]
) -> None:
    first = Service(data_dir, tmp_path, "first")
    services.append(first)
    first.start()
    for n, caller in enumerate(KNOWN):
        _store(first.port, caller, f"My gate code is {4410 + n}.")
        _post_call(first.port, f"conv_drill_known_{n}", caller)
    assert wait_until(lambda: _known_callers_settled(data_dir / "omem.db"), 40, 0.2), first.log()

    drill = _backup_under_traffic(first, tmp_path / "backups")
    second_dir = tmp_path / "second"
    restored = restore_backup(drill.backup.path, make_settings(second_dir))
    restored_db = second_dir / "omem.db"

    # Every table, counted here with SQLite alone, holds the rows the manifest counts.
    assert _table_counts(restored_db) == drill.backup.manifest["tables"] == restored.counts
    assert _rows(restored_db, "PRAGMA integrity_check") == [("ok",)]
    _assert_restored_as_acknowledged(restored_db, drill)
    statuses = "SELECT status, COUNT(*) FROM webhook_events GROUP BY 1"
    copied = dict(_rows(restored_db, statuses))
    assert set(copied) - {"completed"}, copied  # the consumer had a backlog at the backup

    # Events `processing` in the copy are taken up once their lease has run out.
    time.sleep(max(0.0, drill.began + LEASE_SECS + 0.5 - time.monotonic()))
    second = Service(second_dir, tmp_path, "second")
    services.append(second)
    second.start()
    everything = [("completed", sum(copied.values()))]
    assert wait_until(lambda: _rows(restored_db, statuses) == everything, 40, 0.2), (
        _rows(restored_db, statuses),
        second.log(),
    )

    # Asked the same in the same order (a query marks what it found as accessed), the two
    # services answer the same for the callers whose data predates the backup.
    for n, caller in enumerate(KNOWN):
        on_first = _answers(first.port, caller)
        assert _answers(second.port, caller) == on_first, caller
        assert on_first[0]["dynamic_variables"]["is_returning_caller"] is True
        assert any(str(4410 + n) in m["content"] for m in on_first[2]["memories"]), on_first
