"""What omem stops keeping: guest callers that never had a call, and (a deployment's policy,
off by default) memories not said again for `memory_retention_days`.

A conversation-init from an unknown or withheld number makes a guest user, so that the call's
memories have an owner; junk and withheld numbers would leave one such user each, forever.
A guest with no call, no memory and no pending event, untouched for `guest_retention_days`,
is removed by the lifecycle job `guests` (freed pages zeroed: the row held a phone number).
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from typing import cast

from peewee import fn

from omem.config import Settings
from omem.db import db
from omem.lifecycle import Batch
from omem.memory.index import bump_version
from omem.models import Conversation
from omem.models import Memory
from omem.models import User
from omem.models import WebhookEvent


def expire_guests_batch(after_id: int, limit: int, now: dt.datetime, settings: Settings) -> Batch:
    """Remove the expired guests among the next `limit` users with an id above `after_id`.
    Call inside the write transaction that also records the cursor."""
    rows = cast(
        list[tuple[int, bool, dt.datetime, dt.datetime | None, dt.datetime | None]],
        list(
            User.select(
                User.id, User.is_guest, User.created_at, User.updated_at, User.last_call_at
            )
            .where(User.id > after_id)
            .order_by(User.id)
            .limit(limit)
            .tuples()
        ),
    )
    batch = Batch(rows[-1][0] if rows else after_id, len(rows), {"guests_removed": 0})
    cutoff = now - dt.timedelta(days=settings.guest_retention_days)
    idle = {
        user_id
        for user_id, guest, created, updated, last_call in rows
        if guest and last_call is None and created < cutoff and (updated or created) < cutoff
    }
    if not idle:
        return batch
    for model in (Memory, Conversation, WebhookEvent):
        owners: Any = model.select(fn.DISTINCT(model.user)).where(model.user.in_(sorted(idle)))
        idle -= {row[0] for row in owners.tuples()}
    if idle:
        db.execute_sql("PRAGMA secure_delete = ON")
        try:
            User.delete().where(User.id.in_(sorted(idle))).execute()  # numbers cascade
        finally:
            db.execute_sql("PRAGMA secure_delete = OFF")
        batch.counts["guests_removed"] = len(idle)
    return batch


def expire_memories_batch(
    after_id: int, limit: int, now: dt.datetime, settings: Settings
) -> Batch:
    """Delete for good, with their embeddings, links and provenance (freed pages zeroed), the
    memories among the next `limit` (by id, above `after_id`) that the caller has not said
    again for `memory_retention_days`, whatever their state. Call inside the write
    transaction that also records the cursor."""
    rows = cast(
        list[tuple[int, int, dt.datetime | None, dt.datetime]],
        list(
            Memory.select(Memory.id, Memory.user, Memory.reinforced_at, Memory.created_at)
            .where(Memory.id > after_id)
            .order_by(Memory.id)
            .limit(limit)
            .tuples()
        ),
    )
    batch = Batch(rows[-1][0] if rows else after_id, len(rows), {"memories_expired": 0})
    cutoff = now - dt.timedelta(days=settings.memory_retention_days)
    expired = {m: u for m, u, said, created in rows if (said or created) < cutoff}
    if not expired:
        return batch
    db.execute_sql("PRAGMA secure_delete = ON")
    try:
        Memory.delete().where(Memory.id.in_(sorted(expired))).execute()  # cascades
    finally:
        db.execute_sql("PRAGMA secure_delete = OFF")
    for user_id in sorted(set(expired.values())):
        bump_version(user_id)
    batch.counts["memories_expired"] = len(expired)
    batch.users = set(expired.values())
    return batch


def policy(settings: Settings) -> dict[str, float | None]:
    """What omem deletes by itself and after how many days (None: never), as the export and
    the README state it."""
    return {
        "memories_not_said_again_expire_after_days": settings.memory_retention_days or None,
        "guests_without_calls_expire_after_days": settings.guest_retention_days or None,
    }
