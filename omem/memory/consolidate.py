"""Consolidation (lifecycle job `consolidate`): memories of one caller stored twice are merged.

Storing already reinforces a near-twin instead of adding it, so twins come from what storing
cannot see: a memory-store racing the worker on the same fact, an operator's edit, a re-embed
with another model, a threshold lowered since. For each caller whose memories changed since
their last consolidation (`users.consolidated_version`), the active memories whose stored
vectors (of the configured model) are at least `consolidate_threshold` alike form groups; in
each, the memory with the highest salience (the oldest on a tie) is kept and the others are
folded into it (omem.memory.fold: every provenance row and link moves to it, it keeps the
highest salience). Two values of one data-collection field are never merged. Only the same
caller's memories are compared. Then the caller's patterns (omem.memory.patterns, drafted
before the batch's transaction by `prepare_batch`) are saved.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import numpy as np

from omem.config import Settings
from omem.embeddings import get_embedder
from omem.lifecycle import Batch
from omem.lifecycle import BatchFn
from omem.memory.fold import fold
from omem.memory.fold import other_values
from omem.memory.index import bump_version
from omem.memory.patterns import Drafted
from omem.memory.patterns import Saved
from omem.memory.patterns import draft_patterns
from omem.memory.patterns import pattern_memories
from omem.memory.patterns import save_patterns
from omem.models import Memory
from omem.models import MemoryEmbedding
from omem.models import User

CHUNK = 1024  # rows compared at once: CHUNK x memories floats in memory, never memories²


def callers_per_batch(settings: Settings) -> int:
    """Callers per transaction: a caller's comparison holds the write lock while it runs."""
    return max(1, settings.lifecycle_batch // 100)


def prepare_batch(after_id: int, limit: int, now: dt.datetime, settings: Settings) -> BatchFn:
    """Before the batch's transaction: draft the patterns of the callers it will read (LLM
    and embedder calls never hold the write lock); returns the batch that saves them."""
    due = [
        (user_id, version)
        for user_id, version, done in _callers(after_id, limit)
        if version != done
    ]
    return functools.partial(consolidate_batch, drafted=draft_patterns(due, settings))


def consolidate_batch(
    after_id: int, limit: int, now: dt.datetime, settings: Settings, drafted: Drafted | None = None
) -> Batch:
    """Consolidate the next `limit` callers with an id above `after_id` whose memories changed
    since they were last consolidated: merge their twins, then save the patterns `drafted`
    for them (none without it). A caller whose memories changed since they were drafted
    stays due. Call inside the write transaction that also records the cursor."""
    rows = _callers(after_id, limit)
    batch = Batch(
        rows[-1][0] if rows else after_id,
        len(rows),
        {"merged": 0, "patterns": 0, "patterns_updated": 0},
    )
    model = get_embedder(settings).model
    for user_id, version, consolidated in rows:
        if version == consolidated:
            continue
        merged = _consolidate(user_id, model, settings.consolidate_threshold, now)
        saved = (
            Saved() if drafted is None else save_patterns(drafted, user_id, version, model, now)
        )
        created, updated = (saved.created, saved.updated) if saved is not None else (0, 0)
        if merged or created or updated:
            bump_version(user_id)
            batch.counts["merged"] += merged
            batch.counts["patterns"] += created
            batch.counts["patterns_updated"] += updated
            batch.users.add(user_id)
        if saved is None:
            continue  # changed since its patterns were drafted: the next run drafts them again
        current = User.select(User.memory_version).where(User.id == user_id).scalar()
        User.update(consolidated_version=current).where(User.id == user_id).execute()
    return batch


def _callers(after_id: int, limit: int) -> list[tuple[int, int, int]]:
    """(id, memory_version, consolidated_version) of the next `limit` callers."""
    rows: Any = (
        User.select(User.id, User.memory_version, User.consolidated_version)
        .where(User.id > after_id)
        .order_by(User.id)
        .limit(limit)
        .tuples()
    )
    return list(rows)


def _consolidate(user_id: int, model: str, threshold: float, now: dt.datetime) -> int:
    """Merge the caller's twins; returns how many memories were folded into another."""
    rows: Any = (
        MemoryEmbedding.select(MemoryEmbedding.memory, MemoryEmbedding.vector, Memory.salience)
        .join(Memory)
        .where(
            (Memory.user == user_id)
            & (Memory.state == "active")
            & (MemoryEmbedding.model == model)
            # A pattern memory quotes one of its episodes: alike, yet not the same memory.
            & Memory.id.not_in(pattern_memories(user_id))
        )
        .order_by(MemoryEmbedding.memory)
        .tuples()
    )
    rows = list(rows)
    if len(rows) < 2:
        return 0
    ids = [int(r[0]) for r in rows]
    salience = [float(r[2]) for r in rows]
    matrix = np.vstack([np.frombuffer(r[1], dtype="<f4") for r in rows])
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix = matrix / np.clip(norms, 1e-12, None)
    parent = list(range(len(ids)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    pairs: list[tuple[int, int]] = []
    for start in range(0, len(ids), CHUNK):
        similar = matrix[start : start + CHUNK] @ matrix.T
        for a, b in zip(*np.nonzero(similar >= threshold), strict=True):
            i, j = start + int(a), int(b)
            if i < j:
                pairs.append((i, j))
    if not pairs:
        return 0
    texts = {
        m.id: m.content
        for m in Memory.select(Memory.id, Memory.content).where(
            Memory.id.in_(sorted({ids[i] for pair in pairs for i in pair}))
        )
    }
    for i, j in pairs:
        if not other_values(texts[ids[i]], texts[ids[j]]):
            parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(ids)):
        groups.setdefault(root(i), []).append(i)
    merged = 0
    for members in groups.values():
        if len(members) < 2:
            continue
        kept = max(members, key=lambda i: (salience[i], -ids[i]))
        for i in members:
            if i != kept:
                fold(ids[i], ids[kept], now, said_again=False)
                merged += 1
    return merged
