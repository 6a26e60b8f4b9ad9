"""Blueprint `/api/v1/tools`: the ElevenLabs server tools (memory-query, memory-store).

Views parse, call one service and answer; no SQL or business rules here.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

import structlog
from flask import Blueprint
from flask import Response
from flask import current_app
from flask import jsonify
from flask import request
from pydantic import BaseModel
from pydantic import ConfigDict
from pydantic import Field
from pydantic import model_validator

from omem import jobs
from omem.config import Settings
from omem.errors import ApiError
from omem.memory import recall
from omem.memory.retrieve import MAX_RESULTS
from omem.openapi import documented
from omem.security import require_key
from omem.validation import ID_PATTERN
from omem.validation import ApiSchema
from omem.validation import Count
from omem.validation import parse

bp = Blueprint("tools", __name__, url_prefix="/api/v1/tools")
log = structlog.get_logger("omem.tools")

NOT_BLANK = r"\S"  # at least one visible character (values are stripped)
Sector = Literal["episodic", "semantic", "procedural", "emotional", "reflective"]


class Caller(ApiSchema):
    # The document says what the validator below enforces: one of the two is required.
    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [
                {"required": [name], "properties": {name: {"type": "string"}}}
                for name in ("user_id", "caller_id")
            ]
        }
    )

    user_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        pattern=ID_PATTERN,
        description="Bind to the {{user_id}} dynamic variable.",
    )
    caller_id: str | None = Field(
        default=None, min_length=1, max_length=64, pattern=ID_PATTERN, description="Phone number."
    )
    conversation_id: str | None = Field(
        default=None,
        max_length=200,
        pattern=ID_PATTERN,
        description="Bind to {{system__conversation_id}}.",
    )
    agent_id: str | None = Field(
        default=None,
        max_length=200,
        pattern=ID_PATTERN,
        description="Bind to {{system__agent_id}}: omem answers in that agent's language "
        "(OMEM_AGENT_LANGUAGES).",
    )
    language: str | None = Field(
        default=None,
        pattern=r"^[a-z]{2}$",
        description="The agent's language (ISO 639-1, e.g. `es`) for omem's own words in the "
        "answer; default: the agent's configured one, else the caller's latest call's.",
    )

    @model_validator(mode="after")
    def _someone(self) -> Caller:
        if not (self.user_id or self.caller_id):
            raise ValueError("give user_id or caller_id")
        return self

    @property
    def who(self) -> recall.Who:
        return recall.Who(self.user_id, self.caller_id)


class MemoryQuery(Caller):
    query: str = Field(
        min_length=1, max_length=1000, pattern=NOT_BLANK, description="What to look up."
    )
    sectors: list[Sector] | Sector | None = None
    limit: Count = Field(default=5, ge=1, le=MAX_RESULTS)
    include_archived: bool = Field(
        default=False,
        description="Also search memories the lifecycle archived (not said for months, "
        "faded); each memory then says whether it is `archived`.",
    )


class MemoryStore(Caller):
    content: str = Field(
        min_length=1, max_length=1000, pattern=NOT_BLANK, description="What to remember."
    )
    sector: Sector | None = None
    salience: float | None = Field(default=None, ge=0, le=1)


class MemoryOut(BaseModel):
    id: int
    content: str
    sector: str
    salience: float
    score: float
    date: str
    created_at: str
    conversation_id: str
    source_turns: list[int]
    archived: bool | None = None  # only with include_archived
    # a replaced value: closed in the store (returned for a question about the past), or one
    # that a later memory of this answer replaces (replaced_by; nothing is closed)
    superseded: bool | None = None
    valid_to: str | None = None  # when a superseded value stopped being true
    replaced_by: int | None = None


class QueryAnswer(BaseModel):
    memories: list[MemoryOut]
    summary: str
    degraded: bool


class StoredMemory(BaseModel):
    id: int
    content: str
    sector: str


class StoreAnswer(BaseModel):
    stored: bool
    reinforced: bool
    memory: StoredMemory
    user_id: str


def _settings() -> Settings:
    settings: Settings = current_app.config["OMEM_SETTINGS"]
    return settings


@contextmanager
def _recorded(tool: str) -> Iterator[None]:
    """Record a refused call as a ToolInvocation too, then answer the error as usual."""
    started = time.perf_counter()
    try:
        yield
    except ApiError as exc:
        try:
            recall.record_refused(tool, exc.code, exc.status, started)
        except Exception as failure:  # noqa: BLE001 - the caller gets the original error
            log.warning("tool_refusal_not_recorded", error_type=type(failure).__name__)
        raise


@bp.post("/memory-query")
@require_key("tools")
@documented(
    "Search the caller's long-term memory (hybrid keyword + vector, current facts first).",
    body=MemoryQuery,
    response=QueryAnswer,
    auth="tools",
)
def memory_query() -> Response:
    with _recorded("memory_query"):
        data = parse(MemoryQuery, request)
    sectors = [data.sectors] if isinstance(data.sectors, str) else data.sectors
    return jsonify(
        recall.query(
            data.who,
            data.query,
            _settings(),
            sectors=frozenset(sectors) if sectors else None,
            limit=data.limit,
            conversation_ref=data.conversation_id or "",
            include_archived=data.include_archived,
            language_hint=data.language or "",
            agent_id=data.agent_id or "",
        )
    )


@bp.post("/memory-store")
@require_key("tools")
@documented(
    "Remember something the caller explicitly asked to be remembered; visible at once. "
    "404 `unknown_caller` when the user_id is not one omem issued or knows (a new caller's "
    "phone number as caller_id makes a guest, as conversation-init would).",
    body=MemoryStore,
    response=StoreAnswer,
    auth="tools",
    errors=(404,),
)
def memory_store() -> Response:
    with _recorded("memory_store"):
        data = parse(MemoryStore, request)
        answer, user_pk = recall.store(
            data.who,
            data.content,
            _settings(),
            sector=data.sector,
            salience=data.salience,
            conversation_ref=data.conversation_id or "",
        )
    jobs.schedule_summary(user_pk)
    return jsonify(answer)
