"""What the agent knows when the phone rings: the conversation-initiation client data.

Every dynamic variable is always present (ElevenLabs refuses to start a call that lacks one),
flat (string, number, boolean), and what callers said is framed as quoted data, never as
instructions.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from omem import callers
from omem import phrases
from omem.clock import utcnow
from omem.config import Settings
from omem.db import lock_wait
from omem.memory import briefing
from omem.memory.redact import redact
from omem.models import Conversation
from omem.models import ConversationAnalysis
from omem.models import Memory
from omem.models import User
from omem.models import new_public_id
from omem.payloads import InitRequest
from omem.validation import decode_json
from omem.validation import is_clean_id
from omem.validation import validate

CONTEXT_MEMORIES = 10
NEWEST_READ = 20  # memories since the last summary refresh that init reads itself
RECENT_TOPICS = 3


def _context_lines(user: User, now: dt.datetime) -> list[tuple[dt.date, str]]:
    """memory_context's lines (day, text). As the summary job chose them (see
    omem.memory.briefing) while no memory changed since; else chosen again from the best of
    that choice and the NEWEST_READ newest memories. A few rows read either way."""
    chosen = briefing.Briefing.parse(user.briefing)
    if not chosen.current:  # never refreshed (or by older rules): the newest memories
        chosen = briefing.Briefing()
    entries = briefing.standing(chosen, now, CONTEXT_MEMORIES)
    ids = [e.memory_id for e in entries]
    if chosen.current and user.summary_version == user.memory_version:
        return briefing.stored_lines(chosen, entries, Memory.shown(user, ids), CONTEXT_MEMORIES)
    memories = Memory.for_briefing(user, ids, chosen.upto, NEWEST_READ)
    ranked = briefing.choose(memories, now, user.display_name)
    told = set(chosen.told)
    return [(f.day, f.text) for f in briefing.for_context(ranked, told, CONTEXT_MEMORIES)]


def quoted(text: str) -> str:
    """One line, in double quotes that the text itself cannot close or break out of."""
    return '"' + " ".join(text.split()).replace('"', "'") + '"'


def memory_context(facts: list[tuple[dt.date, str]], language: str = "en") -> str:
    """The facts as quoted lines under a header, dates and header in `language` (the
    facts stay in the words and language they were said in)."""
    if not facts:
        return ""
    lines = [f"- ({phrases.day(day, language)}) {quoted(text)}" for day, text in facts]
    return "\n".join([phrases.say("context_header", language), *lines])


def _recent_topics(user: User) -> str:
    rows = (
        ConversationAnalysis.select(
            ConversationAnalysis.title, ConversationAnalysis.transcript_summary
        )
        .join(Conversation)
        .where(Conversation.user == user)
        .order_by(Conversation.started_at.desc())
        .limit(RECENT_TOPICS)
    )
    topics = [redact(r.title or r.transcript_summary.split(". ")[0][:80]) for r in rows]
    return "; ".join(t for t in topics if t)


NEUTRAL: dict[str, str | int | bool] = {
    "user_name": "",
    "is_returning_caller": False,
    "call_count": 0,
    "last_call": "",
    "user_summary": "",
    "memory_context": "",
    "recent_topics": "",
}


def _answer(uid: str, **values: str | int | bool) -> dict[str, Any]:
    return {
        "type": "conversation_initiation_client_data",
        "dynamic_variables": {"user_id": uid, **NEUTRAL, **values},
        "user_id": uid,
    }


@dataclass(frozen=True)
class _History:
    calls: int
    memory_context: str
    recent_topics: str
    language: str  # what omem's own words are in
    expires: float


# Per-process cache of the parts that only change with the user's calls and memories; the
# key carries both versions, so a new call or memory is seen at once. Recency drifts slowly,
# hence the short lifetime.
_history: OrderedDict[tuple[str, int, dt.datetime | None, str], _History] = OrderedDict()
_history_lock = threading.Lock()
HISTORY_TTL_SECS = 300
HISTORY_ENTRIES = 10_000


def _history_for(user: User, now: dt.datetime, agent_language: str = "") -> _History:
    key = (user.uid, user.memory_version, user.last_call_at, agent_language)
    with _history_lock:
        cached = _history.get(key)
        if cached is not None and cached.expires > time.monotonic():
            _history.move_to_end(key)
            return cached
    calls = (
        Conversation.select()
        .where((Conversation.user == user) & (Conversation.status != "initiation_failed"))
        .count()
    )
    spoken = phrases.supported(
        agent_language or (Conversation.latest_language(user.id) if calls else "")
    )
    history = _History(
        calls,
        memory_context(_context_lines(user, now), spoken) if calls else "",
        _recent_topics(user) if calls else "",
        spoken,
        time.monotonic() + HISTORY_TTL_SECS,
    )
    with _history_lock:
        _history[key] = history
        while len(_history) > HISTORY_ENTRIES:
            _history.popitem(last=False)
    return history


def client_data(
    user: User, now: dt.datetime, first_message: str = "", agent_language: str = ""
) -> dict[str, Any]:
    """The full answer for a known (or just created) user; omem's own words in
    `agent_language` (OMEM_AGENT_LANGUAGES), else in the caller's latest call's language."""
    history = _history_for(user, now, agent_language)
    if not history.calls:
        return _answer(user.uid, user_name=user.display_name, user_summary=user.summary)
    body = _answer(
        user.uid,
        user_name=user.display_name,
        is_returning_caller=True,
        call_count=history.calls,
        last_call=phrases.ago(user.last_call_at, now, history.language),
        user_summary=user.summary,
        memory_context=history.memory_context,
        recent_topics=history.recent_topics,
    )
    if first_message:
        text = first_message.replace("{user_name}", user.display_name).strip()
        body["conversation_config_override"] = {"agent": {"first_message": text}}
    return body


def minimal_client_data() -> dict[str, Any]:
    """The degraded answer: a fresh guest id and neutral values, with no database."""
    return _answer(new_public_id("omem_usr"))


def _text(value: object) -> str | None:
    return str(value) if value is not None and str(value).strip() else None


def _external_id(value: object) -> str | None:
    """The operator's own id for the caller, unless it could not be one (control characters
    such as NUL, or over 200 characters): then the call goes on as if none was sent."""
    text = _text(value)
    return text if text is not None and is_clean_id(text) and len(text) <= 200 else None


def answer_request(
    raw: bytes, settings: Settings, now: dt.datetime | None = None
) -> dict[str, Any]:
    """Resolve the caller (creating a guest if new) and build the client data.

    Raises on any failure; the view then answers with `minimal_client_data()`.
    """
    now = now or utcnow()
    request = validate(InitRequest, decode_json(raw or b"{}", lenient=True))
    with lock_wait(settings.init_budget_ms):
        user, created = callers.resolve_user(
            caller_id=_text(request.caller_id),
            external_ref=_external_id(request.user_id),
            region=settings.default_region,
            now=now,
        )
        if created:  # nothing to look up: a new caller has no calls or memories yet
            return _answer(user.uid)
        agent_language = settings.agent_language.get(_text(request.agent_id) or "", "")
        return client_data(user, now, settings.init_first_message, agent_language)
