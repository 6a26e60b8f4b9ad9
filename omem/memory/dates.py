"""Relative time in what callers say ("yesterday", "next Friday", "two weeks ago"), resolved
against the call's start into absolute dates, so a memory says when things happened.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "couple of": 2, "couple": 2, "few": 3,
}  # fmt: skip
_UNITS = {"day": 1, "week": 7, "month": 30, "year": 365}
_COUNT = (
    r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a couple|"
    r"couple of|a few|few)"
)

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(the day before yesterday)\b", re.I), "day_before_yesterday"),
    (re.compile(r"\b(the day after tomorrow)\b", re.I), "day_after_tomorrow"),
    (re.compile(r"\b(yesterday|last night)\b", re.I), "yesterday"),
    (re.compile(r"\b(today|tonight|this morning|this afternoon|this evening)\b", re.I), "today"),
    (re.compile(r"\b(tomorrow)\b", re.I), "tomorrow"),
    # "on Tuesday evenings" and "on Tuesdays" are every week, not one day.
    (
        re.compile(
            rf"\b((?:on |this )?(?:last|next|this|on) ({'|'.join(WEEKDAYS)}))\b"
            r"(?!s\b| (?:mornings|afternoons|evenings|nights)\b)",
            re.I,
        ),
        "wd",
    ),
    (re.compile(rf"\b({_COUNT} (day|week|month|year)s? (?:ago|back))\b", re.I), "ago"),
    (
        re.compile(r"\b((?:(last|this past|this|next|over the|on the) )weekend)\b", re.I),
        "weekend",
    ),
    (re.compile(r"\b(the other day|recently|the other week)\b", re.I), "around"),
    (re.compile(r"\b(earlier this (week|month))\b", re.I), "earlier"),
    (re.compile(rf"\b(in {_COUNT} (day|week|month|year)s?)\b", re.I), "in"),
    (re.compile(r"\b((last|next|this) (week|month|year))\b", re.I), "period"),
]


# A date after one of these needs no preposition of its own: "since 7 May 2023", "as of the
# week of 2 March 2026", "until the end of 2025" (never "since on …", "the end of in 2025").
_PREPOSITIONS = (
    " since", " from", " until", " till", " by", " before", " after", " on", " in", " as of",
    " end of", " effective", " starting", " during",
)  # fmt: skip
# … before "on": never "in", which may be a particle ("my son moved in on Saturday")
_BEFORE_ON = tuple(p for p in _PREPOSITIONS if p != " in")


@dataclass(frozen=True)
class Anchor:
    """A relative expression found in a sentence and the date it means."""

    phrase: str
    date: dt.date
    precision: str  # day | about | around | weekend | week | month | year
    future: bool
    weekday: bool = False  # said as a weekday ("on Friday"): the day is named with its date


def format_day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def describe(anchor: Anchor) -> str:
    if anchor.precision == "day":
        named = f"{anchor.date:%A} " if anchor.weekday else ""
        return f"on {named}{format_day(anchor.date)}"
    if anchor.precision == "weekend":
        return f"on the weekend of {format_day(anchor.date)}"
    if anchor.precision == "about":
        return f"around {format_day(anchor.date)}"
    if anchor.precision == "around":
        return f"shortly before {format_day(anchor.date)}"
    if anchor.precision == "week":
        return f"in the week of {format_day(anchor.date)}"
    if anchor.precision == "month":
        return f"in {anchor.date:%B %Y}"
    return f"in {anchor.date:%Y}"


def count_of(word: str) -> int:
    word = word.lower().removeprefix("a ").strip() if word.lower() != "a" else word
    return int(word) if word.isdigit() else NUMBERS.get(word.lower(), 1)


_PAST = re.compile(
    # "got" is "have" after "have" ("I've got bingo this Saturday" is to come)
    r"\b(was|were|did|had|went|came|(?<!'ve )(?<!have )(?<!has )(?<!'s )got|saw|told|said|left|"
    r"took|gave|made|paid|sent|"
    r"bought|brought|started|called|happened|\w{3,}ed)\b",
    re.I,
)


def _weekday(match: re.Match[str], today: dt.date, past: bool = False) -> Anchor:
    text = match.group(1).lower()
    target = WEEKDAYS.index(match.group(2).lower())
    delta = target - today.weekday()
    if "last" in text:
        delta = delta - 7 if delta >= 0 else delta
    elif "next" in text:  # the one in the following (Monday-start) week
        delta += 7
    elif past:  # "he came on Thursday": the one before today
        delta = delta - 7 if delta >= 0 else delta
    elif delta < 0:  # "on Friday" said on a Saturday: the coming one
        delta += 7
    day = today + dt.timedelta(days=delta)
    return Anchor(match.group(1), day, "day", day > today, weekday=True)


def _weekend(phrase: str, which: str, today: dt.date, past: bool) -> Anchor:
    """The Saturday of the weekend meant: "last"/"this past" the one before today, "next"
    the one after this week's, "this"/"over the"/"on the" this week's (or the one just gone,
    when the sentence is in the past tense)."""
    saturday = today + dt.timedelta(days=5 - today.weekday())  # this week's (Mon-start)
    if which in ("last", "this past") or (which != "next" and past):
        saturday = saturday if saturday < today else saturday - dt.timedelta(days=7)
        if today.weekday() == 6 and which in ("last", "this past"):
            saturday -= dt.timedelta(days=7)  # said on a Sunday: the weekend before
    elif which == "next":
        saturday += dt.timedelta(days=7)
    return Anchor(phrase, saturday, "weekend", saturday > today)


def _resolve(kind: str, match: re.Match[str], today: dt.date, past: bool = False) -> Anchor:
    fixed = {
        "day_before_yesterday": -2, "yesterday": -1, "today": 0, "tomorrow": 1,
        "day_after_tomorrow": 2,
    }  # fmt: skip
    if kind in fixed:
        day = today + dt.timedelta(days=fixed[kind])
        return Anchor(match.group(1), day, "day", fixed[kind] > 0)
    if kind == "wd":
        return _weekday(match, today, past)
    if kind == "weekend":
        return _weekend(match.group(1), match.group(2).lower(), today, past)
    if kind == "around":  # "the other day": some days before the call, said as such
        return Anchor(match.group(1), today, "around", False)
    if kind == "earlier":
        if match.group(2).lower() == "week":
            monday = today - dt.timedelta(days=today.weekday())
            return Anchor(match.group(1), monday, "week", False)
        return Anchor(match.group(1), today.replace(day=1), "month", False)
    if kind in ("ago", "in"):
        unit = match.group(3).lower()
        days = count_of(match.group(2)) * _UNITS[unit]
        sign = -1 if kind == "ago" else 1
        day = today + dt.timedelta(days=sign * days)
        precision = "day" if unit in ("day", "week") else unit
        if precision == "day" and re.search(r"few|couple", match.group(2), re.I):
            precision = "about"  # "a few days ago": around a day, not on it
        return Anchor(match.group(1), day, precision, sign > 0)
    which, unit = match.group(2).lower(), match.group(3).lower()
    step = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "week":
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=step)
        return Anchor(match.group(1), monday, "week", step > 0)
    if unit == "month":
        month_index = today.year * 12 + today.month - 1 + step
        day = dt.date(month_index // 12, month_index % 12 + 1, 1)
        return Anchor(match.group(1), day, "month", step > 0)
    return Anchor(match.group(1), dt.date(today.year + step, 1, 1), "year", step > 0)


def find_anchor(sentence: str, today: dt.date) -> Anchor | None:
    """The first relative time expression in `sentence`, resolved against `today`."""
    for pattern, kind in _PATTERNS:
        match = pattern.search(sentence)
        if match:
            return _resolve(kind, match, today, bool(_PAST.search(sentence)))
    return None


def anchor_sentence(sentence: str, today: dt.date) -> tuple[str, Anchor | None]:
    """Replace the relative expression by the absolute date it means."""
    anchor = find_anchor(sentence, today)
    if anchor is None:
        return sentence, None
    text = describe(anchor)
    before = " " + sentence[: sentence.find(anchor.phrase)].rstrip().lower()
    if (text.startswith("on ") and before.endswith(_BEFORE_ON)) or (
        text.startswith("in ") and before.endswith(_PREPOSITIONS)
    ):
        text = text[3:]  # "since last Tuesday" -> "since 7 May 2023", not "since on ..."
    return sentence.replace(anchor.phrase, text, 1), anchor
