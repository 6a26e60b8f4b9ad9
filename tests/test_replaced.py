"""memory-query's reading of which memory replaces which (omem.memory.retrieve.replaced), with
the real local model, the shipped kind reader and a real SQLite store: for a question that asks
for one value, an earlier statement of it is returned marked as replaced by a later call's,
where no rule read the change and nothing was closed in the store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from omem.embeddings import get_embedder
from omem.memory import kinds
from omem.memory import recall
from omem.memory.extract import Extracted
from omem.memory.index import indexes
from omem.memory.store import save_memories
from omem.memory.summarised import told_in_summary
from omem.memory.supersede import asked_slots
from omem.memory.supersede import slots_of
from omem.models import Memory
from tests.conftest import make_settings
from tests.factories import make_user

NOW = dt.datetime(2026, 3, 10, 12, 0)
EARLIER = NOW - dt.timedelta(days=40)
LATER = NOW - dt.timedelta(days=5)
# a job no rule reads on either side
JOB_THEN = (
    "The caller is at the Riverside Clinic till five, that's where they work, so they'll be late."
)
JOB_NOW = "Sorry, the caller should have said, new job, they started at Brightwater Bank in March."


def _answer(data_dir: Path, said: list[tuple[str, dt.datetime]], question: str) -> list[dict]:
    """memory-query's memories for `question` after each memory of `said` was stored on its
    call's day (each its own call)."""
    settings = make_settings(data_dir, OMEM_LINK_THRESHOLD="0.99")
    user = make_user()
    embedder = get_embedder(settings)
    for n, (content, day) in enumerate(said):
        item = Extracted(content, "semantic", 0.5, confidence=0.7, source_turns=())
        save_memories(
            user.id, [item], embedder, settings, occurred_at=day, now=day, conversation_ref=f"c{n}"
        )
    indexes.clear()
    who = recall.Who(user.uid, None)
    return recall.query(who, question, settings, limit=10, now=NOW, record=False)["memories"]


def _by_content(memories: list[dict]) -> dict[str, dict]:
    return {
        m["content"].split(": ", 1)[-1] if m.get("replaced_by") else m["content"]: m
        for m in memories
    }


@pytest.mark.parametrize(
    ("old", "new", "question"),
    [
        (
            JOB_THEN,
            JOB_NOW,
            "Who do I work for these days?",
        ),
        (  # the favourite tea: the rules read the old, the reader the new
            "If it's tea, make it chamomile, that's the caller's favourite by a mile.",
            "These days it's peppermint tea the caller reaches for, every time.",
            "What's the tea I like best these days?",
        ),
        (  # the old is in another clause than the value: the boss, not the job
            JOB_THEN,
            "Sorry, the caller should have said, the old boss retired and they started at "
            "Brightwater Bank in March.",
            "Who do I work for these days?",
        ),
        (  # the old value named again and corrected, the kind in no word of it (omem.memory.echo)
            "The caller said Dentist is on the 14th of March, so not that day for lesson.",
            "You have the 14th of March? No, they moved it, it's the 9th of June now.",
            "um when's my dentist",
        ),
        (  # an email address in the caller's own words is theirs, whatever the words around it
            "The caller will say it the way they would spell it: j.hart@gmail.com.",
            "The caller has closed the old inbox, their email is sunny_days@outlook.com from "
            "here on.",
            "What email address have you got for me now?",
        ),
        (
            "The caller eats red meat nearly every day, it is their favourite food.",
            "The caller doesn't touch red meat any more, they watched a documentary.",
            "Do I still eat red meat?",
        ),
    ],
)
def test_a_later_statement_of_the_value_asked_for_marks_the_earlier_one_replaced(
    conn: None, data_dir: Path, old: str, new: str, question: str
) -> None:
    memories = _answer(data_dir, [(old, EARLIER), (new, LATER)], question)
    found = _by_content(memories)
    assert {old, new} <= found.keys()
    assert found[old]["superseded"] is True
    assert found[old]["replaced_by"] == found[new]["id"]
    assert found[old]["valid_to"] == LATER.date().isoformat()
    assert found[old]["content"].startswith("Until ")
    assert not found[new].get("superseded")
    # read at query time: nothing was closed in the store
    assert Memory.get_by_id(found[old]["id"]).state == "active"


def test_a_calls_summary_that_told_the_value_asked_for_is_marked_replaced(
    conn: None, data_dir: Path
) -> None:
    # a summary closes nothing (it tells of many things); the question reads it sentence by
    # sentence, and the question reader's "weekly:" takes its subject from the question
    summary = (
        "On 31 January 2026: Lena said she eats red meat. Lena said her pottery class is on "
        "Thursday."
    )
    new = "The caller said Pottery used to be Thursday evenings, but it's Tuesday evenings now."
    memories = _answer(
        data_dir, [(summary, EARLIER), (new, LATER)], "What day have I got pottery?"
    )
    found = _by_content(memories)
    assert found[summary]["replaced_by"] == found[new]["id"]
    assert found[summary]["content"].startswith("Until ")
    assert not found[new].get("replaced_by")


@pytest.mark.parametrize(
    ("old", "new", "question"),
    [
        (  # an email for one use is replaced by a later one for the same use
            "The caller said For the receipts, please, it is hello@bluefern.net.",
            "The receipts want to go to m.rivers@proton.me now, the other inbox is dead.",
            "Where are you sending my receipts?",
        ),
        (  # a date told as changed, no kind named: the dentist's when the dentist is asked
            "The caller said Dentist, the 9th of June.",
            "The caller said that date's gone, it's the 14th of March now.",
            "When's my dentist appointment?",
        ),
    ],
)
def test_what_is_read_as_replaced_for_the_use_or_the_kind_asked_for(
    conn: None, data_dir: Path, old: str, new: str, question: str
) -> None:
    found = _by_content(_answer(data_dir, [(old, EARLIER), (new, LATER)], question))
    assert found[old]["replaced_by"] == found[new]["id"]


@pytest.mark.parametrize("question", ["What's my email?", "Which email gets the newsletter?"])
def test_an_email_for_one_use_is_never_replaced_by_the_callers_email_changed(
    conn: None, data_dir: Path, question: str
) -> None:
    old = "The caller said Send the newsletter to readingnook@gmail.com."
    new = "The caller said the email is m.rivers@proton.me now, please put it."
    found = _by_content(_answer(data_dir, [(old, EARLIER), (new, LATER)], question))
    assert old in found
    assert not found[old].get("replaced_by")


@pytest.mark.parametrize(
    ("summary", "slots"),
    [
        ("On 2 March 2026: Carla said she lives at 9 Aspen Close. Carla said her number is "
         "5553391.", ("address", "phone")),
        ("On 1 May 2026: The user, Sam, mentioned that his new partner is Tom. He said his mum "
         "lives at 3 Maple Court.", ("partner",)),
        ("On 3 May 2026: Carla said pottery moved to Monday.", ("weekly:pottery",)),
        # never a memory that is no summary, nor someone else's in one
        ("Lena said her pottery class is on Thursday.", ()),
        ("On 3 May 2026: Carla said her son moved to 3 Maple Court.", ()),
    ],
)  # fmt: skip
def test_what_a_calls_summary_told_of_the_caller(summary: str, slots: tuple[str, ...]) -> None:
    assert told_in_summary(summary) == slots


def test_nothing_is_replaced_within_one_call_or_by_an_earlier_call(
    conn: None, data_dir: Path
) -> None:
    old, new = JOB_THEN, JOB_NOW
    question = "Who do I work for these days?"
    same_call = _answer(data_dir, [(old, LATER), (new, LATER + dt.timedelta(minutes=5))], question)
    assert not any(m.get("superseded") for m in same_call)
    # the later statement replaces the earlier, whichever it is
    reversed_order = _by_content(_answer(data_dir, [(new, EARLIER), (old, LATER)], question))
    assert reversed_order[new].get("replaced_by") == reversed_order[old]["id"]
    assert not reversed_order[old].get("superseded")


@pytest.mark.parametrize(
    ("old", "new", "question"),
    [
        (  # someone else's job replaces nothing of the caller's
            "The caller works at the Riverside Clinic.",
            "The caller's husband has started at the city library, new job.",
            "Who do I work for these days?",
        ),
        (  # a value gone by replaces nothing
            "The caller works at the Riverside Clinic.",
            "The caller used to work at the city library years ago.",
            "Who do I work for these days?",
        ),
        (  # ... said with the value in a clause of the past, or pointed back at as the old
            JOB_THEN,
            "Brightwater Bank, that's the old place the caller worked.",
            "Who do I work for these days?",
        ),
        (  # ... nor an email for one use, though it names the caller's and says "instead"
            "The caller's email is kim@northwind.co.",
            "Send the newsletter to news@bluefern.net instead of kim@northwind.co, it's closed "
            "for newsletters.",
            "What's my email address?",
        ),
        (  # someone else's change, said after the caller's question
            "The caller lives at 14 Birch Lane.",
            'The caller asked: "Can you text me from now on?" Their sister moved from 14 Birch '
            "Lane to 3 Oak Road.",
            "Where do I live?",
        ),
        (  # an email for one use never replaces the caller's email
            "The caller's email is office@northwind.co.",
            "Send the newsletter to readingnook@gmail.com.",
            "What's my email address?",
        ),
        (  # a way of contact is not a name to be called by
            "The caller goes by Jo, please use that.",
            "The caller would rather you call them these days.",
            "What should you call me?",
        ),
        (  # a greeting names the caller, it is no name to call them by
            "The caller said Hana here.",
            "The caller goes by Jo now, please use that.",
            "What should you call me?",
        ),
        (  # pets add up: a later fact about a pet replaces no earlier one
            "The caller's cat Pepper is a tabby.",
            "Pepper hates the vacuum cleaner.",
            "Tell me about my cat.",
        ),
    ],
)
def test_what_replaces_nothing(
    conn: None, data_dir: Path, old: str, new: str, question: str
) -> None:
    memories = _answer(data_dir, [(old, EARLIER), (new, LATER)], question)
    assert old in _by_content(memories)
    assert not any(m.get("superseded") for m in memories)


def test_a_what_or_which_question_about_a_drink_asks_for_the_favourite_and_the_habit() -> None:
    assert asked_slots("Which tea am I mad about at the moment?") == ("favourite:tea", "habit:tea")
    assert asked_slots("What kind of coffee do I take?")[0] == "favourite:coffee"
    assert asked_slots("Do I drink tea?") == ("habit:tea",)
    assert asked_slots("What do I think of coffee?") == ("habit:coffee",)


def test_the_one_value_kind_a_question_asks_for() -> None:
    assert kinds.one_value_kind(("address",)) == "address"
    assert kinds.one_value_kind(("habit:coffee",)) == "coffee"
    assert kinds.one_value_kind(("habit:beef",)) == "meat"
    assert kinds.one_value_kind(("habit:",)) == "meat"  # the question reader's
    assert kinds.one_value_kind(("favourite:tea", "habit:tea")) == "favourite"
    assert kinds.one_value_kind(("appointment:dentist",)) == "dentist"
    for several in (("pet:",), ("pet:rex",), ("favourite:",), ("habit:tea",), ()):
        assert kinds.one_value_kind(several) is None
    assert slots_of("The caller's favourite tea is green tea.") == ("favourite:tea",)


def test_a_pets_loss_marks_what_was_said_of_the_pet_before_it_as_replaced(
    conn: None, data_dir: Path
) -> None:
    asleep = "Fine, fine, their cat Mochi's asleep on the radiator as usual."
    neighbours = "The caller's neighbour has a cat called Mochi too."
    died = "Their cat Mochi died in February, she was very old, now they don't have a cat."
    assert slots_of(asleep) == () and slots_of(died) == ("pet:mochi",)
    said = [(asleep, EARLIER), (neighbours, EARLIER), (died, LATER)]
    found = _by_content(_answer(data_dir, said, "Have I got a cat?"))
    assert {asleep, neighbours, died} <= found.keys()
    assert found[asleep]["replaced_by"] == found[died]["id"]
    assert found[asleep]["content"] == f"Until 5 March 2026: {asleep}"  # the loss's call
    assert not found[neighbours].get("superseded")  # someone else's cat
    assert not found[died].get("superseded")


@pytest.mark.parametrize(
    ("kind", "content", "holds"),
    [
        ("job", "The caller works at Halden Logistics.", True),
        (
            "job",
            "The caller thinks it's office@northwind.co now, they switched over in January.",
            False,
        ),
        ("job", "The caller volunteers at the Oxfam shop on Sundays.", False),  # the rules' guard
        ("nickname", "The caller goes by Jo these days.", True),
        ("nickname", "Please, call the caller now, don't use the old way again.", False),
        ("address", "The caller lives at 3 Maple Court now.", True),
        ("address", "The caller has moved house.", False),  # no street: nothing to replace with
    ],
)
def test_what_can_replace_a_value_states_one_of_its_kind(
    kind: str, content: str, holds: bool
) -> None:
    assert kinds.holds_value(kind, content) is holds


def test_a_memory_the_kind_reader_reads_as_asked_is_returned_without_a_shared_word(
    conn: None, data_dir: Path
) -> None:
    """The kind reader's lift makes a memory relevant, as a rule's slot does: "What is my
    place of work?" shares no word with the change and is not similar enough to it."""
    job = "The caller has resigned from the Riverside Clinic, they are now with the city library."
    said = [(job, LATER), ("Their washing machine has started making a grinding noise.", LATER)]
    question = "What is my place of work?"
    assert asked_slots(question) == ()  # the question reader names it
    assert job in _by_content(_answer(data_dir, said, question))


def test_meat_asked_by_the_question_reader_is_replaced_by_meat_never_by_coffee(
    conn: None, data_dir: Path
) -> None:
    carnivore = (
        "The caller is a carnivore through and through, red meat most nights, a good steak on a "
        "Friday."
    )
    assert slots_of(carnivore) == ()  # no rule reads it: nothing is closed in the store
    veggie = "No steak for the caller, red meat is off the menu for good, it's lentils now."
    coffee = "Every morning, coffee, that is how the caller starts, no sugar, no milk."
    question = "Would I want the steak option at the dinner?"
    assert asked_slots(question) == ()  # the question reader reads it: "habit:", meat
    said = [(carnivore, EARLIER), (veggie, LATER), (coffee, NOW - dt.timedelta(days=1))]
    found = _by_content(_answer(data_dir, said, question))
    assert found[carnivore]["replaced_by"] == found[veggie]["id"]
    assert not found[veggie].get("superseded")


@pytest.mark.parametrize(
    ("question", "slots"),
    [
        ("What date am I seeing the dentist?", ("appointment:dentist",)),
        ("When do I have to go to the dentist?", ("appointment:dentist",)),
        ("When's my next dental appointment, can you check?", ("appointment:dentist",)),
        ("When do I have pottery?", ("weekly:pottery",)),
    ],
)
def test_the_appointment_a_question_asks_for(question: str, slots: tuple[str, ...]) -> None:
    assert asked_slots(question) == slots


def test_a_statement_the_rules_read_as_another_kind_never_replaces_the_one_asked_for(
    conn: None, data_dir: Path
) -> None:
    """allotment's: the kind reader read a new job as a partner, and the partner was marked
    replaced by it. What the rules read as a job replaces no partner."""
    partner = "The caller is with Tom now, met on the next plot over."
    job = (
        "The caller was going to retire, then a chap on the next plot got them in at "
        "Brightwater Bank."
    )
    assert slots_of(job) == ("job",)
    said = [(partner, EARLIER), (job, LATER)]
    found = _by_content(_answer(data_dir, said, "Whose name goes down as my partner now?"))
    assert partner in found
    assert not found[partner].get("replaced_by")
