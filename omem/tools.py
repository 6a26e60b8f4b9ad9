"""Blueprint `/api/v1/tools`: the ElevenLabs server tools (memory-query, memory-store).

Views parse, call one service and answer; no SQL or business rules here.
"""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("tools", __name__, url_prefix="/api/v1/tools")
