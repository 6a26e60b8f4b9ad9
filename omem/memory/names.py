"""Who the caller is, by name: from ElevenLabs' data collection when the agent collects it,
else from how the caller introduces themselves early in the call.

A wrong name costs more than none: init greets the caller by it, and retrieval removes it
from every query of theirs. So an introduction counts only where callers introduce
themselves — "my name is …" anywhere in their first turns, "this is …" / "it's …" /
"I'm …" only opening a turn, or a bare name answering the agent's question — and never when
what follows says it is someone or something else ("this is Biscuit, he's barking", "it's
Pixel, my cat"). Pets, products and places are therefore not taken.
"""

from __future__ import annotations

import re

from omem.memory.extract import Call

_NAME_KEYS = ("caller_name", "customer_name", "user_name", "full_name", "name")
_FIRST_TURNS = 4
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"  # Latin letters, accented ones too (Lucía, Jürgen)
_NAME = rf"(?P<name>[{_UPPER}][{_LOWER}]+(?:[ -][{_UPPER}][{_LOWER}'’]+){{0,2}})"
_GREETING = (
    r"(?i:(?:hi|hello|hey|yes|yeah|oh|ok|okay|hiya|morning|"
    r"good (?:morning|afternoon|evening)|there|"
    r"hola|buenas|buenos días|buenas tardes|sí|hallo|guten (?:tag|morgen|abend)|ja|"
    r"bonjour|bonsoir|allô|allo|oui|salut)\b[\s,.!-]*)*"
)
# Anywhere in the caller's first turns.
_STATED = re.compile(
    r"\b(?i:my name is|my name's|the name's|the name is|call me|me llamo|mi nombre es|"
    rf"ich heiße|mein name ist|je m'appelle|je m’appelle|mon nom est)\s+{_NAME}\b"
)
# Only opening a turn: "I'm Grace"; and "Hi, this is Maria Lopez", "It's Tom here" as the
# caller's first words, unless the agent asked about a thing ("Which game?" "It is Nighthawk").
_OPENING_I = re.compile(
    rf"^\s*{_GREETING}(?i:i am|i'm|soy|ich bin|je suis)\s+{_NAME}\b(?P<after>.{{0,40}})"
)
_OPENING_THIS = re.compile(
    rf"^\s*{_GREETING}(?i:this is|it's|it is|hier ist|hier spricht|c'est|c’est)\s+{_NAME}"
    r"\b(?P<after>.{0,40})"
)
_ASKED_ABOUT_A_THING = re.compile(
    r"\b(?:which|what (?:is|was|'s|kind|type|model|make|brand|game|app|one|name of))\b", re.I
)
# A bare name answering "May I have your name?" ("Priya Raman.", "Sure, it's Priya.").
_ASKED = re.compile(
    r"\b(?:your (?:full )?name|who (?:am i|i'm) (?:speaking|talking) (?:to|with)|"
    r"who(?:'s| is) (?:calling|this)|who do i have)\b",
    re.I,
)
_ANSWER = re.compile(
    rf"^\s*{_GREETING}(?i:sure[\s,]*|it's\s+|it is\s+|this is\s+|my name is\s+)*{_NAME}"
    r"(?:\s+(?i:here|speaking))?[\s.!]*$"
)
# What follows a name that is not the caller's: someone or something else being introduced.
_NOT_THE_CALLER = re.compile(
    r"^[\s,-]*(?i:(?:he|she|it)(?:'s| is| was)\b|(?:my|our|the|a) "
    r"(?:dog|cat|puppy|kitten|pup|pet|bird|parrot|rabbit|bunny|hamster|horse|pony|fish|boy|girl|son|daughter|baby|husband|wife|"
    r"partner|friend|mom|mum|dad|brother|sister|game|app|model|router|car|boat|house|device|"
    r"phone|laptop|printer|company|shop|store)\b|barking|meowing|bark|woof|speaking for|"
    r"(?:mi|el|la|un|una|unser|unsere|mein|meine|der|die|das|ein|eine|mon|ma|le|la|un|une) "
    r"(?:perr[oa]|gat[oa]|hij[oa]|espos[oa]|marido|herman[oa]|hund|katze|sohn|tochter|mann|"
    r"frau|bruder|schwester|chien|chat|fils|fille|mari|femme|frère|sœur)\b)"
)
# Capitalised words that open "I'm …" / "it's …" without being a name.
_NOT_NAMES = frozenset(
    """Sorry Fine Good Great Okay Ok Sure Just Not Still Here Back Home Calling Glad Happy Sad
    Afraid Really Very So Also Actually Always Never The A An This That It Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December English American British Canadian Mom Mum Dad
    Yes No Hi Hello Hey Well Oh Um Uh Busy Tired Ready Done Sick Worried Excited
    Yo Muy Bien Nuevo Nueva Ich Sehr Gut Neu Je Très Bien Nouveau Nouvelle Moi""".split()
)


def caller_name(call: Call) -> str | None:
    """The caller's name: ElevenLabs' data collection first, else a self-introduction in
    the caller's first turns (see the module docstring); None when neither is clear."""
    for key in _NAME_KEYS:
        item = call.data_collection.get(key)
        value = item.get("value") if isinstance(item, dict) else item
        if isinstance(value, str) and 1 < len(value.strip()) <= 80:
            return value.strip()
    prompt = ""
    seen = 0
    for turn in call.turns:
        if turn.role != "user":
            prompt = turn.message
            continue
        seen += 1
        if seen > _FIRST_TURNS:
            break
        asked = bool(_ASKED.search(prompt))
        first = seen == 1 and not _ASKED_ABOUT_A_THING.search(prompt)
        found = _introduced(turn.message, asked=asked, first=first)
        if found:
            return found
    return None


def _introduced(message: str, *, asked: bool, first: bool) -> str | None:
    patterns = (_STATED, _OPENING_I, _OPENING_THIS) if first or asked else (_STATED, _OPENING_I)
    for pattern in patterns:
        match = pattern.search(message)
        if match and _plausible(match):
            return match.group("name")
    if asked:
        match = _ANSWER.match(message)
        if match and _plausible(match):
            return match.group("name")
    return None


def _plausible(match: re.Match[str]) -> bool:
    name = match.group("name")
    if name.split()[0] in _NOT_NAMES:
        return False
    after = match.groupdict().get("after") or match.string[match.end() :][:40]
    return not _NOT_THE_CALLER.match(after)
