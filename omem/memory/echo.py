"""A later memory that names an earlier one's value and corrects it: "You have the 14th of
March? No, they moved it, it's the 9th of June now." replaces "Dentist is on the 14th of March"
though it names no dentist, as "You have Sam? They split up, their partner now is Rafael."
replaces "Their partner Sam is lovely". memory-query reads this among the memories it returns
for a question that asks for one value (omem.memory.retrieve.replaced): the value named again
is what ties the two, whatever words the kind is said in.

A value is something with a shape: an email address, a phone number, a street address, a day
of the month, a weekday, a dose, a name. The later memory must hold the earlier one's value,
another value of the same sort the earlier one does not hold, and a word that says the first
no longer holds ("no", "not", "moved", "closed", "any more" …)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from omem.memory.supersede import MONTH
from omem.memory.supersede import SHAPES
from omem.memory.supersede import WEEKDAY

_DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?: of)? (?P<m>{MONTH})\b"
    rf"|\b(?P<m2>{MONTH}) (?:the )?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(rf"\b(?P<w>{WEEKDAY})\b", re.IGNORECASE)
_MONTH_OR_WEEKDAY = re.compile(f"{MONTH}|{WEEKDAY}")
# a dose is its number with the medicine after it: 20 mg of lisinopril is no 20 mg of metformin
_DOSE = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?) ?(?:mg|milligrams?|micrograms?|mcg)\b"
    r"(?: of)?(?: (?P<med>[a-z]{4,}))?",
    re.IGNORECASE,
)
# a capital inside a sentence ("While I've got you, …" opens one)
_NAME = re.compile(r'(?<!^)(?<![.!?:"] )(?<!")\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\b')
# capitalised for being a word said alone, never a name (nor is a month or a weekday)
_NOT_NAMES = frozenset(
    """
    the a an you your yes no not and but so it its it's they their them this that there here
    what which who when where how can could would will should please sorry oh ah um well ok
    okay right now new old hi hello dear sadly also just then since before after i my we our
    caller mr mrs ms dr
    """.split()
)
# what says the earlier value no longer holds (a bare "no" or "not" says too little: "off work
# on the 14th of March and back on the 21st, no plans yet")
_CORRECTS = re.compile(
    r"\b(?:closed|wrong|old|any ?more|no longer|moved|changed|switched|swapped|instead|"
    r"cancell?ed|re-?booked|replaced|gone|scrap|cross|split|finished|ended|was before|"
    r"out of date|but it(?:'s| is))\b",
    re.IGNORECASE,
)
# The sorts of value each kind asked for is said in; a kind not here is never read this way
# (coffee, meat, a favourite: no shape to name again).
ECHOED: dict[str, frozenset[str]] = {
    "address": frozenset(("address",)),
    "phone": frozenset(("phone",)),
    "email": frozenset(("email",)),
    "doctor": frozenset(("name",)),
    "car": frozenset(("name",)),
    "job": frozenset(("name",)),
    "partner": frozenset(("name",)),
    "nickname": frozenset(("name",)),
    "dentist": frozenset(("date",)),
    "class": frozenset(("weekday",)),
    "dose": frozenset(("dose",)),
}


def values_named(text: str) -> set[tuple[str, str]]:
    """The values `text` names, each as (its sort, its plain form)."""
    return {(sort, value) for sort, value, _, _ in _spans(text)}


def _spans(text: str) -> Iterator[tuple[str, str, int, int]]:
    """Each value `text` names: its sort, its plain form, where it starts and ends."""
    for m in SHAPES["email"].finditer(text):
        yield "email", m.group(0).lower(), m.start(), m.end()
    for m in SHAPES["phone"].finditer(text):
        yield "phone", re.sub(r"\D", "", m.group(0)), m.start(), m.end()
    for m in SHAPES["address"].finditer(text):
        yield "address", m.group(0).lower(), m.start(), m.end()
    for m in _DATE.finditer(text):
        day, month = m.group("d") or m.group("d2"), m.group("m") or m.group("m2")
        yield "date", f"{int(day)} {month.lower()}", m.start(), m.end()
    for m in _WEEKDAY.finditer(text):
        yield "weekday", m.group("w").lower().removesuffix("s"), m.start(), m.end()
    for m in _DOSE.finditer(text):
        dose = f"{m.group('n')} {(m.group('med') or '').lower()}".strip()
        yield "dose", dose, m.start(), m.end()
    for m in _NAME.finditer(SHAPES["email"].sub(lambda e: " " * len(e.group(0)), text)):
        words = [
            w
            for w in m.group(0).split()
            if w.lower() not in _NOT_NAMES and not _MONTH_OR_WEEKDAY.fullmatch(w.lower())
        ]
        if words:
            yield "name", " ".join(words).lower(), m.start(), m.end()


def corrects(earlier: set[tuple[str, str]], later: str, own: str, kind: str) -> bool:
    """Whether `later` names a value of `kind`'s sort among `earlier` (the values an earlier
    memory names) and `own` (what of `later` the caller states of their own: after a question
    that named the old value, "You have the 14th of March? No, they moved it, …") names
    another of the same sort, saying the first no longer holds (see the module's doc)."""
    sorts = ECHOED.get(kind, frozenset())
    old = {(sort, value) for sort, value in earlier if sort in sorts}
    if not old or not (_CORRECTS.search(own) or _denied(old, later)):
        return False
    named = {(sort, value) for sort, value in values_named(later) if sort in sorts}
    shared = {sort for sort, value in named if any(_same(sort, value, was) for was in old)}
    return any(
        sort in shared and not any(_same(sort, value, was) for was in old)
        for sort, value in values_named(own)
    )


def _denied(old: set[tuple[str, str]], later: str) -> bool:
    """Whether `later` says no to an `old` value right beside it: "Not Rafael, that was last
    year", "it's the 30th of April — no, sorry, …"."""
    return any(
        (_NO_BEFORE.search(later, max(0, start - 12), start) or _NO_AFTER.match(later, end))
        and any(_same(sort, value, was) for was in old)
        for sort, value, start, end in _spans(later)
    )


_NO_BEFORE = re.compile(r"\b(?:not|no,? not)(?: the)? $", re.IGNORECASE)
_NO_AFTER = re.compile(r"[\s,—–-]*(?:no|nope)\b", re.IGNORECASE)


def _same(sort: str, value: str, was: tuple[str, str]) -> bool:
    """Whether `value` of `sort` is the value `was`; an email spelt out with a space ("kite
    flyer@yahoo.com") keeps only its end, which the whole one ends with."""
    if was[0] != sort:
        return False
    return was[1] == value or (
        sort == "email" and (was[1].endswith(value) or value.endswith(was[1]))
    )
