"""A user's active memories as arrays, cached per process: the embedding matrix, salience,
dates and the BM25 index. Reloaded only when `users.memory_version` moved, so a query never
re-reads blobs. Always scoped to one user and one embedding model.

A process that has not seen a caller yet maps the caller's index snapshot (written by the
consumer after each change, omem.memory.snapshots) instead of reading and decrypting every
memory: text stays encrypted until a row is returned, keyword tokens are keyed hashes.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
import zlib
from collections import Counter
from collections import OrderedDict
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import Any
from typing import Self
from typing import TypeVar
from typing import overload

import numpy as np
import numpy.ma  # noqa: F401 - np.unique imports it on first use (~18 ms): not in a query
from peewee import Query
from peewee import fn

from omem.db import db
from omem.memory import snapshots
from omem.memory.keywords import KeywordIndex
from omem.memory.keywords import token_hashes
from omem.memory.keywords import tokenize
from omem.memory.kinds import read_slots
from omem.memory.summarised import Told
from omem.memory.summarised import by_summary
from omem.memory.summarised import told
from omem.memory.supersede import slot_hashes
from omem.memory.supersede import slots_of
from omem.memory.supersede import slots_with
from omem.memory.supersede import statements
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
_EPOCH = dt.datetime(1970, 1, 1)
T = TypeVar("T")


class _Rows(Sequence[T]):
    """A read-only view with one value per index row: subclasses give `__len__` and `_at(row)`
    for a row in range; indexing (negative rows, slices) is here once."""

    def _at(self, row: int) -> T:
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    @overload
    def __getitem__(self, row: int) -> T: ...
    @overload
    def __getitem__(self, row: slice) -> list[T]: ...
    def __getitem__(self, row: int | slice) -> T | list[T]:
        if isinstance(row, slice):
            return [self._at(i) for i in range(*row.indices(len(self)))]
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError(row)
        return self._at(row)


class _Ragged(_Rows[T]):
    """Variable-length rows as one flat array of values and each row's end offset (row i is
    values[ends[i-1]:ends[i]]): a mapped snapshot builds no Python object per row, and a
    reload gathers kept rows with numpy instead of a loop."""

    def __init__(self, values: np.ndarray, ends: np.ndarray) -> None:
        self.values = values
        self.ends = ends  # int64

    def _row(self, values: np.ndarray) -> T:
        raise NotImplementedError

    def __len__(self) -> int:
        return len(self.ends)

    def _at(self, row: int) -> T:
        start = int(self.ends[row - 1]) if row else 0
        return self._row(self.values[start : int(self.ends[row])])

    def _bounds(self) -> tuple[np.ndarray, np.ndarray]:
        starts = np.concatenate(([0], self.ends[:-1])).astype(np.int64)
        return starts, self.ends - starts

    @classmethod
    def merged(cls, old: _Ragged[T], taken: np.ndarray, new: _Ragged[T]) -> Self:
        """Row r is `old`'s row taken[r] where that is >= 0, else the next row of `new`."""
        old_starts, old_lengths = old._bounds()
        new_starts, new_lengths = new._bounds()
        from_old = taken >= 0
        starts = np.empty(len(taken), dtype=np.int64)
        lengths = np.empty(len(taken), dtype=np.int64)
        starts[from_old] = old_starts[taken[from_old]]
        lengths[from_old] = old_lengths[taken[from_old]]
        starts[~from_old] = new_starts + len(old.values)
        lengths[~from_old] = new_lengths
        ends = np.cumsum(lengths, dtype=np.int64)
        total = int(ends[-1]) if len(ends) else 0
        positions = np.repeat(starts - (ends - lengths), lengths) + np.arange(total)
        return cls(np.concatenate([old.values, new.values])[positions], ends)


class Strings(_Ragged[str]):
    """Strings as UTF-8 bytes (uint8 values); a row is decoded when it is read."""

    @classmethod
    def of(cls, items: Iterable[str]) -> Strings:
        encoded = [item.encode("utf-8") for item in items]
        ends = np.cumsum([len(e) for e in encoded], dtype=np.int64)
        return cls(np.frombuffer(b"".join(encoded), dtype=np.uint8), ends)

    def _row(self, values: np.ndarray) -> str:
        return values.tobytes().decode("utf-8")


class Turns(_Ragged[tuple[int, ...]]):
    """Each row's source turns (empty for call-level memories), as int32 values."""

    @classmethod
    def of(cls, items: Iterable[tuple[int, ...]]) -> Turns:
        listed = list(items)
        flat = np.fromiter((t for turns in listed for t in turns), dtype=np.int32)
        return cls(flat, np.cumsum([len(t) for t in listed], dtype=np.int64))

    def _row(self, values: np.ndarray) -> tuple[int, ...]:
        return tuple(values.tolist())

    def empty_rows(self) -> np.ndarray:
        """The rows without a source turn (summaries, data collection)."""
        return np.flatnonzero(self._bounds()[1] == 0)


class Slots(_Ragged[tuple[int, ...]]):
    """Each row's slot hashes (omem.memory.supersede.slot_hashes; empty for most rows), as
    uint64 values."""

    @classmethod
    def of(cls, items: Iterable[tuple[int, ...]]) -> Slots:
        listed = list(items)
        flat = np.fromiter((h for hashes in listed for h in hashes), dtype=np.uint64)
        return cls(flat, np.cumsum([len(h) for h in listed], dtype=np.int64))

    def _row(self, values: np.ndarray) -> tuple[int, ...]:
        return tuple(int(v) for v in values)

    def rows_with(self, hashes: frozenset[int]) -> np.ndarray:
        """The rows holding any of `hashes`, in order."""
        if not hashes or not len(self.values):
            return np.zeros(0, dtype=np.int64)
        found = np.flatnonzero(np.isin(self.values, np.fromiter(hashes, dtype=np.uint64)))
        return np.unique(np.searchsorted(self.ends, found, side="right"))


class Texts(_Rows[str]):
    """Memory texts as stored (Fernet tokens when encryption is on), decrypted when a row is
    read and then kept: a query decrypts only what it returns."""

    def __init__(self, stored: Strings, plain: dict[int, str] | None = None) -> None:
        self.stored = stored
        self._plain = plain or {}

    def __len__(self) -> int:
        return len(self.stored)

    def _at(self, row: int) -> str:
        text = self._plain.get(row)
        if text is None:
            text = self._plain[row] = _text(self.stored[row])
        return text

    def decrypted_rows(self) -> list[tuple[int, str]]:
        """The rows decrypted so far, with their text."""
        return list(self._plain.items())


class Moments(_Rows[dt.datetime]):
    """Each row's date (naive UTC) from microseconds since the epoch, made when read."""

    def __init__(self, micros: np.ndarray) -> None:
        self.micros = micros  # int64

    def __len__(self) -> int:
        return len(self.micros)

    def _at(self, row: int) -> dt.datetime:
        return _EPOCH + dt.timedelta(microseconds=int(self.micros[row]))


class Sectors(_Rows[str]):
    """Each row's sector name, from its code (-1, a sector this version does not know: "")."""

    _NAMES = (*SECTORS, "")

    def __init__(self, codes: np.ndarray) -> None:
        self.codes = codes

    def __len__(self) -> int:
        return len(self.codes)

    def _at(self, row: int) -> str:
        return self._NAMES[int(self.codes[row])]


class Positions(Mapping[int, int]):
    """Memory id -> row, by binary search over the ids (ascending, as loaded)."""

    def __init__(self, ids: np.ndarray) -> None:
        self.ids = ids

    def get(self, memory_id: object, default: Any = None) -> Any:
        if not isinstance(memory_id, int | np.integer) or not len(self.ids):
            return default
        row = int(np.searchsorted(self.ids, memory_id))
        if row < len(self.ids) and self.ids[row] == memory_id:
            return row
        return default

    def __getitem__(self, memory_id: int) -> int:
        row = self.get(memory_id)
        if row is None:
            raise KeyError(memory_id)
        return int(row)

    def __contains__(self, memory_id: object) -> bool:
        return self.get(memory_id) is not None

    def __iter__(self) -> Iterator[int]:
        return iter(self.ids.tolist())

    def __len__(self) -> int:
        return len(self.ids)


def micros_of(moment: dt.datetime) -> int:
    """A naive-UTC moment as whole microseconds since the epoch (exact, unlike a float)."""
    delta = moment.replace(tzinfo=None) - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


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
    accessed: np.ndarray  # last_accessed_at as unix seconds (float64); not ranked by
    sector_codes: np.ndarray  # each row's sector as its position in SECTORS (int8)
    contents: Texts
    occurred_us: np.ndarray  # when each memory happened, microseconds since the epoch (int64)
    conversations: Strings
    turns: Turns
    slots: Slots  # which slot of the caller's life each row fills (omem.memory.supersede)
    keywords: KeywordIndex
    languages: frozenset[str]  # of the rows, English aside: a question is stemmed in each
    embedded: np.ndarray  # bool: the row has a vector of `model`
    # Per row, what tells a changed row from the one an older index holds: its stored
    # `version` (every change to a memory bumps it) and `updated_at` (ids repeat across
    # database files). Stable across processes, so a snapshot's rows can be reused.
    keys: np.ndarray  # int64
    sectors: Sectors = field(init=False)
    occurred: Moments = field(init=False)
    occurred_epoch: np.ndarray = field(init=False)  # the same as unix seconds (float64)
    position: Positions = field(init=False)  # memory id -> row
    # (call, turn) -> the ids of the memories that replaced a value said in that turn; read
    # when a question first needs it (replaced_in_turns), never snapshotted
    _replaced_in: dict[tuple[str, int], tuple[int, ...]] | None = field(
        default=None, init=False, repr=False
    )

    def __post_init__(self) -> None:
        # Views over the arrays, nothing per row: mapping a 10,000-row snapshot builds no
        # dict or list (a dict of ids alone took 5 ms of a first query).
        self.sectors = Sectors(self.sector_codes)
        self.occurred = Moments(self.occurred_us)
        self.occurred_epoch = self.occurred_us / 1e6
        self.position = Positions(self.ids)

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


def _row_key(updated_at: str, version: int) -> int:
    return (int(version) << 32) | zlib.crc32(str(updated_at).encode("ascii", "replace"))


def _new_rows(
    user_id: int, model: str, new_ids: list[int], everything: bool, states: tuple[str, ...]
) -> tuple[
    dict[int, tuple[str, str, str, str]],
    dict[int, tuple[bytes, bytes | None]],
    dict[int, tuple[int, ...]],
]:
    """Text, vectors (of `model`) and source turns of the memories the previous index lacked."""
    active = (Memory.user == user_id) & Memory.state.in_(states)
    text_columns = (
        Memory.id,
        Memory.conversation_ref,
        Memory.occurred_at,
        Memory.content,
        Memory.context,
    )
    if everything:
        texts = _raw(Memory.select(*text_columns).where(active))
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
        texts = _by_ids(
            lambda chunk: Memory.select(*text_columns).where(Memory.id.in_(chunk)), new_ids
        )
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
    return (
        {row[0]: row[1:] for row in texts},
        {memory_id: (vector, turn) for memory_id, vector, turn in vectors},
        turns,
    )


def _blend(vector: np.ndarray, turn: bytes | None, dimension: int) -> np.ndarray:
    if turn is None or len(turn) != 4 * dimension:
        return vector
    mixed = vector + TURN_WEIGHT * np.frombuffer(turn, dtype="<f4")
    norm = float(np.linalg.norm(mixed))
    return mixed / norm if norm > 0 else vector


def load_index(
    user_id: int,
    model: str,
    dimension: int,
    version: int,
    previous: UserIndex | None = None,
    states: tuple[str, ...] = ("active",),
) -> UserIndex:
    """Read the user's memories in `states` (active ones, unless asked) with their vectors and
    provenance (links do not rank: they stay for the console and the lifecycle).

    With `previous` (an older index of the same user and model: the process's own, or a
    snapshot), what never changes for a memory — its vector, source turns, date, text and
    keyword tokens — comes from it, and only memories it lacks (or that changed since) are
    read in full and decrypted: after a call adds a few memories to 10,000, the reload reads
    scalars, not 10,000 blobs and texts.
    """
    rows = _raw(
        Memory.select(
            Memory.id,
            Memory.salience,
            _epoch_of(Memory.last_accessed_at),
            Memory.sector,
            Memory.updated_at,
            Memory.version,
            Memory.language,
        )
        .where((Memory.user == user_id) & Memory.state.in_(states))
        .order_by(Memory.id)
    )
    count = len(rows)
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=count)
    keys = np.fromiter((_row_key(r[4], r[5]) for r in rows), dtype=np.int64, count=count)
    usable = (
        previous is not None and previous.model == model and previous.matrix.shape[1] == dimension
    )
    # Per row, the previous index's row it is kept from (-1: read it from the database). A
    # row that had no vector then may have one now (re-embedding): read it again.
    taken = np.full(count, -1, dtype=np.int64)
    if usable and previous is not None and previous.size and count:
        places = np.minimum(np.searchsorted(previous.ids, ids), previous.size - 1)
        same = (
            (previous.ids[places] == ids)
            & (previous.keys[places] == keys)
            & previous.embedded[places]
        )
        taken[same] = places[same]
    kept = np.flatnonzero(taken >= 0)
    fresh_rows = np.flatnonzero(taken < 0)
    texts, vectors, new_turns = _new_rows(
        user_id, model, ids[fresh_rows].tolist(), everything=not len(kept), states=states
    )

    matrix = np.zeros((count, dimension), dtype=np.float32)
    search = np.zeros((count, dimension), dtype=np.float32)
    embedded = np.zeros(count, dtype=bool)
    occurred_us = np.zeros(count, dtype=np.int64)
    turns: list[tuple[int, ...]] = []
    slots: list[tuple[int, ...]] = []
    conversations: list[str] = []
    stored: list[str] = []
    plain: dict[int, str] = {}
    new_counts: list[Counter[str]] = []
    # per new row split from a caller turn: its text, turn, call and what the rules read in it
    # alone, for the row after it from the same turn (supersede.slots_with; store.Before)
    read_alone: dict[int, tuple[str, tuple[int, ...], str, tuple[str, ...]]] = {}
    # per call, its turns' rows that nothing read yet (their place in `slots`, their text): the
    # call's summary, saved after them, may (omem.memory.summarised; as the store reads them)
    unread: dict[str, list[tuple[int, str]]] = {}
    for row in fresh_rows.tolist():
        memory_id = int(ids[row])
        found = texts.get(memory_id)
        if found is None:  # archived or deleted between the two reads: an empty row, never
            turns.append(())  # relevant (no vector, no words); the next query reloads
            slots.append(())
            conversations.append("")
            stored.append("")
            new_counts.append(Counter())
            continue
        ref, occurred_at, content_stored, context_stored = found
        vector = vectors.get(memory_id)
        if vector is not None and len(vector[0]) == 4 * dimension:
            matrix[row] = np.frombuffer(vector[0], dtype="<f4")
            search[row] = _blend(matrix[row], vector[1], dimension)
            embedded[row] = True
        turns.append(new_turns.get(memory_id, ()))
        conversations.append(ref)
        occurred_us[row] = micros_of(dt.datetime.fromisoformat(occurred_at))
        stored.append(content_stored)
        content = plain[row] = _text(content_stored)
        context = _text(context_stored)
        language = rows[row][6]
        rules = slots_of(content, context)
        read = rules
        before = read_alone.get(row - 1)
        if not read and before is not None and before[1:3] == (turns[-1], ref):
            read = slots_with(content, before[0], before[3])  # as the store read it
        if not read and embedded[row]:
            read = read_slots(content, matrix[row], model, language)
        if not read and turns[-1]:
            unread.setdefault(ref, []).append((len(slots), content))
        elif not turns[-1] and ref in unread and (summary := told(content)):
            _read_by_summary(slots, unread.pop(ref), summary)
        slots.append(slot_hashes(read))
        if turns[-1]:
            read_alone[row] = (content, turns[-1], ref, rules)
        new_counts.append(Counter(tokenize(f"{content} {context}", language)))
    if unread and usable and previous is not None:
        # rows read anew whose summary is kept from `previous`: a replaced value's rows, read
        # for a question about the past beside the active index they left
        for old in previous.turns.empty_rows().tolist():
            ref = previous.conversations[old]
            if ref in unread and (summary := told(previous.contents[old])):
                _read_by_summary(slots, unread.pop(ref), summary)
    new_strings, new_conversations, new_turn_rows = (
        Strings.of(stored),
        Strings.of(conversations),
        Turns.of(turns),
    )
    if len(kept) and previous is not None:
        then = taken[kept]
        matrix[kept] = previous.matrix[then]
        search[kept] = previous.search[then]
        embedded[kept] = True
        occurred_us[kept] = previous.occurred_us[then]
        now_of = np.full(previous.size, -1, dtype=np.int64)
        now_of[then] = kept
        for old, text in previous.contents.decrypted_rows():
            if now_of[old] >= 0:
                plain[int(now_of[old])] = text
        contents = Texts(Strings.merged(previous.contents.stored, taken, new_strings), plain)
        conversation_rows = Strings.merged(previous.conversations, taken, new_conversations)
        turn_rows = Turns.merged(previous.turns, taken, new_turn_rows)
        slot_rows = Slots.merged(previous.slots, taken, Slots.of(slots))
        keywords = _keywords(previous, taken, fresh_rows, new_counts)
    else:
        contents = Texts(new_strings, plain)
        conversation_rows, turn_rows = new_conversations, new_turn_rows
        slot_rows = Slots.of(slots)
        keywords = _keywords(None, taken, fresh_rows, new_counts)
    return UserIndex(
        user_id=user_id,
        version=version,
        model=model,
        ids=ids,
        matrix=matrix,
        search=search,
        salience=np.fromiter((r[1] for r in rows), dtype=np.float32, count=count),
        accessed=np.fromiter((r[2] for r in rows), dtype=np.float64, count=count),
        sector_codes=np.fromiter((_CODE.get(r[3], -1) for r in rows), dtype=np.int8, count=count),
        contents=contents,
        occurred_us=occurred_us,
        conversations=conversation_rows,
        turns=turn_rows,
        slots=slot_rows,
        keywords=keywords,
        languages=frozenset(r[6] for r in rows) - {"en"},
        embedded=embedded,
        keys=keys,
    )


def _read_by_summary(
    slots: list[tuple[int, ...]], waiting: list[tuple[int, str]], summary: tuple[Told, ...]
) -> None:
    """Fill the slots of a call's turn rows no rule read (`waiting`: their place in `slots`,
    their text) by what the call's `summary` told (omem.memory.summarised)."""
    for place, text in waiting:
        slots[place] = slot_hashes(by_summary(text, summary))


def _keywords(
    previous: UserIndex | None,
    taken: np.ndarray,
    fresh_rows: np.ndarray,
    new_counts: list[Counter[str]],
) -> KeywordIndex:
    """The BM25 index of the fresh rows' tokens and, for rows kept from `previous` (`taken`),
    its postings renumbered: kept rows are never tokenized again."""
    docs = np.fromiter(
        (row for row, counts in zip(fresh_rows.tolist(), new_counts, strict=True) for _ in counts),
        dtype=np.int32,
    )
    hashes = token_hashes(token for counts in new_counts for token in counts)
    tfs = np.fromiter((n for counts in new_counts for n in counts.values()), dtype=np.float32)
    if previous is not None:
        renumber = np.full(previous.size, -1, dtype=np.int32)
        kept = np.flatnonzero(taken >= 0)
        renumber[taken[kept]] = kept
        old_docs, old_hashes, old_tfs = previous.keywords.postings()
        still = renumber[old_docs] >= 0
        docs = np.concatenate([renumber[old_docs][still], docs])
        hashes = np.concatenate([old_hashes[still], hashes])
        tfs = np.concatenate([old_tfs[still], tfs])
    return KeywordIndex.from_postings(docs, hashes, tfs, len(taken))


_ARRAYS = ("ids", "matrix", "search", "salience", "accessed", "sector_codes", "occurred_us",
           "embedded", "keys")  # fmt: skip


def to_snapshot(index: UserIndex) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """What a snapshot file holds for `index`: a header and its arrays (text as stored,
    keyword tokens as keyed hashes)."""
    arrays = {name: getattr(index, name) for name in _ARRAYS}
    arrays.update(
        text_values=index.contents.stored.values,
        text_ends=index.contents.stored.ends,
        conversation_values=index.conversations.values,
        conversation_ends=index.conversations.ends,
        turn_values=index.turns.values,
        turn_ends=index.turns.ends,
        slot_values=index.slots.values,
        slot_ends=index.slots.ends,
    )
    arrays.update({f"keyword_{k}": v for k, v in index.keywords.arrays().items()})
    header = {
        "user_id": index.user_id,
        "version": index.version,
        "model": index.model,
        "languages": sorted(index.languages),
    }
    return header, arrays


def from_snapshot(header: dict[str, Any], arrays: dict[str, np.ndarray]) -> UserIndex:
    keyword_arrays = {
        k.removeprefix("keyword_"): v for k, v in arrays.items() if k.startswith("keyword_")
    }
    size = len(arrays["ids"])
    return UserIndex(
        user_id=int(header["user_id"]),
        version=int(header["version"]),
        model=str(header["model"]),
        ids=arrays["ids"],
        matrix=arrays["matrix"],
        search=arrays["search"],
        salience=arrays["salience"],
        accessed=arrays["accessed"].copy(),  # memory-query writes it
        sector_codes=arrays["sector_codes"],
        occurred_us=arrays["occurred_us"],
        embedded=arrays["embedded"],
        keys=arrays["keys"],
        contents=Texts(Strings(arrays["text_values"], arrays["text_ends"])),
        conversations=Strings(arrays["conversation_values"], arrays["conversation_ends"]),
        turns=Turns(arrays["turn_values"], arrays["turn_ends"]),
        slots=Slots(arrays["slot_values"], arrays["slot_ends"]),
        keywords=KeywordIndex.from_arrays(size, keyword_arrays),
        languages=frozenset(str(language) for language in header.get("languages", ())),
    )


def _snapshot(user_id: int, model: str, dimension: int) -> UserIndex | None:
    found = snapshots.read(user_id, model)
    if found is None:
        return None
    index = from_snapshot(*found)
    return index if index.matrix.shape[1:] == (dimension,) else None


class IndexCache:
    """Per-process LRU of user indexes, checked against the stored version on every use.

    A user this process has not loaded (or whose index moved on) is taken from their
    snapshot when it is of the current version; otherwise the newer of the process's own
    index and the snapshot is brought up to date (only changed rows are read). A process
    that had to read everything writes the snapshot, so the next process does not."""

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
        stored = snapshots.version_of(user_id, model)
        snapshot = None
        if stored == version or (cached is None and stored is not None and stored < version):
            snapshot = _snapshot(user_id, model, dimension)
        if snapshot is not None and snapshot.version == version:
            fresh = snapshot
        else:
            previous = cached if cached is not None and cached.version < version else snapshot
            fresh = load_index(user_id, model, dimension, version, previous=previous)
            if previous is None:
                snapshots.write(*to_snapshot(fresh))
        self._keep(key, fresh)
        return fresh

    def _keep(self, key: tuple[int, str], index: UserIndex) -> None:
        with self._lock:
            self._items[key] = index
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def with_states(
        self, user_id: int, model: str, dimension: int, states: tuple[str, ...]
    ) -> UserIndex:
        """The user's memories in `states` besides the active ones (archived for
        `include_archived`, superseded for a question about the past): read for this query
        only, the active rows taken from the cached index, so only the others are read."""
        active = self.get(user_id, model, dimension)
        if states == ("active",):
            return active
        return load_index(
            user_id, model, dimension, active.version, previous=active, states=states
        )

    def publish(self, user_id: int, model: str, dimension: int) -> None:
        """Bring the user's snapshot up to their current memories (the consumer calls it
        after each change it makes)."""
        index = self.get(user_id, model, dimension)
        if snapshots.version_of(user_id, model) != index.version:
            snapshots.write(*to_snapshot(index))

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


def joined(index: UserIndex, row: int) -> str:
    """What memory-query returns for a memory: its text, followed by the next memory split
    from the same caller turn when there is one — the words that complete a fact ("Biscuit
    hates the vacuum." + "He hides under the bed.") are often the answer. On the long
    evaluation set this raised answer-token recall@10 from 79.3 to 83.1 and within 270 words
    from 87.3 to 88.8 (evidence recall within 270 words 90.0 -> 89.1: longer items); the whole
    turn cost more words than it added (`bench.retrieval_quality`'s unit diagnostics)."""
    text = index.contents[row]
    following = row + 1
    turns = index.turns[row]
    if (
        turns
        and following < index.size
        and index.turns[following] == turns
        and index.conversations[following] == index.conversations[row]
    ):
        return f"{text} {index.contents[following]}"
    return text


# What continues the sentence before it rather than saying something new: a sentence the
# extractor could only quote ("The caller said every morning, for the pressure." after "I'm on
# 40 mg of lisinopril"), or one that points back at it ("She's a cat with opinions.", "Flask
# of it up the allotment before the caller does owt.").
_CONTINUES = re.compile(
    r"^The caller said (?!the caller\b|they\b)[a-z]|^(?:She|He|It|That|This)\b(?!'s the caller)"
    r"|^(?:Is|Was|Has|Does|Keeps|Makes)\b(?! the caller\b(?!'s))"  # "Is the caller's only hobby."
    r"|\b(?:of|with|without|about|for) (?:it|her|him)\b"
    r"|\b(?:drink|eat|love|like|use|take|drive|check)s? (?:it|her|him)\b"
    # where the value was put: "Their grandson wrote it on the pad by the telephone for them."
    r"|\b(?:wr[io]te|written|noted|put|puts|kept|keeps?|saved?|stuck|pinned) (?:it|that) "
    r"(?:down |up )?(?:on|in|by|under|into)\b"
    # how much of it: "Two cups before the caller speaks to anyone."
    r"|^(?:One|Two|Three|Four|Five|Six|A couple of|Half a|\d+) (?:cups?|mugs?|glasses|pints?|"
    r"shots?|sugars?|spoonfuls?|tablets?|pills?|times)\b"
    # what not to do with it: "Don't go ringing the caller there."
    r"|^(?:Don't|Do not|Never|Please don't) (?!mind\b|worry\b)[^.!?]*\b(?:there|it|that)\b"
)


def continuing(index: UserIndex, row: int) -> list[int]:
    """The rows right after `row` split from the same caller turn that continue it
    (_CONTINUES) and fill no slot of their own."""
    out: list[int] = []
    if not index.turns[row]:
        return out
    following = row + 1
    while (
        following < index.size
        and index.turns[following] == index.turns[row]
        and index.conversations[following] == index.conversations[row]
        and not len(index.slots[following])
        and _CONTINUES.search(index.contents[following])
    ):
        out.append(following)
        following += 1
    return out


def turn_mates(index: UserIndex, row: int) -> list[int]:
    """The other rows split from the caller turn `row` was (none for a call-level memory)."""
    turns, conversation = index.turns[row], index.conversations[row]
    if not turns:
        return []
    out: list[int] = []
    for step in (-1, 1):
        other = row + step
        while (
            0 <= other < index.size
            and index.turns[other] == turns
            and index.conversations[other] == conversation
        ):
            out.append(other)
            other += step
    return out


def replaced_in_turns(index: UserIndex) -> dict[tuple[str, int], tuple[int, ...]]:
    """Per caller turn (its call, its order) that told a value since replaced (state
    superseded), the ids of the memories now holding that value: the end of each chain of
    replacements. One statement, the first time a question of the index's version needs it."""
    if index._replaced_in is None:
        rows = _raw(
            Memory.select(Memory.id, Memory.superseded_by, Memory.conversation_ref).where(
                (Memory.user == index.user_id)
                & (Memory.state == "superseded")
                & Memory.superseded_by.is_null(False)
            )
        )
        by = {int(memory_id): int(later) for memory_id, later, _ in rows}
        provenance = _by_ids(
            lambda chunk: ConversationMemory.select(
                ConversationMemory.memory, ConversationMemory.source_turns
            ).where(ConversationMemory.memory.in_(chunk)),
            list(by),
        )
        turns: dict[int, tuple[int, ...]] = {}
        for memory_id, turn_list in provenance:
            turns.setdefault(memory_id, tuple(json.loads(turn_list)))
        found: dict[tuple[str, int], set[int]] = {}
        for memory_id, _, ref in rows:
            now, seen = by[memory_id], {memory_id}
            while now in by and now not in seen:  # replaced again since
                seen.add(now)
                now = by[now]
            for turn in turns.get(memory_id, ()):
                found.setdefault((ref, turn), set()).add(now)
        index._replaced_in = {key: tuple(sorted(ids)) for key, ids in found.items()}
    return index._replaced_in


# A caller's question alone, the memory split just before a statement read with it
_ONLY_ASKED = re.compile(r'^The caller asked: "[^"]*"$')


def asked_before(index: UserIndex, row: int) -> list[int]:
    """The row right before `row` split from the same caller turn when it is only the caller's
    question and `row` fills its slot only read with it ("Is the coffee on my breakfast order?"
    + "Keep it on, I have it every single morning."): the two said one thing."""
    before = row - 1
    if (
        before < 0
        or not index.turns[row]
        or index.turns[before] != index.turns[row]
        or index.conversations[before] != index.conversations[row]
        or len(index.slots[before])
        or not len(index.slots[row])
        or not _ONLY_ASKED.match(index.contents[before])
        or statements(index.contents[before])  # a request or what was said before asking
        or slots_of(index.contents[row])
        or not slots_with(index.contents[row], index.contents[before], ())
    ):
        return []
    return [before]


def continuations(index: UserIndex, memory_ids: list[int]) -> list[int]:
    """The memories that go with each of `memory_ids`: what continues it (`continuing`: "… it's
    been that way all year." goes with the day of pottery it followed) and the question it was
    read with (`asked_before`); what closes a statement closes them too."""
    rows = [row for memory_id in memory_ids if (row := index.position.get(memory_id)) is not None]
    return [
        int(index.ids[r])
        for row in rows
        for r in (*asked_before(index, row), *continuing(index, row))
    ]
