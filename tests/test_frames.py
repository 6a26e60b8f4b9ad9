"""A statement told inside a question's frame is kept as the statement (omem.memory.frames),
and the memory the offline extractor makes of it reads as the caller's fact."""

from __future__ import annotations

import datetime as dt

import pytest

from omem.memory.extract import Call
from omem.memory.extract import OfflineExtractor
from omem.memory.extract import Turn
from omem.memory.frames import unframed


@pytest.mark.parametrize(
    ("said", "statement"),
    [
        ("Did I mention we moved?", "We moved."),
        ("Did I mention my boyfriend Rafael is coming?", "My boyfriend Rafael is coming."),
        ("Have I told you my GP is Dr Patel now?", "My GP is Dr Patel now."),
        ("Would you believe they've moved my pottery class?", "They've moved my pottery class."),
        ("Guess who got a new job at Brightwater Bank?", "I got a new job at Brightwater Bank."),
        ("Guess who's stopped eating red meat?", "I've stopped eating red meat."),
        ("Guess who's vegetarian now?", "I'm vegetarian now."),
        ("Guess whose favourite tea is rooibos now?", "My favourite tea is rooibos now."),
        (
            "I told you the dentist moved me to the 30th of April, didn't I?",
            "The dentist moved me to the 30th of April.",
        ),
        ("I'm at 14 Birch Lane now, aren't I, did I say?", "I'm at 14 Birch Lane now."),
        ("We had to rehome her, can you note that?", "We had to rehome her."),
        ("My mobile's 5551467, can you write that down?", "My mobile's 5551467."),
        ("Is it alright if you call me Bea from now on?", "Call me Bea from now on."),
        (
            "Any chance you could swap 14 Birch Lane for 42 Cedar Avenue on my file?",
            "Swap 14 Birch Lane for 42 Cedar Avenue on my file.",
        ),
        ("Did I give you my address?", "My address?"),
    ],
)
def test_a_statement_in_a_questions_frame_is_kept_as_the_statement(
    said: str, statement: str
) -> None:
    assert unframed(said) == statement


@pytest.mark.parametrize(
    "said",
    [
        "Did I mention the party?",  # nothing told
        "Have I told you about our cat?",
        "Have I told you where I work?",  # asked, not told
        "Did I tell you what happened?",
        "Can you put my blood pressure tablet on my notes?",  # a request, no statement inside
        "What's my address, can you check?",
        "Who's calling, did I say?",
        "Where do I live?",
        "Guess what?",
        "We moved.",  # no question at all
    ],
)
def test_a_question_with_no_statement_inside_stays_as_asked(said: str) -> None:
    assert unframed(said) == said


def _memories(message: str) -> list[str]:
    turns = [Turn(0, "agent", "Go on."), Turn(1, "user", message)]
    call = Call("conv_frames", dt.datetime(2026, 5, 4, 10, 0), turns)
    return [m.content for m in OfflineExtractor().extract(call)]


def test_the_memory_of_a_framed_statement_is_the_callers_fact() -> None:
    assert _memories("Guess who got a new job at Brightwater Bank? Me!") == [
        "The caller got a new job at Brightwater Bank."
    ]
    assert _memories("Did I give you my address? It's 88 Harbor View Road, that's home.") == [
        "The caller's address: It's 88 Harbor View Road, that's home."
    ]
    assert _memories("You know our cat Bramble? We had to rehome her, can you note that?")[-1] == (
        "The caller and others had to rehome Bramble."
    )
    assert _memories(
        "Would you stop putting coffee on my breakfast order, please? I don't drink it any more."
    )[-1] == ("The caller doesn't drink coffee any more.")
    assert _memories("Do I still drink coffee? No. Not any more, I quit it last month.")[-1] == (
        "Not any more, the caller quit coffee in April 2026."
    )
