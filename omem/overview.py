"""The numbers on the operator dashboard: calls, callers, memories, the queue, failures and
latency, as one plain dict. Reads only; a fixed number of queries. No Flask here.

What the "last 24 h" figures count (from what omem records, nothing estimated):

- `degraded_24h`: memory-query answers recorded (ToolInvocation, tool `memory_query`) in the
  last 24 h whose stored answer says `"degraded": true` (vector search unavailable, keyword
  only). Conversation-init falls back without touching the database, so its degraded
  answers are not in the database; they are in `degraded_since_start`, from the
  `omem_degraded_total` counter of this server's processes (reset when it starts).
- `extraction_failures_24h`: post-call transcription events now `failed` (waiting for a
  retry, including those postponed while the LLM or embedder was down) or `dead`, whose last
  change was in the last 24 h. An event that failed and then succeeded is not counted.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from typing import Any
from typing import cast

import structlog
from peewee import Case
from peewee import fn

from omem import jobs
from omem import lifecycle
from omem import metrics
from omem.config import Settings
from omem.models import MEMORY_STATES
from omem.models import SECTORS
from omem.models import Conversation
from omem.models import Memory
from omem.models import ToolInvocation
from omem.models import User
from omem.models import WebhookEvent

log = structlog.get_logger("omem.overview")

# Shown name -> the Flask endpoint the exporter labels its latency histogram with.
LATENCY_ENDPOINTS = {
    "conversation-init": "webhooks.conversation_init",
    "memory-query": "tools.memory_query",
    "post-call ack": "webhooks.post_call",
}
_DAY = dt.timedelta(days=1)


def dashboard(now: dt.datetime, settings: Settings) -> dict[str, Any]:
    """Every dashboard figure; `now` is naive UTC ("today" is its UTC day). Seven queries on
    the database, one on the queue, and one read of the metrics directory."""
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    queue = WebhookEvent.counts_by_status()
    p95 = metrics.latency_p95(metrics.sample_dirs(settings), list(LATENCY_ENDPOINTS.values()))
    return {
        **_calls(today, now),
        **_callers(),
        **_memories(),
        "queue": queue,
        "queue_waiting": bool(queue["pending"] or queue["processing"]),
        "huey_pending": huey_pending(),
        "dead_events": queue["dead"],
        "degraded_24h": _degraded_answers(now - _DAY),
        "degraded_since_start": metrics.degraded_counts(metrics.sample_dirs(settings)),
        "extraction_failures_24h": _extraction_failures(now - _DAY),
        "p95_ms": {name: _ms(p95[endpoint]) for name, endpoint in LATENCY_ENDPOINTS.items()},
        "lifecycle": lifecycle.status(jobs.LIFECYCLE_JOBS, settings, now),
    }


def _ms(seconds: float | None) -> float | None:
    return round(seconds * 1000, 2) if seconds is not None else None


def _count_if(condition: Any) -> Any:
    return fn.COUNT(Case(None, [(condition, 1)]))


def _calls(today: dt.datetime, now: dt.datetime) -> dict[str, int]:
    week_ago = now - 7 * _DAY
    started = Conversation.started_at
    query = Conversation.select(
        _count_if((started >= today) & (started < today + _DAY)),
        _count_if(started >= week_ago),
    ).where(started >= min(today, week_ago))
    calls_today, calls_7d = cast(tuple[int, int], query.tuples().get())
    return {"calls_today": calls_today, "calls_7d": calls_7d}


def _callers() -> dict[str, int]:
    query = User.select(fn.COUNT(User.id), _count_if(User.is_guest))
    callers, guests = cast(tuple[int, int], query.tuples().get())
    return {"callers": callers, "guests": guests}


def _memories() -> dict[str, dict[str, int]]:
    by_sector = dict.fromkeys(SECTORS, 0)
    by_state = dict.fromkeys(MEMORY_STATES, 0)
    query = (
        Memory.select(Memory.sector, Memory.state, fn.COUNT(Memory.id))
        .group_by(Memory.sector, Memory.state)
        .tuples()
    )
    for sector, state, count in cast(Iterable[tuple[str, str, int]], query):
        by_sector[sector] = by_sector.get(sector, 0) + count
        by_state[state] = by_state.get(state, 0) + count
    return {"memories_by_sector": by_sector, "memories_by_state": by_state}


def _degraded_answers(since: dt.datetime) -> int:
    # The flag lives inside the encrypted answer, so each of the day's answers is read.
    answers = (
        ToolInvocation.select(ToolInvocation.response)
        .where((ToolInvocation.tool == "memory_query") & (ToolInvocation.created_at >= since))
        .tuples()
    )
    return sum(1 for (raw,) in cast(Iterable[tuple[str | None]], answers) if _says_degraded(raw))


def _says_degraded(raw: str | None) -> bool:
    try:
        answer = json.loads(raw or "{}")
    except ValueError:
        return False
    return isinstance(answer, dict) and answer.get("degraded") is True


def _extraction_failures(since: dt.datetime) -> int:
    count: int = (
        WebhookEvent.select()
        .where(
            (WebhookEvent.event_type == "post_call_transcription")
            & WebhookEvent.status.in_(("failed", "dead"))
            & (WebhookEvent.updated_at >= since)
        )
        .count()
    )
    return count


def huey_pending() -> int | None:
    try:
        return jobs.queued_count()
    except sqlite3.Error as exc:  # the queue file is busy or gone: show it as unknown
        log.warning("dashboard_queue_unavailable", error_type=type(exc).__name__)
        return None
