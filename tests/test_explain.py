"""The console's read-only views of memory-query: `retrieve.explain` (why a memory would or
would not be returned) and `recall.query(record=False)` (the search playground), both held
to what a real memory-query call returns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from omem.config import Settings
from omem.embeddings import get_embedder
from omem.memory import edit
from omem.memory import recall
from omem.memory import retrieve
from omem.memory.extract import Extracted
from omem.memory.index import indexes
from omem.memory.store import save_memories
from omem.models import Memory
from omem.models import ToolInvocation
from omem.models import User
from tests.conftest import make_settings
from tests.factories import make_user

NOW = dt.datetime(2026, 3, 10, 12, 0)
LATER = NOW + dt.timedelta(days=3)
FACTS = [
    ("The caller's daughter is called Mia.", 0.6),
    ("The caller's invoice number is INV-20931.", 0.4),
    ("The caller prefers to be contacted by email.", 0.7),
    ("The caller lives in Leeds.", 0.5),
    ("The caller's dog is a beagle named Rex.", 0.3),
    ("The caller works as a nurse.", 0.8),
    ("The caller's accountant is Priya Raman.", 0.5),
    ("The caller's email address changed last month.", 0.2),
    ("The caller wants invoices sent by email, not post.", 0.9),
    ("The caller's son plays football on Saturdays.", 0.4),
    ("The caller asked to be called back in the evening.", 0.6),
    ("The caller's broadband contract ends in May.", 0.5),
]
QUESTION = "How does the caller want to be contacted about invoices?"


@pytest.fixture(autouse=True)
def _fresh_indexes() -> Iterator[None]:
    indexes.clear()
    yield
    indexes.clear()


@pytest.fixture
def unlinked(data_dir: Path) -> Settings:
    """No links: memory-query's order is then the order of the totals alone."""
    return make_settings(data_dir, OMEM_LINK_THRESHOLD="0.99")


def _plant(user: User, settings: Settings) -> list[int]:
    items = [
        Extracted(text, "semantic", salience, confidence=0.7, source_turns=())
        for text, salience in FACTS
    ]
    embedder = get_embedder(settings)
    ids = save_memories(user.id, items, embedder, settings, occurred_at=NOW, now=NOW).created
    for days, memory_id in enumerate(ids):  # a spread of ages for the recency term
        Memory.update(occurred_at=NOW - dt.timedelta(days=days * 5)).where(
            Memory.id == memory_id
        ).execute()
    return ids


def _explain(user: User, memory_id: int, question: str, settings: Settings) -> dict[str, Any]:
    return retrieve.explain(
        user.id,
        memory_id,
        question,
        get_embedder(settings),
        settings,
        names=[user.display_name],
        now=LATER,
    )


def _ask(user: User, question: str, settings: Settings, **kw: Any) -> dict[str, Any]:
    return recall.query(recall.Who(user.uid, None), question, settings, now=LATER, **kw)


def test_explain_total_and_rank_match_memory_query_when_asked_the_same_question(
    conn: None, unlinked: Settings
) -> None:
    user = make_user()
    ids = _plant(user, unlinked)
    explained = {i: _explain(user, i, QUESTION, unlinked) for i in ids}
    returned = _ask(user, QUESTION, unlinked, limit=10)["memories"]
    assert len(returned) > 5
    for position, memory in enumerate(returned, start=1):
        why = explained[memory["id"]]
        assert why["total"] == memory["score"]
        assert why["rank"] == position
        assert why["answer_at_10"] == {"position": position, "score": memory["score"]}
        assert why["returned_at_5"] is (position <= 5)
        assert why["returned_at_10"] is True
    for memory_id in set(ids) - {m["id"] for m in returned}:
        why = explained[memory_id]
        assert not why["returned_at_5"] and not why["returned_at_10"]
        assert why["rank"] is None or why["rank"] > len(returned)


def test_terms_add_up_to_the_total_with_their_weights_when_explained(
    conn: None, unlinked: Settings
) -> None:
    user = make_user()
    ids = _plant(user, unlinked)
    why = _explain(user, ids[8], QUESTION, unlinked)
    terms = {term["name"]: term for term in why["terms"]}
    assert list(terms) == ["keyword", "cosine", "blend", "salience", "recency", "lift"]
    weights = {name: term["weight"] for name, term in terms.items()}
    assert weights == {"keyword": None, "cosine": None, "blend": 0.8, "salience": 0.1,
                       "recency": 0.1, "lift": 1.0}  # fmt: skip
    assert terms["salience"]["value"] == pytest.approx(0.9)
    # Said 40 days before NOW, asked 3 days after it; half-life 30 days.
    assert terms["recency"]["value"] == pytest.approx(0.5 ** (43 / 30), abs=1e-6)
    assert (terms["keyword"]["in_blend"], terms["cosine"]["in_blend"]) == (0.5, 0.5)
    total = sum(term["contribution"] for term in why["terms"] if term["contribution"] is not None)
    assert round(total, 4) == why["total"]
    assert why["cleaned_query"] == "How does want to be contacted about invoices?"
    assert why["in_index"] and why["relevant"] and not why["degraded"]


def test_competitors_are_the_memories_ranked_first_when_explained(
    conn: None, unlinked: Settings
) -> None:
    user = make_user()
    ids = _plant(user, unlinked)
    returned = _ask(user, QUESTION, unlinked, limit=10, record=False)["memories"]
    second = _explain(user, returned[1]["id"], QUESTION, unlinked)
    competitors = second["competitors"]
    assert len(competitors) == retrieve.COMPETITORS
    assert [c["id"] for c in competitors] == [m["id"] for m in returned[:1] + returned[2:6]]
    assert [c["rank"] for c in competitors] == [1, 3, 4, 5, 6]
    assert competitors[0]["total"] == returned[0]["score"]
    assert returned[1]["id"] not in {c["id"] for c in competitors}
    assert set(ids) >= {c["id"] for c in competitors}


def test_memory_is_not_in_the_index_when_it_is_archived(conn: None, unlinked: Settings) -> None:
    user = make_user()
    ids = _plant(user, unlinked)
    edit.archive_memory(ids[8], now=NOW)
    why = _explain(user, ids[8], QUESTION, unlinked)
    assert why["in_index"] is False
    assert (why["rank"], why["total"], why["terms"], why["returned_at_5"]) == (None, None, [],
                                                                              False)  # fmt: skip
    other_callers = _explain(make_user(), ids[2], QUESTION, unlinked)
    assert other_callers["in_index"] is False


def test_rank_is_none_when_nothing_matches_the_question(conn: None, unlinked: Settings) -> None:
    user = make_user()
    ids = _plant(user, unlinked)
    why = _explain(user, ids[0], "zxqv plorf blarg", unlinked)
    assert why["in_index"] and not why["relevant"]
    assert (why["rank"], why["candidates"], why["competitors"]) == (None, 0, [])
    assert not why["returned_at_5"] and not why["returned_at_10"]
    assert len(why["terms"]) == 6  # the terms are still shown


def test_explain_records_nothing_when_it_reads(conn: None, unlinked: Settings) -> None:
    user = make_user()
    ids = _plant(user, unlinked)
    accessed = {m.id: m.last_accessed_at for m in Memory.select()}
    version = User.get_by_id(user.id).memory_version
    for memory_id in ids:
        _explain(user, memory_id, QUESTION, unlinked)
    assert ToolInvocation.select().count() == 0
    assert {m.id: m.last_accessed_at for m in Memory.select()} == accessed
    assert User.get_by_id(user.id).memory_version == version


def test_playground_records_nothing_when_record_is_false(conn: None, unlinked: Settings) -> None:
    user = make_user()
    _plant(user, unlinked)
    embedder = get_embedder(unlinked)
    accessed = {m.id: m.last_accessed_at for m in Memory.select()}
    played = _ask(user, QUESTION, unlinked, record=False)
    index = indexes.get(user.id, embedder.model, embedder.dimension)
    cached_recency = index.accessed.copy()
    again = _ask(user, QUESTION, unlinked, record=False)
    assert ToolInvocation.select().count() == 0
    assert {m.id: m.last_accessed_at for m in Memory.select()} == accessed
    assert (index.accessed == cached_recency).all()
    assert again == played
    assert len(played["memories"]) == 5
    recorded = _ask(user, QUESTION, unlinked)  # the real tool call, at the same moment
    assert ToolInvocation.select().count() == 1
    assert [(m["id"], m["score"]) for m in recorded["memories"]] == [
        (m["id"], m["score"]) for m in played["memories"]
    ]
    assert all("terms" not in m for m in recorded["memories"])


def test_playground_memories_carry_their_terms_when_record_is_false(
    conn: None, unlinked: Settings
) -> None:
    user = make_user()
    _plant(user, unlinked)
    for memory in _ask(user, QUESTION, unlinked, record=False)["memories"]:
        terms = memory["terms"]
        assert set(terms) == {"keyword", "cosine", "blend", "salience", "recency", "lift",
                              "total"}  # fmt: skip
        assert terms["total"] == memory["score"] and "linked_from" not in memory
        assert terms["salience"] == pytest.approx(memory["salience"], abs=0.01)
        expected = _explain(user, memory["id"], QUESTION, unlinked)
        assert {t["name"]: t["value"] for t in expected["terms"]}["cosine"] == pytest.approx(
            terms["cosine"], abs=1e-4
        )


def test_playground_records_nothing_when_the_caller_is_unknown(
    conn: None, settings: Settings
) -> None:
    answer = recall.query(recall.Who("omem_usr_nobody", None), QUESTION, settings, record=False)
    assert answer["memories"] == []
    assert ToolInvocation.select().count() == 0
