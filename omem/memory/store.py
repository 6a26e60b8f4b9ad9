"""Storing memories: deduplication (reinforce a near-twin instead of adding it), automatic
links, provenance — a call's memories, embeddings, links and provenance in one transaction.

Embedding happens before the transaction (no model inference while holding the write lock).
Everything is scoped to one user.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from typing import Any
from typing import cast

import numpy as np
import structlog
from peewee import JOIN
from peewee import fn

from omem.clock import utcnow
from omem.config import Settings
from omem.db import write
from omem.embeddings import Embedder
from omem.embeddings import as_blob
from omem.embeddings import from_blob
from omem.embeddings import get_embedder
from omem.lifecycle import Batch
from omem.lifecycle import BatchFn
from omem.memory.extract import MAX_PASSAGE
from omem.memory.extract import Extracted
from omem.memory.index import UserIndex
from omem.memory.index import bump_version
from omem.memory.index import continuations
from omem.memory.index import indexes
from omem.memory.kinds import read_slots
from omem.memory.redact import redact
from omem.memory.retract import Retraction
from omem.memory.retract import only_gone
from omem.memory.retract import retracted
from omem.memory.retract import retracts
from omem.memory.summarised import by_summary
from omem.memory.summarised import told
from omem.memory.supersede import SHAPES
from omem.memory.supersede import booking_hashes
from omem.memory.supersede import closes
from omem.memory.supersede import closing_hashes
from omem.memory.supersede import moves_a_booking
from omem.memory.supersede import slots_of
from omem.memory.supersede import slots_with
from omem.memory.supersede import the_one_booking
from omem.models import ConversationMemory
from omem.models import ConversationTurn
from omem.models import Memory
from omem.models import MemoryEmbedding
from omem.models import MemoryLink

MAX_LINKS = 5

log = structlog.get_logger("omem.store")


@dataclass(frozen=True)
class Saved:
    created: list[int]
    reinforced: list[int]
    superseded: list[int] = field(default_factory=list)
    reactivated: list[int] = field(default_factory=list)  # archived, said again (also reinforced)


@dataclass(frozen=True)
class Before:
    """A memory as the next one split from the same caller turn reads it (slots_with); the
    user's index reads the row before in the same way (omem.memory.index)."""

    memory_id: int
    content: str
    turns: tuple[int, ...]
    slots: tuple[str, ...]  # what the rules read in it alone


def reinforce(
    memory_id: int, now: dt.datetime, *, salience: bool = True, asked: bool = False
) -> None:
    """The caller said it again: salience raised (unless `salience` is False: a form field
    filled every call), and decay's clock restarts from there (omem.memory.decay); `asked`
    (memory-store) gives it the caller-asked floor from now on."""
    raised = Memory.salience + (1 - Memory.salience) * 0.2 if salience else Memory.salience
    Memory.update(
        salience=raised,
        base_salience=raised,
        reinforced_at=now,
        caller_asked=Memory.caller_asked | asked,
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
    language: str = "en",
) -> Saved:
    """Embed, then in one transaction: reinforce near-duplicates (cosine >= dedupe threshold)
    or insert memory + embedding + provenance, and link each new memory to the user's
    memories with cosine > link threshold (top 5, both directions), and supersede an earlier
    call's value of the same data-collection field. Rows other than the memories themselves
    are written in batches."""
    now = now or utcnow()
    if not items:
        return Saved([], [])
    # Card numbers and the like never reach a memory (nor its vector, nor a prompt).
    items = [
        replace(
            item,
            content=redact(item.content, language),
            context=redact(item.context, language),
            passage=redact(item.passage, language),
        )
        for item in items
    ]
    vectors, turn_vectors = _embed(
        [item.content for item in items], [item.passage for item in items], embedder
    )
    index = indexes.get(user_id, embedder.model, embedder.dimension)
    archived_ids, archived = _archived_vectors(user_id, embedder)
    reactivated: list[int] = []
    asked = extraction_type == "manual"
    known_ids = [int(i) for i in index.ids]
    added_contents: list[str] = []  # of the rows this call adds after the index's own
    added_slots: dict[int, tuple[str, ...]] = {}  # of the memories this call adds
    known = index.matrix
    created: list[int] = []
    reinforced: list[int] = []
    embeddings: list[dict[str, object]] = []
    provenance: list[dict[str, object]] = []
    links: dict[tuple[int, int], float] = {}
    superseded: list[int] = []
    before: Before | None = None  # the memory last added, as the next of its turn reads it
    # what the call's summary tells, for the memories that no rule reads (omem.memory.summarised)
    summary = next((told(i.content) for i in items if i.analysis and not i.slot), ())
    with write():
        for item, vector, turn_vector in zip(items, vectors, turn_vectors, strict=True):
            similarity = known @ vector if known_ids else np.zeros(0, dtype=np.float32)
            best = int(np.argmax(similarity)) if known_ids else -1
            # A field's new value ("2026-04-08" after "2026-04-01") embeds almost like the
            # old one: for fields, only the same text is a duplicate.
            twin_found = best >= 0 and similarity[best] >= settings.dedupe_threshold
            if twin_found and item.slot:
                twin_content = (
                    index.contents[best]
                    if best < index.size
                    else added_contents[best - index.size]
                )
                twin_found = twin_content == " ".join(item.content.split())
            if twin_found:
                twin = known_ids[best]
                if twin not in created and twin not in reinforced:  # once per call
                    # ElevenLabs fills the same analysis fields every call: repeating them
                    # is the form, not the caller stressing a fact.
                    reinforce(twin, now, salience=not item.analysis, asked=asked)
                    reinforced.append(twin)
                provenance.append(_provenance(conversation_pk, twin, item, extraction_type))
                continue
            # Said again after it was archived: the archived memory comes back.
            faded = archived @ vector if archived_ids and not item.slot else None
            if faded is not None and faded.max() >= settings.dedupe_threshold:
                twin = archived_ids[int(np.argmax(faded))]
                if twin not in reinforced:
                    Memory.update(state="active").where(Memory.id == twin).execute()
                    reinforce(twin, now, salience=not item.analysis, asked=asked)
                    reinforced.append(twin)
                    reactivated.append(twin)
                provenance.append(_provenance(conversation_pk, twin, item, extraction_type))
                continue
            content = " ".join(item.content.split())  # one line: it is quoted to agents
            memory_id = Memory.insert(
                user=user_id,
                content=content,
                context=item.context,
                conversation_ref=conversation_ref,
                sector=item.sector,
                salience=min(1.0, max(0.0, item.salience)),
                base_salience=min(1.0, max(0.0, item.salience)),
                # Decay counts from when omem learned it: a call processed as it ends is its
                # time; an imported year of old calls does not fade (or archive) at once.
                reinforced_at=now,
                caller_asked=asked,
                language=language,
                occurred_at=occurred_at,
                valid_from=occurred_at,
                last_accessed_at=now,
                created_at=now,
                updated_at=now,
            ).execute()
            embeddings.append(
                {
                    "memory": memory_id,
                    "model": embedder.model,
                    "dimension": embedder.dimension,
                    "vector": as_blob(vector),
                    "turn_vector": None if turn_vector is None else as_blob(turn_vector),
                    "created_at": now,
                }
            )
            provenance.append(_provenance(conversation_pk, memory_id, item, extraction_type))
            _link(links, memory_id, similarity, known_ids, settings.link_threshold)
            if item.replaces:  # the LLM extractor's say: these known facts no longer hold
                older = [i for i in item.replaces if i in index.position]
                superseded += _close(older, memory_id, occurred_at, now, ("llm",), "llm")
            # Which slot of the caller's life it fills, read once (the rules are not cheap).
            # The rules first; the kind reader for what they leave unread (omem.memory.kinds).
            rules = mine = () if item.analysis else slots_of(content, item.context)
            read_by = "rules"
            together = not mine and before is not None and before.turns == item.source_turns
            if together and before is not None:
                mine = slots_with(content, before.content, before.slots)  # the two together
            if not mine and not item.analysis:
                mine, read_by = read_slots(content, vector, embedder.model, language), "reader"
            if not mine and not item.analysis and item.source_turns:
                mine, read_by = by_summary(content, summary), "summary"
            gone = None if item.analysis else retracted(content, language)
            if item.slot:
                superseded += _supersede(
                    index, item.slot, conversation_ref, memory_id, occurred_at, now
                )
            elif mine and not (gone and _names_only_gone(mine, content, gone)):  # a new address
                older = [
                    int(index.ids[row]) for row in index.slots.rows_with(closing_hashes(mine))
                ]
                older += [known for known, its in added_slots.items() if closes(mine, its)]
                if not older and moves_a_booking(mine, content):
                    booked = index.slots.rows_with(booking_hashes())
                    bookings = [(int(index.ids[r]), slots_of(index.contents[r])) for r in booked]
                    older = the_one_booking([*bookings, *added_slots.items()])
                if together and before is not None:  # never the sentence it was read with
                    older = [i for i in older if i != before.memory_id]
                older += continuations(index, older)
                superseded += _close(older, memory_id, occurred_at, now, mine, read_by)
            # "not at X any more", "ya no soy enfermera"
            if gone:
                older = [
                    int(index.ids[row])
                    for row in index.keywords.rows_with(gone.stems()).tolist()
                    if index.conversations[row] != conversation_ref
                    and retracts(gone, index.contents[row])
                ]
                older = [i for i in older if i not in superseded]  # closed by its slot already
                older += continuations(index, older)
                superseded += _close(older, memory_id, occurred_at, now, ("retracted",))
            if mine:
                added_slots[memory_id] = mine
            if item.source_turns and conversation_pk is not None and not item.analysis:
                before = Before(memory_id, content, item.source_turns, rules)
            else:
                before = None
            known_ids.append(memory_id)
            added_contents.append(content)
            known = np.vstack([known, vector[None, :]]) if len(known) else vector[None, :]
            created.append(memory_id)
        if embeddings:
            MemoryEmbedding.insert_many(embeddings).execute()
        rows = [p for p in provenance if p]
        if rows:
            ConversationMemory.insert_many(rows).on_conflict_ignore().execute()
        _write_links(links, now)
        bump_version(user_id)
    return Saved(created, reinforced, superseded, reactivated)


def _link(
    links: dict[tuple[int, int], float],
    memory_id: int,
    similarity: np.ndarray,
    known_ids: Sequence[int],
    threshold: float,
) -> None:
    """Add links (both directions) from `memory_id` to its MAX_LINKS most similar memories
    above `threshold`; `similarity[i]` is its cosine with `known_ids[i]`."""
    for position in np.argsort(-similarity)[:MAX_LINKS]:
        weight = float(similarity[position])
        if weight <= threshold:
            break
        other = known_ids[position]
        links[(memory_id, other)] = links[(other, memory_id)] = weight


def _write_links(links: dict[tuple[int, int], float], now: dt.datetime) -> None:
    if links:
        MemoryLink.insert_many(
            [
                {"source": a, "target": b, "weight": w, "created_at": now}
                for (a, b), w in links.items()
            ]
        ).on_conflict_ignore().execute()
        _prune_links({source for source, _ in links})


def relink_memory(
    memory_id: int, vector: np.ndarray, index: UserIndex, threshold: float, now: dt.datetime
) -> None:
    """Replace a memory's links (both directions) by those `save_memories` would make for
    `vector` against the other memories of `index` (the owner's active memories). Call
    inside the write transaction that changes the memory; the caller bumps the version."""
    MemoryLink.delete().where(
        (MemoryLink.source == memory_id) | (MemoryLink.target == memory_id)
    ).execute()
    others = index.ids != memory_id
    known_ids = [int(i) for i in index.ids[others]]
    if not known_ids:
        return
    links: dict[tuple[int, int], float] = {}
    _link(links, memory_id, index.matrix[others] @ vector, known_ids, threshold)
    _write_links(links, now)


def _embed(
    contents: Sequence[str], passages: Sequence[str], embedder: Embedder
) -> tuple[np.ndarray, list[np.ndarray | None]]:
    """Each memory's vector, and the vector of the caller's words it came from (one per
    distinct passage: a turn split into five memories is embedded once), in one batch."""
    distinct = sorted({p for p in passages if p})
    vectors = embedder.embed([*contents, *distinct])
    by_passage = dict(zip(distinct, vectors[len(contents) :], strict=True))
    return vectors[: len(contents)], [by_passage.get(p) for p in passages]


def _archived_vectors(user_id: int, embedder: Embedder) -> tuple[list[int], np.ndarray]:
    """The user's archived memories (ids, vectors of `embedder`'s model): what a new memory
    may bring back. One indexed read; none for most callers."""
    rows = cast(
        list[tuple[int, bytes]],
        list(
            MemoryEmbedding.select(MemoryEmbedding.memory, MemoryEmbedding.vector)
            .join(Memory)
            .where(
                (Memory.user == user_id)
                & (Memory.state == "archived")
                & (MemoryEmbedding.model == embedder.model)
            )
            .tuples()
        ),
    )
    if not rows:
        return [], np.zeros((0, embedder.dimension), dtype=np.float32)
    vectors = [from_blob(r[1], embedder.dimension) for r in rows]
    return [int(r[0]) for r in rows], np.vstack(vectors)


def _names_only_gone(slots: tuple[str, ...], content: str, gone: Retraction) -> bool:
    """Whether each slot `content` fills is one with a shape whose every value in it is one
    `gone` says no longer holds ("Not 42 Cedar Avenue any more"): it states no value of now."""
    shapes = [SHAPES.get(slot.split(":", 1)[0].split("/", 1)[0]) for slot in slots]
    return all(shape is not None and only_gone(gone, content, shape) for shape in shapes)


def _supersede(
    index: UserIndex,
    slot: str,
    conversation_ref: str,
    memory_id: int,
    valid_from: dt.datetime,
    now: dt.datetime,
) -> list[int]:
    """A data-collection field holds the current value: the same field's value from an
    earlier call is superseded by this one (kept, no longer retrieved)."""
    call_level = index.turns.empty_rows()  # no source turn: summaries, data collection
    older = [
        int(index.ids[row])
        for row in call_level.tolist()
        if index.conversations[row] != conversation_ref and index.contents[row].startswith(slot)
    ]
    return _close(older, memory_id, valid_from, now)


def _close(
    older: list[int],
    memory_id: int,
    valid_from: dt.datetime,
    now: dt.datetime,
    slots: tuple[str, ...] = ("field",),
    read_by: str = "rules",
) -> list[int]:
    """`older` stop being current where `memory_id` starts: superseded by it, valid until
    its `valid_from`, kept for questions about the past. Each decision is logged with the two
    memory ids, the kind of slot ("address", "dose") and what read it (the rules, the kind
    reader, the LLM extractor), never the text or the slot's key."""
    older = list(dict.fromkeys(older))
    if older:
        Memory.update(
            state="superseded",
            superseded_by=memory_id,
            valid_to=valid_from,
            updated_at=now,
            version=Memory.version + 1,
        ).where(Memory.id.in_(older) & (Memory.state == "active")).execute()
        kinds = ",".join(sorted({slot.split(":", 1)[0].split("/", 1)[0] for slot in slots}))
        for old in older:
            log.info(
                "memory_superseded",
                memory_id=old,
                superseded_by=memory_id,
                slot=kinds,
                read_by=read_by,
            )
    return older


def _provenance(
    conversation_pk: int | None, memory_id: int, item: Extracted, extraction_type: str
) -> dict[str, object]:
    if conversation_pk is None:
        return {}
    return {
        "conversation": conversation_pk,
        "memory": memory_id,
        "extraction_type": extraction_type,
        "confidence": item.confidence,
        "source_turns": json.dumps(list(item.source_turns)),
    }


def _prune_links(sources: set[int]) -> None:
    """Keep each memory's strongest MAX_LINKS outgoing links (one statement)."""
    rank = (
        fn.ROW_NUMBER()
        .over(partition_by=[MemoryLink.source], order_by=[MemoryLink.weight.desc()])
        .alias("rank")
    )
    ranked = (
        MemoryLink.select(MemoryLink.id, rank)
        .where(MemoryLink.source.in_(sorted(sources)))
        .alias("ranked")
    )
    excess = MemoryLink.select(ranked.c.id).from_(ranked).where(ranked.c.rank > MAX_LINKS)
    MemoryLink.delete().where(MemoryLink.id.in_(excess)).execute()


def reembed(embedder: Embedder, batch: int = 256) -> int:
    """Give every memory a vector from `embedder` (its model and dimension), with the vector
    of the caller's turn it came from; a query never mixes models, so after a change of model
    this makes old memories findable again. Returns how many memories got vectors. (The
    consumer's `vectors` job does the same in the background, omem.jobs.)"""
    done = 0
    while True:
        missing = _without_vectors(embedder.model, 0, batch, only_missing=True)
        if not missing:
            return done + _fill_turn_vectors(embedder, batch)
        with write():
            _save_vectors(missing, _vectors_of(missing, embedder), embedder, utcnow())
        done += len(missing)


Window = list[tuple[int, int, bool]]  # memory id, user id, whether it has a vector already
Computed = dict[int, tuple[np.ndarray, np.ndarray | None]]  # memory id -> vector, turn vector


def _without_vectors(model: str, after_id: int, limit: int, *, only_missing: bool) -> Window:
    """The next `limit` memories with an id above `after_id` (only those without a vector of
    `model` when `only_missing`), and whether each has one. Reads no text."""
    query = (
        Memory.select(Memory.id, Memory.user, MemoryEmbedding.id.is_null(False))
        .join(
            MemoryEmbedding,
            JOIN.LEFT_OUTER,
            on=(MemoryEmbedding.memory == Memory.id) & (MemoryEmbedding.model == model),
        )
        .where(Memory.id > after_id)
        .order_by(Memory.id)
        .limit(limit)
    )
    if only_missing:
        query = query.where(MemoryEmbedding.id.is_null())
    rows = cast(list[tuple[int, int, int]], list(query.tuples()))
    return [(memory_id, user_id, bool(has)) for memory_id, user_id, has in rows]


def _vectors_of(window: Window, embedder: Embedder) -> Computed:
    """The vectors of the memories in `window` that have none (their texts decrypted here)."""
    missing = [memory_id for memory_id, _, has in window if not has]
    if not missing:
        return {}
    texts = dict(
        cast(
            list[tuple[int, str]],
            Memory.select(Memory.id, Memory.content).where(Memory.id.in_(missing)).tuples(),
        )
    )
    missing = [memory_id for memory_id in missing if memory_id in texts]  # deleted meanwhile
    passages = _passages(missing)
    vectors, turn_vectors = _embed(
        [texts[m] for m in missing], [passages.get(m, "") for m in missing], embedder
    )
    return {
        memory_id: (vector, turn)
        for memory_id, vector, turn in zip(missing, vectors, turn_vectors, strict=True)
    }


def _save_vectors(
    window: Window, computed: Computed, embedder: Embedder, now: dt.datetime
) -> set[int]:
    """Store the `computed` vectors of `window`'s memories that had none of the model when
    the window was read (inside the caller's write transaction); the memories that got one.
    A vector another process stored since is kept (the unique memory/model index)."""
    saved = {memory_id for memory_id, _, has in window if memory_id in computed and not has}
    if not saved:
        return set()
    MemoryEmbedding.insert_many(
        [
            {
                "memory": memory_id,
                "model": embedder.model,
                "dimension": embedder.dimension,
                "vector": as_blob(computed[memory_id][0]),
                "turn_vector": None if (t := computed[memory_id][1]) is None else as_blob(t),
                "created_at": now,
            }
            for memory_id in sorted(saved)
        ]
    ).on_conflict_ignore().execute()
    for user_id in {user_id for memory_id, user_id, _ in window if memory_id in saved}:
        bump_version(user_id)
    return saved


def prepare_vectors(after_id: int, limit: int, now: dt.datetime, settings: Settings) -> BatchFn:
    """The `vectors` job, before its batch's transaction: embed the memories of the batch's
    window that have no vector of the configured model (after an upgrade that changed the
    model's arithmetic, or a change of model). Returns the batch that stores them."""
    embedder = get_embedder(settings)
    window = _without_vectors(embedder.model, after_id, limit, only_missing=False)
    return functools.partial(vectors_batch, computed=_vectors_of(window, embedder))


def vectors_batch(
    after_id: int,
    limit: int,
    now: dt.datetime,
    settings: Settings,
    computed: Computed | None = None,
) -> Batch:
    """The `vectors` job's batch: the next `limit` memories, and the `computed` vectors of
    those that still have none (another process may have stored one meanwhile)."""
    embedder = get_embedder(settings)
    window = _without_vectors(embedder.model, after_id, limit, only_missing=False)
    saved = _save_vectors(window, computed, embedder, now) if computed else set()
    users = {user_id for memory_id, user_id, _ in window if memory_id in saved}
    return Batch(
        window[-1][0] if window else after_id, len(window), {"embedded": len(saved)}, users
    )


def _fill_turn_vectors(embedder: Embedder, batch: int) -> int:
    """Vectors stored before turn vectors existed (migration 0005) get theirs."""
    done, after = 0, 0
    while True:
        rows: list[Any] = list(
            MemoryEmbedding.select(MemoryEmbedding.id, MemoryEmbedding.memory, Memory.user)
            .join(Memory)
            .where(
                (MemoryEmbedding.model == embedder.model)
                & MemoryEmbedding.turn_vector.is_null()
                & (MemoryEmbedding.id > after)
            )
            .order_by(MemoryEmbedding.id)
            .limit(batch)
            .tuples()
        )
        if not rows:
            return done
        after = rows[-1][0]
        passages = _passages([memory_id for _, memory_id, _ in rows])
        wanted = [row for row in rows if passages.get(row[1])]
        _, turn_vectors = _embed([], [passages[row[1]] for row in wanted], embedder)
        with write():
            for (row_id, memory_id, _), vector in zip(wanted, turn_vectors, strict=True):
                if vector is not None:
                    MemoryEmbedding.update(turn_vector=as_blob(vector)).where(
                        MemoryEmbedding.id == row_id
                    ).execute()
                    # A changed vector is a changed row: index reloads and snapshots re-read it.
                    Memory.update(version=Memory.version + 1).where(
                        Memory.id == memory_id
                    ).execute()
            for user_id in {user_id for _, _, user_id in wanted}:
                bump_version(user_id)
        done += len(wanted)


def _passages(memory_ids: list[int]) -> dict[int, str]:
    """The caller's words each memory was extracted from (its first provenance's turns)."""
    sources: dict[int, tuple[int, list[int]]] = {}
    provenance: list[Any] = list(
        ConversationMemory.select(
            ConversationMemory.memory,
            ConversationMemory.conversation,
            ConversationMemory.source_turns,
        )
        .where(ConversationMemory.memory.in_(memory_ids))
        .order_by(ConversationMemory.id)
        .tuples()
    )
    for memory_id, conversation_id, turns in provenance:
        orders = json.loads(turns)
        if orders and memory_id not in sources:
            sources[memory_id] = (conversation_id, orders)
    if not sources:
        return {}
    turn_rows: list[Any] = list(
        ConversationTurn.select(
            ConversationTurn.conversation, ConversationTurn.order, ConversationTurn.message
        )
        .where(
            ConversationTurn.conversation.in_(sorted({c for c, _ in sources.values()}))
            & (ConversationTurn.role == "user")
        )
        .tuples()
    )
    said = {(conversation, order): message or "" for conversation, order, message in turn_rows}
    out = {}
    for memory_id, (conversation_id, orders) in sources.items():
        text = " ".join(said.get((conversation_id, order), "") for order in orders).strip()
        if text:
            out[memory_id] = redact(text)[:MAX_PASSAGE]
    return out
