"""What conversation-init tells the agent is chosen for use: the caller's standing facts at
their current value and open matters, never pleasantries, thanks, questions to the agent or
call-summary boilerplate (omem.memory.briefing, omem.memory.statements)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import pytest
from flask.testing import FlaskClient

from omem import create_app
from omem.config import Settings
from omem.db import db
from omem.memory import statements
from omem.memory.briefing import POOL
from omem.memory.briefing import Briefing
from omem.memory.index import indexes
from omem.memory.summary import refresh_summary
from omem.models import Memory
from omem.models import User
from tests.conftest import WEBHOOK_SECRET
from tests.helpers import el_signature
from tests.helpers import run_queue
from tests.helpers import sample

INIT = "/api/v1/webhooks/conversation-init"
ROSA = "+14155550142"
Exchange = tuple[str, str]  # what the agent says, what the caller answers


@pytest.fixture
def client(settings: Settings) -> Iterator[FlaskClient]:
    indexes.clear()
    app = create_app(settings)
    app.config["TESTING"] = True
    yield app.test_client()
    if not db.is_closed():
        db.close()
    indexes.clear()


def _call(
    client: FlaskClient,
    conversation_id: str,
    day: dt.date,
    exchanges: list[Exchange],
    summary: str = "",
) -> None:
    """A post-call transcript of the caller's call on `day`, processed by the worker."""
    payload = json.loads(sample("post-call-transcription.json"))
    data = payload["data"]
    data["conversation_id"] = conversation_id
    start = dt.datetime(day.year, day.month, day.day, 15, tzinfo=dt.UTC).timestamp()
    data["metadata"]["start_time_unix_secs"] = int(start)
    data["metadata"]["phone_call"]["external_number"] = ROSA
    variables = data["conversation_initiation_client_data"]["dynamic_variables"]
    variables.pop("user_id")
    variables["system__caller_id"] = ROSA
    data["analysis"] = {
        "call_successful": "success",
        "data_collection_results": {},
        "transcript_summary": summary,
    }
    turns: list[dict[str, Any]] = []
    for n, (agent, caller) in enumerate(exchanges):
        turns.append({"role": "agent", "message": agent, "time_in_call_secs": 2 * n})
        turns.append({"role": "user", "message": caller, "time_in_call_secs": 2 * n + 1})
    data["transcript"] = turns
    raw = json.dumps(payload)
    headers = {
        "Content-Type": "application/json",
        "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw),
    }
    assert client.post("/api/v1/webhooks/post-call", data=raw, headers=headers).status_code == 200
    run_queue()


def _init(client: FlaskClient, auth: dict[str, str]) -> dict[str, Any]:
    response = client.post(INIT, json={"caller_id": ROSA}, headers=auth)
    assert response.status_code == 200
    variables: dict[str, Any] = response.get_json()["dynamic_variables"]
    return variables


def _refresh(settings: Settings) -> User:
    """What the delayed summary job does after a call: nothing more, since the worker
    rewrote the summary and briefing before it marked the call's event completed."""
    with db.connection_context():
        user = User.get(User.id == Memory.get().user_id)
        assert refresh_summary(user.id, settings) is False
        return User.get_by_id(user.id)


NOISY_CALLS: list[tuple[dt.date, list[Exchange], str]] = [
    (
        dt.date(2026, 1, 5),
        [
            ("Thanks for calling, who am I speaking with?", "Hi, this is Rosa Delgado."),
            (
                "How are you today?",
                "Oh, it's been one of those weeks. Thank you so much for asking, you're "
                "always so kind.",
            ),
            ("What can I do for you?", "Can you remind me what time you close today?"),
            ("We're open until eight. Anything else?", "My daughter Lucia just turned seven."),
            ("Lovely. How's the weather there?", "Awful, rain every single day this week."),
            ("Any allergies I should note?", "I'm allergic to penicillin, that's a big one."),
            ("Noted. Anything else?", "Thanks so much, you've been a lifesaver, really."),
        ],
        "Inbound call on 5 January.",
    ),
    (
        dt.date(2026, 2, 10),
        [
            ("Hi Rosa, what can I do for you?", "Hello again, sorry, I'm driving, bear with me."),
            ("No rush.", "Is this call being recorded?"),
            ("It is. What's the best way to reach you with updates?", "Text me, please."),
            ("Any pets at home?", "Yes, Biscuit, my old beagle, he's eleven."),
            ("Anything else?", "That's everything. Thank you so much, you're the best."),
        ],
        "Caller checked in; no changes.",
    ),
]
FACTS = ("Lucia", "penicillin", "Biscuit", "Text")
NOISE = (
    "one of those weeks",
    "lifesaver",
    "close today",
    "recorded",
    "driving",
    "rain every",
    "Thank you",
    "the best",
    "checked in",
    "Inbound call",
    "That's everything",
)


def test_facts_reach_init_and_pleasantries_never_do_when_calls_are_mostly_noise(
    client: FlaskClient, auth: dict[str, str], settings: Settings
) -> None:
    for n, (day, exchanges, summary) in enumerate(NOISY_CALLS):
        _call(client, f"conv_noisy_{n}", day, exchanges, summary)
    variables = _init(client, auth)
    told = variables["memory_context"] + "\n" + variables["user_summary"]
    assert all(fact in told for fact in FACTS), told
    assert not [phrase for phrase in NOISE if phrase in told], told
    assert variables["user_name"] == "Rosa Delgado"
    assert variables["user_summary"]  # written as the last call completed


def test_the_current_value_is_told_when_a_fact_changed_in_a_later_call(
    client: FlaskClient, auth: dict[str, str], settings: Settings
) -> None:
    _call(
        client,
        "conv_before",
        dt.date(2026, 1, 5),
        [
            ("Can I confirm your address for the file?", "Sure, I live at 12 Oak Street."),
            ("How should we reach you?", "Email me, that's easiest."),
            ("And who's at home with you?", "My husband Tomas and our cat Pixel."),
        ],
    )
    _call(
        client,
        "conv_after",
        dt.date(2026, 3, 2),
        [
            ("What's new?", "We moved last month, we live at 88 Elm Street now."),
            ("Anything to update?", "Yes, text me from now on, I never check email anymore."),
        ],
    )
    for refreshed in (False, True):
        if refreshed:
            _refresh(settings)
        variables = _init(client, auth)
        told = variables["memory_context"] + "\n" + variables["user_summary"]
        assert "88 Elm Street" in told and "text" in told.lower()
        assert "12 Oak Street" not in told and "Email" not in told, told
        assert "Tomas" in told  # an unchanged fact of the older call stays


def test_plans_ahead_are_told_and_past_outings_are_not_when_both_were_mentioned(
    client: FlaskClient, auth: dict[str, str], settings: Settings
) -> None:
    _call(
        client,
        "conv_plans",
        dt.date(2026, 1, 5),
        [
            ("How's your health?", "My knee surgery is on 3 March 2099 at Mercy General."),
            ("Did you get out at all?", "We went to the county fair on 3 August 2025, so fun."),
            ("Any appointments?", "The dentist is on 4 February 2026, the crown, ugh."),
            ("Do you have family nearby?", "My son Mateo lives in Denver."),
            ("Any allergies?", "I'm allergic to shellfish."),
            ("How should we reach you?", "Call me, in the evenings."),
            ("What do you do for work?", "I'm a nurse at Mercy General."),
            ("Any preference for doctors?", "I'd rather see a woman doctor."),
        ],
    )
    _refresh(settings)
    context = _init(client, auth)["memory_context"]
    assert "3 March 2099" in context and "Mateo" in context
    assert "county fair" not in context and "dentist" not in context


def test_init_shows_what_the_job_kept_and_skips_a_memory_archived_since(
    client: FlaskClient, auth: dict[str, str], settings: Settings
) -> None:
    for n, (day, exchanges, summary) in enumerate(NOISY_CALLS):
        _call(client, f"conv_noisy_{n}", day, exchanges, summary)
    user = _refresh(settings)
    kept = Briefing.parse(user.briefing)
    assert kept.current and 0 < len(kept.entries) <= POOL
    assert set(kept.told) <= {e.memory_id for e in kept.entries}
    with db.connection_context():
        biscuit = next(m for m in Memory.select() if "Biscuit" in m.content)
        Memory.update(state="archived").where(Memory.id == biscuit.id).execute()  # no bump
        assert User.get_by_id(user.id).memory_version == user.memory_version
    variables = _init(client, auth)
    assert "Biscuit" not in variables["memory_context"]
    assert "Lucia" in variables["memory_context"] + variables["user_summary"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks, Juniper, you're the best.",
        "Sorry, the caller is driving, so bear with them.",
        'The caller asked: "Can you remind me what time you close?"',
        "It's so hot, it hit a hundred yesterday.",
        "The caller just wants to make sure everything is still on track with the repair.",
        "You've always been so helpful, the caller really means that.",
        "That's pretty much the whole saga, anyway.",
        "Let the caller find it. KC-347747.",
    ],
)
def test_a_statement_about_the_call_is_not_a_fact_when_read_for_init(sentence: str) -> None:
    assert not statements.useful(sentence)


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("The caller's daughter Lucia just turned seven.", "family"),
        ("Biscuit, the caller's old beagle, is eleven.", "family"),
        ("The caller is allergic to penicillin.", "health"),
        ("It's okay, but speak up if you can, the caller has got hearing aids.", "health"),
        ("Text the caller, please, they never pick up unknown numbers.", "contact"),
        ("The caller is a nurse at Mercy General.", "work"),
        ("The caller lives at 88 Elm Street.", "home"),
        ("The caller said she uses a walker these days, which she hates.", ""),
        ("The caller's sister Iris is getting married!", ""),
    ],
)
def test_a_statement_is_read_as_about_its_topic_when_it_is_about_the_caller(
    sentence: str, topic: str
) -> None:
    assert statements.useful(sentence)
    assert statements.topic(sentence, "Rosa") == topic


def test_an_unreadable_briefing_is_read_as_none_when_the_column_holds_garbage() -> None:
    assert Briefing.parse("{not json") == Briefing()
    assert not Briefing.parse('{"entries": [[1, 2]]}').current
