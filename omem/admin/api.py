"""Blueprint `/api/v1/admin`: operator JSON endpoints (API keys; a caller's export and
deletion). Requires the `admin` scope."""

from __future__ import annotations

import datetime as dt
from typing import Any
from typing import Literal

from flask import Blueprint
from flask import Response
from flask import current_app
from flask import g
from flask import jsonify
from flask import request
from pydantic import BaseModel
from pydantic import ConfigDict
from pydantic import Field
from pydantic import field_validator

from omem import callers
from omem import calls
from omem import inbox
from omem import jobs
from omem import merge
from omem import privacy
from omem import security
from omem.admin import audit
from omem.clock import utcnow
from omem.config import Settings
from omem.embeddings import get_embedder
from omem.errors import ApiError
from omem.errors import NotFound
from omem.memory import edit
from omem.memory import retrieve
from omem.models import ApiKey
from omem.openapi import documented
from omem.validation import ID_PATTERN
from omem.validation import ApiSchema
from omem.validation import QuerySchema
from omem.validation import Timestamp
from omem.validation import parse
from omem.validation import parse_query

bp = Blueprint("admin_api", __name__, url_prefix="/api/v1/admin")

Scope = Literal["tools", "webhooks", "admin"]
MAX_ID = 2**63 - 1  # SQLite's largest integer: a cursor past it is refused, not a 500


class KeyCreate(ApiSchema):
    name: str = Field(min_length=1, max_length=100, pattern=ID_PATTERN)
    scopes: list[Scope] = Field(default=["tools", "webhooks"], min_length=1, max_length=3)
    expires_at: Timestamp | None = Field(default=None, description="UTC when no offset.")

    @field_validator("expires_at")
    @classmethod
    def _utc(cls, value: dt.datetime | None) -> dt.datetime | None:
        """Stored naive, in UTC (a date in the past makes a key that is already expired)."""
        if value is None or value.tzinfo is None:
            return value
        try:
            return value.astimezone(dt.UTC).replace(tzinfo=None)
        except OverflowError:  # within hours of year 1 or 9999: the offset does not matter
            return value.replace(tzinfo=None)


class KeyOut(BaseModel):
    id: int
    name: str
    prefix: str
    scopes: list[str]
    created_at: dt.datetime
    expires_at: dt.datetime | None
    revoked_at: dt.datetime | None
    last_used_at: dt.datetime | None


class KeyCreated(KeyOut):
    key: str = Field(description="The API key. Shown once; only its hash is stored.")


class KeyList(BaseModel):
    keys: list[KeyOut]


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    """Stored naive UTC, answered as RFC 3339 with its offset."""
    return moment.replace(tzinfo=dt.UTC) if moment is not None else None


def key_out(key: ApiKey) -> dict[str, object]:
    return KeyOut(
        id=key.id,
        name=key.name,
        prefix=key.prefix,
        scopes=sorted(key.scope_set),
        created_at=key.created_at.replace(tzinfo=dt.UTC),
        expires_at=_utc(key.expires_at),
        revoked_at=_utc(key.revoked_at),
        last_used_at=_utc(key.last_used_at),
    ).model_dump(mode="json")


@bp.get("/keys")
@security.require_key("admin")
@documented("List API keys (never the keys themselves).", response=KeyList, auth="admin")
def list_keys() -> Response:
    return jsonify({"keys": [key_out(k) for k in security.list_api_keys()]})


@bp.post("/keys")
@security.require_key("admin")
@documented(
    "Create an API key; the response shows it once.",
    body=KeyCreate,
    response=KeyCreated,
    auth="admin",
    status=201,
)
def create_key() -> tuple[Response, int]:
    data = parse(KeyCreate, request)
    key, plaintext = security.create_api_key(data.name, data.scopes, data.expires_at)
    _audit("key.create", "api_key", [key.id])
    return jsonify({**key_out(key), "key": plaintext}), 201


@bp.delete("/keys/<ident>")
@security.require_key("admin")
@documented(
    "Revoke an API key by id or visible prefix.", response=KeyOut, auth="admin", errors=(404,)
)
def revoke_key(ident: str) -> Response:
    key = security.revoke_api_key(ident)
    _audit("key.revoke", "api_key", [key.id])
    return jsonify(key_out(key))


class UserExport(BaseModel):
    exported_at: str
    user: dict[str, Any]
    caller_ids: list[str]
    conversations: list[dict[str, Any]]
    memories: list[dict[str, Any]]
    tool_invocations: list[dict[str, Any]]


class UserDeleted(BaseModel):
    deleted: bool
    counts: dict[str, int]


def _settings() -> Settings:
    settings: Settings = current_app.config["OMEM_SETTINGS"]
    return settings


def _user(ref: str) -> Any:
    settings = _settings()
    user = callers.find_user(ref, ref, settings.default_region)
    if user is None:
        raise NotFound("No caller has that id or number.", code="unknown_user")
    return user


@bp.get("/users/<ref>/export")
@security.require_key("admin")
@documented(
    "Everything stored about a caller (omem user id, your external id or a phone number), "
    "decrypted.",
    response=UserExport,
    auth="admin",
    errors=(404,),
)
def export_user(ref: str) -> Response:
    return jsonify(privacy.export_user(_user(ref), current_app.config["OMEM_SETTINGS"]))


@bp.delete("/users/<ref>")
@security.require_key("admin")
@documented(
    "Delete a caller and everything of theirs (conversations, turns, memories, embeddings, "
    "links, audio, tool calls, caller IDs); later webhooks for them store nothing.",
    response=UserDeleted,
    auth="admin",
    errors=(404,),
)
def delete_user(ref: str) -> Response:
    settings: Settings = current_app.config["OMEM_SETTINGS"]
    user = _user(ref)
    counts = privacy.delete_user(user, settings.data_dir, settings.default_region)
    _audit("caller.delete", "user", [user.id])  # the internal id: nothing that names them
    return jsonify({"deleted": True, "counts": counts})


def _audit(action: str, kind: str, ids: list[int]) -> None:
    """Who (the API key's name and scopes) changed what, in this request."""
    principal = g.principal
    audit.record(
        action,
        kind,
        ids,
        actor=f"key:{principal.name}",
        role=",".join(sorted(principal.scopes)),
        request_id=g.get("request_id", ""),
    )


# --- audit log ------------------------------------------------------------------------------


class AuditQuery(QuerySchema):
    after: int | None = Field(
        default=None, ge=1, le=MAX_ID, description="Cursor: the last id seen."
    )
    limit: int = Field(default=50, ge=1, le=500)


class AuditEntryOut(BaseModel):
    id: int
    at: str
    actor: str = Field(examples=["operator:ada", "key:deploy-script", "cli"])
    role: str
    action: str = Field(examples=["caller.merge"])
    target_kind: str
    target_ids: list[int | str]
    request_id: str


class AuditPage(BaseModel):
    entries: list[AuditEntryOut]
    next: int | None = Field(description="Pass as `after` for the next page; null at the end.")


@bp.get("/audit")
@security.require_key("admin")
@documented(
    "The audit log, newest first (who changed what, never content).",
    query=AuditQuery,
    response=AuditPage,
    auth="admin",
)
def audit_log() -> Response:
    args = parse_query(AuditQuery, request)
    entries, cursor = audit.page(before=args.after, limit=args.limit)
    return jsonify({"entries": entries, "next": cursor})


# --- memories -------------------------------------------------------------------------------


class MemoryOut(BaseModel):
    """A memory with where it came from, its links and history (as the console shows it)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": 42,
                    "user_uid": "omem_usr_3f2a9c0d1e4b5a69",
                    "content": "The caller's daughter Mia starts school in September.",
                    "sector": "episodic",
                    "salience": 0.7,
                    "state": "active",
                    "version": 1,
                }
            ]
        }
    )
    id: int
    user_id: int
    user_uid: str
    content: str
    sector: str
    salience: float
    state: str
    version: int
    conversation_ref: str
    occurred_at: str | None
    created_at: str | None
    updated_at: str | None
    last_accessed_at: str | None
    superseded_by: dict[str, Any] | None
    supersedes: list[dict[str, Any]]
    links: list[dict[str, Any]]
    provenance: list[dict[str, Any]]
    history: list[dict[str, Any]]


class MemoryPatch(ApiSchema):
    """Only the fields to change. New content is re-embedded and re-linked."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"content": "Prefers to be called Sam.", "salience": 0.8}]}
    )
    content: str | None = Field(default=None, min_length=1, max_length=2000)
    sector: Literal["episodic", "semantic", "procedural", "emotional", "reflective"] | None = None
    salience: float | None = Field(default=None, ge=0, le=1)


class ExplainQuery(QuerySchema):
    q: str = Field(min_length=1, max_length=1000, description="The question the agent asks.")


class Explanation(BaseModel):
    """This memory's rank for a question and every term of its score, computed by the code
    memory-query runs."""

    model_config = ConfigDict(extra="allow")
    memory_id: int
    query: str
    cleaned_query: str
    in_index: bool
    rank: int | None
    returned_at_5: bool
    returned_at_10: bool
    terms: list[dict[str, Any]]
    periods: list[dict[str, Any]] = Field(
        description="The periods the question names (phrase) and the dates of the calls whose "
        "memories each lifts (from, until; null while the period is still ahead)."
    )
    competitors: list[dict[str, Any]]


def _memory_json(memory_id: int) -> Response:
    return jsonify(edit.memory_detail(memory_id))


def _memory_id(ident: str) -> int:
    if not (ident.isascii() and ident.isdigit() and len(ident) < 19):
        raise NotFound("No memory has that id.", code="unknown_memory")
    return int(ident)


@bp.get("/memories/<ident>")
@security.require_key("admin")
@documented(
    "A memory: content, sector, salience, state, provenance with the source turns, links "
    "both ways, history.",
    response=MemoryOut,
    auth="admin",
    errors=(404,),
)
def get_memory(ident: str) -> Response:
    return _memory_json(_memory_id(ident))


@bp.patch("/memories/<ident>")
@security.require_key("admin")
@documented(
    "Change a memory's content, sector or salience (new content is re-embedded and "
    "re-linked; every worker sees the change at its next query).",
    body=MemoryPatch,
    response=MemoryOut,
    auth="admin",
    errors=(404,),
)
def patch_memory(ident: str) -> Response:
    memory_id = _memory_id(ident)
    data = parse(MemoryPatch, request)
    settings = _settings()
    edit.edit_memory(
        memory_id,
        content=data.content,
        sector=data.sector,
        salience=data.salience,
        embedder=get_embedder(settings),
        now=utcnow(),
        settings=settings,
    )
    _audit("memory.update", "memory", [memory_id])
    return _memory_json(memory_id)


@bp.post("/memories/<ident>/archive")
@security.require_key("admin")
@documented(
    "Archive a memory: memory-query stops returning it.",
    response=MemoryOut,
    auth="admin",
    errors=(404, 409),
)
def archive_memory(ident: str) -> Response:
    memory_id = _memory_id(ident)
    edit.archive_memory(memory_id, now=utcnow())
    _audit("memory.archive", "memory", [memory_id])
    return _memory_json(memory_id)


@bp.post("/memories/<ident>/reactivate")
@security.require_key("admin")
@documented(
    "Make an archived memory active again.", response=MemoryOut, auth="admin", errors=(404, 409)
)
def reactivate_memory(ident: str) -> Response:
    memory_id = _memory_id(ident)
    edit.reactivate_memory(memory_id, now=utcnow())
    _audit("memory.reactivate", "memory", [memory_id])
    return _memory_json(memory_id)


class Deleted(BaseModel):
    deleted: bool


@bp.delete("/memories/<ident>")
@security.require_key("admin")
@documented("Delete one memory for good.", response=Deleted, auth="admin", errors=(404,))
def delete_memory(ident: str) -> Response:
    memory_id = _memory_id(ident)
    edit.delete_memory(memory_id, now=utcnow())
    _audit("memory.delete", "memory", [memory_id])
    return jsonify({"deleted": True})


@bp.get("/memories/<ident>/explain")
@security.require_key("admin")
@documented(
    "Why memory-query would (or would not) return this memory for a question: its rank and "
    "every term of its score.",
    query=ExplainQuery,
    response=Explanation,
    auth="admin",
    errors=(404,),
)
def explain_memory(ident: str) -> Response:
    memory_id = _memory_id(ident)
    args = parse_query(ExplainQuery, request)
    return jsonify(explain(memory_id, args.q, _settings()))


def explain(memory_id: int, question: str, settings: Settings) -> dict[str, Any]:
    """`retrieve.explain` for the memory's owner (shared with the console)."""
    detail = edit.memory_detail(memory_id)
    owner = callers.find_user(detail["user_uid"], None, settings.default_region)
    if owner is None:
        raise NotFound("No memory has that id.", code="unknown_memory")
    return retrieve.explain(
        owner.id,
        memory_id,
        question,
        get_embedder(settings),
        settings,
        names=[owner.display_name] if owner.display_name else [],
        now=utcnow(),
    )


# --- conversations --------------------------------------------------------------------------


class PageQuery(QuerySchema):
    after: str | None = Field(
        default=None, pattern=calls.CURSOR_PATTERN, description="The `next` cursor."
    )
    limit: int = Field(default=50, ge=1, le=200)


class CallRow(BaseModel):
    conversation_id: str
    caller_uid: str
    caller_name: str
    agent_id: str
    started_at: str | None
    duration_secs: int
    status: str
    memories: int
    has_audio: bool


class CallPage(BaseModel):
    conversations: list[CallRow]
    next: str | None


class CallOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    conversation_id: str
    caller_uid: str
    turns: list[dict[str, Any]] | None
    analysis: dict[str, Any] | None
    memories: list[dict[str, Any]]
    tool_invocations: list[dict[str, Any]] | None


@bp.get("/conversations")
@security.require_key("admin")
@documented(
    "Calls, newest first, with the caller and the number of memories extracted.",
    query=PageQuery,
    response=CallPage,
    auth="admin",
    errors=(400,),
)
def list_conversations() -> Response:
    args = parse_query(PageQuery, request)
    rows, cursor = calls.list_calls(after=args.after, limit=args.limit)
    return jsonify({"conversations": rows, "next": cursor})


@bp.get("/conversations/<conversation_id>")
@security.require_key("admin")
@documented(
    "One call: decrypted transcript, analysis, memories extracted, tool calls made during it.",
    response=CallOut,
    auth="admin",
    errors=(404,),
)
def get_conversation(conversation_id: str) -> Response:
    return jsonify(calls.call_detail(conversation_id, include_transcript=True))


# --- webhook events -------------------------------------------------------------------------


class EventQuery(QuerySchema):
    status: Literal["pending", "processing", "completed", "failed", "dead"] | None = None
    type: str | None = Field(default=None, max_length=100, description="e.g. post_call_audio")
    after: int | None = Field(default=None, ge=1, le=MAX_ID)
    limit: int = Field(default=50, ge=1, le=200)


class EventRow(BaseModel):
    id: int
    event_type: str
    conversation_ref: str
    status: str
    attempts: int
    next_attempt_at: str | None
    last_error: str
    created_at: str | None
    updated_at: str | None


class EventPage(BaseModel):
    events: list[EventRow]
    next: int | None


class Retried(BaseModel):
    retried: list[int]


@bp.get("/events")
@security.require_key("admin")
@documented(
    "Webhook events newest first, by status and type (never their payloads).",
    query=EventQuery,
    response=EventPage,
    auth="admin",
)
def list_events() -> Response:
    args = parse_query(EventQuery, request)
    rows, cursor = inbox.list_events(
        status=args.status, event_type=args.type, after=args.after, limit=args.limit
    )
    return jsonify({"events": rows, "next": cursor})


@bp.post("/events/<ident>/retry")
@security.require_key("admin")
@documented(
    "Give a dead or failed event fresh attempts, now.",
    response=Retried,
    auth="admin",
    errors=(404, 409),
)
def retry_event(ident: str) -> Response:
    if not (ident.isascii() and ident.isdigit() and len(ident) < 19):
        raise NotFound("No event has that id.", code="unknown_event")
    event_id = int(ident)
    if not jobs.retry_event(event_id):
        inbox.event_detail(event_id)  # 404 when it does not exist
        raise ApiError(
            "Only a dead or failed event can be retried.", code="not_retryable", status=409
        )
    _audit("event.retry", "webhook_event", [event_id])
    return jsonify({"retried": [event_id]})


@bp.post("/events/retry-dead")
@security.require_key("admin")
@documented("Give every dead event fresh attempts, now.", response=Retried, auth="admin")
def retry_dead_events() -> Response:
    ids = jobs.retry_all_dead()
    if ids:
        _audit("event.retry", "webhook_event", ids)
    return jsonify({"retried": ids})


# --- callers --------------------------------------------------------------------------------


class CallerQuery(QuerySchema):
    q: str | None = Field(
        default=None,
        max_length=200,
        description="A name, a phone number in any format, an omem user id or your own id.",
    )
    after: str | None = Field(
        default=None, pattern=r"^\d{1,18}$", description="The `next` cursor."
    )
    limit: int = Field(default=50, ge=1, le=200)


class CallerRow(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "uid": "omem_usr_3f2a9c0d1e4b5a69",
                    "external_id": None,
                    "name": "Ada Lovelace",
                    "is_guest": False,
                    "numbers": ["+442079460958"],
                    "calls": 3,
                    "memories": 17,
                    "last_call_at": "2026-12-01T09:30:00Z",
                    "created_at": "2026-11-02T14:03:11Z",
                }
            ]
        },
    )
    uid: str
    external_id: str | None
    name: str
    is_guest: bool
    numbers: list[str]
    calls: int
    memories: int
    last_call_at: str | None
    created_at: str | None


class CallerPage(BaseModel):
    callers: list[CallerRow]
    next: str | int | None = Field(description="Pass as `after` for the next page.")


class CallerCounts(BaseModel):
    calls: int
    memories: int
    active_memories: int
    by_sector: dict[str, int] = Field(description="Memories of each sector, every state.")


class CallerOut(CallerRow):
    summary: str
    memory_version: int
    counts: CallerCounts


class CallerPatch(ApiSchema):
    model_config = ConfigDict(json_schema_extra={"examples": [{"name": "Ada Lovelace"}]})
    name: str | None = Field(default=None, max_length=200)
    summary: str | None = Field(default=None, max_length=4000)
    is_guest: bool | None = None


class NumberIn(ApiSchema):
    model_config = ConfigDict(json_schema_extra={"examples": [{"number": "+44 20 7946 0958"}]})
    number: str = Field(min_length=3, max_length=40, pattern=ID_PATTERN)


class MergeIn(ApiSchema):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"into": "omem_usr_3f2a9c0d1e4b5a69"}]}
    )
    into: str = Field(
        min_length=1,
        max_length=200,
        pattern=ID_PATTERN,
        description="The known caller (omem user id, your id or phone number).",
    )


class Merged(BaseModel):
    merged_into: str
    counts: dict[str, int]


class MemoryQuery(QuerySchema):
    sector: Literal["episodic", "semantic", "procedural", "emotional", "reflective"] | None = None
    state: Literal["active", "archived", "superseded"] | None = None
    after: int | None = Field(default=None, ge=1, le=MAX_ID)
    limit: int = Field(default=50, ge=1, le=200)


class MemoryRow(BaseModel):
    id: int
    content: str
    sector: str
    salience: float
    state: str
    last_accessed_at: str | None
    created_at: str | None


class MemoryPage(BaseModel):
    memories: list[MemoryRow]
    next: int | None


@bp.get("/users")
@security.require_key("admin")
@documented(
    "Callers newest first, or those a search finds: a name (whole words, any case or "
    "accents), a phone number in any format, an omem user id or your own id.",
    query=CallerQuery,
    response=CallerPage,
    auth="admin",
    errors=(400,),
)
def list_callers() -> Response:
    args = parse_query(CallerQuery, request)
    rows, cursor = callers.search_callers(
        args.q or None, _settings().default_region, after=_cursor(args.after), limit=args.limit
    )
    return jsonify({"callers": rows, "next": cursor})


def _cursor(raw: str | None) -> int | None:
    if raw is None:
        return None
    if not (raw.isascii() and raw.isdigit() and len(raw) < 19):
        raise ApiError("The page cursor is not valid.", code="invalid_cursor")
    return int(raw)


@bp.get("/users/<ref>")
@security.require_key("admin")
@documented(
    "One caller (omem user id, your id or phone number).",
    response=CallerOut,
    auth="admin",
    errors=(404,),
)
def get_caller(ref: str) -> Response:
    return jsonify(callers.caller_detail(_user(ref)))


@bp.patch("/users/<ref>")
@security.require_key("admin")
@documented(
    "Change a caller's name, summary or guest flag.",
    body=CallerPatch,
    response=CallerOut,
    auth="admin",
    errors=(404,),
)
def patch_caller(ref: str) -> Response:
    user = _user(ref)
    data = parse(CallerPatch, request)
    user = callers.update_caller(
        user, name=data.name, summary=data.summary, is_guest=data.is_guest, now=utcnow()
    )
    _audit("caller.update", "user", [user.id])
    return jsonify(callers.caller_detail(user))


@bp.post("/users/<ref>/numbers")
@security.require_key("admin")
@documented(
    "Give a caller another phone number (any format; stored as E.164).",
    body=NumberIn,
    response=CallerOut,
    auth="admin",
    errors=(404, 409),
)
def add_number(ref: str) -> Response:
    user = _user(ref)
    data = parse(NumberIn, request)
    callers.add_number(user, data.number, _settings().default_region, utcnow())
    _audit("caller.number_add", "user", [user.id])
    return jsonify(callers.caller_detail(user))


@bp.delete("/users/<ref>/numbers/<number>")
@security.require_key("admin")
@documented(
    "Take a phone number away from a caller.", response=CallerOut, auth="admin", errors=(404,)
)
def remove_number(ref: str, number: str) -> Response:
    user = _user(ref)
    callers.remove_number(user, number, _settings().default_region)
    _audit("caller.number_remove", "user", [user.id])
    return jsonify(callers.caller_detail(user))


@bp.post("/users/<ref>/merge")
@security.require_key("admin")
@documented(
    "Merge this guest into a known caller: numbers, calls, memories (duplicates reinforce "
    "the known caller's), links, provenance, tool calls and events move; the guest is "
    "deleted. No undo.",
    body=MergeIn,
    response=Merged,
    auth="admin",
    errors=(404, 409),
)
def merge_caller(ref: str) -> Response:
    source = _user(ref)
    data = parse(MergeIn, request)
    target = _user(data.into)
    source_id = source.id
    counts = merge_into(source, target, _settings())
    _audit("caller.merge", "user", [source_id, target.id])
    return jsonify({"merged_into": target.uid, "counts": counts})


def merge_into(source: Any, target: Any, settings: Settings) -> dict[str, int]:
    """Merge (shared with the console), then refresh the known caller's summary."""
    counts = merge.merge_callers(
        source,
        target,
        model=get_embedder(settings).model,
        dedupe_threshold=settings.dedupe_threshold,
        now=utcnow(),
    )
    jobs.schedule_summary(target.id)
    return counts


@bp.get("/users/<ref>/memories")
@security.require_key("admin")
@documented(
    "A caller's memories, newest first, by sector and state.",
    query=MemoryQuery,
    response=MemoryPage,
    auth="admin",
    errors=(404,),
)
def list_caller_memories(ref: str) -> Response:
    user = _user(ref)
    args = parse_query(MemoryQuery, request)
    rows, cursor = edit.list_memories(
        user.id, sector=args.sector, state=args.state, after_id=args.after, limit=args.limit
    )
    return jsonify({"memories": rows, "next": cursor})
