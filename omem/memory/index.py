"""A user's active memories as arrays, cached per process: the embedding matrix, salience,
recency, link weights and the BM25 index. Reloaded only when `users.memory_version` moved,
so a query never re-reads blobs. Always scoped to one user and one embedding model.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field
from typing import cast

import numpy as np
from peewee import JOIN

from omem.memory.keywords import KeywordIndex
from omem.models import ConversationMemory
from omem.models import Memory
from omem.models import MemoryEmbedding
from omem.models import MemoryLink
from omem.models import User

MAX_USERS = 256  # user indexes kept per process (LRU)


@dataclass
class UserIndex:
    user_id: int
    version: int
    model: str
    ids: np.ndarray  # memory ids, int64
    matrix: np.ndarray  # (n, dim) float32, unit rows; zero rows where no vector of `model`
    salience: np.ndarray
    accessed: np.ndarray  # last_accessed_at as unix seconds (float64)
    link_mean: np.ndarray
    sectors: list[str]
    contents: list[str]
    occurred: list[dt.datetime]
    conversations: list[str]
    turns: list[tuple[int, ...]]
    links: dict[int, list[tuple[int, float]]]  # row -> [(row, weight)] strongest first
    keywords: KeywordIndex
    position: dict[int, int] = field(default_factory=dict)  # memory id -> row

    @property
    def size(self) -> int:
        return len(self.ids)


def _epoch(moment: dt.datetime) -> float:
    return moment.replace(tzinfo=dt.UTC).timestamp()


def load_index(user_id: int, model: str, dimension: int, version: int) -> UserIndex:
    """Read the user's active memories with their vectors, provenance and links (4 queries)."""
    rows = list(
        Memory.select(Memory, MemoryEmbedding.vector, MemoryEmbedding.dimension)
        .join(
            MemoryEmbedding,
            JOIN.LEFT_OUTER,
            on=(MemoryEmbedding.memory == Memory.id) & (MemoryEmbedding.model == model),
        )
        .where((Memory.user == user_id) & (Memory.state == "active"))
        .order_by(Memory.id)
        .objects()
    )
    count = len(rows)
    matrix = np.zeros((count, dimension), dtype=np.float32)
    for row_index, row in enumerate(rows):
        vector, size = getattr(row, "vector", None), getattr(row, "dimension", None)
        if vector is not None and size == dimension:
            matrix[row_index] = np.frombuffer(vector, dtype="<f4")
    ids = np.fromiter((r.id for r in rows), dtype=np.int64, count=count)
    position = {int(memory_id): i for i, memory_id in enumerate(ids)}
    turns: dict[int, tuple[int, ...]] = {}
    provenance = (
        ConversationMemory.select(ConversationMemory.memory, ConversationMemory.source_turns)
        .join(Memory)
        .where((Memory.user == user_id) & (Memory.state == "active"))
        .tuples()
    )
    for memory_id, turn_list in cast(Iterable[tuple[int, str]], provenance):
        turns.setdefault(memory_id, tuple(json.loads(turn_list)))
    links: dict[int, list[tuple[int, float]]] = {}
    link_mean = np.zeros(count, dtype=np.float32)
    link_rows = (
        MemoryLink.select(MemoryLink.source, MemoryLink.target, MemoryLink.weight)
        .join(Memory, on=(MemoryLink.source == Memory.id))
        .where((Memory.user == user_id) & (Memory.state == "active"))
        .order_by(MemoryLink.source, MemoryLink.weight.desc())
        .tuples()
    )
    for source, target, weight in cast(Iterable[tuple[int, int, float]], link_rows):
        if source in position and target in position:
            links.setdefault(position[source], []).append((position[target], float(weight)))
    for row_index, linked in links.items():
        link_mean[row_index] = float(np.mean([w for _, w in linked]))
    return UserIndex(
        user_id=user_id,
        version=version,
        model=model,
        ids=ids,
        matrix=matrix,
        salience=np.fromiter((r.salience for r in rows), dtype=np.float32, count=count),
        accessed=np.fromiter(
            (_epoch(r.last_accessed_at) for r in rows), dtype=np.float64, count=count
        ),
        link_mean=link_mean,
        sectors=[r.sector for r in rows],
        contents=[r.content for r in rows],
        occurred=[r.occurred_at for r in rows],
        conversations=[r.conversation_ref for r in rows],
        turns=[turns.get(r.id, ()) for r in rows],
        links=links,
        keywords=KeywordIndex([f"{r.content} {r.context}" for r in rows]),
        position=position,
    )


class IndexCache:
    """Per-process LRU of user indexes, checked against the stored version on every use."""

    def __init__(self, size: int = MAX_USERS) -> None:
        self._size = size
        self._items: OrderedDict[tuple[int, str], UserIndex] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, user_id: int, model: str, dimension: int) -> UserIndex:
        version = User.select(User.memory_version).where(User.id == user_id).scalar() or 0
        key = (user_id, model)
        with self._lock:
            cached = self._items.get(key)
            if cached is not None and cached.version == version:
                self._items.move_to_end(key)
                return cached
        fresh = load_index(user_id, model, dimension, version)
        with self._lock:
            self._items[key] = fresh
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return fresh

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


indexes = IndexCache()


def bump_version(user_id: int) -> None:
    """Call inside the write transaction that changed the user's memories."""
    User.update(memory_version=User.memory_version + 1).where(User.id == user_id).execute()
