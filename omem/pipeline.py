"""`process_event(event_id)`: turn one recorded webhook event into stored data.

A transcription becomes the conversation, every turn in order, and the analysis, in one
transaction, attached to the resolved user; then memory extraction runs. Re-running an event
never duplicates anything. No Flask, no Huey here.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from dataclasses import replace
from typing import Any

import numpy as np
import structlog
from peewee import chunked

from omem import audio
from omem import callers
from omem import inbox
from omem import language
from omem import privacy
from omem.clock import from_unix
from omem.clock import utcnow
from omem.config import Settings
from omem.db import write
from omem.embeddings import EmbeddingError
from omem.embeddings import get_embedder
from omem.llm import LLMUnavailable
from omem.memory import summary
from omem.memory.extract import Call
from omem.memory.extract import Turn
from omem.memory.extractors import get_extractor
from omem.memory.index import indexes
from omem.memory.names import caller_name
from omem.memory.store import save_memories
from omem.models import Conversation
from omem.models import ConversationAnalysis
from omem.models import ConversationMemory
from omem.models import ConversationTurn
from omem.models import Memory
from omem.models import User
from omem.payloads import MAX_MESSAGE
from omem.payloads import Audio
from omem.payloads import InitiationFailure
from omem.payloads import Transcription
from omem.validation import decode_json
from omem.validation import validate

log = structlog.get_logger("omem.pipeline")
_TURN_BATCH = 200
_EARLIEST = dt.datetime(2000, 1, 1)


@dataclass(frozen=True)
class Outcome:
    status: str  # completed | skipped | retry | dead
    retry_in: float | None = None
    user_id: int | None = None  # whose memories may have changed


def process_event(event_id: int, settings: Settings, now: dt.datetime | None = None) -> Outcome:
    """Claim, process and complete one event; on failure back off or mark it dead."""
    now = now or utcnow()
    event = inbox.claim(event_id, now, settings.event_lease_secs)
    if event is None:
        return Outcome("skipped")
    try:
        if privacy.is_forgotten("conversation", event.conversation_ref):
            raise privacy.Forgotten
        user = _handle(event.event_type, decode_json(event.payload, lenient=True), settings, now)
    except privacy.Forgotten:  # deleted at the caller's request after this was accepted
        inbox.forget(event_id, utcnow())
        log.info("event_forgotten", event_id=event_id)
        return Outcome("completed")
    except (LLMUnavailable, EmbeddingError) as exc:  # an outage: wait it out, keep attempts
        delay = min(max(1.0, settings.breaker_reset_secs), 300.0)
        inbox.postpone(event_id, utcnow(), delay, f"postponed: {type(exc).__name__}: {exc}")
        log.warning("event_postponed", event_id=event_id, error_type=type(exc).__name__,
                    retry_in_secs=delay)  # fmt: skip
        return Outcome("retry", delay)
    except Exception as exc:  # noqa: BLE001 - any failure of one event is recorded on its row
        retry = inbox.fail(
            event_id, exc, utcnow(), settings.event_max_attempts, settings.retry_unit_secs
        )
        log.warning(
            "event_failed",
            event_id=event_id,
            attempt=event.attempts,
            error_type=type(exc).__name__,
            dead=retry.dead,
        )
        return Outcome("dead") if retry.dead else Outcome("retry", retry.delay_secs)
    if user is not None:
        _brief(user.id, settings)
    inbox.complete(event_id, utcnow(), user.id if user else None)
    log.info("event_completed", event_id=event_id, event_type=event.event_type)
    return Outcome("completed", user_id=user.id if user else None)


def _brief(user_id: int, settings: Settings) -> None:
    """Rewrite the caller's summary and briefing before the event is marked completed, so
    the next conversation-init reflects this call (extractively; with the LLM extractor the
    LLM's summary follows from the delayed refresh). A failure here is logged, never the
    event's: the delayed refresh and the next change retry it."""
    try:
        summary.refresh_summary(user_id, settings, llm=False)
    except Exception as exc:  # noqa: BLE001 - the call itself is stored; this is a view of it
        log.warning("summary_refresh_failed", user_id=user_id, error_type=type(exc).__name__)


def _handle(
    event_type: str, payload: dict[str, Any], settings: Settings, now: dt.datetime
) -> User | None:
    data = payload["data"]
    if event_type == "post_call_transcription":
        conversation = store_transcription(validate(Transcription, data), settings, now)
        extract_memories(conversation, settings)
        return conversation.user
    if event_type == "call_initiation_failure":
        return record_initiation_failure(validate(InitiationFailure, data), settings, now)
    if event_type == "post_call_audio":
        attach_audio(validate(Audio, data))
        return None
    raise ValueError(f"no handler for event type {event_type!r}")


def _caller_number(data: Transcription, variables: dict[str, Any]) -> object:
    phone = data.metadata.phone_call if data.metadata else None
    if phone is not None and phone.external_number:
        return phone.external_number
    return variables.get("system__caller_id")


def store_transcription(data: Transcription, settings: Settings, now: dt.datetime) -> Conversation:
    """Conversation + turns + analysis in one transaction; returns the (existing) conversation."""
    init = data.conversation_initiation_client_data
    variables = (init.dynamic_variables if init else None) or {}
    meta = data.metadata
    started = _started_at(meta.start_time_unix_secs if meta else None, now)
    # Outside the write lock: the first detection in a process loads the model.
    spoken = language.of_call(
        meta.main_language if meta else None,
        [t.message for t in data.transcript or () if t and t.role == "user" and t.message],
    )
    with write():
        if privacy.is_forgotten("conversation", data.conversation_id):
            raise privacy.Forgotten  # deleted while this event waited
        existing = Conversation.get_or_none(Conversation.conversation_id == data.conversation_id)
        if existing is not None:
            return existing  # already stored by an earlier attempt: processing is idempotent
        uid = variables.get("user_id")
        user, _ = callers.resolve_user(
            uid=uid if isinstance(uid, str) else None,
            caller_id=_caller_number(data, variables),
            external_ref=data.user_id or (init.user_id if init else None),
            region=settings.default_region,
            now=now,
        )
        fields = {
            "user": user,
            "agent_id": data.agent_id or "",
            "started_at": started,
            "duration_secs": int(meta.call_duration_secs or 0) if meta else 0,
            "status": data.status or "done",
            "termination_reason": (meta.termination_reason or "") if meta else "",
            "cost": meta.cost if meta else None,
            "language": spoken,
        }
        stored_audio = audio.audio_path(settings.data_dir, data.conversation_id)
        conversation = Conversation.create(
            conversation_id=data.conversation_id,
            audio_path=stored_audio.name if stored_audio.exists() else None,  # audio came first
            **fields,
        )
        _insert_turns(conversation, data)
        _insert_analysis(conversation, data)
        if user.last_call_at is None or user.last_call_at < started:
            User.update(last_call_at=started, updated_at=now).where(User.id == user.id).execute()
    return conversation


def _started_at(unix_secs: float | None, now: dt.datetime) -> dt.datetime:
    """The call's start as sent, unless absent or implausible (before 2000, or more than a
    day ahead of us): then when the event arrived."""
    if unix_secs is None:
        return now
    started = from_unix(unix_secs)
    if _EARLIEST <= started <= now + dt.timedelta(days=1):
        return started
    log.warning("payload_field_dropped", field="start_time_unix_secs", problem="implausible")
    return now


def _insert_turns(conversation: Conversation, data: Transcription) -> None:
    rows = [
        {
            "conversation": conversation.id,
            "order": order,
            "role": turn.role or "unknown",
            "message": turn.message,
            "time_in_call_secs": int(turn.time_in_call_secs or 0),
            "tool_calls": json.dumps(turn.tool_calls) if turn.tool_calls else None,
            "tool_results": json.dumps(turn.tool_results) if turn.tool_results else None,
        }
        for order, turn in enumerate(t for t in data.transcript or () if t is not None)
    ]
    for batch in chunked(rows, _TURN_BATCH):
        ConversationTurn.insert_many(batch).on_conflict_ignore().execute()


def _insert_analysis(conversation: Conversation, data: Transcription) -> None:
    analysis = data.analysis
    if analysis is None:
        return
    ConversationAnalysis.insert(
        conversation=conversation.id,
        title=analysis.call_summary_title or "",
        transcript_summary=analysis.transcript_summary or "",
        call_successful=analysis.call_successful or "unknown",
        data_collection=json.dumps(analysis.data_collection_results or {}),
        evaluation=json.dumps(analysis.evaluation_criteria_results or {}),
    ).on_conflict_ignore().execute()


def extract_memories(conversation: Conversation, settings: Settings) -> int:
    """Turn a stored call into memories (once per conversation); returns how many were new.

    Manual memories saved mid-call (memory-store) get their provenance here too.
    """
    if (
        ConversationMemory.select()
        .where(
            (ConversationMemory.conversation == conversation.id)
            & (ConversationMemory.extraction_type == "auto")
        )
        .exists()
    ):
        return 0  # an earlier attempt already extracted this call
    call = _call_for(conversation)
    name = caller_name(call)
    if name:
        with write():
            named = (
                User.update(display_name=name, is_guest=False)
                .where((User.id == _user_pk(conversation)) & (User.display_name == ""))
                .execute()
            )
            if named:
                callers.index_name(_user_pk(conversation), name)
    # Manual memories first: if extraction then finds the same fact, the provenance keeps
    # saying it was stored on the caller's request.
    _adopt_manual_memories(conversation)
    extractor = get_extractor(settings)
    if extractor.name == "llm":  # it may say which of them a new fact replaces
        call = replace(call, known=known_facts(_user_pk(conversation), settings))
    items = extractor.extract(call)
    saved = save_memories(
        _user_pk(conversation),
        items,
        get_embedder(settings),
        settings,
        occurred_at=conversation.started_at,
        conversation_ref=conversation.conversation_id,
        conversation_pk=conversation.id,
        language=call.language,
    )
    log.info(
        "memories_extracted",
        conversation_id=conversation.conversation_id,
        extractor=extractor.name,
        created=len(saved.created),
        reinforced=len(saved.reinforced),
        superseded=len(saved.superseded),
        reactivated=len(saved.reactivated),
    )
    return len(saved.created)


# The caller's facts an LLM extractor is shown, newest first: enough for the facts that change
# (addresses, doses, habits), few enough to keep the prompt short.
KNOWN_FACTS = 40


def known_facts(user_pk: int, settings: Settings) -> tuple[tuple[int, str], ...]:
    """The caller's current facts said in their own words (call-level memories left out),
    newest first: (memory id, text)."""
    embedder = get_embedder(settings)
    index = indexes.get(user_pk, embedder.model, embedder.dimension)
    rows = [r for r in np.argsort(-index.occurred_us, kind="stable") if index.turns[int(r)]]
    return tuple((int(index.ids[r]), index.contents[int(r)]) for r in rows[:KNOWN_FACTS])


def _user_pk(conversation: Conversation) -> int:
    return int(conversation.__data__["user"])  # the foreign key, without loading the user


def _call_for(conversation: Conversation) -> Call:
    turns = [
        Turn(t.order, t.role, (t.message or "")[:MAX_MESSAGE])
        for t in ConversationTurn.select(
            ConversationTurn.order, ConversationTurn.role, ConversationTurn.message
        )
        .where(
            (ConversationTurn.conversation == conversation.id)
            & ConversationTurn.message.is_null(False)
        )
        .order_by(ConversationTurn.order)
    ]
    analysis = ConversationAnalysis.get_or_none(
        ConversationAnalysis.conversation == conversation.id
    )
    return Call(
        conversation_id=conversation.conversation_id,
        started_at=conversation.started_at,
        turns=turns,
        summary=analysis.transcript_summary if analysis else "",
        data_collection=json.loads(analysis.data_collection) if analysis else {},
        language=conversation.language,
    )


def _adopt_manual_memories(conversation: Conversation) -> None:
    manual = Memory.select(Memory.id).where(
        (Memory.user == _user_pk(conversation))
        & (Memory.conversation_ref == conversation.conversation_id)
    )
    with write():
        for memory in manual:
            ConversationMemory.insert(
                conversation=conversation.id, memory=memory.id, extraction_type="manual"
            ).on_conflict_ignore().execute()


def record_initiation_failure(
    data: InitiationFailure, settings: Settings, now: dt.datetime
) -> User:
    """An outbound call that never connected: recorded against the callee, no memories."""
    body = (data.metadata.body if data.metadata else None) or {}
    number = body.get("to_number") or body.get("To")
    with write():
        if privacy.is_forgotten("conversation", data.conversation_id):
            raise privacy.Forgotten  # deleted while this event waited
        existing = Conversation.get_or_none(Conversation.conversation_id == data.conversation_id)
        if existing is not None:
            return existing.user
        user, _ = callers.resolve_user(caller_id=number, region=settings.default_region, now=now)
        Conversation.create(
            conversation_id=data.conversation_id,
            user=user,
            agent_id=data.agent_id or "",
            started_at=now,
            status="initiation_failed",
            termination_reason=data.failure_reason or "unknown",
        )
    return user


def attach_audio(data: Audio) -> None:
    """Link the stored audio file to its conversation, if that has been stored yet; the
    transcription step links it otherwise (the file name derives from the conversation id)."""
    if not data.audio_file:
        return
    with write():
        Conversation.update(audio_path=data.audio_file).where(
            Conversation.conversation_id == data.conversation_id
        ).execute()
