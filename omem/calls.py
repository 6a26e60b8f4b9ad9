"""The call record as operators read it: the list of calls, one call in full, its audio.

Reads only, for the console and `/api/v1/admin`: plain dicts out, a fixed number of queries
per call, keyset pages. No Flask here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from typing import cast

from peewee import JOIN
from peewee import fn

from omem import audio
from omem.db import db
from omem.errors import ApiError
from omem.errors import NotFound
from omem.models import Conversation
from omem.models import ConversationAnalysis
from omem.models import ConversationMemory
from omem.models import ConversationTurn
from omem.models import Memory
from omem.models import ToolInvocation
from omem.models import User

AUDIO_MIMETYPE = "audio/mpeg"  # ElevenLabs sends MP3; omem stores the bytes as they came
_CURSOR_SEPARATOR = "~"  # unreserved in URLs, absent from ISO 8601


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") + "Z" if moment is not None else None


CURSOR_PATTERN = r"^\d{1,17}~\d{1,18}$"  # every string it matches decodes
_CURSOR = re.compile(CURSOR_PATTERN)
_EPOCH = dt.datetime(1970, 1, 1)


def encode_cursor(started_at: dt.datetime, row_id: int) -> str:
    """`<started_at in microseconds since 1970>~<row id>`: the last row of a page."""
    micros = (started_at - _EPOCH) // dt.timedelta(microseconds=1)
    return f"{max(micros, 0)}{_CURSOR_SEPARATOR}{row_id}"


def decode_cursor(cursor: str) -> tuple[dt.datetime, int]:
    """The inverse of `encode_cursor`; a 400 `invalid_cursor` for anything else."""
    if not _CURSOR.match(cursor):
        raise ApiError("The page cursor is not valid.", code="invalid_cursor")
    micros, _, row_id = cursor.partition(_CURSOR_SEPARATOR)
    # 17 digits of microseconds reach the year 5138: always a valid datetime.
    return _EPOCH + dt.timedelta(microseconds=int(micros)), int(row_id)


def list_calls(
    *, user_id: int | None = None, after: str | None = None, limit: int = 50
) -> tuple[list[dict[str, Any]], str | None]:
    """Calls newest first (by start, then id), optionally one caller's (`user_id` is the
    User's primary key); `after` is the cursor a previous page returned. Returns the rows
    and the next page's cursor (None on the last page). One query."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    memories = ConversationMemory.select(fn.COUNT(ConversationMemory.id)).where(
        ConversationMemory.conversation == Conversation.id
    )
    query = (
        Conversation.select(
            Conversation.id,
            Conversation.conversation_id,
            Conversation.agent_id,
            Conversation.started_at,
            Conversation.duration_secs,
            Conversation.status,
            Conversation.audio_path,
            User.uid,
            User.display_name,
            memories.alias("memories"),
        )
        .join(User)
        .order_by(Conversation.started_at.desc(), Conversation.id.desc())
        .limit(limit + 1)
    )
    if user_id is not None:
        query = query.where(Conversation.user == user_id)
    if after:
        started, row_id = decode_cursor(after)
        query = query.where(
            (Conversation.started_at < started)
            | ((Conversation.started_at == started) & (Conversation.id < row_id))
        )
    found = list(cast(Iterable[dict[str, Any]], query.dicts()))
    rows = [
        {
            "conversation_id": row["conversation_id"],
            "caller_uid": row["uid"],
            "caller_name": row["display_name"],
            "agent_id": row["agent_id"],
            "started_at": _iso(row["started_at"]),
            "duration_secs": row["duration_secs"],
            "status": row["status"],
            "memories": row["memories"],
            "has_audio": bool(row["audio_path"]),
        }
        for row in found[:limit]
    ]
    last = found[limit - 1] if len(found) > limit else None
    return rows, encode_cursor(last["started_at"], last["id"]) if last is not None else None


def call_detail(conversation_id: str, *, include_transcript: bool) -> dict[str, Any]:
    """One call: its fields, caller, analysis and the memories extracted from it; with
    `include_transcript`, also its turns and the tool calls made to omem during it (their
    requests and answers hold the caller's words), else `turns` and `tool_invocations` are
    None. Raises NotFound `unknown_conversation`. Three queries, five with the transcript."""
    row = (
        Conversation.select(Conversation, User.uid, User.display_name, ConversationAnalysis)
        .join(User)
        .switch(Conversation)
        .join(ConversationAnalysis, JOIN.LEFT_OUTER, attr="analysis_row")
        .where(Conversation.conversation_id == conversation_id)
        .first()
    )
    if row is None:
        raise NotFound("No call has that conversation id.", code="unknown_conversation")
    extracted = (
        ConversationMemory.select(ConversationMemory, Memory)
        .join(Memory)
        .where(ConversationMemory.conversation == row.id)
        .order_by(Memory.id)
    )
    return {
        "conversation_id": row.conversation_id,
        "caller_uid": row.user.uid,
        "caller_name": row.user.display_name,
        "agent_id": row.agent_id,
        "started_at": _iso(row.started_at),
        "duration_secs": row.duration_secs,
        "status": row.status,
        "termination_reason": row.termination_reason,
        "language": row.language,
        "cost": row.cost,
        "has_audio": bool(row.audio_path),
        "analysis": _analysis(row.analysis_row) if row.analysis_row is not None else None,
        "memories": [
            {
                "id": link.memory.id,
                "content": link.memory.content,
                "sector": link.memory.sector,
                "salience": link.memory.salience,
                "state": link.memory.state,
                "extraction_type": link.extraction_type,
                "source_turns": json.loads(link.source_turns),
            }
            for link in extracted
        ],
        "turns": _turns(row.id) if include_transcript else None,
        "tool_invocations": _tool_invocations(conversation_id) if include_transcript else None,
    }


def _parsed(raw: str | None) -> Any:
    return json.loads(raw) if raw else None


def _analysis(analysis: ConversationAnalysis) -> dict[str, Any]:
    return {
        "title": analysis.title,
        "summary": analysis.transcript_summary,
        "call_successful": analysis.call_successful,
        "data_collection": _parsed(analysis.data_collection) or {},
        "evaluation": _parsed(analysis.evaluation) or {},
    }


def _turns(conversation_pk: int) -> list[dict[str, Any]]:
    query = (
        ConversationTurn.select()
        .where(ConversationTurn.conversation == conversation_pk)
        .order_by(ConversationTurn.order)
    )
    return [
        {
            "order": turn.order,
            "role": turn.role,
            "message": turn.message,
            "time_in_call_secs": turn.time_in_call_secs,
            "tool_calls": _parsed(turn.tool_calls),
            "tool_results": _parsed(turn.tool_results),
        }
        for turn in query
    ]


def _tool_invocations(conversation_id: str) -> list[dict[str, Any]]:
    query = (
        ToolInvocation.select()
        .where(ToolInvocation.conversation_ref == conversation_id)
        .order_by(ToolInvocation.created_at, ToolInvocation.id)
    )
    return [
        {
            "tool": call.tool,
            "status": call.status,
            "latency_ms": call.latency_ms,
            "created_at": _iso(call.created_at),
            "request": _parsed(call.request),
            "response": _parsed(call.response),
        }
        for call in query
    ]


def audio_for(conversation_id: str, data_dir: Path | None = None) -> tuple[bytes, str] | None:
    """The call's audio, decrypted, and its mimetype; None when the call is unknown or has
    no stored file. `data_dir` defaults to the directory of the database `db` points at
    (Settings.db_path is `<data_dir>/omem.db`); callers that hold the settings pass it.
    Fernet decrypts whole tokens only, so this is one bytes object, not a stream."""
    if not Conversation.select().where(Conversation.conversation_id == conversation_id).exists():
        return None
    directory = data_dir if data_dir is not None else Path(str(db.database)).parent
    path = audio.audio_path(directory, conversation_id)
    try:
        return audio.read_audio(path), AUDIO_MIMETYPE
    except FileNotFoundError:
        return None
