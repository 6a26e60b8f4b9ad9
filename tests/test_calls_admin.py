"""The call record as operators read it (omem.calls): pages, one call, its audio."""

from __future__ import annotations

import base64
import datetime as dt
import json

import pytest
from flask.testing import FlaskClient
from playhouse.test_utils import count_queries

from omem import calls
from omem.config import Settings
from omem.db import db
from omem.errors import ApiError
from omem.errors import NotFound
from omem.models import Conversation
from omem.models import ConversationMemory
from omem.models import ConversationTurn
from omem.models import Memory
from tests.conftest import WEBHOOK_SECRET
from tests.factories import make_conversation
from tests.factories import make_memory
from tests.factories import make_tool_invocation
from tests.factories import make_user
from tests.helpers import el_signature
from tests.helpers import run_queue
from tests.helpers import sample

POST_CALL = "/api/v1/webhooks/post-call"
SAMPLE_CONVERSATION = "conv_7201k7h3d5rbe0s9m2y4q8pkt1wz"
T0 = dt.datetime(2026, 3, 1, 9, 0)


def _deliver(client: FlaskClient, raw: str) -> None:
    headers = {
        "Content-Type": "application/json",
        "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw),
    }
    assert client.post(POST_CALL, data=raw, headers=headers).get_json()["status"] == "accepted"


def _all_pages(limit: int, **filters: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    cursor: str | None = None
    pages = 0
    while True:
        page, cursor = calls.list_calls(after=cursor, limit=limit, **filters)
        assert len(page) <= limit
        rows.extend(page)
        pages += 1
        if cursor is None:
            return rows
        assert pages < 100


def test_pages_cover_every_call_once_newest_first_when_start_times_tie(conn: None) -> None:
    alice, bob = make_user(display_name="Alice Example"), make_user(display_name="Bob")
    made = []
    for n in range(11):
        # Three calls share each start time (the keyset's tie-break on id is exercised),
        # and one start time has microseconds.
        started = T0 + dt.timedelta(minutes=n // 3, microseconds=250 if n // 3 == 2 else 0)
        made.append(make_conversation(alice if n % 2 else bob, started_at=started))
    newest_first = sorted(made, key=lambda c: (c.started_at, c.id), reverse=True)
    expected = [c.conversation_id for c in newest_first]
    for limit in (1, 2, 3, 4, 11, 50):
        assert [row["conversation_id"] for row in _all_pages(limit)] == expected
    alices = _all_pages(2, user_id=alice.id)
    assert [row["conversation_id"] for row in alices] == [
        c.conversation_id for c in newest_first if c.user.id == alice.id
    ]
    assert {row["caller_name"] for row in alices} == {"Alice Example"}
    assert {row["caller_uid"] for row in alices} == {alice.uid}


def test_call_rows_count_extracted_memories_and_audio_when_listed(conn: None) -> None:
    user = make_user(display_name="Dana")
    with_two = make_conversation(user, started_at=T0, audio_path="x.mp3.fernet", duration_secs=61)
    bare = make_conversation(user, started_at=T0 - dt.timedelta(hours=1), status="failed")
    for _ in range(2):
        ConversationMemory.create(conversation=with_two, memory=make_memory(user))
    rows, cursor = calls.list_calls(limit=10)
    assert cursor is None
    assert rows == [
        {
            "conversation_id": with_two.conversation_id,
            "caller_uid": user.uid,
            "caller_name": "Dana",
            "agent_id": "agent_test",
            "started_at": "2026-03-01T09:00:00Z",
            "duration_secs": 61,
            "status": "done",
            "memories": 2,
            "has_audio": True,
        },
        {
            "conversation_id": bare.conversation_id,
            "caller_uid": user.uid,
            "caller_name": "Dana",
            "agent_id": "agent_test",
            "started_at": "2026-03-01T08:00:00Z",
            "duration_secs": 0,
            "status": "failed",
            "memories": 0,
            "has_audio": False,
        },
    ]


def test_a_page_of_calls_is_one_query_whatever_its_size(conn: None) -> None:
    for n in range(30):
        user = make_user()
        conversation = make_conversation(user, started_at=T0 + dt.timedelta(seconds=n))
        ConversationMemory.create(conversation=conversation, memory=make_memory(user))
    with count_queries() as counted:
        rows, cursor = calls.list_calls(limit=25)
    assert counted.count == 1
    assert len(rows) == 25 and cursor is not None
    with count_queries() as counted:
        rest, end = calls.list_calls(after=cursor, limit=25)
    assert counted.count == 1
    assert len(rest) == 5 and end is None


@pytest.mark.parametrize(
    "cursor",
    [
        "nonsense",
        "2026-03-01T09:00:00~3",
        "1700000000000000~x",
        "~3",
        "1700000000000000~" + "9" * 30,
        "9" * 18 + "~3",
    ],
)
def test_a_malformed_cursor_is_refused_when_listing_calls(conn: None, cursor: str) -> None:
    with pytest.raises(ApiError) as refused:
        calls.list_calls(after=cursor)
    assert (refused.value.status, refused.value.code) == (400, "invalid_cursor")


def test_unknown_conversation_is_not_found_when_asked_for_in_detail(conn: None) -> None:
    with pytest.raises(NotFound) as missing:
        calls.call_detail("conv_nope", include_transcript=True)
    assert missing.value.code == "unknown_conversation"
    assert calls.audio_for("conv_nope") is None


def _sample_call(client: FlaskClient, auth: dict[str, str], audio: bytes) -> None:
    _deliver(client, sample("post-call-transcription.json"))
    payload = json.loads(sample("post-call-audio.json"))
    payload["data"]["full_audio"] = base64.b64encode(audio).decode()
    _deliver(client, json.dumps(payload))
    run_queue()
    with db.connection_context():
        uid = Conversation.get(Conversation.conversation_id == SAMPLE_CONVERSATION).user.uid
    body = {"user_id": uid, "query": "refund", "conversation_id": SAMPLE_CONVERSATION}
    assert client.post("/api/v1/tools/memory-query", json=body, headers=auth).status_code == 200


def test_call_detail_shows_turns_analysis_memories_and_tool_calls_when_transcripts_allowed(
    client: FlaskClient, auth: dict[str, str], settings: Settings
) -> None:
    audio = b"ID3" + bytes(range(256)) * 8
    _sample_call(client, auth, audio)
    raw = json.loads(sample("post-call-transcription.json"))["data"]
    with db.connection_context():
        with count_queries() as counted:
            detail = calls.call_detail(SAMPLE_CONVERSATION, include_transcript=True)
        assert counted.count == 4
        conversation = Conversation.get(Conversation.conversation_id == SAMPLE_CONVERSATION)
        uid = conversation.user.uid
        extracted = [
            m.id
            for m in Memory.select()
            .join(ConversationMemory)
            .where(ConversationMemory.conversation == conversation.id)
            .order_by(Memory.id)
        ]
        found = calls.audio_for(SAMPLE_CONVERSATION, settings.data_dir)
        assert calls.audio_for(SAMPLE_CONVERSATION) == found  # the database's own directory
    assert detail["conversation_id"] == SAMPLE_CONVERSATION
    assert detail["caller_uid"] == uid
    assert detail["started_at"] == "2026-03-10T13:40:00Z"
    assert (detail["duration_secs"], detail["has_audio"]) == (88, True)
    assert detail["termination_reason"] == "Call ended by remote party"
    assert [t["message"] for t in detail["turns"]] == [t["message"] for t in raw["transcript"]]
    assert [t["order"] for t in detail["turns"]] == list(range(len(raw["transcript"])))
    tool_turn = next(t for t in detail["turns"] if t["tool_calls"])
    assert tool_turn["tool_calls"][0]["tool_name"] == "memory_query"  # parsed, not a string
    analysis = detail["analysis"]
    assert analysis["title"] == raw["analysis"]["call_summary_title"]
    assert analysis["summary"] == raw["analysis"]["transcript_summary"]
    assert analysis["data_collection"] == raw["analysis"]["data_collection_results"]
    assert analysis["evaluation"] == raw["analysis"]["evaluation_criteria_results"]
    assert extracted and [m["id"] for m in detail["memories"]] == extracted
    assert all(isinstance(m["source_turns"], list) for m in detail["memories"])
    [invocation] = detail["tool_invocations"]
    assert (invocation["tool"], invocation["status"]) == ("memory_query", "ok")
    assert invocation["request"]["query"] == "refund"
    assert isinstance(invocation["response"]["memories"], list)
    assert found == (audio, "audio/mpeg")


def test_call_detail_hides_turns_and_tool_payloads_when_transcripts_are_not_allowed(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _sample_call(client, auth, b"ID3 audio")
    with db.connection_context():
        with count_queries() as counted:
            detail = calls.call_detail(SAMPLE_CONVERSATION, include_transcript=False)
        assert counted.count == 2
        full = calls.call_detail(SAMPLE_CONVERSATION, include_transcript=True)
    assert detail["turns"] is None
    assert detail["tool_invocations"] is None
    assert {k: v for k, v in full.items() if k not in ("turns", "tool_invocations")} == {
        k: v for k, v in detail.items() if k not in ("turns", "tool_invocations")
    }
    words = [t["message"] for t in full["turns"] if t["message"]]
    shown = json.dumps(detail)
    assert not [w for w in words if w in shown]


def test_call_without_analysis_memories_or_audio_reads_as_empty(conn: None) -> None:
    user = make_user()
    conversation = make_conversation(user, started_at=T0)
    ConversationTurn.create(conversation=conversation, order=0, role="agent", message=None)
    make_tool_invocation(user, conversation_ref="conv_other")
    detail = calls.call_detail(conversation.conversation_id, include_transcript=True)
    assert detail["analysis"] is None
    assert detail["memories"] == []
    assert detail["tool_invocations"] == []
    assert detail["turns"] == [
        {
            "order": 0,
            "role": "agent",
            "message": None,
            "time_in_call_secs": 0,
            "tool_calls": None,
            "tool_results": None,
        }
    ]
    assert detail["has_audio"] is False
    assert calls.audio_for(conversation.conversation_id) is None
