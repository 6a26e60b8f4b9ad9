"""Assertions and plumbing shared by tests: errors, signatures, samples, the queue, and the
environment of the real processes tests start."""

from __future__ import annotations

import hashlib
import hmac
import os
import socket
import time
from collections.abc import Callable
from pathlib import Path

from werkzeug.test import TestResponse

from omem.jobs import huey
from tests.conftest import API_KEY
from tests.conftest import ENCRYPTION_KEY
from tests.conftest import WEBHOOK_SECRET

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "elevenlabs"


def assert_error(response: TestResponse, status: int, code: str) -> dict[str, object]:
    """The canonical error shape: status, JSON, stable code, message and request id."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert body["error"] == code
    assert isinstance(body["message"], str) and body["message"]
    assert body["request_id"] == response.headers["X-Request-ID"]
    assert "Traceback" not in response.get_data(as_text=True)
    return body


def el_signature(secret: str, raw: str | bytes, t: int | None = None) -> str:
    """`ElevenLabs-Signature` as ElevenLabs signs: HMAC-SHA256 over "<t>.<raw body>"."""
    t = int(time.time()) if t is None else t
    body = raw.encode() if isinstance(raw, str) else raw
    mac = hmac.new(secret.encode(), str(t).encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"t={t},v0={mac}"


def sample(name: str) -> str:
    """A sample payload from shared/elevenlabs (copied into tests/fixtures)."""
    return (FIXTURES / name).read_text()


def run_queue() -> list[str]:
    """Execute every queued Huey message on the real SQLite queue; returns their names
    (a delayed task, such as the summary refresh, moves to Huey's schedule instead)."""
    ran = []
    while (task := huey.dequeue()) is not None:
        huey.execute(task)
        ran.append(task.name)
    return ran


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def process_environ(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of an omem process a test starts (gunicorn, the consumer, the CLI):
    the test's data dir and secrets, nothing from the developer's OMEM_* variables."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OMEM_", "PROMETHEUS_"))}
    env.update(
        OMEM_DATA_DIR=str(data_dir),
        OMEM_API_KEYS=API_KEY,
        OMEM_ELEVENLABS_WEBHOOK_SECRETS=WEBHOOK_SECRET,
        OMEM_ENCRYPTION_KEYS=ENCRYPTION_KEY,
        PYTHONPATH=str(ROOT),
        **extra,
    )
    return env


def wait_until(predicate: Callable[[], object], seconds: float, step: float = 0.05) -> bool:
    """Poll `predicate` until it is true or `seconds` pass; whether it became true."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return bool(predicate())
