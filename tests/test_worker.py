"""The real consumer (`omem worker`) over real SQLite files: end to end, kill -9 mid-event,
and a poisoned event going dead with backoff."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from omem import inbox
from omem.db import db
from omem.embeddings import LOCAL_MODEL_ID
from omem.jobs import enqueue_event
from omem.memory import snapshots
from tests.conftest import WEBHOOK_SECRET
from tests.helpers import el_signature
from tests.helpers import process_environ
from tests.helpers import sample

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow
URL = "/api/v1/webhooks/post-call"
Worker = Callable[..., subprocess.Popen[bytes]]


@pytest.fixture
def start_worker(data_dir: Path, tmp_path: Path) -> Iterator[Worker]:
    """Start `omem worker` on the test's data dir; every process is killed at the end."""
    started: list[subprocess.Popen[bytes]] = []

    def start(entry: str = "omem", **extra: str) -> subprocess.Popen[bytes]:
        env = process_environ(data_dir, OMEM_QUEUE_WORKERS="1", **extra)
        log = open(tmp_path / f"worker-{len(started)}.log", "wb")  # noqa: SIM115
        argv = {
            "omem": ["-m", "omem.cli", "worker"],
            "huey_consumer": ["-m", "huey.bin.huey_consumer", "tasks.huey", "-w", "1"],
        }[entry]
        proc = subprocess.Popen(
            [sys.executable, *argv],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        started.append(proc)
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


def _status(data_dir: Path, event_id: int) -> tuple[str, int]:
    with sqlite3.connect(data_dir / "omem.db", timeout=5) as conn:
        row = conn.execute(
            "SELECT status, attempts FROM webhook_events WHERE id = ?", (event_id,)
        ).fetchone()
    return row[0], row[1]


def _wait_status(data_dir: Path, event_id: int, wanted: str, seconds: float = 30) -> int:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        status, attempts = _status(data_dir, event_id)
        if status == wanted:
            return attempts
        time.sleep(0.05)
    raise AssertionError(f"event {event_id} still {status} after {seconds}s")


def _count(data_dir: Path, table: str) -> int:
    with sqlite3.connect(data_dir / "omem.db", timeout=5) as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])  # noqa: S608


def _deliver(client: FlaskClient, raw: str) -> int:
    headers = {
        "Content-Type": "application/json",
        "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw),
    }
    response = client.post(URL, data=raw, headers=headers)
    assert response.status_code == 200, response.get_data(as_text=True)
    return int(response.get_json()["event_id"])


def _stop(proc: subprocess.Popen[bytes]) -> int:
    proc.send_signal(signal.SIGINT)
    return proc.wait(20)


@pytest.mark.parametrize("entry", ["omem", "huey_consumer"])
def test_event_flows_end_to_end_through_a_real_consumer(
    client: FlaskClient, data_dir: Path, start_worker: Worker, entry: str
) -> None:
    event_id = _deliver(client, sample("post-call-transcription.json"))
    worker = start_worker(entry)
    assert _wait_status(data_dir, event_id, "completed") == 1
    assert _count(data_dir, "conversations") == 1
    turns = json.loads(sample("post-call-transcription.json"))["data"]["transcript"]
    assert _count(data_dir, "conversation_turns") == len(turns)
    # The consumer wrote the caller's index snapshot as of the memories it just stored, so
    # no web worker reads them one by one for a first query.
    with sqlite3.connect(data_dir / "omem.db", timeout=5) as conn:
        user_id, version = conn.execute(
            "SELECT users.id, memory_version FROM users"
            " JOIN memories ON memories.user_id = users.id"
        ).fetchone()
    deadline = time.monotonic() + 30
    while snapshots.version_of(user_id, LOCAL_MODEL_ID) != version:
        assert time.monotonic() < deadline, "no index snapshot of the caller's memories"
        time.sleep(0.05)
    assert _stop(worker) == 0


def _long_call(turns: int) -> str:
    payload = json.loads(sample("post-call-transcription.json"))
    line = "I would like to talk about my order, the delivery and the invoice details please"
    # Storing thousands of turns keeps the worker inside its first transaction long enough to
    # be killed there; few of them are the caller's, so extracting memories afterwards takes
    # seconds, not the minute 2,500 caller turns take on 2 cores.
    payload["data"]["transcript"] = [
        {
            "role": "user" if i % 250 == 1 else "agent",
            "message": f"{line} {i}",
            "time_in_call_secs": i,
        }
        for i in range(turns)
    ]
    return json.dumps(payload)


def test_kill_9_mid_event_then_restart_completes_it_exactly_once(
    client: FlaskClient, data_dir: Path, start_worker: Worker
) -> None:
    event_id = _deliver(client, _long_call(5000))
    env = {"OMEM_EVENT_LEASE_SECS": "1"}
    worker = start_worker(**env)
    blocker = sqlite3.connect(data_dir / "omem.db", timeout=10, isolation_level=None)
    try:
        deadline = time.monotonic() + 30
        while _status(data_dir, event_id)[0] != "processing":
            assert time.monotonic() < deadline, "worker never claimed the event"
            time.sleep(0.001)
        # Hold the write lock so the worker is stuck inside the event, then kill it.
        blocker.execute("BEGIN IMMEDIATE")
        worker.kill()
        worker.wait(10)
    finally:
        if blocker.in_transaction:
            blocker.execute("ROLLBACK")
        blocker.close()
    assert _status(data_dir, event_id) == ("processing", 1)
    assert _count(data_dir, "conversations") == 0  # the killed transaction left nothing

    time.sleep(1.2)  # past the lease: the restarted consumer's startup sweep takes it back
    restarted = start_worker(**env)
    assert _wait_status(data_dir, event_id, "completed") == 2
    assert _count(data_dir, "conversations") == 1
    assert _count(data_dir, "conversation_turns") == 5000
    assert _stop(restarted) == 0


def test_poisoned_event_goes_dead_after_five_attempts_with_backoff(
    client: FlaskClient, data_dir: Path, start_worker: Worker, tmp_path: Path
) -> None:
    payload = json.dumps({"type": "post_call_transcription", "data": {"transcript": 1}})
    with db.connection_context():
        event_id = inbox.record_event("post_call_transcription", "poison", "x", payload).event_id
    enqueue_event(event_id)
    worker = start_worker(OMEM_RETRY_UNIT_SECS="0.05")
    started = time.monotonic()
    assert _wait_status(data_dir, event_id, "dead", seconds=60) == 5
    elapsed = time.monotonic() - started
    assert elapsed >= 0.05 * (2 + 4 + 8 + 16)  # the backoff was waited, not skipped
    assert _stop(worker) == 0
    log = (tmp_path / "worker-0.log").read_text()
    assert log.count("event_failed") == 5
    with sqlite3.connect(data_dir / "omem.db") as conn:
        (last_error,) = conn.execute(
            "SELECT last_error FROM webhook_events WHERE id = ?", (event_id,)
        ).fetchone()
    assert last_error.startswith("InvalidRequest")
