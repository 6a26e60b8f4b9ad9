"""Storing memories: embedding and provenance in one transaction, reinforcement of near-twins,
links, version bumps, extraction exactly once per call, manual provenance, the summary task."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from flask.testing import FlaskClient
from peewee import IntegrityError
from peewee import fn

from omem import pipeline
from omem.config import Settings
from omem.db import db
from omem.embeddings import LOCAL_MODEL_ID
from omem.embeddings import get_embedder
from omem.memory.extract import Extracted
from omem.memory.index import indexes
from omem.memory.redact import CARD
from omem.memory.store import MAX_LINKS
from omem.memory.store import reembed
from omem.memory.store import save_memories
from omem.memory.summary import extractive_summary
from omem.memory.summary import refresh_summary
from omem.models import Conversation
from omem.models import ConversationMemory
from omem.models import Memory
from omem.models import MemoryEmbedding
from omem.models import MemoryLink
from omem.models import User
from omem.models import WebhookEvent
from tests.conftest import WEBHOOK_SECRET
from tests.conftest import make_settings
from tests.factories import make_conversation
from tests.factories import make_user
from tests.helpers import el_signature
from tests.helpers import run_queue
from tests.helpers import sample

NOW = dt.datetime(2026, 3, 10, 12, 0)
SAMPLE_CONVERSATION = "conv_7201k7h3d5rbe0s9m2y4q8pkt1wz"
SAMPLE_UID = "omem_usr_8f3a2c71"


@pytest.fixture(autouse=True)
def _fresh_indexes() -> Iterator[None]:
    # User ids repeat across the per-test databases: never reuse another test's index.
    indexes.clear()
    yield
    indexes.clear()


def _item(content: str, sector: str = "semantic", *, turns: tuple[int, ...] = ()) -> Extracted:
    return Extracted(content, sector, 0.5, 0.7, turns)


def _deliver(client: FlaskClient, raw: str) -> int:
    headers = {
        "Content-Type": "application/json",
        "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw),
    }
    response = client.post("/api/v1/webhooks/post-call", data=raw, headers=headers)
    assert response.status_code == 200
    return int(response.get_json()["event_id"])


def _cosine(settings: Settings, a: str, b: str) -> float:
    vectors = get_embedder(settings).embed([a, b])
    return float(vectors[0] @ vectors[1])


def test_memory_embedding_and_provenance_are_stored_when_a_memory_is_saved(
    conn: None, settings: Settings
) -> None:
    user = make_user()
    conversation = make_conversation(user)
    embedder = get_embedder(settings)
    saved = save_memories(
        user.id,
        [Extracted("The caller's daughter is called Mia.", "semantic", 0.55, 0.7, (1, 3))],
        embedder,
        settings,
        occurred_at=NOW,
        conversation_ref=conversation.conversation_id,
        conversation_pk=conversation.id,
        now=NOW,
    )
    assert saved.reinforced == []
    memory = Memory.get_by_id(saved.created[0])
    assert (memory.content, memory.sector, memory.salience) == (
        "The caller's daughter is called Mia.",
        "semantic",
        0.55,
    )
    assert (memory.user_id, memory.conversation_ref, memory.version) == (
        user.id,
        conversation.conversation_id,
        1,
    )
    embedding = MemoryEmbedding.get(MemoryEmbedding.memory == memory)
    assert embedding.model == embedder.model == LOCAL_MODEL_ID
    assert embedding.dimension == 384
    assert len(embedding.vector) == 384 * 4
    vector = np.frombuffer(embedding.vector, dtype="<f4")
    assert np.allclose(vector, embedder.embed([memory.content])[0])
    assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5
    provenance = ConversationMemory.get(ConversationMemory.memory == memory)
    assert provenance.conversation_id == conversation.id
    assert (provenance.extraction_type, provenance.confidence) == ("auto", 0.7)
    assert json.loads(provenance.source_turns) == [1, 3]


def test_nothing_is_stored_when_one_item_of_the_batch_fails(
    conn: None, settings: Settings
) -> None:
    """Memory, embedding, provenance, links and the version bump commit together or not at all."""
    user = make_user()
    conversation = make_conversation(user)
    items = [
        _item("The caller lives in Leeds."),
        _item("The caller is a nurse.", "no-such-sector"),
    ]
    with pytest.raises(IntegrityError):
        save_memories(
            user.id,
            items,
            get_embedder(settings),
            settings,
            occurred_at=NOW,
            conversation_pk=conversation.id,
        )
    assert Memory.select().count() == 0
    assert MemoryEmbedding.select().count() == 0
    assert ConversationMemory.select().count() == 0
    assert User.get_by_id(user.id).memory_version == 0


@pytest.mark.parametrize(
    "again",
    [
        "The caller's daughter is called Mia.",
        "The caller's daughter is named Mia.",
        "The caller's daughter's name is Mia.",
    ],
)
def test_near_identical_memory_reinforces_the_existing_one_when_cosine_reaches_threshold(
    conn: None, settings: Settings, again: str
) -> None:
    original = "The caller's daughter is called Mia."
    assert _cosine(settings, original, again) >= settings.dedupe_threshold == 0.95
    user = make_user()
    first_call, second_call = make_conversation(user), make_conversation(user)
    embedder = get_embedder(settings)
    created = save_memories(
        user.id, [_item(original, turns=(1,))], embedder, settings,
        occurred_at=NOW, conversation_pk=first_call.id, now=NOW,
    ).created  # fmt: skip
    later = NOW + dt.timedelta(days=3)
    saved = save_memories(
        user.id, [_item(again, turns=(5,))], embedder, settings,
        occurred_at=later, conversation_pk=second_call.id, now=later,
    )  # fmt: skip
    assert saved.created == [] and saved.reinforced == created
    assert Memory.select().count() == 1
    assert MemoryEmbedding.select().count() == 1
    memory = Memory.get_by_id(created[0])
    assert memory.content == original
    assert memory.salience == pytest.approx(0.6)  # 0.5 + (1 - 0.5) * 0.2
    assert memory.last_accessed_at == later
    assert memory.version == 2
    sources = {
        (p.conversation_id, p.source_turns)
        for p in ConversationMemory.select().where(ConversationMemory.memory == memory)
    }
    assert sources == {(first_call.id, "[1]"), (second_call.id, "[5]")}
    assert User.get_by_id(user.id).memory_version == 2


def test_related_memories_are_linked_both_ways_when_cosine_exceeds_link_threshold(
    conn: None, data_dir: Path
) -> None:
    settings = make_settings(data_dir, OMEM_LINK_THRESHOLD="0.5")
    user = make_user()
    embedder = get_embedder(settings)
    daughter = "The caller's daughter is called Mia."
    football = "The caller's daughter plays football on Saturdays."
    invoice = "The caller's invoice number is INV-20931."
    weight = _cosine(settings, daughter, football)
    assert weight > 0.5 > _cosine(settings, daughter, invoice)
    assert _cosine(settings, football, invoice) < 0.5
    ids = save_memories(
        user.id, [_item(daughter), _item(invoice)], embedder, settings, occurred_at=NOW
    ).created
    new = save_memories(user.id, [_item(football)], embedder, settings, occurred_at=NOW).created
    links = {(link.source_id, link.target_id): link.weight for link in MemoryLink.select()}
    assert set(links) == {(new[0], ids[0]), (ids[0], new[0])}
    assert links[(new[0], ids[0])] == links[(ids[0], new[0])] == pytest.approx(weight, abs=1e-5)


def test_links_are_capped_at_five_outgoing_and_never_duplicated_when_many_memories_relate(
    conn: None, data_dir: Path
) -> None:
    settings = make_settings(data_dir, OMEM_LINK_THRESHOLD="0.5")
    user = make_user()
    embedder = get_embedder(settings)
    facts = [
        "The caller's daughter is called Mia.",
        "The caller's daughter Mia is seven years old.",
        "The caller's daughter Mia plays football.",
        "The caller's daughter Mia goes to Oakwood school.",
        "The caller's daughter Mia loves horses.",
        "The caller's daughter Mia is allergic to peanuts.",
        "The caller's daughter Mia has a birthday in June.",
        "The caller's daughter Mia is learning the piano.",
    ]
    vectors = embedder.embed(facts)
    similarity = vectors @ vectors.T
    above = (similarity > 0.5).sum(axis=1) - 1  # neighbours above the threshold
    assert above.max() > MAX_LINKS  # without the cap some memory would have more links
    ids: list[int] = []
    for fact in facts:  # one at a time: each new memory links back to the older ones
        ids += save_memories(user.id, [_item(fact)], embedder, settings, occurred_at=NOW).created
    assert len(ids) == len(facts)
    outgoing = dict(
        MemoryLink.select(MemoryLink.source, fn.COUNT(MemoryLink.id))
        .group_by(MemoryLink.source)
        .tuples()
    )
    assert max(outgoing.values()) == MAX_LINKS
    duplicates = (
        MemoryLink.select(MemoryLink.source, MemoryLink.target)
        .group_by(MemoryLink.source, MemoryLink.target)
        .having(fn.COUNT(MemoryLink.id) > 1)
    )
    assert not duplicates.exists()
    assert not MemoryLink.select().where(MemoryLink.source == MemoryLink.target).exists()
    # The first memory keeps its five strongest neighbours, with weight = cosine.
    position = {memory_id: i for i, memory_id in enumerate(ids)}
    kept = {
        position[link.target_id]: link.weight
        for link in MemoryLink.select().where(MemoryLink.source == ids[0])
    }
    strongest = [int(i) for i in np.argsort(-similarity[0]) if i != 0][:MAX_LINKS]
    assert sorted(kept) == sorted(strongest)
    for target, weight in kept.items():
        assert weight == pytest.approx(float(similarity[0, target]), abs=1e-4)


def test_memory_version_bumps_once_per_save_when_memories_change(
    conn: None, settings: Settings
) -> None:
    user = make_user()
    embedder = get_embedder(settings)
    versions = [User.get_by_id(user.id).memory_version]
    batches = [
        [_item("The caller lives in Leeds."), _item("The caller works as a nurse.")],
        [_item("The caller lives in Leeds.")],  # a reinforcement is a change too
        [],  # nothing to store: nothing changes
    ]
    for batch in batches:
        save_memories(user.id, batch, embedder, settings, occurred_at=NOW)
        versions.append(User.get_by_id(user.id).memory_version)
    assert versions == [0, 1, 2, 2]


def test_sample_call_is_extracted_exactly_once_when_its_event_is_reprocessed(
    client: FlaskClient, settings: Settings
) -> None:
    event_id = _deliver(client, sample("post-call-transcription.json"))
    run_queue()
    with db.connection_context():
        memories = sorted((m.id, m.content, m.salience, m.version) for m in Memory.select())
        provenance = ConversationMemory.select().count()
        version = User.get().memory_version
        assert memories and provenance == len(memories)
        assert {m.conversation_ref for m in Memory.select()} == {SAMPLE_CONVERSATION}
        contents = [m[1] for m in memories]
        assert "Ticket id: T-55102." in contents
        assert "The caller just wants to make sure it's actually going back to the same card." in (
            contents
        )
        # Forced back to pending (a crash after extraction, before completion): run it again.
        WebhookEvent.update(status="pending").where(WebhookEvent.id == event_id).execute()
        assert pipeline.process_event(event_id, settings).status == "completed"
        conversation = Conversation.get()
        assert pipeline.extract_memories(conversation, settings) == 0
        after = sorted((m.id, m.content, m.salience, m.version) for m in Memory.select())
        assert after == memories
        assert ConversationMemory.select().count() == provenance
        assert User.get().memory_version == version


def test_same_facts_reinforce_instead_of_duplicating_when_a_later_call_repeats_them(
    client: FlaskClient,
) -> None:
    _deliver(client, sample("post-call-transcription.json"))
    run_queue()
    with db.connection_context():
        first = {m.id: m.salience for m in Memory.select()}
    payload = json.loads(sample("post-call-transcription.json"))
    payload["data"]["conversation_id"] = "conv_second_call"
    _deliver(client, json.dumps(payload))
    run_queue()
    with db.connection_context():
        assert Conversation.select().count() == 2
        second = {m.id: m.salience for m in Memory.select()}
        assert set(second) == set(first)
        analysis = {  # ElevenLabs' summary and data collection: repeated every call
            memory_id
            for memory_id, turns in ConversationMemory.select(
                ConversationMemory.memory, ConversationMemory.source_turns
            ).tuples()
            if turns == "[]"
        }
        assert analysis and all(second[i] == first[i] for i in analysis)
        assert all(second[i] > first[i] for i in first if i not in analysis)
        per_memory = (
            ConversationMemory.select(ConversationMemory.memory, fn.COUNT(ConversationMemory.id))
            .group_by(ConversationMemory.memory)
            .tuples()
        )
        assert {count for _, count in per_memory} == {2}


def test_manual_memory_gets_manual_provenance_when_its_call_transcript_is_processed(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    with db.connection_context():
        make_user(uid=SAMPLE_UID)  # as conversation-init made it, before the call
    stored = client.post(
        "/api/v1/tools/memory-store",
        json={
            "user_id": SAMPLE_UID,
            "conversation_id": SAMPLE_CONVERSATION,
            "content": "remember that my gate code is 4412",
        },
        headers=auth,
    )
    assert stored.status_code == 200
    memory_id = stored.get_json()["memory"]["id"]
    with db.connection_context():
        assert ConversationMemory.select().count() == 0  # no conversation row mid-call
    _deliver(client, sample("post-call-transcription.json"))
    run_queue()
    with db.connection_context():
        conversation = Conversation.get(Conversation.conversation_id == SAMPLE_CONVERSATION)
        assert conversation.user.uid == SAMPLE_UID
        provenance = ConversationMemory.get(ConversationMemory.memory == memory_id)
        assert provenance.conversation_id == conversation.id
        assert provenance.extraction_type == "manual"
        automatic = ConversationMemory.select().where(ConversationMemory.extraction_type == "auto")
        assert automatic.count() == Memory.select().count() - 1


def test_manual_memory_keeps_manual_provenance_when_the_transcript_repeats_the_fact(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    """The usual case: the caller says the fact, the agent stores it mid-call, and the
    transcript then contains it too. Extraction reinforces the manual memory (no duplicate),
    and the provenance must still say the memory was stored on request."""
    with db.connection_context():
        make_user(uid=SAMPLE_UID)  # as conversation-init made it, before the call
    stored = client.post(
        "/api/v1/tools/memory-store",
        json={
            "user_id": SAMPLE_UID,
            "conversation_id": SAMPLE_CONVERSATION,
            "content": "remember that my gate code is 4412",
        },
        headers=auth,
    ).get_json()
    payload = json.loads(sample("post-call-transcription.json"))
    payload["data"]["transcript"].append(
        {"role": "user", "message": "My gate code is 4412.", "time_in_call_secs": 87}
    )
    _deliver(client, json.dumps(payload))
    run_queue()
    with db.connection_context():
        gate = [m for m in Memory.select() if "gate code" in m.content]  # encrypted in SQL
        assert [m.id for m in gate] == [stored["memory"]["id"]]
        assert gate[0].version == 2  # reinforced by the extraction
        provenance = ConversationMemory.get(ConversationMemory.memory == gate[0])
        assert provenance.extraction_type == "manual"


def test_summary_is_written_extractively_when_memories_changed(
    conn: None, settings: Settings
) -> None:
    user = make_user()
    embedder = get_embedder(settings)
    items = [
        Extracted("On 9 March 2026, the caller's router broke.", "episodic", 0.9, 0.7, ()),
        Extracted("The caller prefers to be contacted by email.", "procedural", 0.6, 0.7, ()),
        Extracted("The caller lives in Leeds.", "semantic", 0.5, 0.7, ()),
    ]
    save_memories(user.id, items, embedder, settings, occurred_at=NOW)
    assert refresh_summary(user.id, settings) is True
    fresh = User.get_by_id(user.id)
    # Stable facts first (semantic, procedural, episodic), whatever their salience.
    assert fresh.summary == (
        "The caller lives in Leeds. The caller prefers to be contacted by email. "
        "On 9 March 2026, the caller's router broke."
    )
    assert fresh.summary == extractive_summary([(i.content, i.sector) for i in items])
    assert fresh.summary_version == fresh.memory_version == 1


def test_summary_refresh_is_a_no_op_when_memory_version_equals_summary_version(
    conn: None, settings: Settings
) -> None:
    user = make_user()
    save_memories(
        user.id, [_item("The caller lives in Leeds.")], get_embedder(settings), settings,
        occurred_at=NOW,
    )  # fmt: skip
    assert refresh_summary(user.id, settings) is True
    User.update(summary="kept as it is").where(User.id == user.id).execute()
    assert refresh_summary(user.id, settings) is False
    fresh = User.get_by_id(user.id)
    assert (fresh.summary, fresh.summary_version, fresh.memory_version) == ("kept as it is", 1, 1)


def _field(value: str) -> Extracted:
    return Extracted(
        f"Move date: {value}.", "semantic", 0.2, 0.9, (), analysis=True, slot="Move date: "
    )


def test_a_later_call_supersedes_the_earlier_value_of_a_data_collection_field(
    conn: None, settings: Settings
) -> None:
    user = make_user()
    embedder = get_embedder(settings)
    kw = {"occurred_at": NOW, "now": NOW}
    [old] = save_memories(
        user.id, [_field("2026-04-01")], embedder, settings, conversation_ref="c1", **kw
    ).created
    saved = save_memories(
        user.id, [_field("2026-04-08")], embedder, settings, conversation_ref="c2", **kw
    )
    [new] = saved.created
    assert saved.superseded == [old]
    replaced = Memory.get_by_id(old)
    assert (replaced.state, replaced.superseded_by_id) == ("superseded", new)
    index = indexes.get(user.id, embedder.model, embedder.dimension)
    assert [int(i) for i in index.ids] == [new]


def test_a_data_collection_field_repeated_in_the_same_call_supersedes_nothing(
    conn: None, settings: Settings
) -> None:
    user = make_user()
    saved = save_memories(
        user.id, [_field("2026-04-01"), _field("2026-05-20")], get_embedder(settings), settings,
        occurred_at=NOW, now=NOW, conversation_ref="c1",
    )  # fmt: skip
    assert saved.superseded == []
    assert Memory.select().where(Memory.state == "active").count() == len(saved.created)


def test_a_repeated_analysis_value_reinforces_without_raising_salience(
    conn: None, settings: Settings
) -> None:
    user = make_user()
    embedder = get_embedder(settings)
    kw = {"occurred_at": NOW, "conversation_ref": "c1"}
    [first] = save_memories(
        user.id, [_field("2026-04-01")], embedder, settings, now=NOW, **kw
    ).created
    later = NOW + dt.timedelta(days=1)
    saved = save_memories(user.id, [_field("2026-04-01")], embedder, settings, now=later, **kw)
    assert saved.reinforced == [first]
    memory = Memory.get_by_id(first)
    assert (memory.salience, memory.last_accessed_at) == (pytest.approx(0.2), later)


def test_one_turn_vector_per_caller_turn_is_stored_when_a_turn_splits_into_memories(
    conn: None, settings: Settings
) -> None:
    user = make_user()
    embedder = get_embedder(settings)
    turn = "The technician came on Thursday. He replaced the coax splitter in the hall."
    pasted = "My card is 4111 1111 1111 1111, and the splitter was cheap."
    items = [
        Extracted("The caller said the technician came on Thursday.", "episodic", 0.5, 0.7, (1,),
                  passage=turn),
        Extracted("He replaced the coax splitter in the hall.", "semantic", 0.5, 0.7, (1,),
                  passage=turn),
        Extracted("The caller said the splitter was cheap.", "semantic", 0.5, 0.7, (3,),
                  passage=pasted),
        Extracted("The caller's gate code is 4412.", "procedural", 0.7, 1.0, ()),  # manual
    ]  # fmt: skip
    created = save_memories(user.id, items, embedder, settings, occurred_at=NOW, now=NOW).created
    stored = {
        e.memory_id: e.turn_vector
        for e in MemoryEmbedding.select().where(MemoryEmbedding.memory.in_(created))
    }
    first, second, third, manual = (stored[memory_id] for memory_id in created)
    assert first == second  # one turn, one vector
    assert np.allclose(np.frombuffer(first, dtype="<f4"), embedder.embed([turn])[0])
    # The card number is masked before the turn is embedded, as in the memory itself.
    masked = embedder.embed([f"My card is {CARD}, and the splitter was cheap."])[0]
    assert np.allclose(np.frombuffer(third, dtype="<f4"), masked, atol=1e-5)
    assert manual is None
    index = indexes.get(user.id, embedder.model, embedder.dimension)
    row = index.position[created[0]]
    assert not np.allclose(index.search[row], index.matrix[row])  # the turn is blended in
    assert float(np.linalg.norm(index.search[row])) == pytest.approx(1.0, abs=1e-5)
    manual_row = index.position[created[3]]
    assert np.array_equal(index.search[manual_row], index.matrix[manual_row])


def test_reembed_gives_older_memories_their_turn_vectors_when_they_have_none(
    client: FlaskClient, settings: Settings
) -> None:
    event_id = _deliver(client, sample("post-call-transcription.json"))
    run_queue()
    with db.connection_context():
        assert WebhookEvent.get_by_id(event_id).status == "completed"
        before = {e.memory_id: e.turn_vector for e in MemoryEmbedding.select()}
        assert any(vector is not None for vector in before.values())  # split turns have one
        cites = {p.memory_id for p in ConversationMemory.select() if json.loads(p.source_turns)}
        MemoryEmbedding.update(turn_vector=None).execute()  # as stored before migration 0005
        assert reembed(get_embedder(settings)) == len(cites)
        after = {e.memory_id: e.turn_vector for e in MemoryEmbedding.select()}
        for memory_id, vector in before.items():
            if memory_id not in cites:  # call-level memories cite no turn
                assert after[memory_id] is None
            elif vector is not None:
                restored = np.frombuffer(after[memory_id], dtype="<f4")
                assert np.allclose(restored, np.frombuffer(vector, dtype="<f4"), atol=1e-5)
            else:  # a turn that was one memory: reembed gives it its turn anyway
                assert after[memory_id] is not None
        assert reembed(get_embedder(settings)) == 0


def test_the_next_init_reflects_a_call_as_soon_as_its_event_is_completed(
    client: FlaskClient, settings: Settings, auth: dict[str, str]
) -> None:
    from omem.jobs import huey

    event_id = _deliver(client, sample("post-call-transcription.json"))
    assert run_queue() == ["process_webhook_event"]
    assert huey.scheduled() == []  # no delayed job stands between the call and the next init
    with db.connection_context():
        assert WebhookEvent.get_by_id(event_id).status == "completed"
        user = User.get()
        assert user.summary_version == user.memory_version > 0
    init = client.post(
        "/api/v1/webhooks/conversation-init", json=json.loads(sample("init-request.json")),
        headers=auth,
    )  # fmt: skip
    variables = init.get_json()["dynamic_variables"]
    assert variables["user_summary"] == user.summary != ""
    assert "T-55102" in variables["memory_context"] + variables["user_summary"]


def test_with_the_llm_extractor_the_worker_writes_the_summary_and_leaves_the_llm_its_rewrite(
    conn: None, settings: Settings
) -> None:
    import dataclasses

    user = make_user()
    save_memories(
        user.id, [_item("The caller lives in Leeds.")], get_embedder(settings), settings,
        occurred_at=NOW,
    )  # fmt: skip
    llm = dataclasses.replace(settings, extractor="llm")
    assert refresh_summary(user.id, llm, llm=False) is True
    fresh = User.get_by_id(user.id)
    assert fresh.summary == "The caller lives in Leeds."
    assert fresh.summary_version < fresh.memory_version  # still due for the LLM's version
