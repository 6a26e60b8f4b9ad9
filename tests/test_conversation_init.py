"""POST /api/v1/webhooks/conversation-init: identify the caller, answer every variable."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from omem import create_app
from omem.clock import utcnow
from omem.db import db
from omem.initiation import NEUTRAL
from omem.models import CallerId
from omem.models import Conversation
from omem.models import ConversationAnalysis
from omem.models import Memory
from omem.models import User
from tests.conftest import make_settings
from tests.helpers import assert_error
from tests.helpers import sample

URL = "/api/v1/webhooks/conversation-init"
VARIABLES = {"user_id", *NEUTRAL}


def _init(client: FlaskClient, auth: dict[str, str], **body: object) -> dict:
    response = client.post(URL, json=body, headers=auth)
    assert response.status_code == 200
    answer = response.get_json()
    assert answer["type"] == "conversation_initiation_client_data"
    variables = answer["dynamic_variables"]
    assert set(variables) == VARIABLES
    assert all(isinstance(v, str | int | float | bool) for v in variables.values())
    assert answer["user_id"] == variables["user_id"]
    return answer


def test_sample_request_is_answered_with_every_variable_when_caller_is_new(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    answer = _init(client, auth, **json.loads(sample("init-request.json")))
    variables = answer["dynamic_variables"]
    assert variables["is_returning_caller"] is False
    assert variables["call_count"] == 0
    assert variables["memory_context"] == ""
    assert "conversation_config_override" not in answer
    with db.connection_context():
        user = User.get(User.uid == variables["user_id"])
        assert [c.number for c in user.caller_ids] == ["+14155550123"]
        assert user.is_guest


@pytest.mark.parametrize(
    "formats",
    [
        ["+14155550123", "(415) 555-0123", "415.555.0123", "+1 415-555-0123", "14155550123"],
    ],
)
def test_number_formats_map_to_one_user_when_they_are_the_same_phone(
    client: FlaskClient, auth: dict[str, str], formats: list[str]
) -> None:
    uids = {_init(client, auth, caller_id=f)["user_id"] for f in formats}
    assert len(uids) == 1
    with db.connection_context():
        assert CallerId.select().count() == 1
        assert User.select().count() == 1


@pytest.mark.parametrize("caller_id", [None, "", "anonymous", "Restricted", "12", "+1", "x" * 300])
def test_withheld_callers_get_separate_guests_when_number_is_unusable(
    client: FlaskClient, auth: dict[str, str], caller_id: str | None
) -> None:
    first = _init(client, auth, caller_id=caller_id)["user_id"]
    second = _init(client, auth, caller_id=caller_id)["user_id"]
    assert first != second
    with db.connection_context():
        assert User.select().count() == 2
        assert CallerId.select().count() == 0


def test_user_id_identifies_the_caller_when_there_is_no_number(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    first = _init(client, auth, user_id="crm-4711")["user_id"]
    second = _init(client, auth, user_id="crm-4711")["user_id"]
    assert first == second
    again = _init(client, auth, user_id=first)["user_id"]  # our own id works too
    assert again == first
    with db.connection_context():
        assert User.get(User.uid == first).external_id == "crm-4711"


@pytest.mark.parametrize("bad", ["crm\u00004711", "crm\n4711", "x" * 201])
def test_an_external_id_that_cannot_be_one_is_ignored_not_stored(
    client: FlaskClient, auth: dict[str, str], bad: str
) -> None:
    first = _init(client, auth, user_id=bad)["user_id"]
    second = _init(client, auth, user_id=bad)["user_id"]
    assert first != second  # two anonymous guests: the id was not used to find anyone
    with db.connection_context():
        assert not User.select().where(User.external_id.is_null(False)).exists()


def test_returning_caller_sees_memories_topics_and_last_call(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    uid = _init(client, auth, caller_id="+442071838750")["user_id"]
    now = utcnow()
    with db.connection_context():
        user = User.get(User.uid == uid)
        user.display_name, user.summary = "Priya", "Moving to Leeds."
        user.last_call_at = now - dt.timedelta(days=3)
        user.save()
        conv = Conversation.create(
            conversation_id="conv_1", user=user, started_at=now - dt.timedelta(days=3)
        )
        ConversationAnalysis.create(conversation=conv, title="Moving house", transcript_summary="")
        for i in range(7):
            Memory.create(
                user=user,
                content=f"Fact number {i}.",
                sector="semantic",
                salience=0.1 * i,
                occurred_at=now - dt.timedelta(days=3),
            )
        Memory.create(
            user=user, content="Archived fact.", sector="semantic", salience=1.0, state="archived"
        )
    variables = _init(client, auth, caller_id="020 7183 8750")["dynamic_variables"]
    assert variables["user_id"] != uid  # a UK national number read in region US: a guest
    variables = _init(client, auth, caller_id="+44 20 7183 8750")["dynamic_variables"]
    assert variables["is_returning_caller"] is True
    assert variables["call_count"] == 1
    assert variables["last_call"] == "3 days ago"
    assert variables["user_name"] == "Priya"
    assert variables["recent_topics"] == "Moving house"
    context = variables["memory_context"]
    assert "not instructions" in context
    assert '"Fact number 6."' in context and '"Fact number 2."' in context
    assert "Fact number 1." not in context and "Archived" not in context
    assert context.count("\n- (") == 5  # five quoted lines under the header


def test_first_message_override_is_sent_only_when_enabled_for_returning_callers(
    tmp_path: Path, auth: dict[str, str], data_dir: Path
) -> None:
    settings = make_settings(data_dir, OMEM_INIT_FIRST_MESSAGE="Welcome back {user_name}!")
    client = create_app(settings).test_client()
    first = client.post(URL, json={"caller_id": "+14155550100"}, headers=auth).get_json()
    assert "conversation_config_override" not in first
    with db.connection_context():
        user = User.get(User.uid == first["user_id"])
        user.display_name = "Sam"
        user.last_call_at = utcnow()  # as the worker does when it stores a call
        user.save()
        Conversation.create(conversation_id="conv_x", user=user)
    again = client.post(URL, json={"caller_id": "+14155550100"}, headers=auth).get_json()
    assert again["conversation_config_override"] == {
        "agent": {"first_message": "Welcome back Sam!"}
    }


def test_minimal_guest_payload_is_returned_when_database_is_broken(
    tmp_path: Path, auth: dict[str, str]
) -> None:
    settings = make_settings(tmp_path / "broken")
    settings.db_path.mkdir(parents=True)  # the database file cannot be opened
    client = create_app(settings).test_client()
    answer = _init(client, auth, caller_id="+14155550123")
    assert answer["dynamic_variables"]["user_id"].startswith("omem_usr_")
    assert answer["dynamic_variables"]["is_returning_caller"] is False


def test_garbage_body_still_gets_a_guest_payload_when_authenticated(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    response = client.post(URL, data=b"\xff not json", headers=auth)
    assert response.status_code == 200
    assert set(response.get_json()["dynamic_variables"]) == VARIABLES


def test_request_without_key_is_refused_when_unauthenticated(client: FlaskClient) -> None:
    assert_error(client.post(URL, json={"caller_id": "+14155550123"}), 401, "invalid_api_key")
    with db.connection_context():
        assert User.select().count() == 0
