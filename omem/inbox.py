"""The webhook-event lifecycle: record (idempotent), claim, complete, fail with backoff, dead,
sweep, retry; and the operators' reads of it (pages of events, one event, the queue widget),
which never read payloads. The `webhook_events` row, never the Huey message, is the record of
work to do.

Enqueueing is not done here (jobs does it); every state change is one short write.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from peewee import JOIN
from peewee import Expression

from omem.clock import utcnow
from omem.db import write
from omem.errors import NotFound
from omem.models import User
from omem.models import WebhookEvent

_ERROR_LIMIT = 500  # characters of the last error kept (type and message, never payloads)


@dataclass(frozen=True)
class Recorded:
    event_id: int
    created: bool


@dataclass(frozen=True)
class Retry:
    """What `fail` decided: try again after `delay_secs`, or the event is dead."""

    dead: bool
    delay_secs: float


def event_key(event_type: str, conversation_id: str) -> str:
    """The idempotency key of one ElevenLabs event: the webhook's intake and the
    reconciliation job give a call the same one, so whichever comes second is a duplicate."""
    return f"{event_type}:{conversation_id}"


def known_keys(keys: Collection[str]) -> set[str]:
    """Which of `keys` already have an event (one query)."""
    if not keys:
        return set()
    query = WebhookEvent.select(WebhookEvent.idempotency_key).where(
        WebhookEvent.idempotency_key.in_(list(keys))
    )
    return {str(row.idempotency_key) for row in query}


def record_event(
    event_type: str, idempotency_key: str, conversation_ref: str, payload: str
) -> Recorded:
    """Commit the raw event as `pending` unless its key exists (insert-or-ignore)."""
    now = utcnow()
    with write():
        inserted = (
            WebhookEvent.insert(
                event_type=event_type,
                idempotency_key=idempotency_key,
                conversation_ref=conversation_ref,
                payload=payload,
                status="pending",
                next_attempt_at=now,
                created_at=now,
                updated_at=now,
            )
            .on_conflict_ignore()
            .returning(WebhookEvent.id)
            .tuples()
            .execute()
        )
        # RETURNING yields no row when the key already existed (lastrowid could be stale).
        rows = list(inserted)
        if rows:
            return Recorded(int(rows[0][0]), True)
        existing = WebhookEvent.get(WebhookEvent.idempotency_key == idempotency_key)
        return Recorded(existing.id, False)


def claim(event_id: int, now: dt.datetime, lease_secs: int) -> WebhookEvent | None:
    """Take the event for processing: pending/failed and due, or processing past its lease.

    One UPDATE decides, so two workers never both win. Counts the attempt.
    """
    stale = now - dt.timedelta(seconds=lease_secs)
    with write():
        taken = (
            WebhookEvent.update(
                status="processing", attempts=WebhookEvent.attempts + 1, updated_at=now
            )
            .where(
                (WebhookEvent.id == event_id)
                & (
                    (
                        WebhookEvent.status.in_(("pending", "failed"))
                        & (WebhookEvent.next_attempt_at <= now)
                    )
                    | ((WebhookEvent.status == "processing") & (WebhookEvent.updated_at < stale))
                )
            )
            .execute()
        )
        return WebhookEvent.get_by_id(event_id) if taken else None


def complete(event_id: int, now: dt.datetime, user_id: int | None = None) -> None:
    with write():
        WebhookEvent.update(status="completed", updated_at=now, last_error="", user=user_id).where(
            WebhookEvent.id == event_id
        ).execute()


def forget(event_id: int, now: dt.datetime) -> None:
    """The event's caller was deleted: done, with its payload erased."""
    with write():
        WebhookEvent.update(
            status="completed", updated_at=now, last_error="forgotten", payload="", user=None
        ).where(WebhookEvent.id == event_id).execute()


def postpone(event_id: int, now: dt.datetime, delay_secs: float, reason: str) -> None:
    """A service the event needs (LLM, embeddings) is down: try again later without using up
    an attempt (the claim's count is given back), so an outage never makes events dead."""
    with write():
        WebhookEvent.update(
            status="failed",
            attempts=WebhookEvent.attempts - 1,
            next_attempt_at=now + dt.timedelta(seconds=delay_secs),
            updated_at=now,
            last_error=reason[:_ERROR_LIMIT],
        ).where(WebhookEvent.id == event_id).execute()


def fail(
    event_id: int, error: BaseException, now: dt.datetime, max_attempts: int, unit_secs: float
) -> Retry:
    """Record the failure; back off `unit * 2^attempts`, or mark dead after `max_attempts`."""
    message = f"{type(error).__name__}: {error}"[:_ERROR_LIMIT]
    with write():
        event = WebhookEvent.get_by_id(event_id)
        dead = event.attempts >= max_attempts
        delay = 0.0 if dead else unit_secs * 2**event.attempts
        WebhookEvent.update(
            status="dead" if dead else "failed",
            last_error=message,
            updated_at=now,
            next_attempt_at=now + dt.timedelta(seconds=delay),
        ).where(WebhookEvent.id == event_id).execute()
    return Retry(dead, delay)


def due_event_ids(now: dt.datetime, lease_secs: int, limit: int = 500) -> list[int]:
    """Events presumed orphaned: pending/failed ones due for longer than a lease (a crash
    between commit and enqueue, a lost retry schedule) and processing ones past their lease
    (a killed consumer). Younger ones still have their Huey message."""
    stale = now - dt.timedelta(seconds=lease_secs)
    query = (
        WebhookEvent.select(WebhookEvent.id)
        .where(
            (
                WebhookEvent.status.in_(("pending", "failed"))
                & (WebhookEvent.next_attempt_at <= stale)
            )
            | ((WebhookEvent.status == "processing") & (WebhookEvent.updated_at < stale))
        )
        .order_by(WebhookEvent.id)
        .limit(limit)
    )
    return [row.id for row in query]


def requeue_dead(now: dt.datetime | None = None) -> list[int]:
    """Give dead events a fresh set of attempts; returns their ids (the caller enqueues)."""
    return _requeue(WebhookEvent.status == "dead", now or utcnow())


def retry_event(event_id: int, now: dt.datetime) -> bool:
    """Give one dead or failed event a fresh set of attempts, due `now`; whether it was one
    (the caller enqueues it). A failed event's own scheduled retry then finds it taken."""
    condition = (WebhookEvent.id == event_id) & WebhookEvent.status.in_(("dead", "failed"))
    return bool(_requeue(condition, now))


def _requeue(condition: Expression, now: dt.datetime) -> list[int]:
    with write():
        ids = [e.id for e in WebhookEvent.select(WebhookEvent.id).where(condition)]
        WebhookEvent.update(
            status="pending", attempts=0, next_attempt_at=now, updated_at=now
        ).where(WebhookEvent.id.in_(ids)).execute()
    return ids


def _event_row(event: WebhookEvent) -> dict[str, Any]:
    # last_error is the exception's type and message as `fail`/`postpone` wrote it, capped;
    # the payload is never read here.
    return {
        "id": event.id,
        "event_type": event.event_type,
        "conversation_ref": event.conversation_ref,
        "status": event.status,
        "attempts": event.attempts,
        "next_attempt_at": _iso(event.next_attempt_at),
        "last_error": event.last_error,
        "created_at": _iso(event.created_at),
        "updated_at": _iso(event.updated_at),
    }


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds") + "Z"


_LISTED = (
    WebhookEvent.id,
    WebhookEvent.event_type,
    WebhookEvent.conversation_ref,
    WebhookEvent.status,
    WebhookEvent.attempts,
    WebhookEvent.next_attempt_at,
    WebhookEvent.last_error,
    WebhookEvent.created_at,
    WebhookEvent.updated_at,
)


def list_events(
    *,
    status: str | None = None,
    event_type: str | None = None,
    after: int | None = None,
    limit: int = 50,
) -> tuple[list[dict[str, Any]], int | None]:
    """Events newest first (by id), optionally of one status and type; `after` is the
    cursor a previous page returned (the last id it showed). Returns the rows and the next
    cursor (None on the last page). One query; payloads are not read."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    query = WebhookEvent.select(*_LISTED).order_by(WebhookEvent.id.desc()).limit(limit + 1)
    if status:
        query = query.where(WebhookEvent.status == status)
    if event_type:
        query = query.where(WebhookEvent.event_type == event_type)
    if after is not None:
        query = query.where(WebhookEvent.id < after)
    found = list(query)
    rows = [_event_row(event) for event in found[:limit]]
    return rows, (found[limit - 1].id if len(found) > limit else None)


def event_detail(event_id: int) -> dict[str, Any]:
    """One event as listed, plus its idempotency key and its caller's uid (once known).
    Raises NotFound `unknown_event`. One query; the payload is not read."""
    event = (
        WebhookEvent.select(*_LISTED, WebhookEvent.idempotency_key, User.uid)
        .join(User, JOIN.LEFT_OUTER)
        .where(WebhookEvent.id == event_id)
        .objects()
        .first()
    )
    if event is None:
        raise NotFound("No webhook event has that id.", code="unknown_event")
    return {**_event_row(event), "idempotency_key": event.idempotency_key, "user_uid": event.uid}


def pending_summary(now: dt.datetime) -> dict[str, Any]:
    """For a polling widget: events by status, whether any are waiting for a worker
    (pending or processing), and how long the oldest pending one has waited since it became
    pending. Two queries."""
    counts = WebhookEvent.counts_by_status()
    oldest = (
        WebhookEvent.select(WebhookEvent.updated_at)
        .where(WebhookEvent.status == "pending")
        .order_by(WebhookEvent.updated_at)
        .first()
    )
    return {
        "counts": counts,
        "waiting": bool(counts["pending"] or counts["processing"]),
        "oldest_pending_secs": (
            round(max(0.0, (now - oldest.updated_at).total_seconds()), 1) if oldest else None
        ),
    }
