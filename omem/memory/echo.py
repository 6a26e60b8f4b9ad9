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

from omem.memory.supersede import SHAPES

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?: of)? (?P<m>{_MONTHS})\b"
    rf"|\b(?P<m2>{_MONTHS}) (?:the )?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"\b(?P<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b", re.IGNORECASE
)
_DOSE = re.compile(r"\b(?P<n>\d+(?:\.\d+)?) ?(?:mg|milligrams?|micrograms?|mcg)\b", re.IGNORECASE)
# a capital inside a sentence ("While I've got you, …" opens one)
_NAME = re.compile(r'(?<!^)(?<![.!?:"] )(?<!")\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\b')
# capitalised for being a date or a word said alone, never a name
_NOT_NAMES = frozenset(
    """
    the a an you your yes no not and but so it its it's they their them this that there here
    what which who when where how can could would will should please sorry oh ah um well ok
    okay right now new old hi hello dear sadly also just then since before after i my we our
    caller mr mrs ms dr
    """.split()
    + _MONTHS.split("|")
    + [
        day + s
        for day in "monday tuesday wednesday thursday friday saturday sunday".split()
        for s in ("", "s")
    ]
)
# what says the earlier value no longer holds
_CORRECTS = re.compile(
    r"\b(?:no|not|nope|closed|wrong|old|any ?more|no longer|moved|changed|switched|swapped|"
    r"instead|cancell?ed|re-?booked|replaced|gone|scrap|cross|split|finished|ended|left)\b",
    re.IGNORECASE,
)


def values(text: str) -> set[tuple[str, str]]:
    """The values `text` names, each as (its sort, its plain form)."""
    found = {("email", m.group(0).lower()) for m in SHAPES["email"].finditer(text)}
    found |= {("phone", re.sub(r"\D", "", m.group(0))) for m in SHAPES["phone"].finditer(text)}
    found |= {("address", m.group(0).lower()) for m in SHAPES["address"].finditer(text)}
    for m in _DATE.finditer(text):
        day, month = m.group("d") or m.group("d2"), m.group("m") or m.group("m2")
        found.add(("date", f"{int(day)} {month.lower()}"))
    found |= {("weekday", m.group("w").lower()) for m in _WEEKDAY.finditer(text)}
    found |= {("dose", m.group("n")) for m in _DOSE.finditer(text)}
    for m in _NAME.finditer(SHAPES["email"].sub(" ", text)):
        words = [w for w in m.group(0).split() if w.lower() not in _NOT_NAMES]
        if words:
            found.add(("name", " ".join(words).lower()))
    return found


def corrects(earlier: str, later: str) -> bool:
    """Whether `later` names a value `earlier` states and another of the same sort, saying
    the first no longer holds (see the module's doc)."""
    if not _CORRECTS.search(later):
        return False
    old = values(earlier)
    new = values(later)
    shared = {sort for sort, value in new if any(_same(sort, value, was) for was in old)}
    return any(
        sort in shared and not any(_same(sort, value, was) for was in old) for sort, value in new
    )


def _same(sort: str, value: str, was: tuple[str, str]) -> bool:
    """Whether `value` of `sort` is the value `was`; an email spelt out with a space ("kite
    flyer@yahoo.com") keeps only its end, which the whole one ends with."""
    if was[0] != sort:
        return False
    return was[1] == value or (
        sort == "email" and (was[1].endswith(value) or value.endswith(was[1]))
    )
