"""Accepting a post-call webhook: verify the signature over the raw body, validate, store
audio as a file, and commit the event as `pending` — before the 200, with no processing.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

import structlog

from omem import audio
from omem import inbox
from omem import privacy
from omem import security
from omem.config import Settings
from omem.metrics import EVENTS_IGNORED
from omem.payloads import DATA_MODELS
from omem.payloads import Envelope
from omem.payloads import EventKey
from omem.validation import decode_json
from omem.validation import validate

log = structlog.get_logger("omem.intake")


@dataclass(frozen=True)
class Acceptance:
    status: str  # accepted | duplicate | ignored | forgotten
    event_id: int | None = None
    event_type: str = ""


def accept_post_call(
    raw: bytes, signature: str | None, settings: Settings, now: float | None = None
) -> Acceptance:
    """Verify, validate and durably record one delivery. Raises ApiError (401/400/422)."""
    security.verify_signature(
        raw,
        signature,
        settings.webhook_secrets,
        time.time() if now is None else now,
        settings.signature_tolerance_secs,
        settings.signature_future_secs,
    )
    envelope = validate(Envelope, decode_json(raw, lenient=True))
    if envelope.type not in DATA_MODELS:
        EVENTS_IGNORED.labels(type=envelope.type[:40]).inc()
        log.info("webhook_ignored", event_type=envelope.type[:40])
        return Acceptance("ignored", event_type=envelope.type)
    conversation_id = validate(EventKey, envelope.data).conversation_id
    if privacy.is_forgotten("conversation", conversation_id):  # deleted at their request
        log.info("webhook_forgotten", event_type=envelope.type)
        return Acceptance("forgotten", event_type=envelope.type)
    payload = raw.decode("utf-8")
    if envelope.type == "post_call_audio":
        audio = validate(DATA_MODELS[envelope.type], envelope.data).model_dump()
        payload = _store_audio(envelope, audio, conversation_id, settings)
    key = inbox.event_key(envelope.type, conversation_id)
    recorded = inbox.record_event(envelope.type, key, conversation_id, payload)
    if not recorded.created:
        log.info("webhook_duplicate", event_id=recorded.event_id, event_type=envelope.type)
        return Acceptance("duplicate", recorded.event_id, envelope.type)
    log.info("webhook_accepted", event_id=recorded.event_id, event_type=envelope.type)
    return Acceptance("accepted", recorded.event_id, envelope.type)


def _store_audio(
    envelope: Envelope, data: dict[str, Any], conversation_id: str, settings: Settings
) -> str:
    """Write the audio file first; the event keeps only its name (or nothing, if dropped)."""
    encoded = data.pop("full_audio", None) or ""
    if settings.store_audio and encoded:
        path = audio.save_audio(settings.data_dir, conversation_id, encoded)
        data["audio_file"] = path.name
    return json.dumps(
        {"type": envelope.type, "event_timestamp": envelope.event_timestamp, "data": data}
    )
