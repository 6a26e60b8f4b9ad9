"""A call's summary as the context of its own turns: which of the call's memories tell the
facts its summary reports.

ElevenLabs sends a summary with every call ("Lena said her new partner is Rafael. Lena said
pottery moved to Saturday."), stored as a call-level memory (extract.call_level_memories). The
summary says plainly which fact of the caller's life the call told, where the caller's own
words often do not: "Not Tom any more, it's Rafael", "Saturdays from now on, po", "the old
place was cutting back, so they are at Brightwater Bank now". A memory of the call that the
rules and the kind reader leave unread, that carries every word of the value one sentence of
the summary reports, and that is of no one else ("The caller's friend Nora's favourite tea is
peppermint" is Nora's), fills that sentence's slot (`by_summary`). The store reads it so as
it saves the call (omem.memory.store) and each index as it loads the call's rows
(omem.memory.index), so both read the same slot without a column for it.

A summary itself closes nothing (it tells of many things, supersede.slots_of); memory-query
reads the slots it told (`told_in_summary`) to mark it past when a later memory replaced one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from omem.memory.extract import PEOPLE
from omem.memory.keywords import tokenize
from omem.memory.supersede import ONE_DAY
from omem.memory.supersede import PARTNERS
from omem.memory.supersede import SHAPES
from omem.memory.supersede import SUMMARY
from omem.memory.supersede import lead
from omem.memory.supersede import slots_of
from omem.memory.supersede import someone_else

_SENTENCES = re.compile(r"(?<=[.!?])\s+")
# How a summary reports the caller's words: "Lena said she …", "The user mentioned that her …"
_REPORTED = re.compile(
    r"^(?:[Tt]he (?:user|caller|customer)|[A-Z][a-z]+)(?:, [A-Z][a-z]+,)? "
    r"(?:said|mentioned|confirmed|stated|noted|explained|reported|told the agent)(?: that)? "
    r"(?:(?P<own>her|his|their) |(?P<they>she|he|they) )?"
)
_AS_THE_CALLER = {"own": "The caller's ", "they": "The caller ", None: "The caller said "}
# The value a sentence reports: what follows its last "is", "to", "by", "at", "drives" …
# ("her new partner is Rafael", "pottery moved to Saturday", "she now drives Mazda 3",
# "she takes 5 milligrams lisinopril", "she prefers that we text her", "she drinks coffee
# every morning"); a sentence with none reports no value to look for ("she gave up coffee").
_VALUE = re.compile(
    r".*\b(?:is|are|to|by|as|at|drives|takes|eats|drinks|has|uses|called|named|that we|"
    r"that you)\s+"
    r"(?:now\s+)?(?P<v>.+?)(?:\s+now)?[.!?]*$",
    re.IGNORECASE,
)
# Words that state no value: "her cat is gone", "the old job is over"
_NO_VALUE = frozenset(("gone", "over", "off", "out", "none", "no", "nothing"))
_NOW = re.compile(r"^The caller now ")  # "she now prefers that we email her"
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")


@dataclass(frozen=True)
class Told:
    """One sentence of a summary: the slots it fills and the words of the value it reports."""

    slots: tuple[str, ...]
    words: frozenset[str]
    exact: bool = False  # an email, a number, a street address: one household's, however said


def _reported(content: str, *, only_said: bool = False) -> list[str]:
    """The sentences of a call's summary `content`, each as the caller's own statement when
    it reports what the caller said (only those if `only_said`); [] for any other memory."""
    head = SUMMARY.match(content)
    if head is None:
        return []
    out = []
    for sentence in _SENTENCES.split(content[head.end() :]):
        said = _REPORTED.match(sentence)
        if said is not None:
            out.append(_AS_THE_CALLER[said.lastgroup] + sentence[said.end() :])
        elif not only_said:
            out.append(sentence)
    return out


def told_in_summary(content: str) -> tuple[str, ...]:
    """The slots the sentences of a call's summary `content` fill ("On 3 March 2026: Lena said
    her pottery class is on Thursday. Lena said she moved to 9 Aspen Close." is pottery's day
    and the address); () for any other memory."""
    return tuple(dict.fromkeys(slot for s in _reported(content) for slot in slots_of(s)))


def _words(text: str) -> frozenset[str]:
    return frozenset(tokenize(_ORDINAL.sub(r"\1", text)))


def told(content: str) -> tuple[Told, ...]:
    """What each sentence of a call's summary `content` tells of the caller's life: its slots
    and its value's words (Told); () for any other memory, and for a sentence without both.
    Only what the summary says the caller said: "Biscuit switched to Taste of the Wild" is the
    dog's food, whatever a rule makes of it alone."""
    out = []
    for sentence in _reported(content, only_said=True):
        slots = slots_of(sentence) or slots_of(_NOW.sub("The caller ", sentence))
        value = _VALUE.match(sentence) if slots else None
        words = _words(value.group("v")) if value else frozenset()
        if words and not words <= _NO_VALUE:
            exact = any(SHAPES[k].search(value.group("v")) for k in _EXACT if value)
            out.append(Told(slots, words, exact))
    return tuple(out)


def by_summary(content: str, summary: tuple[Told, ...]) -> tuple[str, ...]:
    """The slots `content`, a memory of the call that fills none by the rules, fills by what
    its call's `summary` told (told): the slots of the one sentence whose value's words are all
    in it, when it is of no one else; () when none is, or two sentences of different slots."""
    if not summary or SUMMARY.match(content):
        return ()
    words = _words(content)
    found = {t.slots for t in summary if t.words <= words}
    if len(found) != 1:
        return ()
    slots = found.pop()
    if any(slot.startswith("weekly:") for slot in slots) and ONE_DAY.search(content.lower()):
        return ()  # "the plumber comes on Thursday 8 May 2025" is one day, not the class's
    value = next(t for t in summary if t.slots == slots and t.words <= words)
    if value.exact:  # "their grandson made them another, m.rivers@proton.me, so that's the
        return () if _SOMEONES_OWN.search(content) else slots  # one they use now"
    return slots if _of_the_caller(content, value.words, "partner" in slots) else ()


def _of_the_caller(content: str, value: frozenset[str], partner: bool) -> bool:
    """Whether the value (its words) `content` carries is the caller's: the memory is of no
    one else, or the clause that carries it is the caller's own ("The caller's brother was
    meant to help them sell the old one, anyway it's sold and they drive a green Volkswagen
    Golf now"), naming the caller and no one else. Naming the partner names their value."""
    whole = lead(content).lower()
    if partner:  # "the caller's fella Rafael" is theirs
        whole = _THEIR_PARTNER.sub("the caller", whole)
    if not someone_else(whole):
        return True
    clause = next((c for c in _CLAUSES.split(whole) if value <= _words(c)), whole)
    return (
        clause != whole
        and _CALLERS.search(clause) is not None
        and _SOMEONE.search(clause) is None
        and not someone_else(clause)
    )


_EXACT = ("email", "phone", "address")
# someone's own number, email or home: "their daughter's email is …", "try their son on …",
# "their parents live at …"
_SOMEONES_OWN = re.compile(
    rf"\b(?:\w+'s (?:new |old )?(?:e-?mail|number|phone|mobile|house|place|flat|address)"
    rf"|(?:{PEOPLE})s? on|(?:{PEOPLE})s? (?:\w+ )?(?:live|lives|living|is|are|moved|stays?) "
    r"(?:at|in|to)|that(?:'s| is) (?:the caller's|their|his|her) \w+'s)\b",
    re.I,
)
_THEIR_PARTNER = re.compile(rf"\b(?:the caller's|their) {PARTNERS}\b")
_CLAUSES = re.compile(r"[,;]\s+|\s+(?:and|but|so|—)\s+")
_CALLERS = re.compile(r"\b(?:the caller|they|them|their)\b")
_SOMEONE = re.compile(rf"\b(?:he|she|him|her|his|hers|(?:{PEOPLE})s?)\b")
