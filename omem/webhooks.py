"""Blueprint `/api/v1/webhooks`: the ElevenLabs conversation-init and post-call webhooks.

Views parse, call one service and answer; no SQL or business rules here.
"""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("webhooks", __name__, url_prefix="/api/v1/webhooks")
