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
    ("said", "statement", "after"),
    [
        ("Did I mention we moved?", "We moved.", ""),
        ("Do you have a number for me?", "My number?", "It's 5557723."),
        ("Have you got our cat on file?", "Our cat?", "She's called Mochi."),
        ("Do you have a table for me?", "Do you have a table for me?", "It's Friday."),
        ("Do you have a number for me?", "Do you have a number for me?",
         "The surgery's on 01615550123."),
        ("Did I mention my boyfriend Rafael is coming?", "My boyfriend Rafael is coming.", ""),
        ("Have I told you my GP is Dr Patel now?", "My GP is Dr Patel now.", ""),
        ("Would you believe they've moved my class?", "They've moved my class.", ""),
        ("Guess who got a new job at the bank?", "I got a new job at the bank.", "Me!"),
        ("Guess who's stopped eating red meat?", "I've stopped eating red meat.", "I'm veggie."),
        ("Guess who's vegetarian now?", "I'm vegetarian now.", "Me!"),
        ("Guess whose favourite tea is rooibos now?", "My favourite tea is rooibos now.", "Mine!"),
        ("I told you the dentist moved me to the 30th of April, didn't I?",
         "The dentist moved me to the 30th of April.", ""),
        ("I'm at 14 Birch Lane now, aren't I, did I say?", "I'm at 14 Birch Lane now.", ""),
        ("Pottery's on Mondays now, didn't I say?", "Pottery's on Mondays now.", ""),
        ("We had to rehome her, can you note that?", "We had to rehome her.", ""),
        ("My mobile's 5551467, can you write that down?", "My mobile's 5551467.", ""),
        ("Is it alright if you call me Bea from now on?", "Call me Bea from now on.", ""),
        ("Any chance you could swap 14 Birch Lane for 42 Cedar Avenue on my file?",
         "Swap 14 Birch Lane for 42 Cedar Avenue on my file.", ""),
        ("Did I give you my address?", "My address?", ""),
    ],
)  # fmt: skip
def test_a_statement_in_a_questions_frame_is_kept_as_the_statement(
    said: str, statement: str, after: str
) -> None:
    assert unframed(said, after) == statement


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
        "I take sugar in my tea, don't I?",  # asks to be told
        "I live at 14 Birch Lane, don't I?",
        "Did I tell you to cancel my dentist appointment?",
        "Did I tell you the wrong address last time?",
        "Is it alright if you ring me on my work number, just this week?",
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


def test_a_riddle_is_the_callers_only_when_they_answer_it() -> None:
    assert unframed("Guess who got a new job at Tesco?", "My grandson!") == (
        "Guess who got a new job at Tesco?"
    )
    assert unframed("Guess who got a new job at Tesco?") == "Guess who got a new job at Tesco?"
    assert _memories("Guess who got a new job at Tesco? My grandson!")[0].startswith("Guess who")


def test_what_is_said_not_to_be_gone_stays() -> None:
    assert _memories("Do I still drink coffee? Course I do, I never stopped it.")[-1] == (
        "Course the caller does, they never stopped it."
    )
    assert _memories("You know our dog Rex? We nearly lost him last winter.")[-1] == (
        "The caller and others nearly lost him last winter."
    )


def test_a_drink_asked_about_is_what_it_means_in_the_habit_right_after() -> None:
    assert _memories("Can the room have coffee in the morning? I drink it every day.")[-1] == (
        "The caller drinks coffee every day."
    )
    # never when two drinks were named
    assert _memories("Coffee or tea? I drink it every morning.")[-1].endswith(
        "drinks it every morning."
    )


def test_it_after_a_drink_named_beside_something_else_is_not_the_drink() -> None:
    assert _memories("I take my thyroxine with a coffee. I need it every morning.")[-1].endswith(
        "needs it every morning."
    )
    assert "coffee" not in _memories("Is there a fridge for my insulin by the coffee? I have it "
                                     "every day.")[-1]  # fmt: skip
