"""No accepted webhook is lost (issue 6, promise 1): post-call webhooks sent by retrying
clients (as ElevenLabs retries) into a real gunicorn and a real consumer while gunicorn workers
and the consumer are killed with SIGKILL at random moments, and then everything at once; every
delivery that got a 200 ends completed, with its conversation stored exactly once."""

from __future__ import annotations

import http.client
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import WEBHOOK_SECRET
from tests.helpers import el_signature
from tests.helpers import free_port
from tests.helpers import process_environ
from tests.helpers import sample

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow
TURNS = 60
LEASE_SECS = 2


class Service:
    """gunicorn (2 workers) and the consumer on one data dir, each restartable."""

    def __init__(self, data_dir: Path, logs: Path) -> None:
        self.port = free_port()
        self.logs = logs
        self.env = process_environ(
            data_dir,
            OMEM_BIND=f"127.0.0.1:{self.port}",
            OMEM_WEB_WORKERS="2",
            OMEM_QUEUE_WORKERS="2",
            OMEM_EVENT_LEASE_SECS=str(LEASE_SECS),
            OMEM_RATE_LIMITS_ENABLED="false",
            OMEM_LOG_LEVEL="WARNING",
        )
        self.web: subprocess.Popen[bytes] | None = None
        self.worker: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def _spawn(self, *argv: str) -> subprocess.Popen[bytes]:
        self.starts += 1
        with open(self.logs / f"{self.starts:02d}-{argv[-1]}.log", "wb") as out:
            return subprocess.Popen(
                [sys.executable, "-m", *argv], cwd=ROOT, env=self.env, stdout=out,
                stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip

    def start_web(self) -> None:
        self.web = self._spawn("gunicorn", "-c", "gunicorn.conf.py")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
            try:
                conn.request("GET", "/health/live")
                if conn.getresponse().status == 200:
                    return
            except OSError:
                time.sleep(0.1)
            finally:
                conn.close()
        raise AssertionError("gunicorn did not come up")

    def start_worker(self) -> None:
        self.worker = self._spawn("omem.cli", "worker")

    def web_workers(self) -> list[int]:
        assert self.web is not None
        children = Path(f"/proc/{self.web.pid}/task/{self.web.pid}/children")
        return [int(pid) for pid in children.read_text().split()] if children.exists() else []

    def kill_worker(self) -> None:
        if self.worker is not None and self.worker.poll() is None:
            os.killpg(self.worker.pid, signal.SIGKILL)
            self.worker.wait(10)

    def kill_everything(self) -> None:
        for proc in (self.web, self.worker):
            if proc is not None and proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(10)

    def stop(self) -> None:
        if self.worker is not None and self.worker.poll() is None:
            self.worker.send_signal(signal.SIGINT)
            try:
                self.worker.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.worker.pid, signal.SIGKILL)
        if self.web is not None and self.web.poll() is None:
            self.web.send_signal(signal.SIGTERM)
            try:
                self.web.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.web.pid, signal.SIGKILL)


@pytest.fixture
def service(data_dir: Path, tmp_path: Path) -> Iterator[Service]:
    running = Service(data_dir, tmp_path)
    try:
        yield running
    finally:
        running.kill_everything()


def _call(conversation_id: str) -> bytes:
    payload = json.loads(sample("post-call-transcription.json"))
    payload["data"]["conversation_id"] = conversation_id
    line = "I'd like to talk about my order, the delivery window and the invoice total"
    payload["data"]["transcript"] = [
        {"role": "user" if i % 2 else "agent", "message": f"{line} ({i}).",
         "time_in_call_secs": i}
        for i in range(TURNS)
    ]  # fmt: skip
    return json.dumps(payload).encode()


def _send_until_acknowledged(port: int, conversation_id: str, acks: dict[str, str]) -> None:
    """Retry like ElevenLabs: on a refused/reset connection, an answer cut off (a worker
    killed after its headers went out) or a 5xx, send the same delivery again (re-signed),
    until a 200."""
    raw = _call(conversation_id)
    for _ in range(200):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            conn.request("POST", "/api/v1/webhooks/post-call", body=raw, headers={
                "Content-Type": "application/json",
                "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw),
            })  # fmt: skip
            response = conn.getresponse()
            body = response.read()
            if response.status == 200:
                acks[conversation_id] = json.loads(body)["status"]
                return
            assert response.status >= 500, (response.status, body[:200])
        except (OSError, http.client.HTTPException):  # IncompleteRead is not an OSError
            pass
        finally:
            conn.close()
        time.sleep(0.05)
    raise AssertionError(f"{conversation_id} never acknowledged")


def _rows(data_dir: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(data_dir / "omem.db", timeout=10) as conn:
        return conn.execute(sql).fetchall()


def _wait_all_completed(data_dir: Path, count: int, seconds: float) -> list[tuple[object, ...]]:
    deadline = time.monotonic() + seconds
    statuses: list[tuple[object, ...]] = []
    while time.monotonic() < deadline:
        statuses = _rows(data_dir, "SELECT status, COUNT(*) FROM webhook_events GROUP BY status")
        if statuses == [("completed", count)]:
            return statuses
        time.sleep(0.2)
    raise AssertionError(f"not all completed: {statuses}")


def _assert_each_stored_once(data_dir: Path, acks: dict[str, str]) -> None:
    events = _rows(data_dir, "SELECT conversation_ref, COUNT(*) FROM webhook_events GROUP BY 1")
    assert dict(events) == dict.fromkeys(acks, 1)  # type: ignore[arg-type]
    calls = _rows(data_dir, "SELECT conversation_id, COUNT(*) FROM conversations GROUP BY 1")
    assert dict(calls) == dict.fromkeys(acks, 1)  # type: ignore[arg-type]
    turns = _rows(
        data_dir,
        "SELECT c.conversation_id, COUNT(t.id) FROM conversations c "
        "JOIN conversation_turns t ON t.conversation_id = c.id GROUP BY 1",
    )
    assert dict(turns) == dict.fromkeys(acks, TURNS)  # type: ignore[arg-type]
    check = sqlite3.connect(data_dir / "omem.db")
    assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    check.close()


def test_no_acknowledged_webhook_is_lost_when_workers_and_the_consumer_are_killed(
    service: Service, data_dir: Path
) -> None:
    rng = random.Random(6)  # noqa: S311 - test schedule, reproducible
    service.start_web()
    service.start_worker()
    ids = [f"conv_durable_{n:03d}" for n in range(60)]
    acks: dict[str, str] = {}

    def send(chunk: list[str]) -> None:
        for conversation_id in chunk:  # paced, so the kills below land among the requests
            _send_until_acknowledged(service.port, conversation_id, acks)
            time.sleep(0.15)

    senders = [threading.Thread(target=send, args=(ids[i::6],), daemon=True) for i in range(6)]
    for thread in senders:
        thread.start()
    kills = 0
    while any(t.is_alive() for t in senders) and kills < 8:
        time.sleep(rng.uniform(0.05, 0.2))
        if kills % 2 == 0 and (workers := service.web_workers()):
            os.kill(rng.choice(workers), signal.SIGKILL)  # gunicorn starts a new one
        else:
            service.kill_worker()
            service.start_worker()
        kills += 1
    assert kills == 8  # four gunicorn workers and four consumers killed while sending
    for thread in senders:
        thread.join(120)
    assert set(acks) == set(ids)
    # Events a killed consumer held stay `processing` until their lease ends; a consumer that
    # starts after that takes them up again as it starts (its sweeper would, later).
    service.kill_worker()
    time.sleep(LEASE_SECS + 0.5)
    service.start_worker()
    _wait_all_completed(data_dir, len(ids), 30)
    _assert_each_stored_once(data_dir, acks)
    service.stop()


def test_nothing_acknowledged_is_lost_when_everything_is_killed_and_restarted(
    service: Service, data_dir: Path
) -> None:
    service.start_web()
    service.start_worker()
    acks: dict[str, str] = {}
    first = [f"conv_restart_a{n:02d}" for n in range(25)]
    for conversation_id in first:
        _send_until_acknowledged(service.port, conversation_id, acks)
    service.kill_everything()  # mid-processing: the consumer had just begun
    service.start_web()
    second = [f"conv_restart_b{n:02d}" for n in range(10)]
    for conversation_id in [*first[:5], *second]:  # ElevenLabs' retries, and new calls
        _send_until_acknowledged(service.port, conversation_id, acks)
    assert all(acks[c] == "duplicate" for c in first[:5])
    time.sleep(LEASE_SECS + 0.5)
    service.start_worker()
    _wait_all_completed(data_dir, len(first) + len(second), 90)
    _assert_each_stored_once(data_dir, acks)
    service.stop()
