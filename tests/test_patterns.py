"""Patterns, run by the `consolidate` lifecycle job on real SQLite files with the local
embedder: a caller's episodes about one subject across calls gain one semantic memory that
states the pattern, with provenance to each call; the episodes stay. The LLM-written
sentence is tested against the fake OpenAI-compatible server."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from omem import lifecycle
from omem.config import Settings
from omem.db import write
from omem.embeddings import get_embedder
from omem.jobs import LIFECYCLE_JOBS
from omem.memory import consolidate
from omem.memory.extract import Extracted
from omem.memory.index import indexes
from omem.memory.store import save_memories
from omem.models import Conversation
from omem.models import ConversationMemory
from omem.models import Memory
from omem.models import MemoryEmbedding
from omem.models import User
from tests.conftest import make_settings
from tests.factories import make_conversation
from tests.factories import make_user
from tests.fake_openai import FakeOpenAI

CONSOLIDATE = {job.name: job for job in LIFECYCLE_JOBS}["consolidate"]
NOW = dt.datetime(2026, 6, 10, 12, 0)
# (when the call started, what the caller said about the boiler, its salience)
BOILER = [
    (dt.datetime(2026, 3, 3, 9), "On 3 March 2026 the caller's boiler stopped working.", 0.5),
    (
        dt.datetime(2026, 3, 17, 9),
        "On 17 March 2026 the caller said the boiler engineer did not turn up.",
        0.7,
    ),
    (
        dt.datetime(2026, 4, 2, 9),
        "On 2 April 2026 the caller's boiler was making a banging noise.",
        0.6,
    ),
    (
        dt.datetime(2026, 4, 28, 9),
        "On 28 April 2026 the caller's boiler lost pressure again.",
        0.55,
    ),
    (
        dt.datetime(2026, 5, 20, 9),
        "On 20 May 2026 the caller asked when the new boiler will be fitted.",
        0.45,
    ),
]
# Something else in each call: never a pattern, whatever is said in how many calls.
ASIDES = [
    "On 3 March 2026 the caller went to the dentist.",
    "On 17 March 2026 the caller's daughter Mia had a cello recital.",
    "On 2 April 2026 the caller booked a flight to Lisbon.",
    "On 28 April 2026 the caller said the weather was lovely.",
    "On 20 May 2026 the caller's broadband went down.",
]
SMALL_TALK = "The caller said thank you and goodbye."


@pytest.fixture(autouse=True)
def _fresh_indexes() -> Iterator[None]:
    indexes.clear()  # user ids repeat across the per-test databases
    yield
    indexes.clear()


def at(moment: dt.datetime) -> Callable[[], dt.datetime]:
    return lambda: moment


def _call(
    user: User, started: dt.datetime, settings: Settings, *said: tuple[str, float]
) -> Conversation:
    """One call of `user` whose episodes are `said` (text, salience), stored as the worker
    stores them; the caller's turns are 1, 3, 5, ..."""
    conversation = make_conversation(user, started_at=started)
    items = [
        Extracted(text, "episodic", salience, 0.7, (2 * n + 1,))
        for n, (text, salience) in enumerate(said)
    ]
    save_memories(
        user.id,
        items,
        get_embedder(settings),
        settings,
        occurred_at=started,
        conversation_ref=conversation.conversation_id,
        conversation_pk=conversation.id,
        now=started,
    )
    return conversation


def _boiler_calls(user: User, settings: Settings) -> list[Conversation]:
    return [
        _call(user, started, settings, (text, salience), (aside, 0.5), (SMALL_TALK, 0.3))
        for (started, text, salience), aside in zip(BOILER, ASIDES, strict=True)
    ]


def _patterns(user: User | None = None) -> list[Memory]:
    ids = ConversationMemory.select(ConversationMemory.memory).where(
        ConversationMemory.extraction_type == "pattern"
    )
    query = Memory.select().where(Memory.id.in_(ids))
    if user is not None:
        query = query.where(Memory.user == user)
    return list(query.order_by(Memory.id))


def _provenance(memory: Memory) -> dict[str, tuple[str, list[int]]]:
    rows = (
        ConversationMemory.select(ConversationMemory, Conversation)
        .join(Conversation)
        .where(ConversationMemory.memory == memory)
    )
    return {
        row.conversation.conversation_id: (row.extraction_type, json.loads(row.source_turns))
        for row in rows
    }


def _episodes() -> list[tuple[Any, ...]]:
    patterns = {m.id for m in _patterns()}
    return [
        (m.id, m.content, m.sector, m.state, m.salience, m.version)
        for m in Memory.select().order_by(Memory.id)
        if m.id not in patterns
    ]


def _due_again(user: User, settings: Settings, started: dt.datetime) -> None:
    """Something new from the caller (not about the boiler), so the next run looks again."""
    _call(user, started, settings, ("On 5 June 2026 the caller bought a bicycle.", 0.5))


def _next_run(settings: Settings, runs: int = 1) -> dt.datetime:
    return NOW + runs * dt.timedelta(hours=settings.lifecycle_interval_hours)


def test_five_calls_about_the_boiler_gain_one_semantic_pattern_with_provenance_to_each_call(
    settings: Settings, conn: None
) -> None:
    user = make_user()
    calls = _boiler_calls(user, settings)
    before = _episodes()
    version = User.get_by_id(user.id).memory_version

    counts = lifecycle.run(CONSOLIDATE, settings, at(NOW))

    assert counts == {"merged": 0, "patterns": 1, "patterns_updated": 0}
    [pattern] = _patterns()
    lead = "The caller has brought up the boiler in 5 calls, from 3 March 2026 to 20 May 2026; "
    assert pattern.content.startswith(lead + "for example: ")
    assert pattern.content.removeprefix(lead + "for example: ") in {t for _, t, _ in BOILER}
    assert (pattern.sector, pattern.state, pattern.user_id) == ("semantic", "active", user.id)
    assert pattern.salience == pattern.base_salience == 0.7  # the most salient episode's
    assert (pattern.valid_from, pattern.occurred_at) == (BOILER[0][0], BOILER[-1][0])
    # Each boiler episode was the caller's first turn of its call.
    assert _provenance(pattern) == {c.conversation_id: ("pattern", [1]) for c in calls}
    [vector] = MemoryEmbedding.select().where(MemoryEmbedding.memory == pattern)
    assert vector.model == get_embedder(settings).model and vector.turn_vector is None
    assert _episodes() == before  # every episode stays, untouched
    after = User.get_by_id(user.id)
    assert after.memory_version > version  # indexes and snapshots reload
    assert after.consolidated_version == after.memory_version


def test_a_second_run_writes_nothing_when_the_cluster_has_no_new_call(
    settings: Settings, conn: None
) -> None:
    user = make_user()
    _boiler_calls(user, settings)
    lifecycle.run(CONSOLIDATE, settings, at(NOW))
    [pattern] = _patterns()
    _due_again(user, settings, dt.datetime(2026, 6, 5, 9))

    counts = lifecycle.run(CONSOLIDATE, settings, at(_next_run(settings)))

    assert counts == {"merged": 0, "patterns": 0, "patterns_updated": 0}
    [again] = _patterns()
    assert (again.id, again.content, again.version) == (pattern.id, pattern.content, 1)
    fresh = User.get_by_id(user.id)
    assert fresh.consolidated_version == fresh.memory_version


def test_a_sixth_call_about_the_boiler_updates_the_pattern_instead_of_adding_one(
    settings: Settings, conn: None
) -> None:
    user = make_user()
    calls = _boiler_calls(user, settings)
    lifecycle.run(CONSOLIDATE, settings, at(NOW))
    [pattern] = _patterns()
    sixth = _call(
        user,
        dt.datetime(2026, 6, 5, 9),
        settings,
        ("On 5 June 2026 the caller's boiler was finally replaced.", 0.5),
        ("On 5 June 2026 the caller asked about the parking permit.", 0.5),
    )

    counts = lifecycle.run(CONSOLIDATE, settings, at(_next_run(settings)))

    assert counts == {"merged": 0, "patterns": 0, "patterns_updated": 1}
    [updated] = _patterns()
    assert updated.id == pattern.id and updated.version == pattern.version + 1
    assert updated.content.startswith(
        "The caller has brought up the boiler in 6 calls, from 3 March 2026 to 5 June 2026; "
    )
    assert (updated.valid_from, updated.occurred_at) == (BOILER[0][0], sixth.started_at)
    assert updated.salience == 0.7
    expected = {c.conversation_id: ("pattern", [1]) for c in [*calls, sixth]}
    assert _provenance(updated) == expected
    assert MemoryEmbedding.select().where(MemoryEmbedding.memory == updated).count() == 1
    assert Memory.get_by_id(updated.id).state == "active"


def test_the_twin_merge_never_folds_a_pattern_and_the_episode_it_quotes(
    settings: Settings, conn: None
) -> None:
    """The pattern quotes its most central episode, so their vectors are close (0.87 here,
    0.94 for a 400-character episode): a lowered consolidation threshold must not make them
    one memory."""
    loose = dataclasses.replace(settings, consolidate_threshold=0.85)
    user = make_user()
    _boiler_calls(user, settings)
    lifecycle.run(CONSOLIDATE, loose, at(NOW))
    [pattern] = _patterns()
    before = _episodes()
    _due_again(user, settings, dt.datetime(2026, 6, 5, 9))

    counts = lifecycle.run(CONSOLIDATE, loose, at(_next_run(settings)))

    assert counts == {"merged": 0, "patterns": 0, "patterns_updated": 0}
    assert [p.id for p in _patterns()] == [pattern.id]
    assert _episodes()[: len(before)] == before


@pytest.mark.parametrize(
    "boiler_calls",
    [
        [
            ["On 3 March 2026 the caller's boiler stopped working."],
            [
                "On 17 March 2026 the caller's boiler lost pressure again.",
                "On 17 March 2026 the caller said the boiler engineer did not turn up.",
            ],
        ],
        [],
    ],
    ids=["boiler in two calls", "no subject twice"],
)
def test_unrelated_episodes_and_a_subject_of_only_two_calls_make_no_pattern(
    settings: Settings, conn: None, boiler_calls: list[list[str]]
) -> None:
    user = make_user()
    for n, ((started, _, _), aside) in enumerate(zip(BOILER, ASIDES, strict=True)):
        boiler = boiler_calls[n] if n < len(boiler_calls) else []
        said = [(aside, 0.5), (SMALL_TALK, 0.3), *((text, 0.6) for text in boiler)]
        _call(user, started, settings, *said)

    counts = lifecycle.run(CONSOLIDATE, settings, at(NOW))

    assert counts == {"merged": 0, "patterns": 0, "patterns_updated": 0}
    assert _patterns() == []
    assert Memory.select().where(Memory.sector == "semantic").count() == 0
    fresh = User.get_by_id(user.id)
    assert fresh.consolidated_version == fresh.memory_version


def test_another_callers_episodes_never_join_a_callers_pattern(
    settings: Settings, conn: None
) -> None:
    first, second = make_user(), make_user()
    for user, rows in ((first, BOILER[:2]), (second, BOILER[2:4])):
        for started, text, salience in rows:
            _call(user, started, settings, (text, salience))
    # Four calls about the boiler, two by each caller: no pattern.
    assert lifecycle.run(CONSOLIDATE, settings, at(NOW)) == {
        "merged": 0,
        "patterns": 0,
        "patterns_updated": 0,
    }

    started, text, salience = BOILER[4]
    third = _call(second, started, settings, (text, salience))
    counts = lifecycle.run(CONSOLIDATE, settings, at(_next_run(settings)))

    assert counts == {"merged": 0, "patterns": 1, "patterns_updated": 0}
    assert _patterns(first) == []
    [pattern] = _patterns(second)
    seconds = Conversation.select().where(Conversation.user == second)
    assert set(_provenance(pattern)) == {c.conversation_id for c in seconds}
    assert third.conversation_id in _provenance(pattern)
    assert "in 3 calls, from 2 April 2026 to 20 May 2026" in pattern.content


def test_a_caller_whose_memories_change_while_drafting_is_left_for_the_next_run(
    settings: Settings, conn: None
) -> None:
    user = make_user()
    _boiler_calls(user, settings)
    limit = consolidate.callers_per_batch(settings)
    step = consolidate.prepare_batch(0, limit, NOW, settings)
    _due_again(user, settings, dt.datetime(2026, 6, 5, 9))  # between drafting and saving

    with write():
        batch = step(0, limit, NOW, settings)

    assert batch.counts == {"merged": 0, "patterns": 0, "patterns_updated": 0}
    assert _patterns() == []
    stale = User.get_by_id(user.id)
    assert stale.consolidated_version < stale.memory_version  # still due
    counts = lifecycle.run(CONSOLIDATE, settings, at(NOW))
    assert counts == {"merged": 0, "patterns": 1, "patterns_updated": 0}


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI.running() as server:
        yield server


@pytest.fixture
def llm_settings(settings: Settings, data_dir: Path, fake: FakeOpenAI) -> Settings:
    """The LLM extractor on the fake server; the embedder stays the local one."""
    llm = make_settings(data_dir, **fake.env(OMEM_EXTRACTOR="llm"))
    assert llm.embedder == settings.embedder == "local"
    return llm


def test_the_llm_writes_the_pattern_sentence_when_it_is_configured(
    settings: Settings, llm_settings: Settings, fake: FakeOpenAI, conn: None
) -> None:
    user = make_user()
    _boiler_calls(user, settings)
    fake.pattern = "The caller has phoned five times since March about failing heating."

    counts = lifecycle.run(CONSOLIDATE, llm_settings, at(NOW))

    assert counts == {"merged": 0, "patterns": 1, "patterns_updated": 0}
    [pattern] = _patterns()
    assert pattern.content == fake.pattern
    request = fake.last("/chat/completions").body
    assert request["response_format"]["json_schema"]["name"] == "pattern"
    told = request["messages"][1]["content"]
    assert told.startswith("Calls: 5, from 3 March 2026 to 20 May 2026.")
    assert all(text in told for _, text, _ in BOILER)
    assert not any(aside in told for aside in ASIDES)
    assert fake.count("/chat/completions") == 1  # one cluster, one sentence
    [vector] = MemoryEmbedding.select().where(MemoryEmbedding.memory == pattern)
    assert vector.model == get_embedder(settings).model

    # Found again by its calls, though the LLM's sentence does not say "boiler".
    fake.pattern = "The caller keeps phoning about their heating."
    _due_again(user, settings, dt.datetime(2026, 6, 5, 9))
    counts = lifecycle.run(CONSOLIDATE, llm_settings, at(_next_run(settings)))
    assert counts == {"merged": 0, "patterns": 0, "patterns_updated": 0}
    assert fake.count("/chat/completions") == 1
    [again] = _patterns()
    assert (again.id, again.content) == (pattern.id, pattern.content)


def test_the_extractive_sentence_is_written_when_the_llm_fails(
    settings: Settings, llm_settings: Settings, fake: FakeOpenAI, conn: None
) -> None:
    user = make_user()
    _boiler_calls(user, settings)
    fake.mode = "error"

    counts = lifecycle.run(CONSOLIDATE, llm_settings, at(NOW))

    assert counts == {"merged": 0, "patterns": 1, "patterns_updated": 0}
    [pattern] = _patterns()
    assert pattern.content.startswith("The caller has brought up the boiler in 5 calls")
    assert fake.count("/chat/completions") == 1
