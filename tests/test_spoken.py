"""Spoken forms in memories: each form the offline extractor writes out, what it must leave
alone, and the memories a call with them gives (the transcript keeps what was said)."""

from __future__ import annotations

import datetime as dt

import pytest

from omem.memory.extract import Call
from omem.memory.extract import OfflineExtractor
from omem.memory.extract import Turn
from omem.memory.redact import CARD
from omem.memory.redact import redact
from omem.memory.spoken import normalize
from omem.memory.spoken import texted


@pytest.mark.parametrize(
    ("said", "written"),
    [
        # codes and numbers read digit by digit
        ("My gate code is four four one two.", "My gate code is 4412."),
        ("Call me on five five five, oh one nine nine.", "Call me on 5550199."),
        ("It's double five, triple zero, one two.", "It's 5500012."),
        ("The order is seven eight nine one two three.", "The order is 789123."),
        # emails
        ("My email is j dot smith at gmail dot com.", "My email is j.smith@gmail.com."),
        ("Write to maria underscore lopez at outlook dot es", "Write to maria_lopez@outlook.es"),
        # spelled names
        ("My surname is S-M-I-T-H.", "My surname is Smith."),
        # dates, years and times
        ("It's on March fourteenth at half past three.", "It's on March 14th at 3:30."),
        ("It's on the twenty-first of June.", "It's on the 21st of June."),
        ("See you at three thirty on Friday.", "See you at 3:30 on Friday."),
        ("Quarter to four works.", "3:45 works."),
        ("We moved in twenty twenty-six.", "We moved in 2026."),
        ("Back in nineteen ninety-nine.", "Back in 1999."),
        (
            "The service is on the fourteenth at half past three.",
            "The service is on the 14th at 3:30.",
        ),
        ("My locker combination is triple four, nine.", "My locker combination is 4449."),
        ("It is double seven, three, oh.", "It is 7730."),
        ("Send it to reading nook at gmail dot com.", "Send it to readingnook@gmail.com."),
        ("It's kite flyer at yahoo dot com.", "It's kiteflyer@yahoo.com."),
        # "now" says when, never the address's first word
        (
            "My email is now sunny underscore days at outlook dot com.",
            "My email is now sunny_days@outlook.com.",
        ),
    ],
)
def test_spoken_forms_are_written_out(said: str, written: str) -> None:
    assert normalize(said) == written


@pytest.mark.parametrize(
    "prose",
    [
        # Numbers in prose stay words: the way the caller and a question will say them.
        "I have two dogs and one cat.",
        "My son is eight and my daughter is fifteen.",
        "It cost twenty-five thousand dollars.",
        "My barber is at Studio Nine.",
        "Two puffs in the morning, before nine.",
        "It was the first time I called.",
        "That was the second time I called.",
        "I'm at home at the moment.",
        "Oh, one more thing.",
        "Room 12, floor 3, desk 4 is fine.",
        "It was 2 or 3 days ago.",
        "Meet me at the station.",
    ],
)
def test_prose_is_left_as_it_was_said(prose: str) -> None:
    assert normalize(prose) == prose


@pytest.mark.parametrize(
    ("language", "said", "written"),
    [
        ("es", "Mi código es cuatro cuatro uno dos.", "Mi código es 4412."),
        ("de", "Meine Nummer ist vier vier eins zwei.", "Meine Nummer ist 4412."),
        ("fr", "Mon code est quatre quatre un deux.", "Mon code est 4412."),
    ],
)
def test_spoken_numbers_in_other_languages(language: str, said: str, written: str) -> None:
    assert normalize(said, language) == written


def test_a_card_read_out_digit_by_digit_is_masked_once_written_out() -> None:
    said = "My card is four one one one, one one one one, one one one one, one one one one."
    written = normalize(said)
    assert "4111111111111111" in written
    assert redact(written) == f"My card is {CARD}."


def test_memories_carry_the_written_form_and_the_transcript_keeps_the_spoken_one() -> None:
    said = "The gate code is four four one two, and my email is j dot smith at gmail dot com."
    call = Call(
        conversation_id="conv_spoken",
        started_at=dt.datetime(2026, 5, 4, 10, 0),
        turns=[Turn(0, "agent", "Anything I should note?"), Turn(1, "user", said)],
    )
    contents = " ".join(m.content for m in OfflineExtractor().extract(call))
    assert "4412" in contents and "j.smith@gmail.com" in contents
    assert "four four" not in contents
    assert call.turns[1].message == said


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("The code is four four one two, no wait, four four one three.", "The code is 4413."),
        ("It's on Tuesday, sorry, Wednesday.", "It's on Wednesday."),
        ("Call me at three thirty, I mean four thirty.", "Call me at 4:30."),
        ("Our dog is Rex, I mean Max.", "Our dog is Max."),
        ("We met in March, actually April.", "We met in April."),
        ("I live at number 12, no, 14.", "I live at number 14."),
        ("It was Tuesday. Sorry, Monday!", "It was Monday!"),
        # a take-back said twice over, hours said as words
        ("The plumber comes on Wednesday, sorry, I mean Friday.", "The plumber comes on Friday."),
        ("It's 4412, oh sorry, I meant 4413.", "It's 4413."),
        ("The hair appointment is at three, no sorry, five.", "The hair appointment is at five."),
        ("A table for four, no, five.", "A table for five."),
    ],
)
def test_a_value_the_caller_takes_back_is_replaced_by_the_one_they_meant(
    said: str, meant: str
) -> None:
    assert normalize(said) == meant


@pytest.mark.parametrize(
    "kept",
    [
        "I like tea, no sugar.",
        "I'm 40, no kids.",
        "Sorry, I mean it.",
        "Thanks, Sam. No, that is all.",
        "My dog is called Rex, no, Max is the cat.",  # a bare "no" corrects numbers only
        "Three, sorry, four people are coming.",  # a capital is a name's, never a number's
        "It's Monday, sorry I'm a bit flustered.",
        "I've got two, no one else has any.",
        # a value before filler: "sorry, one more thing", a name who comes in
        "My new number is 07700 900123. Sorry, one more thing, don't ring before ten.",
        "My code is 4413. Sorry, one moment.",
        "Pick me up at eleven. Actually, one of my neighbours can take me.",
        "My GP is Dr Patel. Oh sorry, Doris is at the door.",
        "Visiting is two till four, sorry, one till four on Sundays.",
    ],
)
def test_what_only_looks_like_a_correction_is_kept(kept: str) -> None:
    assert normalize(kept) == kept


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("What am I taking rn for it?", "What am I taking right now for it?"),
        ("Tbh I'm such a green tea person.", "I'm such a green tea person."),
        ("Scrap that one, it's 5552180 now, innit.", "Scrap that one, it's 5552180 now."),
        ("No cap, my number is 5552180.", "My number is 5552180."),
        ("ngl u should text me atm", "you should text me at the moment"),
        ("Any food stuff you've got down for me, lol?", "Any food stuff you've got down for me?"),
        # not texting: a priest, a U-turn, a word that only contains one
        ("Fr. Murphy did a U-turn on the urn.", "Fr. Murphy did a U-turn on the urn."),
        ("The lolly and the smhouse.", "The lolly and the smhouse."),
    ],
)  # fmt: skip
def test_texting_words_said_aloud_are_written_out_and_asides_dropped(
    said: str, written: str
) -> None:
    assert texted(said) == written
    assert normalize(said) == written
