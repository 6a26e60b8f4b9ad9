"""One memory folded into another of the same caller, which says the same thing: the kept
memory takes over the other's provenance (one row per call), its links (none to itself, none
twice) and whatever it superseded, then the other is deleted with its embeddings. Used when a
guest is merged into a known caller (omem.merge) and by consolidation (omem.memory.
consolidate). Call inside the write transaction of the change.

What may be folded: the same words, or vectors at least a threshold alike; but never two
values of one data-collection field ("Move date: 2026-04-01." and "Move date: 2026-04-08."
embed almost alike and are two values, not one fact).
"""

from __future__ import annotations

import datetime as dt
import re

from peewee import fn

from omem.memory.store import reinforce
from omem.models import ConversationMemory
from omem.models import Memory
from omem.models import MemoryLink

# A data-collection value is stored as "<Field>: <value>." (omem.memory.extract).
_FIELD = re.compile(r"^([^:.!?]{1,60}): ")


def same_words(text: str) -> str:
    return " ".join(text.casefold().split())


def field_of(text: str) -> str | None:
    match = _FIELD.match(text)
    return match.group(1).casefold() if match else None


def other_values(a: str, b: str) -> bool:
    """Whether `a` and `b` are two values of one field (never one fact, however alike)."""
    field = field_of(a)
    return field is not None and field == field_of(b) and same_words(a) != same_words(b)


def repoint_links(duplicate: int, kept: int) -> int:
    """The duplicate's links become `kept`'s, except those `kept` already has and those
    that would link it to itself; returns how many moved."""
    moved = 0
    for column, other in (
        (MemoryLink.source, MemoryLink.target),
        (MemoryLink.target, MemoryLink.source),
    ):
        already = MemoryLink.select(other).where(column == kept)
        MemoryLink.delete().where(
            (column == duplicate) & ((other == kept) | other.in_(already))
        ).execute()
        moved += MemoryLink.update({column: kept}).where(column == duplicate).execute()
    return moved


def fold(duplicate: int, kept: int, now: dt.datetime, *, said_again: bool) -> int:
    """Fold `duplicate` into `kept`; returns how many links moved. `said_again` (a guest's
    memory the known caller already had): `kept` is reinforced, as a fact repeated in a call
    would be. Otherwise (consolidation: one fact stored twice) `kept` keeps the higher
    salience of the two, the later reinforcement and the caller-asked mark of either."""
    if said_again:
        reinforce(kept, now)
    else:
        twin = Memory.get_by_id(duplicate)
        twin_base = twin.base_salience if twin.base_salience is not None else twin.salience
        Memory.update(
            salience=fn.MAX(Memory.salience, twin.salience),
            base_salience=fn.MAX(fn.COALESCE(Memory.base_salience, Memory.salience), twin_base),
            reinforced_at=fn.MAX(
                fn.COALESCE(Memory.reinforced_at, Memory.created_at),
                twin.reinforced_at or twin.created_at,
            ),
            caller_asked=Memory.caller_asked | twin.caller_asked,
            updated_at=now,
            version=Memory.version + 1,
        ).where(Memory.id == kept).execute()
    taken = ConversationMemory.select(ConversationMemory.conversation).where(
        ConversationMemory.memory == kept
    )
    ConversationMemory.delete().where(
        (ConversationMemory.memory == duplicate) & ConversationMemory.conversation.in_(taken)
    ).execute()
    ConversationMemory.update(memory=kept).where(ConversationMemory.memory == duplicate).execute()
    Memory.update(superseded_by=kept).where(Memory.superseded_by == duplicate).execute()
    moved = repoint_links(duplicate, kept)
    Memory.delete().where(Memory.id == duplicate).execute()  # its embeddings go with it
    return moved
