"""Questions that name a period ("in August", "the weekend before 2 August", "two weeks ago")
are matched against when each memory's call happened, not against date words in its text
(issue 14, pattern 3): the parser (`omem.memory.periods`) and the lift retrieval gives the
memories of the calls made then."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from omem.config import Settings
from omem.embeddings import as_blob
from omem.embeddings import get_embedder
from omem.memory import retrieve
from omem.memory.index import bump_version
from omem.memory.index import indexes
from omem.memory.periods import find_periods
from omem.models import User
from tests.factories import make_embedding
from tests.factories import make_memory
from tests.factories import make_user

NOW = dt.datetime(2025, 11, 12, 15, 0)  # a Wednesday afternoon
TODAY = dt.datetime(2025, 11, 12)


def _day(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("What did I do in March?", "2025-03-01", "2025-04-01"),
        ("Where did we go in early October?", "2025-10-01", "2025-10-11"),
        ("Who did I meet in mid-September?", "2025-09-11", "2025-09-21"),
        ("What happened in late October?", "2025-10-22", "2025-11-01"),
        ("What did I fix at the end of August?", "2025-08-22", "2025-09-01"),
        ("What did I do in March 2024?", "2024-03-01", "2024-04-01"),
        ("Where did I go in March of last year?", "2024-03-01", "2024-04-01"),
        ("Where did I go last June?", "2025-06-01", "2025-07-01"),
        ("What did I do in January?", "2025-01-01", "2025-02-01"),  # past tense: gone
        ("What am I doing in January?", "2026-01-01", "2026-02-01"),  # the coming one
        ("What was wrong with the dog last month?", "2025-10-01", "2025-11-01"),
        ("What have I been up to this month?", "2025-11-01", "2025-12-01"),
        ("Who did I see last week?", "2025-11-03", "2025-11-10"),
        ("What did I eat yesterday?", "2025-11-11", "2025-11-12"),
        ("Who called last night?", "2025-11-11", "2025-11-12"),
        ("What did I do the day before yesterday?", "2025-11-10", "2025-11-11"),
        ("What did I do last weekend?", "2025-11-08", "2025-11-10"),
        ("What happened over the weekend?", "2025-11-08", "2025-11-10"),
        ("Where did I go last Friday?", "2025-11-07", "2025-11-08"),
        ("What did I do on Monday?", "2025-11-10", "2025-11-11"),
        ("What did Dana do the weekend of Saturday 2 August?", "2025-08-02", "2025-08-04"),
        ("What did I do the weekend before 2 August?", "2025-07-26", "2025-07-28"),
        ("How did I spend the weekend before Thursday 5 June?", "2025-05-31", "2025-06-02"),
        ("What did I do the weekend after 2 August?", "2025-08-09", "2025-08-11"),
        ("What did I do the week of 10 November?", "2025-11-10", "2025-11-17"),
        ("What did I do the day after 3 March?", "2025-03-04", "2025-03-05"),
        ("What did I do the Friday before 3 October?", "2025-09-26", "2025-09-27"),
        ("What happened on 3 March?", "2025-03-03", "2025-03-04"),
        ("What happened on March 3rd?", "2025-03-03", "2025-03-04"),
        ("What happened on the third of March?", "2025-03-03", "2025-03-04"),
        ("What did I get up to on Saturday, 31 May?", "2025-05-31", "2025-06-01"),
        ("What happened on March 3rd, 2024?", "2024-03-03", "2024-03-04"),
        ("What did we do in the summer?", "2025-06-01", "2025-09-22"),
        ("What did I grow last winter?", "2024-12-01", "2025-03-22"),
        ("What did I do in early summer?", "2025-06-01", "2025-07-09"),
        ("What did I buy a few days ago?", "2025-11-06", "2025-11-11"),
        ("What did I do between June and August?", "2025-06-01", "2025-09-01"),
        ("Where did I stay from December to February?", "2024-12-01", "2025-03-01"),
        ("What did I do over Christmas?", "2024-12-24", "2024-12-27"),
        ("What are we doing for Thanksgiving?", "2025-11-27", "2025-12-01"),
        ("What did I do in 2024?", "2024-01-01", "2025-01-01"),
        ("What am I doing next week?", "2025-11-17", "2025-11-24"),
    ],
)
def test_the_period_a_question_names_is_resolved_against_when_it_is_asked(
    question: str, start: str, end: str
) -> None:
    periods = find_periods(question, NOW)
    assert [(p.start, p.end) for p in periods] == [(_day(start), _day(end))]
    assert not periods[0].scoped
    assert periods[0].phrase in question


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("Where did I go two weeks ago?", TODAY - dt.timedelta(days=17.5),
         TODAY - dt.timedelta(days=10.5)),
        ("What did I read in the past three weeks?", NOW - dt.timedelta(days=21), NOW),
        ("What happened earlier this week?", _day("2025-11-10"), NOW),
        ("What have I done since September?", _day("2025-09-01"), NOW),
        ("What changed since last Monday?", _day("2025-11-10"), NOW),
    ],
)  # fmt: skip
def test_a_period_counted_back_or_since_a_date_ends_when_the_question_is_asked(
    question: str, start: dt.datetime, end: dt.datetime
) -> None:
    assert [(p.start, p.end) for p in find_periods(question, NOW)] == [(start, end)]


@pytest.mark.parametrize(
    "question",
    [
        "May I ask what you know about my dog?",
        "this may be a silly question",
        "What did June say about the party?",
        "What's June's phone number?",
        "Which charity gets my weekend hours?",
        "Would a Saturday delivery window suit me?",
        "What do I do on Saturdays?",
        "Did I buy a Christmas tree?",
        "How did I feel after my last fall?",
        "Where is the house in Spring Valley?",
        "What is my dog's name?",
    ],
)
def test_no_period_is_read_when_the_date_words_mean_something_else(question: str) -> None:
    assert find_periods(question, NOW) == []


@pytest.mark.parametrize(
    ("question", "scoped"),
    [
        ("What's the claim number for the mattress I ordered in August?", True),
        ("Which city is the relative who stayed with me in June moving to?", True),
        ("Why did Bella stop the pills the vet prescribed in September?", True),
        ("Which vet treated the cat Sam adopted in July?", True),
        ("What's the warranty case for the thing bought in June?", True),
        ("Where did I camp in June?", False),
        ("When was the package delivered in June?", False),
        ("Where did he get vaccinated this fall?", False),
        ("What did my wife and I do in July?", False),
        ("So who did I meet in June?", False),
    ],
)
def test_a_period_inside_a_clause_describing_a_thing_is_marked_scoped(
    question: str, scoped: bool
) -> None:
    [period] = find_periods(question, NOW)
    assert period.scoped is scoped


def test_a_phrase_is_read_once_by_its_most_specific_reading() -> None:
    [period] = find_periods("What did I do the weekend before Saturday 9 August?", NOW)
    assert period.phrase == "the weekend before Saturday 9 August"
    both = find_periods("Did I go hiking in June or in August?", NOW)
    assert [p.phrase for p in both] == ["in June", "in August"]


# Retrieval against a real SQLite caller: the same words said on two different dates.


@pytest.fixture(autouse=True)
def _fresh_indexes() -> Iterator[None]:
    indexes.clear()
    yield
    indexes.clear()


def _said(user: User, text: str, when: dt.datetime, settings: Settings) -> int:
    """A memory of a call made at `when`, with its real vector."""
    embedder = get_embedder(settings)
    memory = make_memory(user, content=text, occurred_at=when, last_accessed_at=when)
    make_embedding(
        memory,
        dim=embedder.dimension,
        model=embedder.model,
        vector=as_blob(embedder.embed([text])[0]),
    )
    bump_version(user.id)
    return int(memory.id)


def _ranked(user: User, question: str, settings: Settings) -> retrieve.Result:
    return retrieve.search(
        user.id, question, get_embedder(settings), settings, names=[], limit=5, now=NOW
    )


def test_the_memory_from_the_month_a_question_names_comes_first_when_two_say_the_same(
    conn: None, settings: Settings
) -> None:
    user = make_user()
    text = "The caller went hiking with her sister and loved it."
    august = _said(user, text, dt.datetime(2025, 8, 9, 10), settings)
    october = _said(user, text, dt.datetime(2025, 10, 4, 10), settings)
    # Without a period the later call wins on recency alone.
    assert [h.memory_id for h in _ranked(user, "Who did I go hiking with?", settings).hits] == [
        october,
        august,
    ]
    result = _ranked(user, "Who did I go hiking with in August?", settings)
    assert [h.memory_id for h in result.hits] == [august, october]
    lift = {int(result.index.ids[row]): float(result.terms.lift[row]) for row in (0, 1)}
    assert lift[august] == pytest.approx(retrieve.DATE_LIFT)
    # 3 October 10:00 is 33.4 days after August ended: a small remainder of the lift.
    days_after = (dt.datetime(2025, 10, 4, 10) - dt.datetime(2025, 9, 1)).total_seconds() / 86_400
    assert lift[october] == pytest.approx(
        retrieve.DATE_LIFT * 2 ** (-days_after / retrieve.DATE_AFTER_DAYS)
    )
    october_first = _ranked(user, "Who did I go hiking with in October?", settings)
    assert [h.memory_id for h in october_first.hits] == [october, august]


def test_the_call_after_the_weekend_before_a_date_comes_first_when_the_question_names_it(
    conn: None, settings: Settings
) -> None:
    """A weekend is told about on the Monday after it: the call made just after the period
    is lifted almost fully, the one a week later much less."""
    user = make_user()
    text = "The caller took the kids to the farmers market."
    reported = _said(user, text, dt.datetime(2025, 8, 4, 10), settings)  # Monday
    week_later = _said(user, text, dt.datetime(2025, 8, 11, 10), settings)
    plain = _ranked(user, "Where did I take the kids?", settings)
    assert [h.memory_id for h in plain.hits] == [week_later, reported]
    named = _ranked(user, "Where did I take the kids the weekend before 9 August?", settings)
    assert [h.memory_id for h in named.hits] == [reported, week_later]


def test_a_period_dating_a_described_thing_lifts_everything_said_since(
    conn: None, settings: Settings
) -> None:
    """For "the mattress I ordered in August" the claim was made later, so every call from
    August on is lifted and only what came before fades."""
    user = make_user()
    june = _said(user, "The caller ordered a lamp online.", dt.datetime(2025, 6, 10), settings)
    august = _said(user, "The caller ordered a mattress.", dt.datetime(2025, 8, 12), settings)
    claim = _said(user, "The claim number is CL-5521.", dt.datetime(2025, 10, 20), settings)
    result = _ranked(user, "What's the claim number for the mattress I ordered in August?",
                     settings)  # fmt: skip
    lift = {int(result.index.ids[row]): float(result.terms.lift[row]) for row in range(3)}
    assert lift[august] == pytest.approx(retrieve.DATE_LIFT)
    assert lift[claim] == pytest.approx(retrieve.DATE_LIFT)
    assert lift[june] < retrieve.DATE_LIFT / 1000


def test_a_period_still_ahead_lifts_nothing(conn: None, settings: Settings) -> None:
    user = make_user()
    text = "The caller has a dentist appointment."
    _said(user, text, dt.datetime(2025, 11, 11, 9), settings)
    _said(user, text, dt.datetime(2025, 9, 2, 9), settings)
    ahead = _ranked(user, "What do I have on next week?", settings).terms
    assert ahead.lift[0] == ahead.lift[1]
    gone = _ranked(user, "What did I have on last week?", settings).terms
    assert gone.lift[0] != gone.lift[1]


def test_explain_shows_the_period_and_its_lift_when_a_question_names_one(
    conn: None, settings: Settings
) -> None:
    user = make_user()
    text = "The caller went hiking with her sister and loved it."
    august = _said(user, text, dt.datetime(2025, 8, 9, 10), settings)
    why = retrieve.explain(user.id, august, "Who did I go hiking with in August?",
                           get_embedder(settings), settings, names=[], now=NOW)  # fmt: skip
    assert why["periods"] == [{"phrase": "in August", "from": "2025-08-01", "until": "2025-08-31"}]
    terms = {term["name"]: term for term in why["terms"]}
    assert terms["lift"]["contribution"] == pytest.approx(retrieve.DATE_LIFT, abs=1e-4)
    plain = retrieve.explain(user.id, august, "Who did I go hiking with?",
                             get_embedder(settings), settings, names=[], now=NOW)  # fmt: skip
    assert plain["periods"] == []
    assert plain["total"] == pytest.approx(why["total"] - retrieve.DATE_LIFT, abs=1e-4)
