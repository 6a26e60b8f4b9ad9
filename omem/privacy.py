"""A caller's rights over what omem keeps: export everything stored about them, and delete
all of it (rows, audio files) leaving only tombstones — hashes of their ids and conversation
ids — so that a late or retried webhook cannot bring the data back.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import structlog

from omem import audio
from omem import retention
from omem.clock import utcnow
from omem.config import Settings
from omem.db import db
from omem.db import write
from omem.errors import ApiError
from omem.memory import snapshots
from omem.models import CallerId
from omem.models import Conversation
from omem.models import ConversationAnalysis
from omem.models import ConversationMemory
from omem.models import ConversationTurn
from omem.models import Memory
from omem.models import Tombstone
from omem.models import ToolInvocation
from omem.models import User
from omem.models import WebhookEvent
from omem.phones import normalize_caller_id
from omem.validation import decode_json

log = structlog.get_logger("omem.privacy")


class Forgotten(Exception):
    """The conversation or user was deleted at the caller's request: store nothing."""


def _key(kind: str, value: str) -> str:
    return hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()


def is_forgotten(kind: str, value: str | None) -> bool:
    if not value:
        return False
    return bool(Tombstone.select().where(Tombstone.key_hash == _key(kind, value)).exists())


def _iso(moment: Any) -> str | None:
    return moment.isoformat(timespec="seconds") + "Z" if moment is not None else None


def export_user(user: User, settings: Settings | None = None) -> dict[str, Any]:
    """Everything stored about `user`, decrypted, as JSON-ready data (a fixed number of
    queries, whatever the number of calls), and the retention that applies to it."""
    conversations = list(Conversation.select().where(Conversation.user == user))
    by_pk = {c.id: c for c in conversations}
    turns: dict[int, list[dict[str, Any]]] = {c.id: [] for c in conversations}
    for turn in (
        ConversationTurn.select()
        .where(ConversationTurn.conversation.in_(list(by_pk)))
        .order_by(ConversationTurn.conversation, ConversationTurn.order)
    ):
        turns[turn.conversation_id].append(  # type: ignore[attr-defined]
            {
                "order": turn.order,
                "role": turn.role,
                "message": turn.message,
                "time_in_call_secs": turn.time_in_call_secs,
                "tool_calls": turn.tool_calls,
                "tool_results": turn.tool_results,
            }  # fmt: skip
        )
    analyses = {
        a.conversation_id: a  # type: ignore[attr-defined]
        for a in ConversationAnalysis.select().where(
            ConversationAnalysis.conversation.in_(list(by_pk))
        )
    }
    provenance: dict[int, list[dict[str, Any]]] = {}
    for row in (
        ConversationMemory.select(ConversationMemory, Conversation.conversation_id)
        .join(Conversation)
        .where(Conversation.user == user)
    ):
        provenance.setdefault(row.memory_id, []).append(  # type: ignore[attr-defined]
            {
                "conversation_id": row.conversation.conversation_id,
                "extraction_type": row.extraction_type,
                "confidence": row.confidence,
                "source_turns": json.loads(row.source_turns),  # a list, as memory-query has
            }  # fmt: skip
        )
    return {
        "exported_at": _iso(utcnow()),
        "retention": retention.policy(settings or Settings()),
        "user": {
            "user_id": user.uid,
            "external_id": user.external_id,
            "name": user.display_name,
            "summary": user.summary,
            "is_guest": user.is_guest,
            "created_at": _iso(user.created_at),
            "last_call_at": _iso(user.last_call_at),
        },  # fmt: skip
        "caller_ids": [c.number for c in CallerId.select().where(CallerId.user == user)],
        "conversations": [
            {
                "conversation_id": c.conversation_id,
                "agent_id": c.agent_id,
                "started_at": _iso(c.started_at),
                "duration_secs": c.duration_secs,
                "status": c.status,
                "termination_reason": c.termination_reason,
                "audio_file": c.audio_path,
                "turns": turns[c.id],
                "analysis": None
                if c.id not in analyses
                else {
                    "title": analyses[c.id].title,
                    "summary": analyses[c.id].transcript_summary,
                    "call_successful": analyses[c.id].call_successful,
                    "data_collection": analyses[c.id].data_collection,
                    "evaluation": analyses[c.id].evaluation,
                },
            }  # fmt: skip
            for c in conversations
        ],
        "memories": [
            {
                "id": m.id,
                "content": m.content,
                "sector": m.sector,
                "salience": m.salience,
                "state": m.state,
                "occurred_at": _iso(m.occurred_at),
                "created_at": _iso(m.created_at),
                "conversation_id": m.conversation_ref,
                "provenance": provenance.get(m.id, []),
            }  # fmt: skip
            for m in Memory.select().where(Memory.user == user).order_by(Memory.id)
        ],
        "tool_invocations": [
            {
                "tool": t.tool,
                "conversation_id": t.conversation_ref,
                "status": t.status,
                "created_at": _iso(t.created_at),
                "request": t.request,
                "response": t.response,
            }
            for t in ToolInvocation.select().where(ToolInvocation.user == user)
        ],  # fmt: skip
    }


def _pending_calls_of(user: User, numbers: set[str], region: str) -> set[str]:
    """Conversation ids of accepted but unprocessed events that belong to the user (by the
    user id handed out at conversation-init, or by caller number)."""
    found: set[str] = set()
    waiting = WebhookEvent.select(WebhookEvent.conversation_ref, WebhookEvent.payload).where(
        WebhookEvent.user.is_null() & (WebhookEvent.status != "completed")
    )
    for event in waiting:
        try:
            data = decode_json(event.payload, lenient=True)["data"]  # as the worker reads it
            init = data.get("conversation_initiation_client_data") or {}
            variables = init.get("dynamic_variables") or {}
            phone = (data.get("metadata") or {}).get("phone_call") or {}
            number = phone.get("external_number") or variables.get("system__caller_id")
        except (ApiError, KeyError, TypeError, AttributeError):
            continue
        if variables.get("user_id") in {user.uid, user.external_id} - {None}:
            found.add(event.conversation_ref)
        elif number and normalize_caller_id(number, region) in numbers:
            found.add(event.conversation_ref)
    return found


def delete_user(user: User, data_dir: Path, region: str) -> dict[str, int]:
    """Delete the user and everything of theirs, in one write; returns what went."""
    with write():
        db.execute_sql("PRAGMA secure_delete = ON")  # freed pages are zeroed, not left as-is
        try:
            conversation_ids = {
                c.conversation_id
                for c in Conversation.select(Conversation.conversation_id).where(
                    Conversation.user == user
                )
            }
            for model in (Memory, ToolInvocation):  # known mid-call, before any conversation
                refs_of_user = model.select(model.conversation_ref).where(model.user == user)
                conversation_ids |= {row.conversation_ref for row in refs_of_user}
            numbers = {c.number for c in CallerId.select().where(CallerId.user == user)}
            conversation_ids |= _pending_calls_of(user, numbers, region)
            conversation_ids.discard("")
            refs = [("user", user.uid), ("user", user.external_id or "")]
            refs += [("conversation", c) for c in sorted(conversation_ids)]
            now = utcnow()
            Tombstone.insert_many(
                [{"key_hash": _key(k, v), "kind": k, "created_at": now} for k, v in refs if v]
            ).on_conflict_ignore().execute()
            counts = {
                "memories": Memory.select().where(Memory.user == user).count(),
                "conversations": len(conversation_ids),
            }
            # Events not yet tied to the user (still pending) go by conversation id.
            counts["webhook_events"] = (
                WebhookEvent.delete()
                .where(
                    (WebhookEvent.user == user)
                    | WebhookEvent.conversation_ref.in_(sorted(conversation_ids))
                )
                .execute()
            )
            User.delete().where(User.id == user.id).execute()  # cascades to everything else
        finally:
            db.execute_sql("PRAGMA secure_delete = OFF")
    snapshots.forget(user.id)
    removed = 0
    for conversation_id in conversation_ids:
        path = audio.audio_path(data_dir, conversation_id)
        if path.exists():
            path.unlink()
            removed += 1
    counts["audio_files"] = removed
    try:  # best effort: also push the zeroed pages out of the WAL now
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception as exc:  # noqa: BLE001 - a busy reader only delays this
        log.info("delete_checkpoint_deferred", error_type=type(exc).__name__)
    log.info("user_deleted", **counts)
    return counts
