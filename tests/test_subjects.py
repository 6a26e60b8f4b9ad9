"""Whom a sentence is about when it does not say: pronouns after someone of the caller's was
introduced by name, and fragments that leave out "I" — through the offline extractor."""

from __future__ import annotations

import datetime as dt

import pytest

from omem.memory.extract import Call
from omem.memory.extract import OfflineExtractor
from omem.memory.extract import Turn
from omem.memory.subjects import Subjects


def _memories(*messages: str) -> list[str]:
    turns = []
    for order, message in enumerate(messages):
        turns += [Turn(2 * order, "agent", "Go on."), Turn(2 * order + 1, "user", message)]
    call = Call("conv_subjects", dt.datetime(2026, 5, 4, 10, 0), turns)
    return [m.content for m in OfflineExtractor().extract(call)]


def test_he_after_the_callers_dog_is_about_the_dog() -> None:
    memories = _memories("My dog Rex is getting old.", "He's allergic to chicken.")
    assert "The caller's dog Rex is allergic to chicken." in memories
    assert not [m for m in memories if m.startswith("The caller said")]


def test_she_after_a_named_daughter_in_the_same_turn_is_about_her() -> None:
    memories = _memories("My daughter, Mia, starts school in May. She loves drawing.")
    assert any("daughter Mia loves drawing" in m for m in memories), memories


@pytest.mark.parametrize(
    ("introduced", "pronoun_sentence", "resolved"),
    [
        ("My husband is called Tom.", "He works nights.", "My husband Tom works nights."),
        ("Our cat's name is Pixel.", "She has been sick.", "My cat Pixel has been sick."),
        ("My son Leo is eight.", "He's got a cold.", "My son Leo has got a cold."),
    ],
)
def test_a_pronoun_opening_a_sentence_names_whom_it_refers_to(
    introduced: str, pronoun_sentence: str, resolved: str
) -> None:
    subjects = Subjects()
    subjects.resolve(introduced)
    assert subjects.resolve(pronoun_sentence) == resolved


@pytest.mark.parametrize(
    ("introduced", "sentence"),
    [
        ("My husband is called Tom.", "She said hi."),  # a husband is never "she"
        ("My daughter Mia is six.", "He fixed the boiler."),  # nor a daughter "he"
        ("", "He's allergic to chicken."),  # nobody introduced: left as said
        ("My dog is old.", "He sleeps a lot."),  # a dog without a name is not a referent
    ],
)
def test_a_pronoun_stays_when_nobody_it_could_mean_was_introduced(
    introduced: str, sentence: str
) -> None:
    subjects = Subjects()
    subjects.resolve(introduced)
    assert subjects.resolve(sentence) == sentence


@pytest.mark.parametrize(
    ("fragment", "memory"),
    [
        ("Likes tea.", "The caller likes tea."),
        ("Prefers mornings.", "The caller prefers mornings."),
        ("Watches cricket on Sundays.", "The caller watches cricket on Sundays."),
        ("Allergic to peanuts.", "The caller is allergic to peanuts."),
        ("Vegetarian, mostly.", "The caller is vegetarian, mostly."),
        ("Can't start the day without coffee.", "The caller can't start the day without coffee."),
        ("Won't eat anything spicy.", "The caller won't eat anything spicy."),
    ],
)
def test_a_fragment_becomes_a_statement_about_the_caller(fragment: str, memory: str) -> None:
    assert _memories(fragment) == [memory]


@pytest.mark.parametrize(
    ("said", "memory"),
    [
        (
            "Why have you still got me down for coffee? I packed it in weeks ago.",
            "packed in coffee weeks ago",
        ),
        (
            "Why have you still got Biscuit on there? She died weeks ago.",
            "Biscuit died weeks ago",
        ),
        (
            "You've still got Pepper on file? He's gone, love.",
            "Pepper's gone, love",
        ),
        (
            "You have coffee on my order? Take it off, I don't drink it any more.",
            "doesn't drink coffee any more",
        ),
    ],
)
def test_what_is_challenged_as_still_on_file_is_what_a_pronoun_says_is_gone(
    said: str, memory: str
) -> None:
    assert any(memory in m for m in _memories(said)), _memories(said)


@pytest.mark.parametrize(
    "said",
    [
        "Have you got it? I packed it in.",  # "it" challenged is no value
        "Why have you still got my old doctor? She retired.",  # not a name: left as said
        "Have you got Biscuit on there? Great. She loves her food.",  # not the next sentence
        "Why have you still got me down for coffee? I love it every morning.",  # not gone
        "Have you got time? I quit it.",  # asked, not challenged as on file
        "Do you have Thursday? He went to the vet on Monday.",
    ],
)
def test_a_pronoun_stays_when_what_is_on_file_is_not_what_it_says_is_gone(said: str) -> None:
    subjects = Subjects()
    assert subjects.resolve(said) == said


def test_a_drink_on_file_still_drunk_is_the_drink_not_given_up() -> None:
    assert Subjects().resolve(
        "Why have you still got me down for coffee? I drink it every morning."
    ) == ("Why have you still got me down for coffee? I drink coffee every morning.")


def test_it_after_a_booking_with_whom_is_that_booking() -> None:
    assert (
        _memories(
            "I had been booked in for the fourteenth of March for weeks before the dentist "
            "changed it. It's on the second of April now."
        )[-1]
        == "The caller's dentist appointment is on the 2nd of April now."
    )
    assert _memories("My GP appointment got moved. It's now on the second of April.")[-1] == (
        "The caller's doctor appointment is now on the 2nd of April."
    )


@pytest.mark.parametrize(
    "said",
    [
        "The dentist was lovely. It's on the second of April, the party.",  # no booking said
        "I booked the hall for the party. It's on the second of April now.",  # with no one
        "My dentist appointment got moved. The party is fine. It's on the second of April.",
        "My dentist appointment got moved. It's lovely out.",  # no date after
    ],
)
def test_it_stays_when_no_booking_with_whom_was_said_right_before(said: str) -> None:
    assert not any("appointment is" in m for m in _memories(said)), _memories(said)
