"""Merging a guest into a known caller (omem.merge)."""

from __future__ import annotations

import datetime as dt
import struct

import pytest
from flask.testing import FlaskClient

from omem import callers
from omem.config import Settings
from omem.db import db
from omem.errors import ApiError
from omem.merge import merge_callers
from omem.models import CallerId
from omem.models import CallerNameToken
from omem.models import Conversation
from omem.models import ConversationMemory
from omem.models import Memory
from omem.models import MemoryEmbedding
from omem.models import MemoryLink
from omem.models import ToolInvocation
from omem.models import User
from omem.models import WebhookEvent
from tests.factories import make_caller_id
from tests.factories import make_conversation
from tests.factories import make_embedding
from tests.factories import make_event
from tests.factories import make_link
from tests.factories import make_memory
from tests.factories import make_tool_invocation
from tests.factories import make_user

T0 = dt.datetime(2026, 3, 1, 9, 0)
NOW = dt.datetime(2026, 3, 20, 12, 0)
GUEST_NUMBER = "+14155550123"
MODEL = "test-model"
THRESHOLD = 0.95


def _vector(*values: float) -> bytes:
    return struct.pack(f"<{len(values)}f", *values)


def _memory(user: User, content: str, vector: tuple[float, ...], **overrides: object) -> Memory:
    memory = make_memory(user, content=content, **overrides)
    make_embedding(memory, dim=len(vector), vector=_vector(*vector), model=MODEL)
    return memory


def _provenance(conversation: Conversation, memory: Memory) -> ConversationMemory:
    return ConversationMemory.create(conversation=conversation, memory=memory, source_turns="[1]")


def _merge(guest: User, known: User) -> dict[str, int]:
    return merge_callers(guest, known, model=MODEL, dedupe_threshold=THRESHOLD, now=NOW)


def _known() -> User:
    known = make_user(
        display_name="Sam Carter",
        summary="Calls about broadband.",
        is_guest=False,
        last_call_at=T0,
        created_at=T0 - dt.timedelta(days=30),
    )
    with db.atomic():
        callers.index_name(known.id, "Sam Carter")
    return known


def _guest(**overrides: object) -> User:
    values: dict[str, object] = {"display_name": "", "is_guest": True, "last_call_at": NOW}
    values.update(overrides)
    guest = make_user(**values)
    make_caller_id(guest, GUEST_NUMBER)
    return guest


def test_merge_moves_everything_of_the_guest_to_the_known_caller(conn: None) -> None:
    known, guest = _known(), _guest()
    make_caller_id(guest, "+14155550199")
    call = make_conversation(guest, started_at=NOW)
    first = _memory(guest, "The caller's router is a Fritzbox.", (1, 0, 0, 0))
    second = _memory(guest, "The caller works nights.", (0, 1, 0, 0))
    _provenance(call, first)
    make_link(first, second, 0.7)
    make_link(second, first, 0.7)
    make_tool_invocation(guest)
    make_event(user=guest)
    before = User.get_by_id(known.id).memory_version

    counts = _merge(guest, known)

    assert counts == {
        "numbers": 2,
        "conversations": 1,
        "memories_moved": 2,
        "memories_merged": 0,
        "links": 2,
        "invocations": 1,
        "events": 1,
    }
    assert User.get_or_none(User.id == guest.id) is None
    assert CallerId.select().where(CallerId.user == known.id).count() == 2
    assert Conversation.get_by_id(call.id).user_id == known.id
    assert {m.id for m in Memory.select().where(Memory.user == known.id)} == {first.id, second.id}
    assert ConversationMemory.get(ConversationMemory.memory == first.id).conversation_id == call.id
    assert MemoryLink.select().where(MemoryLink.source.in_([first.id, second.id])).count() == 2
    assert ToolInvocation.select().where(ToolInvocation.user == known.id).count() == 1
    assert WebhookEvent.select().where(WebhookEvent.user == known.id).count() == 1
    merged = User.get_by_id(known.id)
    assert merged.last_call_at == NOW
    assert merged.display_name == "Sam Carter" and merged.summary == "Calls about broadband."
    assert merged.memory_version > before
    assert merged.summary_version != merged.memory_version  # the summary is due a rewrite
    assert merged.is_guest is False


def test_the_guests_number_resolves_to_the_known_caller_after_a_merge(
    conn: None, settings: Settings
) -> None:
    known, guest = _known(), _guest()
    _merge(guest, known)
    user, created = callers.resolve_user(
        caller_id="(415) 555-0123", region=settings.default_region
    )
    assert (user.id, created) == (known.id, False)
    rows, _ = callers.search_callers(GUEST_NUMBER, settings.default_region)
    assert [row["uid"] for row in rows] == [known.uid]


def test_a_memory_both_have_is_reinforced_not_doubled_when_merging(conn: None) -> None:
    known, guest = _known(), _guest()
    kept = _memory(known, "The caller's daughter is called Mia.", (1, 0, 0, 0), salience=0.5)
    known_call = make_conversation(known)
    _provenance(known_call, kept)
    guest_call = make_conversation(guest)
    # Same words (case and spacing aside), and different words with a near-identical vector:
    # both say what `kept` says. They came from one call, whose provenance lands on `kept`
    # once (the unique (conversation, memory) index).
    same_words = _memory(guest, "the caller's  daughter is called MIA.", (0, 1, 0, 0))
    alike = _memory(guest, "The caller has a daughter named Mia.", (0.99, 0.05, 0, 0))
    other = _memory(guest, "The caller works nights.", (0, 0, 1, 0))
    for memory in (same_words, alike, other):
        _provenance(guest_call, memory)
    make_link(alike, other, 0.6)
    make_link(other, alike, 0.6)
    make_link(same_words, alike, 0.9)  # would become a link from `kept` to itself

    counts = _merge(guest, known)

    assert counts["memories_merged"] == 2 and counts["memories_moved"] == 1
    assert Memory.select().where(Memory.user == known.id).count() == 2
    assert not Memory.select().where(Memory.id.in_([same_words.id, alike.id])).exists()
    reinforced = Memory.get_by_id(kept.id)
    assert reinforced.salience > 0.5
    assert reinforced.version == 3  # once per merged duplicate
    assert reinforced.last_accessed_at == NOW
    assert {
        p.conversation_id
        for p in ConversationMemory.select().where(ConversationMemory.memory == kept.id)
    } == {known_call.id, guest_call.id}
    assert ConversationMemory.select().where(ConversationMemory.memory == kept.id).count() == 2
    links = {(link.source_id, link.target_id) for link in MemoryLink.select()}
    assert links == {(kept.id, other.id), (other.id, kept.id)}
    assert MemoryEmbedding.select().where(MemoryEmbedding.memory == kept.id).count() == 1


def test_another_value_of_the_same_field_is_not_a_duplicate_when_vectors_are_alike(
    conn: None,
) -> None:
    known, guest = _known(), _guest()
    _memory(known, "Appointment date: 2026-04-01.", (1, 0, 0, 0))
    _memory(guest, "Appointment date: 2026-04-08.", (1, 0, 0, 0))
    counts = _merge(guest, known)
    assert (counts["memories_merged"], counts["memories_moved"]) == (0, 1)
    assert Memory.select().where(Memory.user == known.id).count() == 2


def test_the_guests_external_id_and_name_move_when_the_known_caller_has_none(
    conn: None,
) -> None:
    known = make_user(display_name="", is_guest=False)
    guest = _guest(external_id="crm-9", display_name="Zoë O'Brien")
    with db.atomic():
        callers.index_name(guest.id, "Zoë O'Brien")
    _merge(guest, known)
    merged = User.get_by_id(known.id)
    assert (merged.external_id, merged.display_name) == ("crm-9", "Zoë O'Brien")
    assert [r["uid"] for r in callers.search_callers("zoe", "US")[0]] == [known.uid]
    assert CallerNameToken.select().where(CallerNameToken.user == guest.id).count() == 0
    assert [r["uid"] for r in callers.search_callers("crm-9", "US")[0]] == [known.uid]


@pytest.mark.parametrize(
    ("case", "status", "code"),
    [
        ("same", 422, "same_caller"),
        ("known_source", 409, "not_a_guest"),
        ("two_external_ids", 409, "external_id_conflict"),
    ],
)
def test_merge_is_refused_and_changes_nothing_when_it_cannot_be_right(
    conn: None, case: str, status: int, code: str
) -> None:
    known = make_user(display_name="Sam", is_guest=False, external_id="crm-1")
    guest = _guest(external_id="crm-2" if case == "two_external_ids" else None)
    source, target = {
        "same": (guest, guest),
        "known_source": (known, guest),
        "two_external_ids": (guest, known),
    }[case]
    make_memory(guest)
    with pytest.raises(ApiError) as refused:
        _merge(source, target)
    assert (refused.value.status, refused.value.code) == (status, code)
    assert User.select().count() == 2
    assert CallerId.get(CallerId.number == GUEST_NUMBER).user_id == guest.id
    assert Memory.select().where(Memory.user == guest.id).count() == 1


def test_conversation_init_from_the_guests_number_answers_as_the_known_caller_after_a_merge(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    with db.connection_context():
        known, guest = _known(), _guest()
        guest_uid = guest.uid
    before = client.post(
        "/api/v1/webhooks/conversation-init", json={"caller_id": GUEST_NUMBER}, headers=auth
    ).get_json()
    assert before["user_id"] == guest_uid
    assert before["dynamic_variables"]["user_name"] == ""
    with db.connection_context():
        _merge(User.get_by_id(guest.id), User.get_by_id(known.id))
    answer = client.post(
        "/api/v1/webhooks/conversation-init",
        json={"caller_id": "(415) 555-0123", "agent_id": "agent_test"},
        headers=auth,
    ).get_json()
    assert answer["user_id"] == known.uid
    assert answer["dynamic_variables"]["user_name"] == "Sam Carter"
    assert answer["dynamic_variables"]["user_summary"] == "Calls about broadband."
    with db.connection_context():
        assert User.select().count() == 1  # no new guest was made for the number
