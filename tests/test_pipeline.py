"""The worker's service: events become conversations, turns and analyses, exactly once."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from flask import Flask
from flask.testing import FlaskClient

from omem import inbox
from omem import pipeline
from omem.clock import utcnow
from omem.config import Settings
from omem.db import db
from omem.jobs import requeue_dead_events
from omem.models import CallerId
from omem.models import Conversation
from omem.models import ConversationAnalysis
from omem.models import ConversationTurn
from omem.models import User
from omem.models import WebhookEvent
from tests.conftest import WEBHOOK_SECRET
from tests.helpers import el_signature
from tests.helpers import run_queue
from tests.helpers import sample

URL = "/api/v1/webhooks/post-call"


def _deliver(client: FlaskClient, raw: str) -> int:
    headers = {
        "Content-Type": "application/json",
        "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw),
    }
    response = client.post(URL, data=raw, headers=headers)
    assert response.status_code == 200
    return int(response.get_json()["event_id"])


def test_sample_transcription_flows_through_the_real_queue(client: FlaskClient) -> None:
    event_id = _deliver(client, sample("post-call-transcription.json"))
    # The worker rewrites the summary itself (offline): no summary job follows the event.
    assert run_queue() == ["process_webhook_event"]
    with db.connection_context():
        event = WebhookEvent.get_by_id(event_id)
        assert (event.status, event.attempts) == ("completed", 1)
        conversation = Conversation.get(Conversation.conversation_id == event.conversation_ref)
        turns = list(conversation.turns.order_by(ConversationTurn.order))
        raw = json.loads(sample("post-call-transcription.json"))["data"]
        assert [t.order for t in turns] == list(range(len(raw["transcript"])))
        assert [t.message for t in turns] == [t["message"] for t in raw["transcript"]]
        assert [t.role for t in turns] == [t["role"] for t in raw["transcript"]]
        tool_call = next(t for t in turns if t.tool_calls)
        assert json.loads(tool_call.tool_calls)[0]["tool_name"] == "memory_query"
        assert any(t.tool_results for t in turns)
        assert conversation.duration_secs == 88
        assert conversation.started_at == dt.datetime(2026, 3, 10, 13, 40)
        assert conversation.termination_reason == "Call ended by remote party"
        analysis = ConversationAnalysis.get(ConversationAnalysis.conversation == conversation)
        assert analysis.call_successful == "success"
        assert "T-55102" in analysis.data_collection
        assert "issue_resolved" in analysis.evaluation
        user = conversation.user
        assert [c.number for c in user.caller_ids] == ["+14155550123"]
        assert user.last_call_at == conversation.started_at
        assert event.user_id == user.id


def test_reprocessing_a_completed_event_changes_nothing(
    client: FlaskClient, settings: Settings
) -> None:
    event_id = _deliver(client, sample("post-call-transcription.json"))
    run_queue()
    with db.connection_context():
        before = (Conversation.select().count(), ConversationTurn.select().count())
        assert pipeline.process_event(event_id, settings).status == "skipped"
        # Even forced back to pending (a crash after commit, before completion) it is idempotent.
        WebhookEvent.update(status="pending").where(WebhookEvent.id == event_id).execute()
        assert pipeline.process_event(event_id, settings).status == "completed"
        after = (Conversation.select().count(), ConversationTurn.select().count())
        assert ConversationAnalysis.select().count() == 1
    assert before == after


def test_dynamic_variable_user_id_wins_over_the_number(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    init = client.post(
        "/api/v1/webhooks/conversation-init", json={"caller_id": None}, headers=auth
    ).get_json()
    payload = json.loads(sample("post-call-transcription.json"))
    variables = payload["data"]["conversation_initiation_client_data"]["dynamic_variables"]
    variables["user_id"] = init["user_id"]
    _deliver(client, json.dumps(payload))
    run_queue()
    with db.connection_context():
        conversation = Conversation.get()
        assert conversation.user.uid == init["user_id"]
        assert CallerId.select().count() == 0


def test_anonymous_web_call_uses_elevenlabs_user_id_when_no_number(client: FlaskClient) -> None:
    payload = json.loads(sample("post-call-transcription.json"))
    data = payload["data"]
    data["metadata"]["phone_call"] = None
    data["user_id"] = "crm-99"
    variables = data["conversation_initiation_client_data"]["dynamic_variables"]
    for key in ("user_id", "system__caller_id"):
        variables.pop(key)
    _deliver(client, json.dumps(payload))
    run_queue()
    with db.connection_context():
        assert Conversation.get().user.external_id == "crm-99"


@pytest.mark.parametrize(
    ("name", "reason", "number"),
    [
        ("call-initiation-failure.json", "no-answer", "+14155550123"),
        ("call-initiation-failure-twilio.json", "busy", "+14155550123"),
    ],
)
def test_initiation_failure_is_recorded_against_the_callee(
    client: FlaskClient, name: str, reason: str, number: str
) -> None:
    _deliver(client, sample(name))
    run_queue()
    with db.connection_context():
        conversation = Conversation.get()
        assert conversation.status == "initiation_failed"
        assert conversation.termination_reason == reason
        assert [c.number for c in conversation.user.caller_ids] == [number]
        assert ConversationTurn.select().count() == 0


@pytest.mark.parametrize("audio_first", [True, False])
def test_audio_is_linked_to_its_conversation_in_either_order(
    client: FlaskClient, audio_first: bool
) -> None:
    deliveries = [sample("post-call-audio.json"), sample("post-call-transcription.json")]
    for raw in deliveries if audio_first else reversed(deliveries):
        _deliver(client, raw)
        run_queue()
    with db.connection_context():
        assert Conversation.get().audio_path == "conv_7201k7h3d5rbe0s9m2y4q8pkt1wz.mp3.fernet"
        assert WebhookEvent.select().where(WebhookEvent.status == "completed").count() == 2


def _poisoned(settings: Settings) -> int:
    payload = json.dumps({"type": "post_call_transcription", "data": {"transcript": "bad"}})
    return inbox.record_event("post_call_transcription", "poison:1", "poison", payload).event_id


def test_poisoned_event_backs_off_then_dies_after_max_attempts(
    app: Flask, settings: Settings
) -> None:
    with db.connection_context():
        event_id = _poisoned(settings)
        now = utcnow()
        delays = []
        for attempt in range(1, 6):
            outcome = pipeline.process_event(event_id, settings, now)
            event = WebhookEvent.get_by_id(event_id)
            assert event.attempts == attempt
            assert "InvalidRequest" in event.last_error
            if attempt < 5:
                assert outcome.status == "retry"
                assert event.status == "failed"
                delays.append(outcome.retry_in)
                # Not due yet: a claim now is refused.
                assert pipeline.process_event(event_id, settings, now).status == "skipped"
                now = event.next_attempt_at
            else:
                assert outcome.status == "dead"
                assert event.status == "dead"
        assert delays == [2.0, 4.0, 8.0, 16.0]  # unit 1 s x 2^attempt
        assert requeue_dead_events() == 1
        event = WebhookEvent.get_by_id(event_id)
        assert (event.status, event.attempts) == ("pending", 0)


def test_sweeper_finds_orphaned_events_only_after_their_lease(
    app: Flask, settings: Settings
) -> None:
    with db.connection_context():
        pending = inbox.record_event("post_call_transcription", "k1", "c1", "{}").event_id
        stuck = inbox.record_event("post_call_transcription", "k2", "c2", "{}").event_id
        now = utcnow()
        assert inbox.claim(stuck, now, 300) is not None
        lease = settings.event_lease_secs
        assert inbox.due_event_ids(now, lease) == []
        later = now + dt.timedelta(seconds=lease + 1)
        assert inbox.due_event_ids(later, lease) == [pending, stuck]
        # A second worker cannot claim the stuck one until its lease has run out.
        assert inbox.claim(stuck, now, lease) is None
        assert inbox.claim(stuck, later, lease) is not None
        assert WebhookEvent.get_by_id(stuck).attempts == 2


def test_no_user_is_created_twice_when_the_same_number_calls_again(client: FlaskClient) -> None:
    for conversation_id in ("conv_a", "conv_b"):
        payload = json.loads(sample("post-call-transcription.json"))
        payload["data"]["conversation_id"] = conversation_id
        payload["data"]["conversation_initiation_client_data"]["dynamic_variables"].pop("user_id")
        _deliver(client, json.dumps(payload))
    run_queue()
    with db.connection_context():
        assert User.select().count() == 1
        assert Conversation.select().count() == 2


def test_unknown_fields_everywhere_are_tolerated_when_elevenlabs_adds_them(
    client: FlaskClient,
) -> None:
    payload = json.loads(sample("post-call-transcription.json"))
    payload["brand_new_top_level"] = {"x": 1}
    data = payload["data"]
    data["future_field"] = [1, 2]
    data["metadata"]["new_meta"] = "v"
    data["metadata"]["phone_call"]["new_phone_field"] = True
    data["analysis"]["call_summary_title_v2"] = "t"
    for turn in data["transcript"]:
        turn["sentiment"] = "calm"
    event_id = _deliver(client, json.dumps(payload))
    run_queue()
    with db.connection_context():
        assert WebhookEvent.get_by_id(event_id).status == "completed"
        assert ConversationTurn.select().count() == len(data["transcript"])
