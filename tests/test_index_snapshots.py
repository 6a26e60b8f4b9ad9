"""Per-caller index snapshots (issue 14, no cold start): a process that has not served a caller
maps their snapshot instead of reading and decrypting every memory, ranks exactly as from the
database, keeps nothing readable on disk, catches up from a stale snapshot, and loses the
snapshot with the memories it describes."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from omem import crypto
from omem import jobs
from omem import privacy
from omem.config import Settings
from omem.config import new_fernet_key
from omem.embeddings import get_embedder
from omem.memory import retrieve
from omem.memory import snapshots
from omem.memory.edit import archive_memory
from omem.memory.edit import delete_memory
from omem.memory.edit import edit_memory
from omem.memory.extract import Extracted
from omem.memory.index import IndexCache
from omem.memory.index import indexes
from omem.memory.index import load_index
from omem.memory.store import save_memories
from omem.models import Memory
from omem.models import User
from tests.factories import make_conversation
from tests.factories import make_user

NOW = dt.datetime(2026, 3, 10, 12, 0)
FACTS = [
    ("My dog Biscuit is a beagle and he hates the vacuum cleaner.", (1,)),
    ("We moved to 14 Larchmont Road in the spring.", (3,)),
    ("My daughter Priya starts at Hawthorne Elementary in September.", (5,)),
    ("I take metformin twice a day for my blood sugar.", (7,)),
    ("Please call me on my mobile, not the landline.", ()),
    ("The plumber quoted four hundred dollars for the boiler valve.", (9,)),
]
QUESTIONS = [
    "what kind of dog does the caller have",
    "where does the caller live now",
    "which school will the daughter go to",
    "what medication is the caller on",
    "how should we contact them",
    "how much was the boiler quote",
]


@pytest.fixture(autouse=True)
def _fresh_indexes() -> Iterator[None]:
    indexes.clear()  # user ids repeat across the per-test databases
    yield
    indexes.clear()


def _save(user: User, settings: Settings, facts: list[tuple[str, tuple[int, ...]]]) -> list[int]:
    items = [Extracted(text, "semantic", 0.5, 0.8, turns, context="and?") for text, turns in facts]
    call = make_conversation(user, started_at=NOW)
    saved = save_memories(
        user.id,
        items,
        get_embedder(settings),
        settings,
        occurred_at=NOW,
        conversation_ref=call.conversation_id,
        conversation_pk=call.id,
        now=NOW,
    )
    return saved.created


def _ranking(index_source: object, settings: Settings) -> list[list[tuple[int, float]]]:
    embedder = get_embedder(settings)
    out = []
    for question in QUESTIONS:
        hits, _ = retrieve.rank(
            index_source,  # type: ignore[arg-type]
            question,
            embedder,
            settings,
            sectors=None,
            limit=retrieve.MAX_RESULTS,
            now=NOW,
        )
        out.append([(hit.memory_id, hit.score) for hit in hits])
    return out


def _version(user: User) -> int:
    return int(User.get_by_id(user.id).memory_version)


def test_a_new_process_maps_the_snapshot_and_ranks_exactly_as_from_the_database(
    conn: None, settings: Settings
) -> None:
    user = make_user()
    _save(user, settings, FACTS)
    embedder = get_embedder(settings)
    jobs.publish_index(user.id, settings)  # what the consumer does after each change
    assert snapshots.version_of(user.id, embedder.model) == _version(user)

    worker = IndexCache()  # a gunicorn worker that never served this caller
    mapped = worker.get(user.id, embedder.model, embedder.dimension)
    # Mapped from the file, not read from the database: read-only arrays, nothing decrypted.
    assert not mapped.search.flags.writeable
    assert mapped.contents.decrypted_rows() == []
    from_db = load_index(user.id, embedder.model, embedder.dimension, _version(user))
    assert _ranking(mapped, settings) == _ranking(from_db, settings)
    assert [mapped.contents[r] for r in range(mapped.size)] == [
        from_db.contents[r] for r in range(from_db.size)
    ]
    assert [mapped.turns[r] for r in range(mapped.size)] == [
        FACTS[r][1] for r in range(len(FACTS))
    ]
    assert [mapped.occurred[r] for r in range(mapped.size)] == [NOW] * len(FACTS)
    assert np.array_equal(mapped.keys, from_db.keys)


def test_nothing_a_caller_said_is_readable_in_the_snapshot(
    conn: None, settings: Settings, data_dir: Path
) -> None:
    user = make_user()
    _save(user, settings, FACTS)
    jobs.publish_index(user.id, settings)
    files = list((data_dir / snapshots.DIRECTORY).glob("*.idx"))
    assert len(files) == 1
    raw = files[0].read_bytes().lower()
    for word in ("biscuit", "beagle", "larchmont", "hawthorne", "metformin", "plumber", "boiler"):
        assert word.encode() not in raw
    stem_of_beagle = b"beagl"  # the keyword tokenizer's form of the word, hashed on disk
    assert stem_of_beagle not in raw


def test_a_stale_snapshot_is_brought_up_to_date_without_reading_what_it_holds(
    conn: None, settings: Settings
) -> None:
    user = make_user()
    _save(user, settings, FACTS[:4])
    embedder = get_embedder(settings)
    jobs.publish_index(user.id, settings)
    stale = snapshots.version_of(user.id, embedder.model)
    added = _save(user, settings, FACTS[4:])  # the web stored these; no snapshot yet
    assert snapshots.version_of(user.id, embedder.model) == stale < _version(user)

    index = IndexCache().get(user.id, embedder.model, embedder.dimension)
    assert index.version == _version(user)
    assert [int(i) for i in index.ids[-2:]] == added
    # Only the two new rows were read (and so decrypted); the rest came from the snapshot.
    assert sorted(row for row, _ in index.contents.decrypted_rows()) == [4, 5]
    from_db = load_index(user.id, embedder.model, embedder.dimension, _version(user))
    assert _ranking(index, settings) == _ranking(from_db, settings)


def test_an_edited_memory_is_read_again_not_taken_from_the_snapshot(
    conn: None, settings: Settings
) -> None:
    user = make_user()
    created = _save(user, settings, FACTS)
    embedder = get_embedder(settings)
    jobs.publish_index(user.id, settings)
    Memory.update(
        content="We moved to 9 Orchard Lane in the autumn.",
        version=Memory.version + 1,
        updated_at=NOW + dt.timedelta(days=1),
    ).where(Memory.id == created[1]).execute()
    User.update(memory_version=User.memory_version + 1).where(User.id == user.id).execute()

    index = IndexCache().get(user.id, embedder.model, embedder.dimension)
    assert (
        index.contents[index.position[created[1]]] == "We moved to 9 Orchard Lane in the autumn."
    )
    scores = index.keywords.scores("orchard lane")
    assert scores[index.position[created[1]]] > 0


def test_deleting_a_memory_or_the_caller_removes_their_snapshot(
    conn: None, settings: Settings, data_dir: Path
) -> None:
    user, other = make_user(), make_user()
    created = _save(user, settings, FACTS)
    _save(other, settings, FACTS[:2])
    model = get_embedder(settings).model
    for someone in (user, other):
        jobs.publish_index(someone.id, settings)
    delete_memory(created[0], now=NOW)
    assert snapshots.version_of(user.id, model) is None
    jobs.publish_index(user.id, settings)
    assert snapshots.version_of(user.id, model) == _version(user)

    privacy.delete_user(User.get_by_id(user.id), data_dir, settings.default_region)
    assert not list((data_dir / snapshots.DIRECTORY).glob(f"u{user.id}-*"))
    assert snapshots.version_of(other.id, model) is not None  # nobody else's


def test_a_damaged_or_foreign_snapshot_is_ignored_and_replaced(
    conn: None, settings: Settings, data_dir: Path
) -> None:
    user = make_user()
    _save(user, settings, FACTS)
    embedder = get_embedder(settings)
    jobs.publish_index(user.id, settings)
    (path,) = (data_dir / snapshots.DIRECTORY).glob("*.idx")
    path.write_bytes(path.read_bytes()[:200])  # cut short, as a full disk would leave it
    assert snapshots.read(user.id, embedder.model) is None

    index = IndexCache().get(user.id, embedder.model, embedder.dimension)
    assert index.size == len(FACTS)
    assert snapshots.version_of(user.id, embedder.model) == _version(user)  # written again

    path.write_bytes(b"not a snapshot at all")
    assert snapshots.version_of(user.id, embedder.model) is None
    assert IndexCache().get(user.id, embedder.model, embedder.dimension).size == len(FACTS)


def test_a_snapshot_made_under_other_encryption_keys_is_not_used(
    conn: None, settings: Settings
) -> None:
    """Any step of a key rotation (a key added, one retired) changes the key set: no
    snapshot keeps text that only a retired key can read."""
    user = make_user()
    _save(user, settings, FACTS)
    model = get_embedder(settings).model
    jobs.publish_index(user.id, settings)
    assert snapshots.version_of(user.id, model) == _version(user)
    try:
        crypto.configure([new_fernet_key(), *settings.encryption_keys])
        assert snapshots.version_of(user.id, model) is None
    finally:
        crypto.configure(settings.encryption_keys)
    assert snapshots.version_of(user.id, model) == _version(user)


def test_a_snapshot_whose_rows_other_slot_rules_read_is_not_used(
    conn: None, settings: Settings
) -> None:
    """Slots are read from each row when it enters an index: after the rules or the kind
    reader's weights change, a row kept from an older snapshot would close and be closed by
    the old slots."""
    user = make_user()
    _save(user, settings, FACTS)
    model = get_embedder(settings).model
    jobs.publish_index(user.id, settings)
    assert snapshots.version_of(user.id, model) == _version(user)
    folder = snapshots.directory()
    assert folder is not None
    (path,) = folder.glob(f"u{user.id}-*.idx")
    raw = path.read_bytes()
    mine = json.dumps(snapshots.SLOTS_READ_BY).encode("utf-8")
    assert snapshots.SLOTS_READ_BY.startswith(snapshots.RULES)
    older = json.dumps("0" * len(snapshots.SLOTS_READ_BY)).encode("utf-8")  # offsets hold
    assert mine in raw
    path.write_bytes(raw.replace(mine, older, 1))  # as an older release wrote it
    assert snapshots.version_of(user.id, model) is None


def test_editing_or_archiving_a_memory_removes_the_snapshot_that_holds_it(
    conn: None, settings: Settings
) -> None:
    user = make_user()
    created = _save(user, settings, FACTS)
    embedder = get_embedder(settings)
    jobs.publish_index(user.id, settings)
    edit_memory(created[1], content="We moved to 9 Orchard Lane.", embedder=embedder, now=NOW)
    assert snapshots.version_of(user.id, embedder.model) is None
    jobs.publish_index(user.id, settings)
    archive_memory(created[2], now=NOW)
    assert snapshots.version_of(user.id, embedder.model) is None
