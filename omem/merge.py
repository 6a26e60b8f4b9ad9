"""Merge a guest into a known caller: one person who called from a new number (or the web
widget) before anyone knew who they were.

Everything of the guest's moves to the known caller in one write transaction: phone numbers,
calls, memories with their embeddings, links and provenance, tool calls and webhook events.
A guest's memory that the known caller already has (same words, or embeddings at least
`OMEM_DEDUPE_THRESHOLD` alike) is not doubled: the known caller's memory is reinforced, as a
repeated fact in a call would be, and takes over the guest memory's provenance. The guest
row is then deleted. Its omem user id is not kept as an alias: it no longer resolves, and
a call still under way for it is matched by its phone number (which now belongs to the
known caller) or its external id (which moves too). Both callers' `memory_version` changes,
so every worker's cached index is rebuilt and the known caller's summary is stale (the
caller schedules its refresh). There is no undo.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from omem.callers import index_name
from omem.db import write
from omem.errors import ApiError
from omem.errors import NotFound
from omem.memory import snapshots
from omem.memory.fold import fold
from omem.memory.fold import other_values
from omem.memory.fold import same_words
from omem.memory.index import bump_version
from omem.models import CallerId
from omem.models import CallerNameToken
from omem.models import Conversation
from omem.models import Memory
from omem.models import MemoryEmbedding
from omem.models import MemoryLink
from omem.models import ToolInvocation
from omem.models import User
from omem.models import WebhookEvent


def _vectors(user_id: int, model: str) -> dict[int, np.ndarray]:
    rows: Any = (
        MemoryEmbedding.select(MemoryEmbedding.memory, MemoryEmbedding.vector)
        .join(Memory)
        .where((Memory.user == user_id) & (MemoryEmbedding.model == model))
        .tuples()
    )
    vectors = {}
    for memory_id, blob in rows:
        vector = np.frombuffer(blob, dtype="<f4")
        norm = float(np.linalg.norm(vector))
        if norm > 0:
            vectors[memory_id] = vector / norm
    return vectors


def _duplicates(source_id: int, target_id: int, model: str, threshold: float) -> dict[int, int]:
    """Guest memory id -> the known caller's memory that says the same (active ones both):
    the same words (case and spacing aside), or stored vectors of `model` with a cosine of
    at least `threshold`."""
    target = {
        m.id: m.content
        for m in Memory.select(Memory.id, Memory.content).where(
            (Memory.user == target_id) & (Memory.state == "active")
        )
    }
    if not target:
        return {}
    by_words = {same_words(content): memory_id for memory_id, content in target.items()}
    target_vectors = {k: v for k, v in _vectors(target_id, model).items() if k in target}
    ids = list(target_vectors)
    matrix = np.stack([target_vectors[i] for i in ids]) if ids else None
    source_vectors = _vectors(source_id, model)
    found: dict[int, int] = {}
    for memory in Memory.select(Memory.id, Memory.content).where(
        (Memory.user == source_id) & (Memory.state == "active")
    ):
        if (same := by_words.get(same_words(memory.content))) is not None:
            found[memory.id] = same
            continue
        vector = source_vectors.get(memory.id)
        if matrix is None or vector is None or vector.shape[0] != matrix.shape[1]:
            continue
        similarity = matrix @ vector
        best = int(np.argmax(similarity))
        if other_values(memory.content, target[ids[best]]):
            continue  # another value of the same field, not the same fact
        if float(similarity[best]) >= threshold:
            found[memory.id] = ids[best]
    return found


def merge_callers(
    source: User, target: User, *, model: str, dedupe_threshold: float, now: dt.datetime
) -> dict[str, int]:
    """Move everything of the guest `source` to `target`, then delete `source`, in one write
    transaction. `model` is the embedding model whose stored vectors find duplicates (none
    are computed); `dedupe_threshold` is `OMEM_DEDUPE_THRESHOLD`. The target keeps its name
    (or takes the guest's if it has none) and its summary (now stale); its last call is the
    later of the two; the guest's external id moves to it.

    Returns counts: numbers, conversations, memories_moved, memories_merged, links (moved
    with the guest's memories), invocations, events. Raises 422 `same_caller`, 409
    `not_a_guest` (merging two known callers would need a person to decide whose name and
    summary are right), 409 `external_id_conflict` (both have different external ids: the
    operator's own system says they are two people), 404 `unknown_user` (either is gone).
    """
    if source.id == target.id:
        raise ApiError("A caller cannot be merged into itself.", code="same_caller", status=422)
    with write():
        guest = User.get_or_none(User.id == source.id)
        known = User.get_or_none(User.id == target.id)
        if guest is None or known is None:
            raise NotFound("No caller has that id.", code="unknown_user")
        if not guest.is_guest:
            raise ApiError(
                "Only a guest can be merged into another caller; this caller is known.",
                code="not_a_guest",
                status=409,
            )
        if guest.external_id and known.external_id and guest.external_id != known.external_id:
            raise ApiError(
                "Both callers have an id of yours, and they differ.",
                code="external_id_conflict",
                status=409,
            )
        duplicates = _duplicates(guest.id, known.id, model, dedupe_threshold)
        links = sum(
            fold(duplicate, kept, now, said_again=True) for duplicate, kept in duplicates.items()
        )
        moving = Memory.select(Memory.id).where(Memory.user == guest.id)
        links += MemoryLink.select().where(MemoryLink.source.in_(moving)).count()
        counts = {
            "numbers": CallerId.update(user=known.id).where(CallerId.user == guest.id).execute(),
            "conversations": Conversation.update(user=known.id)
            .where(Conversation.user == guest.id)
            .execute(),
            "memories_moved": Memory.update(user=known.id)
            .where(Memory.user == guest.id)
            .execute(),
            "memories_merged": len(duplicates),
            "links": links,
            "invocations": ToolInvocation.update(user=known.id)
            .where(ToolInvocation.user == guest.id)
            .execute(),
            "events": WebhookEvent.update(user=known.id)
            .where(WebhookEvent.user == guest.id)
            .execute(),
        }
        last_call: Any = max(
            (t for t in (guest.last_call_at, known.last_call_at) if t is not None),
            default=None,
        )
        changes: dict[Any, Any] = {User.last_call_at: last_call, User.updated_at: now}
        if not known.display_name and guest.display_name:
            changes[User.display_name] = guest.display_name
            index_name(known.id, guest.display_name)
        bump_version(guest.id)
        CallerNameToken.delete().where(CallerNameToken.user == guest.id).execute()
        # The unique external id must leave the guest before the known caller takes it.
        User.delete().where(User.id == guest.id).execute()
        if guest.external_id and not known.external_id:
            changes[User.external_id] = guest.external_id
        User.update(changes).where(User.id == known.id).execute()
        bump_version(known.id)
    snapshots.forget(guest.id)
    return counts
