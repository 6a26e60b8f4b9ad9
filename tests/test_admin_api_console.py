"""The JSON admin API the console stands on: callers, numbers, merge, memories, explain,
conversations, events and the audit log, with an `admin` key, on calls delivered as
ElevenLabs posts them and processed by the real queue."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient

from omem.db import db
from omem.models import AuditEntry
from omem.models import Conversation
from omem.models import Memory
from omem.models import User
from omem.models import WebhookEvent
from tests.helpers import assert_error
from tests.test_console_pages import deliver

ADMIN = "/api/v1/admin"


@pytest.fixture
def people(client: FlaskClient) -> dict[str, Any]:
    deliver(
        client,
        "conv_api_known",
        "+442079460958",
        ["Hi, my name is Grace Hopper.", "I keep a sailing boat called Seahorse in Brighton."],
    )
    deliver(
        client,
        "conv_api_guest",
        "+14155550142",
        ["I keep a sailing boat called Seahorse in Brighton.", "My cat is called Pixel."],
    )
    with db.connection_context():
        known = Conversation.get(Conversation.conversation_id == "conv_api_known").user
        guest = Conversation.get(Conversation.conversation_id == "conv_api_guest").user
        return {"known": known.uid, "guest": guest.uid, "guest_pk": guest.id}


def test_callers_are_listed_and_found_by_name_number_and_id(
    client: FlaskClient, auth: dict[str, str], people: dict[str, Any]
) -> None:
    listed = client.get(f"{ADMIN}/users", headers=auth).get_json()
    assert [c["uid"] for c in listed["callers"]] == [people["guest"], people["known"]]
    paged = client.get(f"{ADMIN}/users?limit=1", headers=auth).get_json()
    assert len(paged["callers"]) == 1 and paged["next"] is not None
    rest = client.get(f"{ADMIN}/users?limit=1&after={paged['next']}", headers=auth).get_json()
    assert [c["uid"] for c in rest["callers"]] == [people["known"]] and rest["next"] is None
    for q in ("hopper", "GRACE", "+44 20 7946 0958", people["known"]):
        found = client.get(f"{ADMIN}/users", query_string={"q": q}, headers=auth).get_json()
        assert [c["uid"] for c in found["callers"]] == [people["known"]], q
    one = client.get(f"{ADMIN}/users/+442079460958", headers=auth).get_json()
    assert one["name"] == "Grace Hopper" and one["numbers"] == ["+442079460958"]
    assert one["calls"] == 1 and one["memories"] >= 1
    assert_error(client.get(f"{ADMIN}/users?after=zz", headers=auth), 422, "invalid_request")
    assert_error(client.get(f"{ADMIN}/users?bogus=1", headers=auth), 422, "invalid_request")


def test_a_caller_is_edited_and_numbers_are_added_and_removed(
    client: FlaskClient, auth: dict[str, str], people: dict[str, Any]
) -> None:
    url = f"{ADMIN}/users/{people['known']}"
    patched = client.patch(
        url, json={"name": "Grace B. Hopper", "summary": "Sails."}, headers=auth
    )
    assert patched.status_code == 200 and patched.get_json()["summary"] == "Sails."
    found = client.get(f"{ADMIN}/users?q=hopper", headers=auth).get_json()["callers"]
    assert [c["name"] for c in found] == ["Grace B. Hopper"]
    added = client.post(f"{url}/numbers", json={"number": "(415) 555-0100"}, headers=auth)
    assert added.get_json()["numbers"] == ["+442079460958", "+14155550100"]
    taken = client.post(f"{url}/numbers", json={"number": "+14155550142"}, headers=auth)
    assert_error(taken, 409, "number_taken")
    bad = client.post(f"{url}/numbers", json={"number": "not a number"}, headers=auth)
    assert bad.status_code == 422
    removed = client.delete(f"{url}/numbers/+14155550100", headers=auth)
    assert removed.get_json()["numbers"] == ["+442079460958"]
    assert_error(client.delete(f"{url}/numbers/+14155550100", headers=auth), 404, "unknown_number")
    with db.connection_context():
        actions = [e.action for e in AuditEntry.select().order_by(AuditEntry.id)]
    assert actions == ["caller.update", "caller.number_add", "caller.number_remove"]


def test_merging_a_guest_moves_everything_and_the_next_call_is_the_known_caller(
    client: FlaskClient, auth: dict[str, str], people: dict[str, Any]
) -> None:
    with db.connection_context():
        before = Memory.select().join(User).where(User.uid == people["known"]).count()
        guest_memories = Memory.select().where(Memory.user == people["guest_pk"]).count()
    merged = client.post(
        f"{ADMIN}/users/{people['guest']}/merge", json={"into": people["known"]}, headers=auth
    )
    assert merged.status_code == 200, merged.get_json()
    counts = merged.get_json()["counts"]
    assert counts["numbers"] == 1 and counts["conversations"] == 1
    # The boat was said in both calls: reinforced once, not stored twice.
    assert counts["memories_merged"] >= 1
    with db.connection_context():
        after = Memory.select().join(User).where(User.uid == people["known"]).count()
        assert after == before + guest_memories - counts["memories_merged"]
        assert User.get_or_none(User.uid == people["guest"]) is None
        boats = [
            m
            for m in Memory.select().join(User).where(User.uid == people["known"])
            if "Seahorse" in m.content
        ]
        assert len(boats) == 1 and boats[0].version > 1
        assert WebhookEvent.select().where(WebhookEvent.user == people["guest_pk"]).count() == 0
        assert AuditEntry.get().action == "caller.merge"
    init = client.post(
        "/api/v1/webhooks/conversation-init", json={"caller_id": "+1 415 555 0142"}, headers=auth
    ).get_json()
    assert init["user_id"] == people["known"]
    assert init["dynamic_variables"]["is_returning_caller"] is True
    known = client.post(
        f"{ADMIN}/users/{people['known']}/merge", json={"into": people["known"]}, headers=auth
    )
    assert known.status_code in (409, 422)


def test_memories_are_listed_edited_archived_explained_and_deleted(
    client: FlaskClient, auth: dict[str, str], people: dict[str, Any]
) -> None:
    listed = client.get(f"{ADMIN}/users/{people['known']}/memories", headers=auth).get_json()
    boat = next(m for m in listed["memories"] if "Seahorse" in m["content"])
    url = f"{ADMIN}/memories/{boat['id']}"
    detail = client.get(url, headers=auth).get_json()
    assert detail["provenance"][0]["conversation_id"] == "conv_api_known"
    assert any(t["source"] for t in detail["provenance"][0]["turns"])
    explained = client.get(f"{url}/explain?q=what+is+the+boat+called", headers=auth).get_json()
    assert explained["rank"] == 1 and explained["returned_at_5"]
    total = sum(t["contribution"] or 0 for t in explained["terms"])
    assert abs(total - explained["total"]) < 1e-3
    patched = client.patch(url, json={"salience": 0.95, "sector": "semantic"}, headers=auth)
    assert patched.get_json()["salience"] == 0.95
    assert_error(client.patch(url, json={"salience": 2}, headers=auth), 422, "invalid_request")
    assert client.post(f"{url}/archive", headers=auth).get_json()["state"] == "archived"
    asked = client.post(
        "/api/v1/tools/memory-query",
        json={"user_id": people["known"], "query": "what is the boat called?"},
        headers=auth,
    ).get_json()
    assert all("Seahorse" not in m["content"] for m in asked["memories"])
    assert client.post(f"{url}/reactivate", headers=auth).get_json()["state"] == "active"
    assert client.delete(url, headers=auth).get_json() == {"deleted": True}
    assert_error(client.get(url, headers=auth), 404, "unknown_memory")
    assert_error(client.get(f"{ADMIN}/memories/x1", headers=auth), 404, "unknown_memory")


def test_conversations_events_and_the_audit_log_are_listed(
    client: FlaskClient, auth: dict[str, str], people: dict[str, Any]
) -> None:
    calls = client.get(f"{ADMIN}/conversations", headers=auth).get_json()
    assert {c["conversation_id"] for c in calls["conversations"]} == {
        "conv_api_known",
        "conv_api_guest",
    }
    one = client.get(f"{ADMIN}/conversations/conv_api_known", headers=auth).get_json()
    assert [t["role"] for t in one["turns"]][:2] == ["agent", "user"]
    assert_error(
        client.get(f"{ADMIN}/conversations/conv_nope", headers=auth), 404, "unknown_conversation"
    )
    events = client.get(f"{ADMIN}/events?status=completed", headers=auth).get_json()
    assert len(events["events"]) == 2 and "payload" not in events["events"][0]
    first = events["events"][0]["id"]
    assert_error(client.post(f"{ADMIN}/events/{first}/retry", headers=auth), 409, "not_retryable")
    assert_error(client.post(f"{ADMIN}/events/999999/retry", headers=auth), 404, "unknown_event")
    with db.connection_context():
        WebhookEvent.update(status="dead").where(WebhookEvent.id == first).execute()
    assert client.post(f"{ADMIN}/events/retry-dead", headers=auth).get_json() == {
        "retried": [first]
    }
    audit = client.get(f"{ADMIN}/audit", headers=auth).get_json()
    assert [e["action"] for e in audit["entries"]] == ["event.retry"]
    assert audit["entries"][0]["actor"].startswith("key:")
