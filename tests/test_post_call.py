"""POST /api/v1/webhooks/post-call: signature, durability before the ack, idempotency."""

from __future__ import annotations

import base64
import json
import math
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from omem import create_app
from omem.audio import read_audio
from omem.db import db
from omem.jobs import huey
from omem.models import WebhookEvent
from tests.conftest import WEBHOOK_SECRET
from tests.conftest import make_settings
from tests.helpers import assert_error
from tests.helpers import el_signature
from tests.helpers import sample

URL = "/api/v1/webhooks/post-call"


def _post(client: FlaskClient, raw: str | bytes, signature: str | None = None):  # noqa: ANN202
    headers = {"Content-Type": "application/json"}
    sig = el_signature(WEBHOOK_SECRET, raw) if signature is None else signature
    if sig:
        headers["ElevenLabs-Signature"] = sig
    return client.post(URL, data=raw, headers=headers)


def _events() -> list[WebhookEvent]:
    with db.connection_context():
        return list(WebhookEvent.select().order_by(WebhookEvent.id))


def test_transcription_is_stored_pending_and_enqueued_before_any_processing(
    client: FlaskClient,
) -> None:
    raw = sample("post-call-transcription.json")
    response = _post(client, raw)
    assert response.status_code == 200
    assert response.get_json()["status"] == "accepted"
    [event] = _events()
    assert event.status == "pending"
    assert event.attempts == 0
    assert event.idempotency_key == "post_call_transcription:conv_7201k7h3d5rbe0s9m2y4q8pkt1wz"
    assert json.loads(event.payload) == json.loads(raw)
    assert huey.pending_count() == 1


def test_duplicate_delivery_is_acknowledged_once_when_repeated(client: FlaskClient) -> None:
    raw = sample("post-call-transcription.json")
    assert _post(client, raw).get_json()["status"] == "accepted"
    again = _post(client, raw)
    assert again.status_code == 200
    assert again.get_json()["status"] == "duplicate"
    assert len(_events()) == 1
    assert huey.pending_count() == 1


def test_ten_concurrent_duplicates_store_one_event(app: Flask) -> None:
    raw = sample("post-call-transcription.json")
    signature = el_signature(WEBHOOK_SECRET, raw)
    statuses: list[str] = []
    barrier = threading.Barrier(10)

    def deliver() -> None:
        client = app.test_client()
        barrier.wait()
        response = _post(client, raw, signature)
        statuses.append(f"{response.status_code}:{response.get_json()['status']}")

    threads = [threading.Thread(target=deliver) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(statuses) == ["200:accepted"] + ["200:duplicate"] * 9
    assert len(_events()) == 1
    assert huey.pending_count() == 1


@pytest.mark.parametrize(
    "name", ["call-initiation-failure.json", "call-initiation-failure-twilio.json"]
)
def test_initiation_failures_are_accepted_when_signed(client: FlaskClient, name: str) -> None:
    response = _post(client, sample(name))
    assert response.get_json()["status"] == "accepted"
    assert _events()[0].event_type == "call_initiation_failure"


def test_audio_is_written_to_a_file_and_not_kept_in_the_event(
    client: FlaskClient, data_dir: Path
) -> None:
    payload = json.loads(sample("post-call-audio.json"))
    audio = b"ID3" + bytes(range(256)) * 64
    payload["data"]["full_audio"] = base64.b64encode(audio).decode()
    response = _post(client, json.dumps(payload))
    assert response.get_json()["status"] == "accepted"
    stored = data_dir / "audio" / "conv_7201k7h3d5rbe0s9m2y4q8pkt1wz.mp3.fernet"
    assert read_audio(stored) == audio
    assert bytes(range(256)) not in stored.read_bytes()  # encrypted at rest
    [event] = _events()
    assert "full_audio" not in event.payload
    assert json.loads(event.payload)["data"]["audio_file"] == stored.name


def test_audio_is_dropped_when_storage_is_disabled(data_dir: Path) -> None:
    client = create_app(make_settings(data_dir, OMEM_STORE_AUDIO="false")).test_client()
    response = _post(client, sample("post-call-audio.json"))
    assert response.get_json()["status"] == "accepted"
    assert not (data_dir / "audio").exists()
    assert "full_audio" not in _events()[0].payload


def test_invalid_base64_audio_is_refused_and_nothing_stored(client: FlaskClient) -> None:
    payload = json.loads(sample("post-call-audio.json"))
    payload["data"]["full_audio"] = "not base64 !!"
    assert_error(_post(client, json.dumps(payload)), 400, "invalid_audio")
    assert _events() == []


def test_unknown_type_is_ignored_with_200_when_signed(client: FlaskClient) -> None:
    raw = json.dumps({"type": "answering_machine_detection", "data": {"conversation_id": "c"}})
    response = _post(client, raw)
    assert response.status_code == 200
    assert response.get_json()["status"] == "ignored"
    assert _events() == []
    metrics = client.get("/metrics").get_data(as_text=True)
    assert 'omem_webhook_events_ignored_total{type="answering_machine_detection"}' in metrics


@pytest.mark.parametrize(
    ("header", "code"),
    [
        ("", "missing_signature"),
        ("v0=" + "a" * 64, "malformed_signature"),
        ("t=123", "malformed_signature"),
        ("t=abc,v0=" + "a" * 64, "malformed_signature"),
        ("t=1, v0=" + "a" * 64, "malformed_signature"),
        ("t=1773150131,v0=XYZ", "malformed_signature"),
        ("garbage", "malformed_signature"),
    ],
)
def test_bad_signature_headers_are_refused_and_nothing_stored(
    client: FlaskClient, header: str, code: str
) -> None:
    assert_error(_post(client, sample("post-call-transcription.json"), header), 401, code)
    assert _events() == []


def test_signature_is_refused_when_body_changed_by_one_byte(client: FlaskClient) -> None:
    raw = sample("post-call-transcription.json")
    signature = el_signature(WEBHOOK_SECRET, raw)
    tampered = raw.replace("Dana", "Dina", 1)
    assert_error(_post(client, tampered, signature), 401, "invalid_signature")
    assert _events() == []


def test_signature_is_refused_when_signed_with_another_secret(client: FlaskClient) -> None:
    raw = sample("post-call-transcription.json")
    assert_error(_post(client, raw, el_signature("wrong-secret", raw)), 401, "invalid_signature")


@pytest.mark.parametrize("age", [1801, -302])
def test_signature_is_refused_when_timestamp_is_outside_tolerance(
    client: FlaskClient, age: int
) -> None:
    # Whole seconds, rounded away from the window: a timestamp truncated from time.time()
    # is up to a second older than the server's clock, so "+301 s" could land at 300.4 s.
    raw = sample("post-call-transcription.json")
    now = time.time()
    signed_at = math.floor(now) - age if age > 0 else math.ceil(now) - age
    signature = el_signature(WEBHOOK_SECRET, raw, signed_at)
    assert_error(_post(client, raw, signature), 401, "stale_signature")


@pytest.mark.parametrize(
    "header",
    [
        "t=1773150131,v0=" + "a" * 63,  # one hex digit short
        "t=1773150131,v0=" + "g" * 64,  # not hex
        "t=,v0=" + "a" * 64,
        "t=1773150131,v0=",
        "t=1773150131;v0=" + "a" * 64,  # wrong separator
        "T=1773150131,V0=" + "a" * 64,  # wrong case
        "t=99999999999999999999,v0=" + "a" * 64,  # beyond any clock
        "t=1773150131,v0=" + "a" * 64 + ",v0=" + "b" * 64 + "," * 300,
        "\u0000t=1773150131,v0=" + "a" * 64,
        " " * 4000,
    ],
)
def test_every_other_malformed_signature_shape_is_refused_and_nothing_stored(
    client: FlaskClient, header: str
) -> None:
    response = _post(client, sample("post-call-transcription.json"), header)
    assert response.status_code == 401
    assert response.get_json()["error"] in {
        "missing_signature", "malformed_signature", "stale_signature", "invalid_signature",
    }  # fmt: skip
    assert _events() == []


def test_a_replayed_delivery_is_stored_once_and_refused_once_stale(client: FlaskClient) -> None:
    raw = sample("post-call-transcription.json")
    signed_at = int(time.time()) - 60
    signature = el_signature(WEBHOOK_SECRET, raw, signed_at)
    assert _post(client, raw, signature).get_json()["status"] == "accepted"
    # The same bytes again within the tolerance (ElevenLabs retries look like this too).
    assert _post(client, raw, signature).get_json()["status"] == "duplicate"
    old = el_signature(WEBHOOK_SECRET, raw, int(time.time()) - 3600)
    assert_error(_post(client, raw, old), 401, "stale_signature")  # a replay kept for an hour
    assert len(_events()) == 1


def test_any_configured_secret_is_accepted_when_rotating(data_dir: Path) -> None:
    settings = make_settings(data_dir, OMEM_ELEVENLABS_WEBHOOK_SECRETS="old-secret,new-secret")
    client = create_app(settings).test_client()
    raw = sample("post-call-transcription.json")
    assert _post(client, raw, el_signature("new-secret", raw)).status_code == 200
    raw2 = sample("call-initiation-failure.json")
    assert _post(client, raw2, el_signature("old-secret", raw2)).status_code == 200
    assert len(_events()) == 2


def test_signed_garbage_is_400_and_invalid_envelope_is_422(client: FlaskClient) -> None:
    assert_error(_post(client, b"{not json"), 400, "invalid_json")
    missing = json.dumps({"type": "post_call_transcription", "data": {"transcript": []}})
    body = assert_error(_post(client, missing), 422, "invalid_request")
    assert body["details"][0]["field"] == "conversation_id"
    assert _events() == []


def test_oversized_body_is_413_when_above_the_limit(data_dir: Path) -> None:
    client = create_app(make_settings(data_dir, OMEM_MAX_BODY_MB="1")).test_client()
    raw = json.dumps({"type": "post_call_audio", "data": {"full_audio": "A" * (2 << 20)}})
    assert_error(_post(client, raw), 413, "payload_too_large")


def test_503_and_nothing_acknowledged_when_the_database_is_locked(data_dir: Path) -> None:
    client = create_app(make_settings(data_dir, OMEM_DB_BUSY_TIMEOUT_MS="100")).test_client()
    blocker = sqlite3.connect(data_dir / "omem.db", timeout=0.1)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        response = _post(client, sample("post-call-transcription.json"))
    finally:
        blocker.rollback()
        blocker.close()
    assert_error(response, 503, "database_unavailable")
    assert response.headers["Retry-After"]
    assert _events() == []
    assert _post(client, sample("post-call-transcription.json")).status_code == 200
