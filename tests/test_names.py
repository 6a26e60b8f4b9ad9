"""The name reader (omem.memory.names): real self-introductions are read, ElevenLabs'
data-collection name wins over them, and pets, products and places are never taken for the
caller's name (a wrong name is greeted at init and removed from every query)."""

from __future__ import annotations

import datetime as dt

import pytest

from omem.memory.extract import Call
from omem.memory.extract import Turn
from omem.memory.names import caller_name

GREETING = "Thanks for calling Keystone Concierge, how can I help?"


def _call(*lines: str, data: dict[str, object] | None = None, prompt: str = GREETING) -> Call:
    """The agent's `prompt`, then the caller's `lines`, each after an agent turn."""
    turns = []
    for n, line in enumerate(lines):
        turns.append(Turn(2 * n, "agent", prompt if n == 0 else "Go on."))
        turns.append(Turn(2 * n + 1, "user", line))
    return Call("conv_names", dt.datetime(2026, 1, 5, 10, 0), turns, data_collection=data or {})


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Hi, this is Maria Lopez, calling about my order.", "Maria Lopez"),
        ("Hello! It's Tom here.", "Tom"),
        ("Yeah hi, my name's Grace and I need help with a booking.", "Grace"),
        ("Good morning, I'm Walter Brennan.", "Walter Brennan"),
        ("Hey there, my name is Ines Duarte-Silva.", "Ines Duarte-Silva"),
    ],
)
def test_a_self_introduction_names_the_caller(line: str, name: str) -> None:
    assert caller_name(_call(line)) == name


@pytest.mark.parametrize(
    ("prompt", "line", "name"),
    [
        ("May I have your name, please?", "Priya Raman.", "Priya Raman"),
        ("Who am I speaking with today?", "Sure, it's Walter.", "Walter"),
        ("And who's calling?", "Kenji Sato here.", "Kenji Sato"),
    ],
)
def test_a_bare_name_answering_the_agents_question_names_the_caller(
    prompt: str, line: str, name: str
) -> None:
    assert caller_name(_call(line, prompt=prompt)) == name


def test_an_introduction_in_a_later_turn_still_counts_when_it_says_my_name_is() -> None:
    call = _call("Hi, I need to move my appointment.", "Sorry, my name is Dana Whitfield.")
    assert caller_name(call) == "Dana Whitfield"


def test_the_data_collection_name_is_preferred_over_an_introduction() -> None:
    call = _call("Hi, this is Maria.", data={"caller_name": {"value": "Maria Gonzalez"}})
    assert caller_name(call) == "Maria Gonzalez"


@pytest.mark.parametrize(
    ("prompt", "line"),
    [
        (GREETING, "Oh sorry, this is Biscuit, he's barking at the door."),  # a pet
        (GREETING, "Hi, this is Pixel, my cat, she wanted to say hello."),  # a pet
        (GREETING, "It's Rex, our dog, he got out again."),  # a pet
        ("Which game is it?", "It is Nighthawk Legends, the new one."),  # a product
        ("What model is the router?", "It's Netgear, the black one."),  # a product
        (GREETING, "The router? It's Netgear."),  # not opening the turn
        (GREETING, "I'm in London this week."),  # a place (not capitalised after "in")
        (GREETING, "I'm Fine, thanks for asking."),  # a capitalised word, not a name
        (GREETING, "It's Monday and nothing works."),  # a day
        (GREETING, "This is Tom, he's my son, he'll explain."),  # someone else
    ],
)
def test_pets_products_places_and_others_are_never_taken_for_the_callers_name(
    prompt: str, line: str
) -> None:
    assert caller_name(_call(line, prompt=prompt)) is None


def test_this_is_in_a_later_turn_is_not_an_introduction() -> None:
    call = _call("Hi, I'm calling about the vet.", "Yes, this is Biscuit's third visit.")
    assert caller_name(call) is None
