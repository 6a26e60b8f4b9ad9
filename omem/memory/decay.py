"""Salience that fades unless the caller says it again, and archival of what has faded.

A memory's salience is `base_salience x 2^(-days since reinforced_at / half-life)`, the
half-life chosen by sector (HALF_LIFE_DAYS), never below the floor for what the caller asked
omem to remember. It is a function of time, not a step: a pass run twice, or resumed after a
kill, writes the same values. Reinforcement (the caller says a fact again) restarts the clock
from the raised salience (omem.memory.store.reinforce).

Half-lives, in days, and why:
- episodic 90: what happened on a call ("the engineer came on Tuesday") matters for weeks;
- reflective 180: the caller's views of themselves change slowly;
- emotional 365 and procedural 365: how the caller feels about something (a fear, a
  grievance) and how they want things done (call after five, email not post) stay true
  until they say otherwise, which supersession handles, not decay;
- semantic 730: facts about the caller (family, pets, address) rarely stop being true.

A memory is archived (out of memory-query, kept) when it has not been reinforced for
`archive_after_days` and its salience is under `archive_below`; saying it again brings it
back (store.save_memories). Memories the caller asked to store are never archived.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import cast

from omem.config import Settings
from omem.lifecycle import Batch
from omem.memory.index import bump_version
from omem.models import Memory

# id, user, sector, salience, base_salience, reinforced_at, created_at, caller_asked
_Row = tuple[int, int, str, float, float | None, dt.datetime | None, dt.datetime, bool]
HALF_LIFE_DAYS = {
    "episodic": 90.0,
    "reflective": 180.0,
    "emotional": 365.0,
    "procedural": 365.0,
    "semantic": 730.0,
}
# Smaller changes wait for a later pass: every write makes workers reload the row.
MIN_CHANGE = 0.01


def decayed(
    base: float,
    reinforced_at: dt.datetime,
    sector: str,
    now: dt.datetime,
    floor: float = 0.0,
) -> float:
    """The salience `base` has faded to at `now` (4 decimals, never under `floor`, never
    more than `base`)."""
    days = max(0.0, (now - reinforced_at).total_seconds() / 86_400)
    value = base * math.exp2(-days / HALF_LIFE_DAYS[sector])
    return round(min(base, max(floor, value)), 4)


def decay_batch(after_id: int, limit: int, now: dt.datetime, settings: Settings) -> Batch:
    """Decay, then archive what has faded, for the next `limit` active memories with an id
    above `after_id`. Call inside the write transaction that also records the cursor."""
    query = (
        Memory.select(
            Memory.id,
            Memory.user,
            Memory.sector,
            Memory.salience,
            Memory.base_salience,
            Memory.reinforced_at,
            Memory.created_at,
            Memory.caller_asked,
        )
        .where((Memory.id > after_id) & (Memory.state == "active"))
        .order_by(Memory.id)
        .limit(limit)
        .tuples()
    )
    rows = cast(list[_Row], list(query))
    done = Batch(rows[-1][0] if rows else after_id, len(rows), {"decayed": 0, "archived": 0})
    stale = now - dt.timedelta(days=settings.archive_after_days)
    touched: set[int] = set()
    for memory_id, user_id, sector, salience, base, since, created, asked in rows:
        # A row written without the lifecycle columns starts its clock here, once.
        start: dict[str, object] = {}
        if base is None or since is None:
            base = salience if base is None else base
            since = since or created
            start = {"base_salience": base, "reinforced_at": since}
        floor = settings.salience_floor if asked else 0.0
        value = decayed(base, since, sector, now, floor)
        changes: dict[str, object] = dict(start)
        if not asked and since < stale and value < settings.archive_below:
            changes.update(state="archived", salience=value)
            done.counts["archived"] += 1
        elif abs(value - salience) >= MIN_CHANGE:
            changes.update(salience=value)
            done.counts["decayed"] += 1
        if not changes:
            continue
        Memory.update(**changes, version=Memory.version + 1).where(
            Memory.id == memory_id
        ).execute()
        touched.add(user_id)
    for user_id in sorted(touched):
        bump_version(user_id)
    done.users = touched
    return done
