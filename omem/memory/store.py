"""Storing memories: deduplication (reinforce a near-twin instead of adding it), automatic
links, provenance — a call's memories, embeddings, links and provenance in one transaction.

Embedding happens before the transaction (no model inference while holding the write lock).
Everything is scoped to one user.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from peewee import JOIN

from omem.clock import utcnow
from omem.config import Settings
from omem.db import write
from omem.embeddings import Embedder
from omem.embeddings import as_blob
from omem.memory.extract import Extracted
from omem.memory.index import bump_version
from omem.memory.index import indexes
from omem.models import ConversationMemory
from omem.models import Memory
from omem.models import MemoryEmbedding
from omem.models import MemoryLink

MAX_LINKS = 5


@dataclass(frozen=True)
class Saved:
    created: list[int]
    reinforced: list[int]


def _reinforce(memory_id: int, now: dt.datetime) -> None:
    Memory.update(
        salience=Memory.salience + (1 - Memory.salience) * 0.2,
        last_accessed_at=now,
        updated_at=now,
        version=Memory.version + 1,
    ).where(Memory.id == memory_id).execute()


def save_memories(
    user_id: int,
    items: Sequence[Extracted],
    embedder: Embedder,
    settings: Settings,
    *,
    occurred_at: dt.datetime,
    conversation_ref: str = "",
    conversation_pk: int | None = None,
    extraction_type: str = "auto",
    now: dt.datetime | None = None,
) -> Saved:
    """Embed, then in one transaction: reinforce near-duplicates (cosine >= dedupe threshold)
    or insert memory + embedding + provenance, and link each new memory to the user's
    memories with cosine > link threshold (top 5, both directions)."""
    now = now or utcnow()
    if not items:
        return Saved([], [])
    vectors = embedder.embed([item.content for item in items])
    index = indexes.get(user_id, embedder.model, embedder.dimension)
    known_ids = list(index.ids)
    known = index.matrix
    created: list[int] = []
    reinforced: list[int] = []
    with write():
        for item, vector in zip(items, vectors, strict=True):
            similarity = known @ vector if len(known_ids) else np.zeros(0, dtype=np.float32)
            best = int(np.argmax(similarity)) if len(known_ids) else -1
            if best >= 0 and similarity[best] >= settings.dedupe_threshold:
                twin = int(known_ids[best])
                _reinforce(twin, now)
                _add_provenance(conversation_pk, twin, item, extraction_type)
                reinforced.append(twin)
                continue
            memory = Memory.create(
                user=user_id,
                content=item.content,
                context=item.context,
                conversation_ref=conversation_ref,
                sector=item.sector,
                salience=min(1.0, max(0.0, item.salience)),
                occurred_at=occurred_at,
                last_accessed_at=now,
                created_at=now,
                updated_at=now,
            )
            MemoryEmbedding.create(
                memory=memory.id,
                model=embedder.model,
                dimension=embedder.dimension,
                vector=as_blob(vector),
                created_at=now,
            )
            _add_provenance(conversation_pk, memory.id, item, extraction_type)
            _link(memory.id, similarity, known_ids, settings.link_threshold, now)
            known_ids.append(memory.id)
            known = np.vstack([known, vector[None, :]]) if len(known) else vector[None, :]
            created.append(memory.id)
        bump_version(user_id)
    return Saved(created, reinforced)


def _add_provenance(
    conversation_pk: int | None, memory_id: int, item: Extracted, extraction_type: str
) -> None:
    if conversation_pk is None:
        return
    ConversationMemory.insert(
        conversation=conversation_pk,
        memory=memory_id,
        extraction_type=extraction_type,
        confidence=item.confidence,
        source_turns=json.dumps(list(item.source_turns)),
    ).on_conflict_ignore().execute()


def _link(
    memory_id: int,
    similarity: np.ndarray,
    known_ids: Sequence[int],
    threshold: float,
    now: dt.datetime,
) -> None:
    if not len(similarity):
        return
    top = np.argsort(-similarity)[:MAX_LINKS]
    rows = []
    for position in top:
        weight = float(similarity[position])
        if weight <= threshold:
            break
        other = int(known_ids[position])
        rows.append({"source": memory_id, "target": other, "weight": weight, "created_at": now})
        rows.append({"source": other, "target": memory_id, "weight": weight, "created_at": now})
    if rows:
        MemoryLink.insert_many(rows).on_conflict_ignore().execute()
    for row in rows[1::2]:  # the older memories got a new link: keep only their top 5
        source = row["source"]
        keep = (
            MemoryLink.select(MemoryLink.id)
            .where(MemoryLink.source == source)
            .order_by(MemoryLink.weight.desc())
            .limit(MAX_LINKS)
        )
        MemoryLink.delete().where(
            (MemoryLink.source == source) & MemoryLink.id.not_in(keep)
        ).execute()


def reembed(embedder: Embedder, batch: int = 256) -> int:
    """Give every memory a vector from `embedder` (its model and dimension); a query never
    mixes models, so after a change of model this makes old memories findable again."""
    done = 0
    while True:
        missing = list(
            Memory.select(Memory.id, Memory.content, Memory.user)
            .join(
                MemoryEmbedding,
                JOIN.LEFT_OUTER,
                on=(MemoryEmbedding.memory == Memory.id)
                & (MemoryEmbedding.model == embedder.model),
            )
            .where(MemoryEmbedding.id.is_null())
            .order_by(Memory.id)
            .limit(batch)
        )
        if not missing:
            return done
        vectors = embedder.embed([m.content for m in missing])
        now = utcnow()
        with write():
            MemoryEmbedding.insert_many(
                [
                    {
                        "memory": m.id,
                        "model": embedder.model,
                        "dimension": embedder.dimension,
                        "vector": as_blob(v),
                        "created_at": now,
                    }
                    for m, v in zip(missing, vectors, strict=True)
                ]
            ).execute()
            for user_id in {m.__data__["user"] for m in missing}:
                bump_version(user_id)
        done += len(missing)
