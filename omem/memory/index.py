"""A user's active memories as arrays, cached per process: the embedding matrix, salience,
recency and the BM25 index. Reloaded only when `users.memory_version` moved,
so a query never re-reads blobs. Always scoped to one user and one embedding model.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import Counter
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from typing import Any

import numpy as np
from peewee import Query
from peewee import fn

from omem.db import db
from omem.memory.keywords import KeywordIndex
from omem.memory.keywords import tokenize
from omem.models import SECTORS
from omem.models import ConversationMemory
from omem.models import Memory
from omem.models import MemoryEmbedding
from omem.models import User

MAX_USERS = 256  # user indexes kept per process (LRU)
_CODE = {sector: code for code, sector in enumerate(SECTORS)}
# A memory is one sentence of a caller's turn; the turn holds the topic the sentence
# leaves implicit ("he came last Thursday" after "how did the technician visit go").
# 0.4-0.8 measured alike in bench.retrieval_quality; 0 is the sentence alone.
TURN_WEIGHT = 0.5


@dataclass
class UserIndex:
    user_id: int
    version: int
    model: str
    ids: np.ndarray  # memory ids, int64
    matrix: np.ndarray  # (n, dim) float32, unit rows; zero rows where no vector of `model`
    # What queries are compared with: each row its memory's vector blended with its turn's
    # (TURN_WEIGHT), re-normalised; the memory's own where it has no turn vector.
    search: np.ndarray
    salience: np.ndarray
    accessed: np.ndarray  # last_accessed_at as unix seconds (float64)
    sectors: list[str]
    sector_codes: np.ndarray  # each row's sector as its position in SECTORS (int8)
    contents: list[str]
    occurred: list[dt.datetime]
    occurred_epoch: np.ndarray  # the same as unix seconds (float64)
    conversations: list[str]
    turns: list[tuple[int, ...]]
    keywords: KeywordIndex
    tokens: list[Counter[str]]  # keyword tokens of each row (kept for the next reload)
    embedded: np.ndarray  # bool: the row has a vector of `model`
    keys: list[int]  # hash of what a row's vector, tokens and date derive from
    position: dict[int, int] = field(default_factory=dict)  # memory id -> row

    @property
    def size(self) -> int:
        return len(self.ids)


_JULIAN_UNIX_EPOCH = 2440587.5  # julianday('1970-01-01')
_IN_CHUNK = 500  # ids per IN (...) when fetching a few rows by id


def _raw(query: Query) -> list[tuple[Any, ...]]:
    """Run a Peewee-built (parameterised) query on the raw cursor: plain tuples, none of the
    per-field conversions that cost more than the query itself for 10,000 rows."""
    sql, params = query.sql()
    return list(db.execute_sql(sql, params).fetchall())


def _text(stored: str) -> str:
    """A raw encrypted column's plaintext (the raw cursor bypasses the field's decryption)."""
    return str(Memory.content.python_value(stored))


def _epoch_of(column: Any) -> Any:
    return (fn.julianday(column) - _JULIAN_UNIX_EPOCH) * 86_400.0


def _by_ids(make: Callable[[list[int]], Query], ids: list[int]) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for start in range(0, len(ids), _IN_CHUNK):
        rows += _raw(make(ids[start : start + _IN_CHUNK]))
    return rows


def _new_rows(
    user_id: int, model: str, new_ids: list[int], everything: bool
) -> tuple[dict[int, tuple[bytes, bytes | None]], dict[int, tuple[int, ...]]]:
    """Vectors (of `model`) and source turns of the memories the previous index lacked."""
    active = (Memory.user == user_id) & (Memory.state == "active")
    if everything:
        vectors = _raw(
            MemoryEmbedding.select(
                MemoryEmbedding.memory, MemoryEmbedding.vector, MemoryEmbedding.turn_vector
            )
            .join(Memory)
            .where(active & (MemoryEmbedding.model == model))
        )
        provenance = _raw(
            ConversationMemory.select(ConversationMemory.memory, ConversationMemory.source_turns)
            .join(Memory)
            .where(active)
        )
    else:
        vectors = _by_ids(
            lambda chunk: MemoryEmbedding.select(
                MemoryEmbedding.memory, MemoryEmbedding.vector, MemoryEmbedding.turn_vector
            ).where((MemoryEmbedding.memory.in_(chunk)) & (MemoryEmbedding.model == model)),
            new_ids,
        )
        provenance = _by_ids(
            lambda chunk: ConversationMemory.select(
                ConversationMemory.memory, ConversationMemory.source_turns
            ).where(ConversationMemory.memory.in_(chunk)),
            new_ids,
        )
    turns: dict[int, tuple[int, ...]] = {}
    for memory_id, turn_list in provenance:
        turns.setdefault(memory_id, tuple(json.loads(turn_list)))
    return {memory_id: (vector, turn) for memory_id, vector, turn in vectors}, turns


def _blend(vector: np.ndarray, turn: bytes | None, dimension: int) -> np.ndarray:
    if turn is None or len(turn) != 4 * dimension:
        return vector
    mixed = vector + TURN_WEIGHT * np.frombuffer(turn, dtype="<f4")
    norm = float(np.linalg.norm(mixed))
    return mixed / norm if norm > 0 else vector


def load_index(
    user_id: int, model: str, dimension: int, version: int, previous: UserIndex | None = None
) -> UserIndex:
    """Read the user's active memories with their vectors and provenance (links do not rank:
    they stay for the console and the lifecycle).

    With `previous` (an older index of the same user and model), what never changes for a
    memory — its vector, source turns, date, decrypted text and keyword tokens — comes from it,
    and only memories it lacks are read in full and decrypted: after a call adds a few
    memories to 10,000, the reload reads scalars, not 10,000 blobs and tokens.
    """
    rows = _raw(
        Memory.select(
            Memory.id,
            Memory.salience,
            _epoch_of(Memory.last_accessed_at),
            Memory.sector,
            Memory.conversation_ref,
            Memory.occurred_at,
            Memory.content,
            Memory.context,
        )
        .where((Memory.user == user_id) & (Memory.state == "active"))
        .order_by(Memory.id)
    )
    count = len(rows)
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=count)
    position = {int(memory_id): i for i, memory_id in enumerate(ids)}
    known: dict[int, int] = {}
    if previous is not None and previous.model == model and previous.matrix.shape[1] == dimension:
        # A row that had no vector then may have one now (re-embedding): read it again.
        known = {i: row for i, row in previous.position.items() if previous.embedded[row]}
    # Ids are not identities across database files (a reset, a test): the stored text (as
    # encrypted; a new token after re-encryption means reading the row again) must match too.
    keys = [hash((r[4], r[5], r[6], r[7])) for r in rows]
    reuse: dict[int, int] = {}
    if previous is not None:
        for row_index, row in enumerate(rows):
            old = known.get(row[0])
            if old is not None and previous.keys[old] == keys[row_index]:
                reuse[row_index] = old
    new_ids = [int(r[0]) for i, r in enumerate(rows) if i not in reuse]
    vectors, new_turns = _new_rows(user_id, model, new_ids, everything=not known)

    matrix = np.zeros((count, dimension), dtype=np.float32)
    search = np.zeros((count, dimension), dtype=np.float32)
    embedded = np.zeros(count, dtype=bool)
    turns: list[tuple[int, ...]] = []
    occurred: list[dt.datetime] = []
    tokens: list[Counter[str]] = []
    contents: list[str] = []
    old_rows: list[int] = []
    old_positions: list[int] = []
    for row_index, row in enumerate(rows):
        memory_id = row[0]
        old = reuse.get(row_index)
        if old is not None and previous is not None:
            old_rows.append(row_index)
            old_positions.append(old)
            turns.append(previous.turns[old])
            occurred.append(previous.occurred[old])
            tokens.append(previous.tokens[old])
            contents.append(previous.contents[old])
            continue
        stored = vectors.get(memory_id)
        if stored is not None and len(stored[0]) == 4 * dimension:
            matrix[row_index] = np.frombuffer(stored[0], dtype="<f4")
            search[row_index] = _blend(matrix[row_index], stored[1], dimension)
            embedded[row_index] = True
        turns.append(new_turns.get(memory_id, ()))
        occurred.append(dt.datetime.fromisoformat(row[5]))
        content, context = _text(row[6]), _text(row[7])
        contents.append(content)
        tokens.append(Counter(tokenize(f"{content} {context}")))
    if old_rows and previous is not None:
        matrix[old_rows] = previous.matrix[old_positions]
        search[old_rows] = previous.search[old_positions]
        embedded[old_rows] = True

    return UserIndex(
        user_id=user_id,
        version=version,
        model=model,
        ids=ids,
        matrix=matrix,
        search=search,
        salience=np.fromiter((r[1] for r in rows), dtype=np.float32, count=count),
        accessed=np.fromiter((r[2] for r in rows), dtype=np.float64, count=count),
        sectors=[r[3] for r in rows],
        sector_codes=np.fromiter((_CODE.get(r[3], -1) for r in rows), dtype=np.int8, count=count),
        contents=contents,
        occurred=occurred,
        occurred_epoch=np.fromiter(
            (o.replace(tzinfo=dt.UTC).timestamp() for o in occurred), dtype=np.float64, count=count
        ),
        conversations=[r[4] for r in rows],
        turns=turns,
        keywords=KeywordIndex.from_counts(tokens),
        tokens=tokens,
        embedded=embedded,
        keys=keys,
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
        fresh = load_index(user_id, model, dimension, version, previous=cached)
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


def sector_mask(index: UserIndex, sectors: frozenset[str] | str) -> np.ndarray:
    """Rows whose sector is one of `sectors` (a bool array; no loop over rows)."""
    wanted = [_CODE[s] for s in ([sectors] if isinstance(sectors, str) else sectors) if s in _CODE]
    return np.isin(index.sector_codes, wanted)


def bump_version(user_id: int) -> None:
    """Call inside the write transaction that changed the user's memories."""
    User.update(memory_version=User.memory_version + 1).where(User.id == user_id).execute()
