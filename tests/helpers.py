"""Assertions shared by tests."""

from __future__ import annotations

import hashlib
import hmac
import time
from pathlib import Path

from werkzeug.test import TestResponse

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
