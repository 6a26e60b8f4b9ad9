"""Blueprint `/api/v1/webhooks`: the ElevenLabs conversation-init and post-call webhooks.

Views parse, call one service and answer; no SQL or business rules here.
"""

from __future__ import annotations

import time

import structlog
from flask import Blueprint
from flask import Response
from flask import current_app
from flask import jsonify
from flask import request
from pydantic import BaseModel

from omem import initiation
from omem import intake
from omem import jobs
from omem.config import Settings
from omem.metrics import DEGRADED
from omem.metrics import STAGE_LATENCY
from omem.openapi import documented
from omem.payloads import Envelope
from omem.payloads import InitRequest
from omem.security import require_key

bp = Blueprint("webhooks", __name__, url_prefix="/api/v1/webhooks")
log = structlog.get_logger("omem.webhooks")


class InitAnswer(BaseModel):
    type: str
    dynamic_variables: dict[str, str | int | float | bool]
    user_id: str
    conversation_config_override: dict[str, object] | None = None


class PostCallAck(BaseModel):
    status: str
    event_id: int | None = None


@bp.post("/conversation-init")
@require_key("webhooks")
@documented(
    "ElevenLabs conversation-initiation webhook: who is calling and what to remember. "
    "Always answers 200 (a minimal guest payload if anything inside fails).",
    body=InitRequest,
    response=InitAnswer,
    auth="webhooks",
)
def conversation_init() -> Response:
    settings: Settings = current_app.config["OMEM_SETTINGS"]
    started = time.perf_counter()
    try:
        body = initiation.answer_request(request.get_data(), settings)
    except Exception as exc:  # noqa: BLE001 - the call must start whatever failed in here
        DEGRADED.labels(path="conversation_init").inc()
        log.warning("conversation_init_degraded", error_type=type(exc).__name__)
        body = initiation.minimal_client_data()
    STAGE_LATENCY.labels(stage="conversation_init").observe(time.perf_counter() - started)
    return jsonify(body)


@bp.post("/post-call")
@documented(
    "ElevenLabs post-call webhook (HMAC-signed): the event is stored before the 200 and "
    "processed in the background. Duplicates answer 200 `duplicate`; unknown types `ignored`.",
    body=Envelope,
    response=PostCallAck,
    errors=(401, 503),
)
def post_call() -> Response:
    settings: Settings = current_app.config["OMEM_SETTINGS"]
    accepted = intake.accept_post_call(
        request.get_data(cache=False), request.headers.get("ElevenLabs-Signature"), settings
    )
    if accepted.status == "accepted" and accepted.event_id is not None:
        jobs.enqueue_event(accepted.event_id)
    return jsonify({"status": accepted.status, "event_id": accepted.event_id})
