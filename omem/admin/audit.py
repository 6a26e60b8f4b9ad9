"""The audit log: `record` one operator change (ids, never content), `entries` to read it
back (the console page, `omem audit export`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from collections.abc import Sequence
from typing import Any

from omem.clock import utcnow
from omem.db import write
from omem.models import AuditEntry


def record(
    action: str,
    target_kind: str,
    target_ids: Sequence[int | str],
    *,
    actor: str,
    role: str,
    request_id: str = "",
) -> None:
    with write():
        AuditEntry.create(
            at=utcnow(),
            actor=actor,
            role=role,
            action=action,
            target_kind=target_kind,
            target_ids=json.dumps(list(target_ids)),
            request_id=request_id,
        )


def entries(batch: int = 1000) -> Iterator[dict[str, Any]]:
    """Every entry, oldest first, read in batches by id (never the whole table at once)."""
    after = 0
    while True:
        rows = list(
            AuditEntry.select().where(AuditEntry.id > after).order_by(AuditEntry.id).limit(batch)
        )
        yield from (_entry(row) for row in rows)
        if len(rows) < batch:
            return
        after = rows[-1].id


def _entry(row: AuditEntry) -> dict[str, Any]:
    return {
        "id": row.id,
        "at": row.at.isoformat() + "Z",
        "actor": row.actor,
        "role": row.role,
        "action": row.action,
        "target_kind": row.target_kind,
        "target_ids": json.loads(row.target_ids),
        "request_id": row.request_id,
    }


def page(before: int | None = None, limit: int = 50) -> tuple[list[dict[str, Any]], int | None]:
    """Newest first, `limit` entries with ids below `before`; and the cursor for the next
    page (None on the last)."""
    query = AuditEntry.select().order_by(AuditEntry.id.desc()).limit(limit + 1)
    if before is not None:
        query = query.where(AuditEntry.id < before)
    rows = [_entry(row) for row in query]
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (rows[-1]["id"] if more else None)
