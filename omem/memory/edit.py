"""Operator changes to one memory (edit, archive, reactivate, delete) and the console's reads
of memories (one memory's detail, provenance and history; a caller's memories by page or by
sector), as plain values for templates and JSON.

Each change is one short write transaction that bumps the owner's `memory_version`, so every
process's cached index reloads; embedding happens before it. No Flask here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any
from typing import cast

from peewee import fn

from omem.config import Settings
from omem.db import write
from omem.embeddings import Embedder
from omem.embeddings import as_blob
from omem.errors import ApiError
from omem.errors import InvalidRequest
from omem.errors import NotFound
from omem.memory import snapshots
from omem.memory.index import bump_version
from omem.memory.index import indexes
from omem.memory.redact import redact
from omem.memory.store import relink_memory
from omem.models import MEMORY_STATES
from omem.models import SECTORS
from omem.models import Conversation
from omem.models import ConversationMemory
from omem.models import ConversationTurn
from omem.models import Memory
from omem.models import MemoryEmbedding
from omem.models import MemoryLink
from omem.models import User

MAX_CONTENT = 2000
SNIPPET = 160  # characters of a related memory shown beside this one
NEIGHBOURS = 2  # turns shown before and after each source turn
MAX_PAGE = 200


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") + "Z" if moment is not None else None


def _snippet(text: str) -> str:
    return text if len(text) <= SNIPPET else text[: SNIPPET - 3].rstrip() + "..."


def _get(memory_id: int) -> Memory:
    memory = Memory.get_or_none(Memory.id == memory_id)
    if memory is None:
        raise NotFound("No memory has this id.", code="unknown_memory")
    return memory


def _owner(memory: Memory) -> int:
    return int(memory.__data__["user"])  # the foreign key, without loading the user


def _superseder(memory: Memory) -> int | None:
    value = memory.__data__.get("superseded_by")
    return None if value is None else int(value)


def _row(memory: Memory) -> dict[str, Any]:
    return {
        "id": memory.id,
        "content": memory.content,
        "sector": memory.sector,
        "salience": float(memory.salience),
        "state": memory.state,
        "last_accessed_at": _iso(memory.last_accessed_at),
        "created_at": _iso(memory.created_at),
    }


_ROW_FIELDS = (
    Memory.id,
    Memory.content,
    Memory.sector,
    Memory.salience,
    Memory.state,
    Memory.last_accessed_at,
    Memory.created_at,
)


def _check_choice(value: str | None, allowed: tuple[str, ...], what: str) -> None:
    if value is not None and value not in allowed:
        raise InvalidRequest(
            f"The {what} must be one of: {', '.join(allowed)}.", code=f"invalid_{what}"
        )


def list_memories(
    user_id: int,
    *,
    sector: str | None = None,
    state: str | None = None,
    after_id: int | None = None,
    limit: int = 50,
) -> tuple[list[dict[str, Any]], int | None]:
    """One page of a caller's memories, newest first: keyset pagination by id descending
    (stable while memories are added, and the primary key needs no extra index). Returns the
    rows and the cursor for the next page (pass it as `after_id`; None on the last page).
    Raises InvalidRequest (`invalid_sector`, `invalid_state`) for an unknown filter."""
    _check_choice(sector, SECTORS, "sector")
    _check_choice(state, MEMORY_STATES, "state")
    limit = max(1, min(limit, MAX_PAGE))
    where = Memory.user == user_id
    if sector is not None:
        where &= Memory.sector == sector
    if state is not None:
        where &= Memory.state == state
    if after_id is not None:
        where &= Memory.id < after_id
    found = list(
        Memory.select(*_ROW_FIELDS).where(where).order_by(Memory.id.desc()).limit(limit + 1)
    )
    page = found[:limit]
    return [_row(m) for m in page], (page[-1].id if len(found) > limit else None)


def memories_by_sector(
    user_id: int, limit_per_sector: int, counts: dict[str, int] | None = None
) -> dict[str, dict[str, Any]]:
    """For every sector (a key each, in SECTORS order): `count`, how many memories of that
    sector the caller has (every state), and `memories`, the `limit_per_sector` most salient
    of them, newest first among equals. One count query (none when `counts` brings them, as
    `callers.caller_detail` does), then one query per sector that has any, each reading at
    most `limit_per_sector` entries of the (user, sector, salience) index: the cost follows
    the page, not the caller's size."""
    if counts is None:
        grouped = (
            Memory.select(Memory.sector, fn.COUNT(Memory.id))
            .where(Memory.user == user_id)
            .group_by(Memory.sector)
            .tuples()
        )
        counts = dict(cast(Iterable[tuple[str, int]], grouped))
    out: dict[str, dict[str, Any]] = {}
    for sector in SECTORS:
        count = counts.get(sector, 0)
        found = (
            Memory.select(*_ROW_FIELDS)
            .where((Memory.user == user_id) & (Memory.sector == sector))
            .order_by(Memory.salience.desc(), Memory.id.desc())
            .limit(limit_per_sector)
            if count
            else []
        )
        out[sector] = {"count": count, "memories": [_row(m) for m in found]}
    return out


def memory_detail(memory_id: int) -> dict[str, Any]:
    """Everything about one memory as plain values: its fields, the memories it superseded
    or was superseded by, its links (direction out, in or both), its provenance with the
    turns around each source turn (`source: True` on the source turns themselves) and its
    history. Five queries whatever the number of links and calls. Raises NotFound
    (`unknown_memory`)."""
    memory = (
        Memory.select(Memory, User.id, User.uid).join(User).where(Memory.id == memory_id).first()
    )
    if memory is None:
        raise NotFound("No memory has this id.", code="unknown_memory")
    links = _links(memory_id)
    related = _related(memory, links)
    provenance = _provenance(memory_id)
    newer = _superseder(memory)
    superseded_by = related.get(newer) if newer is not None else None
    supersedes = sorted(
        (m for m in related.values() if m["superseded_by"] == memory_id), key=lambda m: m["id"]
    )
    for link in links:
        link["content"] = related.get(link["id"], {}).get("content", "")
    return {
        "id": memory.id,
        "user_id": _owner(memory),
        "user_uid": memory.user.uid,
        "content": memory.content,
        "sector": memory.sector,
        "language": memory.language,
        "salience": float(memory.salience),
        "state": memory.state,
        "version": memory.version,
        "conversation_ref": memory.conversation_ref,
        "occurred_at": _iso(memory.occurred_at),
        "created_at": _iso(memory.created_at),
        "updated_at": _iso(memory.updated_at),
        "last_accessed_at": _iso(memory.last_accessed_at),
        "superseded_by": _brief(superseded_by) if superseded_by else None,
        "supersedes": [_brief(m) for m in supersedes],
        "links": links,
        "provenance": provenance,
        "history": _history(memory, provenance, superseded_by, supersedes),
    }


def _brief(related: dict[str, Any]) -> dict[str, Any]:
    return {"id": related["id"], "content": related["content"], "state": related["state"]}


def _links(memory_id: int) -> list[dict[str, Any]]:
    rows: Any = (
        MemoryLink.select(MemoryLink.source, MemoryLink.target, MemoryLink.weight, MemoryLink.kind)
        .where((MemoryLink.source == memory_id) | (MemoryLink.target == memory_id))
        .tuples()
    )
    by_other: dict[int, dict[str, Any]] = {}
    for source, target, weight, kind in rows:
        outgoing = source == memory_id
        other = target if outgoing else source
        link = by_other.get(other)
        if link is None:
            link = by_other[other] = {
                "id": other,
                "content": "",
                "weight": float(weight),
                "kind": kind,
                "direction": "out" if outgoing else "in",
            }
        else:  # the same pair the other way round: links are made in both directions
            link["direction"] = "both"
            if outgoing:
                link["weight"], link["kind"] = float(weight), kind
    return sorted(by_other.values(), key=lambda link: (-link["weight"], link["id"]))


def _related(memory: Memory, links: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """The memories named beside this one (linked, superseding, superseded), in one query."""
    ids = {link["id"] for link in links}
    newer = _superseder(memory)
    if newer is not None:
        ids.add(newer)
    query = Memory.select(
        Memory.id, Memory.content, Memory.state, Memory.superseded_by, Memory.created_at
    ).where(Memory.id.in_(sorted(ids)) | (Memory.superseded_by == memory.id))
    return {
        m.id: {
            "id": m.id,
            "content": _snippet(m.content),
            "state": m.state,
            "superseded_by": _superseder(m),
            "created_at": m.created_at,
        }
        for m in query
    }


def _provenance(memory_id: int) -> list[dict[str, Any]]:
    rows: list[Any] = list(
        ConversationMemory.select(
            ConversationMemory.conversation,
            ConversationMemory.extraction_type,
            ConversationMemory.confidence,
            ConversationMemory.source_turns,
            Conversation.conversation_id,
            Conversation.started_at,
        )
        .join(Conversation)
        .where(ConversationMemory.memory == memory_id)
        .order_by(Conversation.started_at, ConversationMemory.id)
        .tuples()
    )
    sources = [json.loads(row[3]) for row in rows]
    shown = [
        {near for order in turns for near in range(order - NEIGHBOURS, order + NEIGHBOURS + 1)}
        for turns in sources
    ]
    said: dict[int, list[tuple[int, str, str | None]]] = defaultdict(list)
    wanted = sorted({order for orders in shown for order in orders if order >= 0})
    if wanted:
        turn_rows: Any = (
            ConversationTurn.select(
                ConversationTurn.conversation,
                ConversationTurn.order,
                ConversationTurn.role,
                ConversationTurn.message,
            )
            .where(
                ConversationTurn.conversation.in_(sorted({row[0] for row in rows}))
                & ConversationTurn.order.in_(wanted)
            )
            .order_by(ConversationTurn.order)
            .tuples()
        )
        for conversation_pk, order, role, message in turn_rows:
            said[conversation_pk].append((order, role, message))
    return [
        {
            "conversation_id": conversation_id,
            "started_at": _iso(started),
            "extraction_type": extraction_type,
            "confidence": float(confidence),
            "source_turns": turns,
            "turns": [
                {"order": order, "role": role, "message": message, "source": order in turns}
                for order, role, message in said[conversation_pk]
                if order in near
            ],
        }
        for (
            conversation_pk,
            extraction_type,
            confidence,
            _,
            conversation_id,
            started,
        ), turns, near in zip(rows, sources, shown, strict=True)
    ]


def _history(
    memory: Memory,
    provenance: list[dict[str, Any]],
    superseded_by: dict[str, Any] | None,
    supersedes: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """What is known of the memory's life, oldest first. Every later call that said it again
    left a provenance row; a reinforcement within one call, an edit, an archive or a
    reactivation shows only as the version and `updated_at`."""
    first = provenance[0]["conversation_id"] if provenance else None
    events = [
        {
            "at": _iso(memory.created_at),
            "kind": "created",
            "what": f"Created from call {first}" if first else "Created",
        }
    ]
    events += [
        {
            "at": p["started_at"],
            "kind": "reinforced",
            "what": f"Said again in call {p['conversation_id']}",
        }
        for p in provenance[1:]
    ]
    for older in supersedes:  # a memory supersedes older values when it is stored
        events.append(
            {
                "at": _iso(memory.created_at),
                "kind": "supersedes",
                "what": f"Superseded memory {older['id']}",
            }
        )
    if memory.version > 1 and memory.updated_at != memory.created_at:
        events.append(
            {
                "at": _iso(memory.updated_at),
                "kind": "changed",
                "what": f"Last changed (now version {memory.version})",
            }
        )
    if superseded_by is not None:
        events.append(
            {
                "at": _iso(superseded_by["created_at"]),
                "kind": "superseded",
                "what": f"Superseded by memory {superseded_by['id']}",
            }
        )
    return sorted(events, key=lambda event: event["at"] or "")


def _validated(content: str | None, sector: str | None, salience: float | None) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if content is not None:
        # As store.py keeps memories: one line, no card numbers.
        text = " ".join(redact(content).split())
        if not text:
            raise InvalidRequest("A memory cannot be blank.", code="empty_content")
        if len(text) > MAX_CONTENT:
            raise InvalidRequest(
                f"A memory holds at most {MAX_CONTENT} characters.", code="content_too_long"
            )
        changes["content"] = text
    if sector is not None:
        _check_choice(sector, SECTORS, "sector")
        changes["sector"] = sector
    if salience is not None:
        if isinstance(salience, bool) or not 0 <= salience <= 1:
            raise InvalidRequest("Salience is a number from 0 to 1.", code="invalid_salience")
        changes["salience"] = float(salience)
    return changes


def edit_memory(
    memory_id: int,
    *,
    content: str | None = None,
    sector: str | None = None,
    salience: float | None = None,
    embedder: Embedder,
    now: dt.datetime,
    settings: Settings | None = None,
) -> Memory:
    """Change a memory's content, sector and/or salience (None leaves a field as it is).

    New content is stored on one line with card numbers removed, embedded with `embedder`
    before the transaction, and in one write: its vector of that model is replaced (the turn
    vector is kept; vectors of other models, now stale, are dropped for `reembed` to redo),
    its links are made again as `save_memories` makes them (`settings.link_threshold`; the
    declared default without settings), version + 1, `updated_at = now`, and the owner's
    `memory_version` is bumped. Nothing changes (no write) when every value is the same.
    Raises InvalidRequest (`empty_content`, `content_too_long`, `invalid_sector`,
    `invalid_salience`) or NotFound (`unknown_memory`)."""
    changes = _validated(content, sector, salience)
    memory = _get(memory_id)
    changes = {name: value for name, value in changes.items() if getattr(memory, name) != value}
    if not changes:
        return memory
    if "content" in changes:
        vector = embedder.embed([changes["content"]])[0]
        # Linked against the owner's other active memories, as when it was stored.
        index = indexes.get(_owner(memory), embedder.model, embedder.dimension)
    if "salience" in changes:  # an operator's value: decay starts from it, from now
        changes.update(base_salience=changes["salience"], reinforced_at=now)
    with write():
        Memory.update(**changes, version=Memory.version + 1, updated_at=now).where(
            Memory.id == memory_id
        ).execute()
        if "content" in changes:
            _replace_vector(memory_id, as_blob(vector), embedder, now)
            threshold = (settings or Settings()).link_threshold
            relink_memory(memory_id, vector, index, threshold, now)
        bump_version(_owner(memory))
    snapshots.forget(_owner(memory))  # the snapshot still holds the text as it was
    return _get(memory_id)


def _replace_vector(memory_id: int, blob: bytes, embedder: Embedder, now: dt.datetime) -> None:
    this = MemoryEmbedding.memory == memory_id
    updated = (
        MemoryEmbedding.update(vector=blob, dimension=embedder.dimension, created_at=now)
        .where(this & (MemoryEmbedding.model == embedder.model))
        .execute()
    )
    if not updated:
        MemoryEmbedding.insert(
            memory=memory_id,
            model=embedder.model,
            dimension=embedder.dimension,
            vector=blob,
            created_at=now,
        ).execute()
    MemoryEmbedding.delete().where(this & (MemoryEmbedding.model != embedder.model)).execute()


def _refuse_if_superseded(memory: Memory) -> None:
    if memory.state == "superseded" and _superseder(memory) is not None:
        raise ApiError(
            f"This memory was superseded by memory {_superseder(memory)}; edit or delete "
            "that one instead.",
            code="memory_superseded",
            status=409,
        )


def _set_state(memory_id: int, state: str, now: dt.datetime) -> Memory:
    with write():
        memory = _get(memory_id)
        if memory.state == state:
            return memory
        _refuse_if_superseded(memory)
        # Brought back by hand: decay's clock restarts, or the next pass archives it again.
        restart = (
            {"reinforced_at": now, "base_salience": memory.salience} if state == "active" else {}
        )
        Memory.update(state=state, version=Memory.version + 1, updated_at=now, **restart).where(
            Memory.id == memory_id
        ).execute()
        bump_version(_owner(memory))
    snapshots.forget(_owner(memory))
    return _get(memory_id)


def archive_memory(memory_id: int, *, now: dt.datetime) -> Memory:
    """Take a memory out of memory-query (state `archived`), keeping it, its links and its
    provenance. Archiving an archived memory changes nothing. Raises NotFound
    (`unknown_memory`), or ApiError 409 `memory_superseded` for a memory whose superseding
    memory still exists."""
    return _set_state(memory_id, "archived", now)


def reactivate_memory(memory_id: int, *, now: dt.datetime) -> Memory:
    """Put an archived memory back into memory-query (state `active`). A superseded memory
    is refused (ApiError 409 `memory_superseded`) while the memory that superseded it exists:
    the field has a newer value. Raises NotFound (`unknown_memory`)."""
    return _set_state(memory_id, "active", now)


def delete_memory(memory_id: int, *, now: dt.datetime) -> None:
    """Delete a memory for good, in one write: its embeddings, links (both ways) and
    provenance go with it (ON DELETE CASCADE); memories it superseded keep their state, lose
    their `superseded_by` (so they may be reactivated) and get `updated_at = now`. Raises
    NotFound (`unknown_memory`)."""
    with write():
        memory = _get(memory_id)
        Memory.update(updated_at=now).where(Memory.superseded_by == memory_id).execute()
        Memory.delete().where(Memory.id == memory_id).execute()
        bump_version(_owner(memory))
    snapshots.forget(_owner(memory))  # the snapshot still holds the deleted memory
