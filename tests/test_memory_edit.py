"""Operator changes to one memory (omem.memory.edit): edit, archive, reactivate, delete, and
the console's reads (detail with provenance and history, pages, sectors), each checked
against the rows and against real memory-query calls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from playhouse.test_utils import count_queries

from omem.config import Settings
from omem.embeddings import as_blob
from omem.embeddings import get_embedder
from omem.errors import ApiError
from omem.memory import edit
from omem.memory import recall
from omem.memory.extract import Extracted
from omem.memory.index import indexes
from omem.memory.store import save_memories
from omem.models import ConversationMemory
from omem.models import Memory
from omem.models import MemoryEmbedding
from omem.models import MemoryLink
from omem.models import User
from tests.conftest import make_settings
from tests.factories import make_conversation
from tests.factories import make_memory
from tests.factories import make_turns
from tests.factories import make_user

NOW = dt.datetime(2026, 3, 10, 12, 0)
LATER = NOW + dt.timedelta(days=1)
FACTS = [
    "The caller's daughter is called Mia.",
    "The caller's invoice number is INV-20931.",
    "The caller prefers to be contacted by email.",
    "The caller lives in Leeds.",
    "The caller's dog is a beagle named Rex.",
    "The caller works as a nurse.",
    "The caller's accountant is Priya Raman.",
]


@pytest.fixture(autouse=True)
def _fresh_indexes() -> Iterator[None]:
    indexes.clear()
    yield
    indexes.clear()


def _item(content: str, **fields: Any) -> Extracted:
    values: dict[str, Any] = {
        "sector": "semantic",
        "salience": 0.5,
        "confidence": 0.7,
        "source_turns": (),
    }
    values.update(fields)
    return Extracted(content=content, **values)


def _plant(
    user: User, items: Sequence[Extracted | str], settings: Settings, **kw: Any
) -> list[int]:
    batch = [i if isinstance(i, Extracted) else _item(i) for i in items]
    saved = save_memories(
        user.id, batch, get_embedder(settings), settings, occurred_at=NOW, now=NOW, **kw
    )
    return saved.created


def _ask(user: User, question: str, settings: Settings, **kw: Any) -> list[str]:
    answer = recall.query(recall.Who(user.uid, None), question, settings, now=LATER, **kw)
    return [m["content"] for m in answer["memories"]]


def _version(user: User) -> int:
    return int(User.get_by_id(user.id).memory_version)


def _linked(memory_id: int) -> dict[str, float]:
    """A memory's outgoing links as {target content: weight}."""
    rows = (
        MemoryLink.select(Memory.content, MemoryLink.weight)
        .join(Memory, on=MemoryLink.target == Memory.id)
        .where(MemoryLink.source == memory_id)
        .tuples()
    )
    return {content: round(weight, 5) for content, weight in rows}


def test_memory_query_returns_the_new_text_when_content_is_edited(
    conn: None, settings: Settings
) -> None:
    user = make_user()
    ids = _plant(user, FACTS, settings)
    leeds = ids[FACTS.index("The caller lives in Leeds.")]
    assert _ask(user, "Leeds", settings)[0] == "The caller lives in Leeds."
    edit.edit_memory(
        leeds,
        content="The caller moved to   Bristol, near the harbour.",
        embedder=get_embedder(settings),
        now=LATER,
        settings=settings,
    )
    memory = Memory.get_by_id(leeds)
    assert (memory.content, memory.version, memory.updated_at) == (
        "The caller moved to Bristol, near the harbour.",
        2,
        LATER,
    )
    assert _ask(user, "Which city did the caller move to? Bristol", settings)[0] == (
        "The caller moved to Bristol, near the harbour."
    )
    assert "The caller lives in Leeds." not in _ask(user, "Leeds", settings, limit=20)


def test_vector_is_replaced_and_turn_vector_kept_when_content_is_edited(
    conn: None, settings: Settings
) -> None:
    user = make_user()
    embedder = get_embedder(settings)
    (memory_id,) = _plant(
        user, [_item("The caller lives in Leeds.", passage="I live in Leeds now.")], settings
    )
    before = MemoryEmbedding.get(MemoryEmbedding.memory == memory_id)
    assert before.turn_vector is not None
    edit.edit_memory(memory_id, content="The caller lives in York.", embedder=embedder, now=LATER)
    after = MemoryEmbedding.get(MemoryEmbedding.memory == memory_id)
    assert MemoryEmbedding.select().where(MemoryEmbedding.memory == memory_id).count() == 1
    assert after.turn_vector == before.turn_vector
    assert after.vector != before.vector
    assert bytes(after.vector) == as_blob(embedder.embed(["The caller lives in York."])[0])


def test_cached_index_is_refreshed_when_a_memory_is_edited(conn: None, settings: Settings) -> None:
    user = make_user()
    embedder = get_embedder(settings)
    ids = _plant(user, FACTS, settings)
    cached = indexes.get(user.id, embedder.model, embedder.dimension)
    version = _version(user)
    edit.edit_memory(ids[0], salience=0.9, sector="episodic", embedder=embedder, now=LATER)
    assert _version(user) == version + 1
    edit.edit_memory(
        ids[1], content="The caller's invoice is INV-1.", embedder=embedder, now=LATER
    )
    assert _version(user) == version + 2
    fresh = indexes.get(user.id, embedder.model, embedder.dimension)
    assert fresh is not cached and fresh.version == version + 2
    row, old_row = fresh.position[ids[0]], cached.position[ids[0]]
    assert (float(cached.salience[old_row]), cached.sectors[old_row]) == (0.5, "semantic")
    assert (float(fresh.salience[row]), fresh.sectors[row]) == (pytest.approx(0.9), "episodic")
    assert fresh.contents[fresh.position[ids[1]]] == "The caller's invoice is INV-1."


def test_nothing_is_written_when_an_edit_changes_no_value(conn: None, settings: Settings) -> None:
    user = make_user()
    (memory_id,) = _plant(user, ["The caller lives in Leeds."], settings)
    version = _version(user)
    edit.edit_memory(
        memory_id,
        content=" The caller lives in Leeds. ",
        sector="semantic",
        salience=0.5,
        embedder=get_embedder(settings),
        now=LATER,
    )
    assert Memory.get_by_id(memory_id).version == 1
    assert _version(user) == version


def test_links_are_made_as_storing_makes_them_when_content_is_edited(
    conn: None, data_dir: Path
) -> None:
    settings = make_settings(data_dir, OMEM_LINK_THRESHOLD="0.5")
    embedder = get_embedder(settings)
    new_text = "The caller's accountant Priya Raman also does the caller's taxes."
    edited_user, stored_user = make_user(), make_user()
    ids = _plant(edited_user, FACTS, settings)
    dog = ids[FACTS.index("The caller's dog is a beagle named Rex.")]
    edit.edit_memory(dog, content=new_text, embedder=embedder, now=LATER, settings=settings)
    # The same text stored beside the same other memories links to the same ones, alike.
    others = [fact for fact in FACTS if "beagle" not in fact]
    _plant(stored_user, others, settings)
    (stored,) = _plant(stored_user, [new_text], settings)
    assert _linked(dog) == _linked(stored)
    assert max(_linked(dog), key=_linked(dog).__getitem__) == (
        "The caller's accountant is Priya Raman."
    )
    by_content = {m.content: m.id for m in Memory.select().where(Memory.user == edited_user)}
    incoming = MemoryLink.select().where(MemoryLink.target == dog)
    assert {(link.source_id, round(link.weight, 5)) for link in incoming} == {
        (by_content[text], weight) for text, weight in _linked(dog).items()
    }


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"content": "   \n "}, "empty_content"),
        ({"content": "x" * 2001}, "content_too_long"),
        ({"sector": "gossip"}, "invalid_sector"),
        ({"salience": 1.5}, "invalid_salience"),
        ({"salience": -0.1}, "invalid_salience"),
        ({"salience": float("nan")}, "invalid_salience"),
    ],
)
def test_edit_is_refused_with_a_stable_code_when_a_value_is_invalid(
    conn: None, settings: Settings, changes: dict[str, Any], code: str
) -> None:
    user = make_user()
    (memory_id,) = _plant(user, ["The caller lives in Leeds."], settings)
    version = _version(user)
    with pytest.raises(ApiError) as caught:
        edit.edit_memory(memory_id, embedder=get_embedder(settings), now=LATER, **changes)
    assert (caught.value.code, caught.value.status) == (code, 422)
    memory = Memory.get_by_id(memory_id)
    assert (memory.content, memory.version, _version(user)) == (
        "The caller lives in Leeds.",
        1,
        version,
    )


@pytest.mark.parametrize("change", ["edit", "archive", "reactivate", "delete", "detail"])
def test_unknown_memory_is_refused_with_unknown_memory_when_it_does_not_exist(
    conn: None, settings: Settings, change: str
) -> None:
    calls = {
        "edit": lambda: edit.edit_memory(
            999_999, salience=0.3, embedder=get_embedder(settings), now=LATER
        ),
        "archive": lambda: edit.archive_memory(999_999, now=LATER),
        "reactivate": lambda: edit.reactivate_memory(999_999, now=LATER),
        "delete": lambda: edit.delete_memory(999_999, now=LATER),
        "detail": lambda: edit.memory_detail(999_999),
    }
    with pytest.raises(ApiError) as caught:
        calls[change]()
    assert (caught.value.code, caught.value.status) == ("unknown_memory", 404)


def test_archive_removes_it_from_memory_query_and_reactivate_brings_it_back(
    conn: None, settings: Settings
) -> None:
    user = make_user()
    ids = _plant(user, FACTS, settings)
    invoice = ids[FACTS.index("The caller's invoice number is INV-20931.")]
    version = _version(user)
    assert _ask(user, "invoice INV-20931", settings)[0] == FACTS[1]
    archived = edit.archive_memory(invoice, now=LATER)
    assert (archived.state, archived.version, _version(user)) == ("archived", 2, version + 1)
    assert FACTS[1] not in _ask(user, "invoice INV-20931", settings, limit=20)
    active = edit.reactivate_memory(invoice, now=LATER)
    assert (active.state, active.version, _version(user)) == ("active", 3, version + 2)
    assert _ask(user, "invoice INV-20931", settings)[0] == FACTS[1]


def test_reactivation_is_refused_when_the_memory_is_superseded_by_an_existing_one(
    conn: None,
) -> None:
    user = make_user()
    newer = make_memory(user, content="The caller's appointment is on 2026-04-08.")
    older = make_memory(
        user,
        content="The caller's appointment is on 2026-04-01.",
        state="superseded",
        superseded_by=newer,
    )
    for change in (edit.reactivate_memory, edit.archive_memory):
        with pytest.raises(ApiError) as caught:
            change(older.id, now=LATER)
        assert (caught.value.code, caught.value.status) == ("memory_superseded", 409)
    assert Memory.get_by_id(older.id).state == "superseded"
    edit.delete_memory(newer.id, now=LATER)  # the newer value was wrong
    left = Memory.get_by_id(older.id)
    assert (left.state, left.superseded_by_id, left.updated_at) == ("superseded", None, LATER)
    assert edit.reactivate_memory(older.id, now=LATER).state == "active"


def test_delete_cascades_to_embeddings_links_and_provenance_when_a_memory_is_deleted(
    conn: None, data_dir: Path
) -> None:
    settings = make_settings(data_dir, OMEM_LINK_THRESHOLD="0.5")
    user = make_user()
    call = make_conversation(user)
    ids = _plant(
        user,
        [_item(fact, source_turns=(n,)) for n, fact in enumerate(FACTS)],
        settings,
        conversation_ref=call.conversation_id,
        conversation_pk=call.id,
    )
    doomed, kept = ids[0], ids[1:]
    touching = (MemoryLink.source == doomed) | (MemoryLink.target == doomed)
    assert MemoryLink.select().where(touching).count() > 0
    links_left = MemoryLink.select().where(~touching).count()
    version = _version(user)
    edit.delete_memory(doomed, now=LATER)
    assert Memory.get_or_none(Memory.id == doomed) is None
    assert MemoryEmbedding.select().where(MemoryEmbedding.memory == doomed).count() == 0
    assert ConversationMemory.select().where(ConversationMemory.memory == doomed).count() == 0
    assert MemoryLink.select().where(touching).count() == 0
    assert MemoryLink.select().count() == links_left
    assert Memory.select().where(Memory.id.in_(kept)).count() == len(kept)
    assert MemoryEmbedding.select().count() == ConversationMemory.select().count() == len(kept)
    assert _version(user) == version + 1
    assert FACTS[0] not in _ask(user, "who is my daughter Mia", settings, limit=20)


def test_detail_marks_the_source_turn_and_its_neighbours_when_it_came_from_a_call(
    conn: None, settings: Settings
) -> None:
    user = make_user()
    first = make_conversation(user, started_at=NOW)
    second = make_conversation(user, started_at=LATER)
    make_turns(first, 12)
    make_turns(second, 4)
    (memory_id,) = _plant(
        user,
        [_item("The caller lives in Leeds.", source_turns=(5,))],
        settings,
        conversation_ref=first.conversation_id,
        conversation_pk=first.id,
    )
    save_memories(  # said again in a later call: reinforced, with its own provenance
        user.id,
        [_item("The caller lives in Leeds.", source_turns=(1,))],
        get_embedder(settings),
        settings,
        occurred_at=LATER,
        conversation_ref=second.conversation_id,
        conversation_pk=second.id,
        now=LATER,
    )
    detail = edit.memory_detail(memory_id)
    assert (detail["user_uid"], detail["content"], detail["version"]) == (
        user.uid,
        "The caller lives in Leeds.",
        2,
    )
    one, two = detail["provenance"]
    assert (one["conversation_id"], one["source_turns"]) == (first.conversation_id, [5])
    assert [(t["order"], t["source"]) for t in one["turns"]] == [
        (3, False),
        (4, False),
        (5, True),
        (6, False),
        (7, False),
    ]
    assert one["turns"][2]["message"] == f"turn 5 of {first.conversation_id}"
    assert one["turns"][2]["role"] == "user"
    # Turn 1 of a four-turn call: one neighbour before it, two after.
    assert [(t["order"], t["source"]) for t in two["turns"]] == [
        (0, False),
        (1, True),
        (2, False),
        (3, False),
    ]
    assert [event["kind"] for event in detail["history"]] == ["created", "reinforced", "changed"]


def test_detail_runs_a_fixed_number_of_queries_when_links_and_calls_grow(
    conn: None, data_dir: Path
) -> None:
    settings = make_settings(data_dir, OMEM_LINK_THRESHOLD="0.0")

    def planted(calls: int) -> int:
        user = make_user()
        conversations = [make_conversation(user) for _ in range(calls)]
        for conversation in conversations:
            make_turns(conversation, 8)
        ids = _plant(
            user,
            [_item(fact, source_turns=(3,)) for fact in FACTS[: calls + 1]],
            settings,
            conversation_ref=conversations[0].conversation_id,
            conversation_pk=conversations[0].id,
        )
        for conversation in conversations[1:]:
            ConversationMemory.create(
                conversation=conversation, memory=ids[0], source_turns="[1, 6]"
            )
        return ids[0]

    counts = []
    for memory_id in (planted(1), planted(5)):
        with count_queries() as counted:
            detail = edit.memory_detail(memory_id)
        counts.append(counted.count)
    assert len(detail["provenance"]) == 5 and len(detail["links"]) >= 3
    assert counts[0] == counts[1] == 5


def test_detail_names_what_it_superseded_and_what_superseded_it(conn: None) -> None:
    user = make_user()
    newest = make_memory(user, content="The caller's gate code is 3.", created_at=LATER)
    middle = make_memory(
        user, content="The caller's gate code is 2.", state="superseded", superseded_by=newest
    )
    make_memory(
        user, content="The caller's gate code is 1.", state="superseded", superseded_by=middle
    )
    detail = edit.memory_detail(middle.id)
    assert detail["superseded_by"] == {
        "id": newest.id,
        "content": "The caller's gate code is 3.",
        "state": "active",
    }
    assert [m["content"] for m in detail["supersedes"]] == ["The caller's gate code is 1."]
    assert {event["kind"] for event in detail["history"]} == {
        "created",
        "supersedes",
        "superseded",
    }


def test_links_are_listed_once_per_memory_with_their_direction(conn: None) -> None:
    user = make_user()
    this, both, out, into = (make_memory(user) for _ in range(4))
    MemoryLink.create(source=this, target=both, weight=0.9)
    MemoryLink.create(source=both, target=this, weight=0.9)
    MemoryLink.create(source=this, target=out, weight=0.85)
    MemoryLink.create(source=into, target=this, weight=0.82)
    links = edit.memory_detail(this.id)["links"]
    assert [(link["id"], link["direction"], link["weight"]) for link in links] == [
        (both.id, "both", 0.9),
        (out.id, "out", 0.85),
        (into.id, "in", 0.82),
    ]
    assert links[0]["content"] == both.content


def test_memories_are_paged_newest_first_when_listed_with_a_cursor(conn: None) -> None:
    user, other = make_user(), make_user()
    ids = [make_memory(user, sector="episodic" if n % 2 else "semantic").id for n in range(7)]
    make_memory(other)
    make_memory(user, state="archived")
    pages, cursor = [], None
    while True:
        rows, cursor = edit.list_memories(user.id, state="active", after_id=cursor, limit=3)
        pages.append([row["id"] for row in rows])
        if cursor is None:
            break
    assert pages == [ids[::-1][:3], ids[::-1][3:6], ids[::-1][6:]]
    episodic, _ = edit.list_memories(user.id, sector="episodic")
    assert [row["id"] for row in episodic] == [ids[5], ids[3], ids[1]]
    assert set(episodic[0]) == {
        "id",
        "content",
        "sector",
        "salience",
        "state",
        "last_accessed_at",
        "created_at",
    }
    for bad, code in (({"sector": "gossip"}, "invalid_sector"), ({"state": "x"}, "invalid_state")):
        with pytest.raises(ApiError) as caught:
            edit.list_memories(user.id, **bad)
        assert caught.value.code == code


def test_each_sector_lists_its_most_salient_memories_when_grouped(conn: None) -> None:
    user = make_user()
    for salience in (0.2, 0.9, 0.5, 0.7):
        make_memory(user, sector="procedural", salience=salience, content=f"P {salience}")
    make_memory(user, sector="emotional", salience=0.4, content="E", state="archived")
    make_memory(make_user(), sector="reflective")
    with count_queries() as counted:
        grouped = edit.memories_by_sector(user.id, limit_per_sector=3)
    assert list(grouped) == ["episodic", "semantic", "procedural", "emotional", "reflective"]
    assert [m["content"] for m in grouped["procedural"]["memories"]] == ["P 0.9", "P 0.7", "P 0.5"]
    assert grouped["procedural"]["count"] == 4
    emotional = grouped["emotional"]["memories"]
    assert [(m["content"], m["state"]) for m in emotional] == [("E", "archived")]
    assert grouped["emotional"]["count"] == 1
    for sector in ("reflective", "episodic", "semantic"):
        assert grouped[sector] == {"count": 0, "memories": []}
    # The count, then one query per sector that has any.
    assert counted.count == 3


def test_sector_query_reads_the_salience_index_when_a_caller_has_many_memories(
    conn: None,
) -> None:
    query = (
        Memory.select(Memory.id)
        .where((Memory.user == 1) & (Memory.sector == "semantic"))
        .order_by(Memory.salience.desc(), Memory.id.desc())
        .limit(10)
    )
    sql, params = query.sql()
    plan = " ".join(
        row[-1] for row in Memory._meta.database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params)
    )
    assert "memories_user_id_sector_salience" in plan
    assert "TEMP B-TREE" not in plan
