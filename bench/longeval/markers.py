"""Whether a piece of text conveys a key fact: the fact's marker words, read loosely.

A marker is a phrase ("Alder Street", "terrified of flying") with "|" between alternatives
("dog|golden retriever"); "@2025-10-03" is a date, said any usual way ("October 3rd", "the 3rd
of October", "3 October 2025", "2025-10-03"). Text conveys a fact when it holds every marker
of the fact, each as consecutive words, plurals, possessives and "the caller" for "me"
aside. Standard library
only: the generator uses it to check that every fact can be conveyed, `bench.init_quality`
to score what conversation-initiation sends.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b")
_POSSESSIVE = re.compile(r"['’]s\b")
_WORD = re.compile(r"[a-z0-9]+")
_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for name in names.split()
}


def _plain(word: str) -> str:
    """Plural-insensitive: "Mondays" and "Monday", "puffs" and "puff" read alike."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# A statement about the caller reads the same in either person ("text me", and "text the
# caller" as omem's extraction restates it).
_CALLER = re.compile(r"\bthe caller\b")


def words(text: str) -> list[str]:
    text = _CALLER.sub("me", _THOUSANDS.sub("", text.lower()))
    text = _ORDINAL.sub(r"\1", _POSSESSIVE.sub("", text))
    return [_plain(w) for w in _WORD.findall(text)]


def _has_phrase(haystack: Sequence[str], phrase: Sequence[str]) -> bool:
    n = len(phrase)
    return n > 0 and any(
        list(haystack[i : i + n]) == list(phrase) for i in range(len(haystack) - n + 1)
    )


def _has_date(haystack: Sequence[str], day: dt.date) -> bool:
    def is_day(word: str) -> bool:
        return word.isdigit() and int(word) == day.day

    def is_month(word: str) -> bool:
        return _MONTHS.get(word) == day.month

    for i, word in enumerate(haystack):
        nxt = haystack[i + 1] if i + 1 < len(haystack) else ""
        after = haystack[i + 2] if i + 2 < len(haystack) else ""
        if is_month(word) and is_day(nxt):  # October 3
            return True
        if is_day(word) and (is_month(nxt) or (nxt == "of" and is_month(after))):
            return True  # 3 October, 3rd of October
        if word == str(day.year) and nxt.isdigit() and after.isdigit():  # 2025-10-03
            if int(nxt) == day.month and int(after) == day.day:
                return True
    return False


def _has(haystack: Sequence[str], alternative: str) -> bool:
    if alternative.startswith("@"):
        return _has_date(haystack, dt.date.fromisoformat(alternative[1:]))
    return _has_phrase(haystack, words(alternative))


def conveys(markers: Sequence[str], text: str) -> bool:
    """Whether `text` holds every marker (one of its alternatives each)."""
    haystack = words(text)
    return bool(markers) and all(
        any(_has(haystack, alt) for alt in marker.split("|")) for marker in markers
    )


def parts_in(answer: str, text: str) -> list[str]:
    """A preference's markers, as said: the comma-separated parts of `answer` that `text`
    holds, any one of which conveys it ("quiet|high floor" of "quiet, away from the elevator,
    high floor"); a part said in other words order ("the room cool" for "cool room") gives
    its words, all of which are then needed."""
    said = [part for part in answer.split(", ") if conveys([part], text)]
    if said:
        return ["|".join(said)]
    first = answer.split(", ")[0].split()
    return first if all(conveys([word], text) for word in first) else []
