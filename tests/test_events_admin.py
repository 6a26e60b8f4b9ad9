"""Webhook events as operators see and act on them: pages, one event, retries, the widget."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from flask.testing import FlaskClient
from peewee import chunked
from playhouse.test_utils import count_queries

from omem import inbox
from omem import jobs
from omem.admin import accounts
from omem.admin.pages import EVENT_COUNT_CAP
from omem.clock import utcnow
from omem.config import Settings
from omem.db import db
from omem.errors import NotFound
from omem.jobs import huey
from omem.models import Conversation
from omem.models import WebhookEvent
from tests.conftest import WEBHOOK_SECRET
from tests.factories import make_event
from tests.factories import make_user
from tests.helpers import el_signature
from tests.helpers import run_queue
from tests.helpers import sample

POST_CALL = "/api/v1/webhooks/post-call"
T0 = dt.datetime(2026, 3, 1, 9, 0)
ROW_KEYS = {
    "id",
    "event_type",
    "conversation_ref",
    "status",
    "attempts",
    "next_attempt_at",
    "last_error",
    "created_at",
    "updated_at",
}


def _deliver(client: FlaskClient, raw: str) -> int:
    headers = {
        "Content-Type": "application/json",
        "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw),
    }
    answer = client.post(POST_CALL, data=raw, headers=headers).get_json()
    assert answer["status"] == "accepted"
    return int(answer["event_id"])


def _dead_post_call(client: FlaskClient, settings: Settings) -> int:
    """A real signed post-call whose Huey message was lost, then failed for good."""
    event_id = _deliver(client, sample("post-call-transcription.json"))
    assert huey.dequeue() is not None  # the delivery's message, dropped unexecuted
    assert huey.pending_count() == 0
    now = utcnow()
    with db.connection_context():
        assert inbox.claim(event_id, now, settings.event_lease_secs) is not None
        retry = inbox.fail(event_id, RuntimeError("bank holiday"), now, 1, 1.0)
        assert retry.dead
        assert WebhookEvent.get_by_id(event_id).status == "dead"
    return event_id


def _all_pages(limit: int, **filters: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    cursor: int | None = None
    while True:
        page, cursor = inbox.list_events(after=cursor, limit=limit, **filters)
        assert len(page) <= limit
        rows.extend(page)
        if cursor is None:
            return rows
        assert len(rows) < 1000


def test_event_pages_cover_every_event_once_newest_first_when_filtered_or_not(
    conn: None,
) -> None:
    statuses = ["pending", "dead", "completed", "failed", "dead", "completed", "dead"]
    types = ["post_call_audio" if n % 3 == 0 else "post_call_transcription" for n in range(7)]
    made = [make_event(status=s, event_type=t) for s, t in zip(statuses, types, strict=True)]
    newest_first = [e.id for e in reversed(made)]
    for limit in (1, 2, 3, 7, 50):
        rows = _all_pages(limit)
        assert [row["id"] for row in rows] == newest_first
        assert all(set(row) == ROW_KEYS for row in rows)  # never the payload
    dead = _all_pages(2, status="dead")
    assert [row["id"] for row in dead] == [e.id for e in reversed(made) if e.status == "dead"]
    audio = _all_pages(1, event_type="post_call_audio")
    assert [row["id"] for row in audio] == [
        e.id for e in reversed(made) if e.event_type == "post_call_audio"
    ]
    both = _all_pages(5, status="dead", event_type="post_call_audio")
    assert [row["id"] for row in both] == [
        e.id for e in reversed(made) if (e.status, e.event_type) == ("dead", "post_call_audio")
    ]


def test_a_page_of_events_is_one_query_whatever_its_size(conn: None) -> None:
    for _ in range(30):
        make_event()
    with count_queries() as counted:
        rows, cursor = inbox.list_events(limit=20)
    assert counted.count == 1
    assert len(rows) == 20 and cursor == rows[-1]["id"]


def test_capped_counts_stop_at_the_cap_and_are_exact_below_it(conn: None) -> None:
    for status, n in (("completed", 7), ("dead", 2), ("pending", 3)):
        for _ in range(n):
            make_event(status=status)
    exact = WebhookEvent.counts_by_status()
    assert exact == {"pending": 3, "processing": 0, "completed": 7, "failed": 0, "dead": 2}
    capped = WebhookEvent.counts_by_status(cap=3)
    assert capped == {"pending": 3, "processing": 0, "completed": 4, "failed": 0, "dead": 2}
    # Each status reads at most cap + 1 entries of its index, whatever the table holds.
    sql, params = (
        WebhookEvent.select(WebhookEvent.id)
        .where(WebhookEvent.status == "completed")
        .order_by(WebhookEvent.id.desc())
        .limit(51)
        .sql()
    )
    plan = " ".join(r[-1] for r in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params))
    assert "webhook_events_status" in plan and "TEMP B-TREE" not in plan


def test_events_page_shows_a_capped_count_with_a_plus(
    client: FlaskClient, settings: Settings
) -> None:
    from tests.test_console_pages import PASSWORD
    from tests.test_console_pages import sign_in

    with db.connection_context():
        rows = [
            {
                "event_type": "post_call_transcription",
                "idempotency_key": f"idem_cap_{n}",
                "payload": "{}",
                "status": "completed",
            }
            for n in range(EVENT_COUNT_CAP + 1)
        ]
        with db.atomic():
            for batch in chunked(rows, 2000):
                WebhookEvent.insert_many(batch).execute()
        make_event(status="dead")
        accounts.create_operator("ada", "admin", PASSWORD)
    sign_in(client, "ada")
    html = client.get("/admin/events").get_data(as_text=True)
    assert f"completed: {EVENT_COUNT_CAP:,}+" in html
    assert re.search(r"dead: 1\b", html)


def test_event_detail_shows_the_row_key_and_caller_but_not_the_payload(conn: None) -> None:
    user = make_user()
    event = make_event(
        user=user,
        status="failed",
        attempts=2,
        last_error="InvalidRequest: The request body is not valid.",
        created_at=T0,
        updated_at=T0 + dt.timedelta(seconds=5),
        next_attempt_at=T0 + dt.timedelta(seconds=9),
    )
    with count_queries() as counted:
        detail = inbox.event_detail(event.id)
    assert counted.count == 1
    assert detail == {
        "id": event.id,
        "event_type": "post_call_transcription",
        "conversation_ref": event.conversation_ref,
        "status": "failed",
        "attempts": 2,
        "next_attempt_at": "2026-03-01T09:00:09Z",
        "last_error": "InvalidRequest: The request body is not valid.",
        "created_at": "2026-03-01T09:00:00Z",
        "updated_at": "2026-03-01T09:00:05Z",
        "idempotency_key": event.idempotency_key,
        "user_uid": user.uid,
    }
    assert inbox.event_detail(make_event().id)["user_uid"] is None
    with pytest.raises(NotFound) as missing:
        inbox.event_detail(10**9)
    assert missing.value.code == "unknown_event"


def test_retried_dead_event_is_completed_when_run_through_the_real_queue(
    client: FlaskClient, settings: Settings
) -> None:
    event_id = _dead_post_call(client, settings)
    assert jobs.retry_event(event_id) is True
    assert huey.pending_count() == 1
    with db.connection_context():
        event = WebhookEvent.get_by_id(event_id)
        assert (event.status, event.attempts) == ("pending", 0)
    assert run_queue() == ["process_webhook_event"]  # the worker wrote the summary itself
    with db.connection_context():
        event = WebhookEvent.get_by_id(event_id)
        assert (event.status, event.attempts, event.last_error) == ("completed", 1, "")
        assert (
            Conversation.select()
            .where(Conversation.conversation_id == event.conversation_ref)
            .exists()
        )


def test_retry_leaves_events_that_are_not_dead_or_failed_alone(
    client: FlaskClient, settings: Settings
) -> None:
    with db.connection_context():
        pending = make_event(status="pending", updated_at=T0)
        completed = make_event(status="completed", attempts=1, updated_at=T0)
        processing = make_event(status="processing", attempts=1, updated_at=T0)
    for event in (pending, completed, processing):
        assert jobs.retry_event(event.id) is False
    assert jobs.retry_event(10**9) is False
    assert huey.pending_count() == 0
    with db.connection_context():
        after = {e.id: (e.status, e.attempts, e.updated_at) for e in WebhookEvent.select()}
    assert after == {
        pending.id: ("pending", 0, T0),
        completed.id: ("completed", 1, T0),
        processing.id: ("processing", 1, T0),
    }


def test_failed_event_is_due_at_once_with_fresh_attempts_when_retried(conn: None) -> None:
    now = dt.datetime(2026, 3, 2, 12, 0)
    event = make_event(status="failed", attempts=3, next_attempt_at=now + dt.timedelta(hours=1))
    assert inbox.retry_event(event.id, now) is True
    event = WebhookEvent.get_by_id(event.id)
    assert (event.status, event.attempts, event.next_attempt_at) == ("pending", 0, now)
    assert event.updated_at == now


def test_retry_all_dead_requeues_only_dead_events_and_enqueues_each(
    client: FlaskClient, settings: Settings
) -> None:
    first = _dead_post_call(client, settings)
    with db.connection_context():
        second = make_event(status="dead", attempts=5).id
        failed = make_event(status="failed", attempts=2).id
    assert sorted(jobs.retry_all_dead()) == sorted([first, second])
    assert huey.pending_count() == 2
    with db.connection_context():
        statuses = {e.id: e.status for e in WebhookEvent.select()}
    assert statuses == {first: "pending", second: "pending", failed: "failed"}
    assert jobs.retry_all_dead() == []


def test_retry_keeps_the_callers_own_connection_open_when_called_inside_a_request(
    client: FlaskClient, settings: Settings
) -> None:
    event_id = _dead_post_call(client, settings)
    db.connect()  # as the app's before_request does, outside any connection context
    try:
        assert jobs.retry_event(event_id) is True
        assert not db.is_closed()
        assert WebhookEvent.get_by_id(event_id).status == "pending"
    finally:
        db.close()


def test_pending_summary_counts_statuses_and_ages_the_oldest_pending_event(conn: None) -> None:
    now = dt.datetime(2026, 3, 2, 12, 0)
    make_event(status="pending", updated_at=now - dt.timedelta(seconds=90))
    make_event(status="pending", updated_at=now - dt.timedelta(seconds=30))
    make_event(status="dead", updated_at=now - dt.timedelta(days=3))
    make_event(status="completed", updated_at=now - dt.timedelta(days=9))
    with count_queries() as counted:
        summary = inbox.pending_summary(now)
    assert counted.count == 2
    assert summary == {
        "counts": {"pending": 2, "processing": 0, "completed": 1, "failed": 0, "dead": 1},
        "waiting": True,
        "oldest_pending_secs": 90.0,
    }


def test_pending_summary_is_idle_when_nothing_waits(conn: None) -> None:
    make_event(status="completed")
    summary = inbox.pending_summary(utcnow())
    assert summary["waiting"] is False
    assert summary["oldest_pending_secs"] is None
