"""Regional English said in standard words (omem.memory.dialect), in memories and questions."""

from __future__ import annotations

import datetime as dt

import pytest

from omem.memory.dialect import standard
from omem.memory.extract import Call
from omem.memory.extract import OfflineExtractor
from omem.memory.extract import Turn
from omem.memory.retrieve import clean_query
from omem.memory.supersede import slots_of


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        # Southern US and AAVE
        (
            "Biscuit ain't with us no more, she done passed in the spring.",
            "Biscuit isn't with us any more, she passed in the spring.",
        ),
        ("I ain't got a car no more.", "I haven't got a car any more."),
        ("I done switched to rooibos.", "I switched to rooibos."),
        ("I'm finna move, y'all.", "I'm going to move, you."),
        ("We're fixing to sell the truck.", "We're going to sell the truck."),
        # Irish: "after" with a verb in -ing is what has just been done
        ("I'm after moving to 14 Birch Lane.", "I have just moved to 14 Birch Lane."),
        ("We're after selling the car.", "We have just sold the car."),
        ("She's after changing the tablets.", "She has just changed the tablets."),
        # Northern English, Scots
        ("It's a Mazda, nowt fancy.", "It's a Mazda, nothing fancy."),
        ("I've been grafting at the library.", "I've been working at the library."),
        ("She grafts at the bank.", "She works at the bank."),
        ("Where do I graft, on yous records?", "Where do I work, on your records?"),
        # Caribbean
        ("Mi have a likkle cat name Biscuit.", "Mi have a little cat named Biscuit."),
        ("Mi haffi give her away.", "Mi have to give her away."),
    ],
)
def test_regional_words_are_said_in_standard_ones(said: str, meant: str) -> None:
    assert standard(said) == meant


@pytest.mark.parametrize(
    "said",
    [
        "After eating, I sleep.",
        "It's done now, and the job is done and dusted.",
        "I'm after a new phone.",  # "after" without a verb in -ing: what is wanted
        "Our kids are grown up.",
        "Our kid starts school in September.",
        "Hi, I'm after booking a table for Friday.",
        "Everything I have done had a purpose.",
        "I got my hair done red.",
        "I graft fruit trees as a hobby.",
        "He had a skin graft in May.",  # the noun stays
        "My cat's name is Biscuit.",
        "Have you got my number?",
    ],
)
def test_standard_english_is_left_as_it_is(said: str) -> None:
    assert standard(said) == said


def test_a_pet_gone_in_dialect_closes_the_pet() -> None:
    turns = [
        Turn(0, "agent", "Anything new?"),
        Turn(1, "user", "Biscuit ain't with us no more, she done passed in the spring."),
    ]
    memories = OfflineExtractor().extract(Call("c1", dt.datetime(2025, 5, 8, 10), turns))
    assert [slots_of(m.content) for m in memories] == [("pet:biscuit",)]


def test_a_question_in_dialect_is_cleaned_into_standard_words() -> None:
    assert clean_query("Where do I graft, on yous records?", []) == (
        "Where do I work, on your records?"
    )
