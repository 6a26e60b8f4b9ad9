"""Facts that change: each supersession rule, the validity window a new value closes, the
current value answered and the old one found — marked as past — only when asked about."""

from __future__ import annotations

import datetime as dt

import pytest
from flask.testing import FlaskClient

from omem.db import db
from omem.memory.supersede import asks_about_the_past
from omem.memory.supersede import slot_of
from omem.models import Memory
from tests.test_init_selection import ROSA
from tests.test_init_selection import _call

QUERY = "/api/v1/tools/memory-query"


@pytest.mark.parametrize(
    ("memory", "slot"),
    [
        ("The caller lives at 12 Oak Street.", "address"),
        ("The caller and others moved in April 2026, they live at 88 Elm Street now.", "address"),
        ("The caller's new address is 4 Mill Lane.", "address"),
        ("The caller's new number is 5550199.", "phone"),
        ("The caller's email is j.smith@gmail.com.", "email"),
        ("Please call the caller Dee.", "name"),
        ("The caller goes by Dee these days.", "name"),
        ("The caller prefers to be called Dee.", "name"),
        ("Text the caller from now on, they never check email anymore.", "contact"),
        ("Email the caller, that is easiest.", "contact"),
        ("The caller's dentist appointment moved to Friday.", "appointment:dentist"),
        ("The caller's appointment is on 5 May 2026 at 3.", "appointment:any"),
        # someone else's facts, and facts that fill no slot
        ("The caller's mum lives in York.", None),
        ("The caller's daughter's number is 5551234.", None),
        ("The caller lives alone.", None),
        ("The caller calls their mum daily.", None),
    ],
)
def test_each_rule_reads_the_slot_a_memory_fills(memory: str, slot: str | None) -> None:
    assert slot_of(memory) == slot


@pytest.mark.parametrize(
    ("question", "past"),
    [
        ("What was my old address?", True),
        ("Where did I use to live?", True),
        ("What was my previous number?", True),
        ("Where do I live?", False),
        ("What's my number?", False),
    ],
)
def test_a_question_about_the_past_is_told_apart(question: str, past: bool) -> None:
    assert asks_about_the_past(question) is past


def _ask(client: FlaskClient, auth: dict[str, str], question: str) -> list[dict]:
    body = {"caller_id": ROSA, "query": question, "limit": 5}
    answer = client.post(QUERY, json=body, headers=auth)
    assert answer.status_code == 200
    return answer.get_json()["memories"]


def test_a_new_address_closes_the_old_one_which_is_found_only_as_the_past(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _call(client, "conv_old", dt.date(2026, 1, 5), [("Address?", "I live at 12 Oak Street.")])
    _call(
        client,
        "conv_new",
        dt.date(2026, 3, 2),
        [("What's new?", "We moved last month, we live at 88 Elm Street now.")],
    )
    with db.connection_context():
        memories = list(Memory.select())  # content is encrypted: compared here, not in SQL
        old = next(m for m in memories if "Oak" in m.content)
        new = next(m for m in memories if "Elm" in m.content)
    assert (old.state, old.superseded_by_id) == ("superseded", new.id)
    assert old.valid_to == new.valid_from == dt.datetime(2026, 3, 2, 15, 0)
    assert new.valid_to is None

    current = _ask(client, auth, "Where do I live?")
    assert "88 Elm Street" in current[0]["content"]
    assert not [m for m in current if "Oak" in m["content"]]  # never presented as current

    past = _ask(client, auth, "What was my old address?")
    oak = next(m for m in past if "Oak" in m["content"])
    assert oak["content"].startswith("Until 2 March 2026: ")
    assert (oak["superseded"], oak["valid_to"]) == (True, "2026-03-02")
    assert all("superseded" not in m for m in past if "Oak" not in m["content"])


def test_a_new_number_email_and_name_each_replace_only_their_own_slot(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _call(
        client,
        "conv_first",
        dt.date(2026, 1, 5),
        [
            ("Number?", "My number is five five five oh one nine nine."),
            ("Email?", "My email is rosa at mail dot com."),
            ("Name?", "Please call me Rosa."),
        ],
    )
    _call(client, "conv_second", dt.date(2026, 2, 9), [("Anything?", "My new number is 5550123.")])
    with db.connection_context():
        states = {m.content: m.state for m in Memory.select()}
    assert states["The caller's number is 5550199."] == "superseded"
    assert states["The caller's new number is 5550123."] == "active"
    assert states["The caller's email is rosa@mail.com."] == "active"
    assert states["Please call the caller Rosa."] == "active"
