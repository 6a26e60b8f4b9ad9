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
        for row in rows:
            yield {
                "id": row.id,
                "at": row.at.isoformat() + "Z",
                "actor": row.actor,
                "role": row.role,
                "action": row.action,
                "target_kind": row.target_kind,
                "target_ids": json.loads(row.target_ids),
                "request_id": row.request_id,
            }
        if len(rows) < batch:
            return
        after = rows[-1].id
