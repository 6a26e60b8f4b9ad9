"""The kind reader (omem.memory.kinds) with the shipped weights and the real local model:
what it reads where the rules read nothing, what it never reads, and a change it reads
closing the old value in the store."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import numpy as np
import pytest
from flask.testing import FlaskClient

from omem.db import db
from omem.embeddings import LOCAL_MODEL_ID
from omem.embeddings import LocalEmbedder
from omem.embeddings import get_embedder
from omem.memory import kinds
from omem.memory import retrieve
from omem.memory import snapshots
from omem.memory.extract import Extracted
from omem.memory.index import indexes
from omem.memory.kinds import ASK_AT
from omem.memory.kinds import READ_AT
from omem.memory.kinds import KindReader
from omem.memory.kinds import asked_by_reader
from omem.memory.kinds import read_slots
from omem.memory.kinds import reader_for
from omem.memory.kinds import version
from omem.memory.store import save_memories
from omem.memory.supersede import RULES
from omem.memory.supersede import asked_slots
from omem.memory.supersede import slots_of
from omem.models import Memory
from tests.conftest import make_settings
from tests.factories import make_user
from tests.test_init_selection import _call

NOW = dt.datetime(2026, 3, 10, 12, 0)


@functools.cache
def _vector(content: str) -> np.ndarray:
    return LocalEmbedder().embed([content])[0]


@functools.cache
def _query(question: str) -> np.ndarray:
    return LocalEmbedder().embed_query(question)


def _read(content: str, language: str = "en") -> tuple[str, ...]:
    return read_slots(content, _vector(content), LOCAL_MODEL_ID, language)


@pytest.mark.parametrize(
    ("memory", "slot"),
    [
        ("The caller has been at Apex Insurance since the children left school.", "job"),
        ("Ooh, here it is, 5552180, the caller wrote it on a bit of paper.", "phone"),
    ],
)
def test_the_reader_reads_a_kind_the_rules_leave_unread(memory: str, slot: str) -> None:
    assert slots_of(memory) == ()
    assert _read(memory) == (slot,)


@pytest.mark.parametrize(
    "memory",
    [
        "The caller's son has been at Apex Insurance since he left school.",  # someone else's
        'The caller asked: "Is 5552180 still the number you have?"',  # a question
        "On 3 March 2025: Rosa said she has been at Apex Insurance for years.",  # a summary
        "The caller is a patient at the Riverside Clinic.",  # read as a doctor, with no "Dr X"
        "The parcel went to 12 Mill Road by mistake.",
        "The caller is at Heathrow, home tomorrow.",
        "The caller banks with Brightwater Bank.",
        # where the rules' own guards for the kind speak (supersede.held_back)
        "Dr Lee is the vet the caller and others take Rusty to.",  # a pet's doctor
        "The caller's dentist is Dr Wong on the high street.",  # another kind
        "Dr Okafor at the hospital is doing the caller's operation.",
        "Dr Hughes referred the caller to Dr Mensah at the Royal.",
        "The caller would like an appointment with Dr Green please.",
        "The caller saw Dr Patel on 24 February 2025 about their blood pressure.",  # a visit
        "The caller has been a Barclays customer since the eighties, nearly forty years.",
        "The caller has been volunteering at Oxfam since they retired, fifteen years now.",
        "Please deliver it to 45 High Street, that's the shop where the caller works.",
        "The caller said the parcel got left at 16 Birch Road by mistake.",
        "Your office at 100 Queen Street was closed when the caller went.",
        "The courtesy car they gave the caller is a Nissan Micra.",  # for a while
    ],
)
def test_the_reader_reads_nothing_of_what_is_not_the_callers_own_value(memory: str) -> None:
    assert slots_of(memory) == ()
    assert _read(memory) == ()


def test_the_reader_reads_only_english_with_the_model_it_was_trained_on() -> None:
    memory = "The caller has been at Apex Insurance since the children left school."
    assert _read(memory, "es") == ()
    assert reader_for("text-embedding-3-small") is None
    reader = reader_for(LOCAL_MODEL_ID)
    assert reader is not None and 0.5 < READ_AT < 1
    assert reader.weights.shape == (384, len(reader.classes)) and "none" in reader.classes


def test_index_snapshots_are_read_again_when_the_weights_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert snapshots.SLOTS_READ_BY == f"{RULES}; kinds {version()}"
    assert len(version()) == 12
    shipped = version()
    other = tmp_path / "kinds.npz"
    reader = reader_for(LOCAL_MODEL_ID)
    assert reader is not None
    KindReader(reader.model, reader.weights * 2, reader.bias, reader.classes).save(other)
    monkeypatch.setattr(kinds, "KINDS_FILE", other)
    assert version() not in ("", shipped)  # other weights: another snapshot key
    monkeypatch.setattr(kinds, "KINDS_FILE", tmp_path / "missing.npz")
    assert version() == ""


def test_a_change_closes_a_value_only_the_reader_read(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    told = "Ooh, here it is, five five five, two one eight zero, I wrote it on some paper."
    _call(client, "conv_old", dt.date(2026, 1, 5), [("Anything else?", told)])
    _call(
        client,
        "conv_new",
        dt.date(2026, 3, 2),
        [("What's new?", "My number's changed, it's 5559034 now.")],
    )
    with db.connection_context():
        memories = list(Memory.select())
    old = next(m for m in memories if "5552180" in m.content)
    new = next(m for m in memories if "5559034" in m.content)
    assert slots_of(old.content) == ()  # the reader read it, not the rules
    assert (old.state, old.superseded_by_id) == ("superseded", new.id)
    assert new.state == "active"


# The question reader (kinds.asked_by_reader): questions written for this test, in none of the
# phrasings it was trained on, that the rules (supersede.asked_slots) read nothing in.
@pytest.mark.parametrize(
    ("question", "slot"),
    [
        ("What do you have on file as my home?", "address"),
        ("What tablets am I on for my heart?", "dose:"),
    ],
)
def test_the_question_reader_names_the_slot_a_question_asks_for(question: str, slot: str) -> None:
    assert asked_slots(question) == ()
    assert asked_by_reader(_query(question), LOCAL_MODEL_ID) == (slot,)


@pytest.mark.parametrize(
    "question",
    [
        "What did I do at the weekend?",
        "How was my holiday in Spain?",
        "What did the plumber say about the boiler?",
        "Who recommended the Thai place?",
    ],
)
def test_the_question_reader_names_nothing_in_other_questions(question: str) -> None:
    assert asked_by_reader(_query(question), LOCAL_MODEL_ID) == ()


def test_the_question_reader_reads_only_with_the_model_it_was_trained_on() -> None:
    vector = _query("What do you have on file as my home?")
    assert asked_by_reader(vector, "text-embedding-3-small") == ()
    assert 0.5 < ASK_AT < 1


def test_what_the_question_reader_names_lifts_that_slot_in_memory_query(
    conn: None, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = make_settings(data_dir, OMEM_LINK_THRESHOLD="0.99")
    user = make_user()
    said = [
        "The caller lives at 12 Oak Street.",
        "The caller's sister has a lovely home by the sea.",
        "The caller is redecorating the front room.",
    ]
    items = [Extracted(t, "semantic", 0.5, confidence=0.7, source_turns=()) for t in said]
    embedder = get_embedder(settings)
    home = save_memories(user.id, items, embedder, settings, occurred_at=NOW, now=NOW).created[0]
    question = "What do you have on file as my home?"

    def lift() -> float:
        indexes.clear()
        why = retrieve.explain(user.id, home, question, embedder, settings, names=[], now=NOW)
        return next(t["value"] for t in why["terms"] if t["name"] == "lift")

    assert lift() == pytest.approx(retrieve.SLOT_LIFT)
    monkeypatch.setattr(kinds, "ASKS_FILE", data_dir / "missing.npz")  # no reader: no lift
    assert lift() == pytest.approx(0.0)


def test_a_memory_the_kind_reader_finds_of_the_asked_kind_is_lifted_beside_the_slot(
    conn: None, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change no rule reads ("parted ways") competes with the old value a rule read
    ("coffee every morning"): both are lifted for "Do I drink coffee?"."""
    settings = make_settings(data_dir, OMEM_LINK_THRESHOLD="0.99")
    user = make_user()
    said = [
        "The caller has coffee every morning.",
        "Coffee and the caller have parted ways, the doctor insisted.",
        "The caller's husband drinks coffee all day long.",
    ]
    assert slots_of(said[0]) == ("habit:coffee/yes",)
    assert slots_of(said[1]) == slots_of(said[2]) == ()
    items = [Extracted(t, "semantic", 0.5, confidence=0.7, source_turns=()) for t in said]
    embedder = get_embedder(settings)
    ids = save_memories(user.id, items, embedder, settings, occurred_at=NOW, now=NOW).created
    question = "Do I drink coffee?"

    def lifts() -> list[float]:
        indexes.clear()
        explained = [
            retrieve.explain(user.id, i, question, embedder, settings, names=[], now=NOW)
            for i in ids
        ]
        return [next(t["value"] for t in w["terms"] if t["name"] == "lift") for w in explained]

    lift = retrieve.SLOT_LIFT
    assert lifts() == pytest.approx([lift, lift, 0.0])  # never someone else's
    monkeypatch.setattr(kinds, "SAID_OF_AT", 1.01)
    assert lifts() == pytest.approx([lift, 0.0, 0.0])


def test_the_kind_reader_lifts_only_kinds_that_hold_one_value_at_a_time() -> None:
    memory = "The caller's cat Biscuit is off her food."
    vector = _vector(memory)[None]
    reader = reader_for(LOCAL_MODEL_ID)
    assert reader is not None
    said = reader.probabilities(vector)[0]
    assert said[reader.classes.index("pet")] >= kinds.SAID_OF_AT  # a pet, clearly, yet
    assert kinds.said_of(("pet:",), vector, [memory], LOCAL_MODEL_ID) == [False]
    assert kinds.said_of(("job",), vector, [memory], LOCAL_MODEL_ID) == [False]
    assert kinds.said_of(("pet:",), vector, [memory], "text-embedding-3-small") == [False]
