"""A call's summary as the context of its own turns (omem.memory.summarised): the store and
the index read a turn no rule reads by the value the summary reports."""

from __future__ import annotations

import datetime as dt

import pytest
from flask.testing import FlaskClient

from omem.memory.index import indexes
from omem.memory.summarised import by_summary
from omem.memory.summarised import told
from tests.test_init_selection import ROSA
from tests.test_init_selection import _call
from tests.test_supersession import _states

QUERY = "/api/v1/tools/memory-query"


def test_a_summary_tells_each_reported_fact_with_its_value() -> None:
    summary = told(
        "On 3 March 2026: Rosa said her new partner is Rafael. Rosa said pottery moved to "
        "Saturday. Rosa said her email is m.rivers@proton.me. Rosa said her dentist "
        "appointment moved to 14 March. Rosa said she takes 5 milligrams lisinopril."
    )
    assert [(t.slots, sorted(t.words)) for t in summary] == [
        (("partner",), ["rafael"]),
        (("weekly:pottery",), ["saturday"]),
        (("email",), ["m", "proton", "river"]),
        (("appointment:dentist",), ["14", "march"]),
        (("dose:lisinopril",), ["5", "lisinopril", "milligram"]),
    ]
    assert told("On 3 March 2026: Rosa said she now prefers that we email her.")[0].words == {
        "email"
    }
    habits = told("On 3 March 2026: Rosa said she eats red meat.")
    assert by_summary("The caller said no restrictions. Big red meat eater.", habits) == (
        "habit:meat/yes",
    )


@pytest.mark.parametrize(
    "summary",
    [
        "On 3 March 2026: Biscuit switched to Taste of the Wild.",  # not what the caller said
        "On 3 March 2026: Rosa said her cat is gone.",  # no value
        "On 3 March 2026: Rosa said she gave up coffee.",  # no value told as one
        "On 3 March 2026: Rosa said her daughter's email is office@northwind.co.",  # not hers
        "On 3 March 2026: Rosa called with general questions.",
        "Rosa said her partner is Rafael.",  # not a call's summary
    ],
)
def test_a_summary_tells_nothing_to_look_for_without_the_callers_own_value(summary: str) -> None:
    assert told(summary) == ()


SUMMARY = told(
    "On 3 March 2026: Rosa said her new partner is Rafael. Rosa said her dentist "
    "appointment moved to 30 April."
)


@pytest.mark.parametrize(
    ("memory", "slots"),
    [
        ("The caller said Not him any more, it's Rafael, yeah.", ("partner",)),
        ("Ah the caller's fella Rafael, he's a good one.", ("partner",)),  # the partner named
        ("The caller has the dentist on the 30th of April.", ("appointment:dentist",)),
        ("The caller's friend Rafael is lovely.", ()),  # someone else's
        ("The caller's brother Rafael has the dentist on the 30th of April.", ()),
        # the clause that carries the value is the caller's, whoever the memory begins with
        (
            "The caller's brother was meant to help them sell the old one and he ghosted, "
            "anyway they are with Rafael now.",
            ("partner",),
        ),
        ("The caller's sister is with Rafael now, and they are happy for her.", ()),
        ("The caller's brother met Rafael, and he says Rafael is great.", ()),
        ("The caller said Rafael, 30th of April.", ()),  # two facts' values: which?
        ("The caller said the 30th, yeah.", ()),  # not all of the value
        ("On 3 March 2026: Rosa said her new partner is Rafael.", ()),  # the summary itself
    ],
)
def test_a_memory_fills_the_slot_whose_value_its_summary_reports(
    memory: str, slots: tuple[str, ...]
) -> None:
    assert by_summary(memory, SUMMARY) == slots


def test_a_dated_weekday_is_one_day_never_the_weekly_class_its_summary_moved() -> None:
    summary = told("On 6 May 2026: Rosa said pottery moved to Thursday.")
    assert by_summary("The caller goes on Thursday evenings now.", summary) == ("weekly:pottery",)
    assert by_summary("The caller said the plumber comes on Thursday 8 May 2026.", summary) == ()


EXACT = told("On 3 March 2026: Rosa said her new email is m.rivers@proton.me.")


@pytest.mark.parametrize(
    ("memory", "slots"),
    [
        # an email address or a number is one person's: the summary says whose
        (
            "The caller's grandson said the old email was full of rubbish and made them "
            "another, m.rivers@proton.me, so that's the one they use now.",
            ("email",),
        ),
        ("The caller's daughter's email is m.rivers@proton.me.", ()),
        ("If the caller is out, try their son on m.rivers@proton.me.", ()),
    ],
)
def test_an_exact_value_its_summary_reports_is_the_callers_unless_named_as_someones(
    memory: str, slots: tuple[str, ...]
) -> None:
    assert by_summary(memory, EXACT) == slots


HOME = told("On 3 March 2026: Rosa said she lives at 217 Willow Drive.")


@pytest.mark.parametrize(
    ("memory", "slots"),
    [
        (
            "The caller's husband says they shouldn't give it out over the phone, but for "
            "what it's worth, home is 217 Willow Drive.",
            ("address",),
        ),
        (
            "The caller and others moved (their wife's new post), it is 217 Willow Drive.",
            ("address",),
        ),
        ("The caller's parents live at 217 Willow Drive, in case it comes up.", ()),
        ("Send it to 217 Willow Drive, that's their mum's.", ()),
    ],
)
def test_a_street_address_its_summary_reports_is_the_callers_unless_someone_lives_there(
    memory: str, slots: tuple[str, ...]
) -> None:
    assert by_summary(memory, HOME) == slots


def test_without_a_summary_a_memory_fills_nothing_by_it() -> None:
    assert by_summary("The caller said Not him any more, it's Rafael, yeah.", ()) == ()


def _partner_calls(client: FlaskClient, summaries: bool) -> None:
    calls = [
        ("Ah my fella Rafael, he's a good one.", "Rosa said her partner is Rafael."),
        ("Not him any more, it's Marcus, yeah.", "Rosa said her new partner is Marcus."),
        ("Honestly it's Theo now, long story.", "Rosa said her partner is now Theo."),
    ]
    for n, (said, summary) in enumerate(calls, start=1):
        _call(
            client,
            f"conv_{n}",
            dt.date(2026, n, 5),
            [("Anything new?", said), ("And your friends?", "My mate Jo is lovely.")],
            summary=summary if summaries else "",
        )


def test_each_new_partner_told_only_by_name_closes_the_one_before_by_the_summary(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _partner_calls(client, summaries=True)
    states = _states()
    said = {name: state for text, state in states.items() for name in ("Rafael", "Marcus", "Theo")
            if name in text and not text.startswith("On ")}  # fmt: skip
    assert said == {"Rafael": "superseded", "Marcus": "superseded", "Theo": "active"}
    assert [s for text, s in states.items() if "Jo is lovely" in text] == ["active"]
    indexes.clear()  # a fresh index reads the same slots from the rows alone
    body = {"caller_id": ROSA, "query": "Who is my partner?", "limit": 5}
    answer = client.post(QUERY, json=body, headers=auth)
    assert answer.status_code == 200
    memories = answer.get_json()["memories"]
    assert "Theo" in memories[0]["content"]
    current = [m["content"] for m in memories if not m.get("superseded")]
    assert not any("Rafael" in c or "Marcus" in c for c in current if not c.startswith("On "))


def test_the_same_calls_without_summaries_close_nothing(client: FlaskClient) -> None:
    _partner_calls(client, summaries=False)
    assert set(_states().values()) == {"active"}


def test_a_replaced_value_read_by_the_summary_is_found_for_a_question_about_the_past(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _partner_calls(client, summaries=True)
    indexes.clear()
    for question in ("Who is my partner?", "Who was my partner before Theo?"):
        answer = client.post(QUERY, json={"caller_id": ROSA, "query": question}, headers=auth)
        assert answer.status_code == 200
    # the replaced values are read beside the active index, whose summaries they keep: the
    # turns that told Rafael and Marcus fill the partner slot there too, and come first
    said = [m["content"] for m in answer.get_json()["memories"]][:3]
    assert "Until 5 March 2026: The caller said Not him any more, it's Marcus, yeah." in said
    assert "Until 5 February 2026: Ah the caller's fella Rafael, he's a good one." in said
