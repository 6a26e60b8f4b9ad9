"""Spoken forms, written as they would be typed: what a memory says, not what the transcript
heard ("four four one two" → 4412, "j dot smith at gmail dot com" → j.smith@gmail.com,
"S-M-I-T-H" → Smith, "half past three" → 3:30, "twenty twenty-six" → 2026, "the
fourteenth of March" → the 14th of March). The transcript keeps what was said; the extractor
stores memories from `normalize`d turns, and card-number masking runs after it (a card read
out digit by digit is a card number once joined).

Only what is clearly a code, a year, a date or a clock time is rewritten; numbers in prose
stay words ("my son is eight", "Studio Nine", "two puffs"): that is how the caller and the
agent will say them again, and how a question about them is worded. Regexes find those spans
(English, Spanish, German, French digit words); `text2num`'s `alpha2digit` writes each one.
"""

from __future__ import annotations

import re

from text_to_num import alpha2digit

from omem.memory.dialect import standard

LANGUAGES = ("en", "es", "de", "fr")
_DIGIT = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|oh|"
    r"cero|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
    r"null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|"
    r"zéro|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf)"
)
_REPEAT = {"double": 2, "triple": 3}
_UNIT = rf"(?:(?:double|triple) {_DIGIT}|{_DIGIT})"
# Three digits or more said one by one, perhaps with pauses: a code, a phone number, a card.
_DIGIT_RUN = re.compile(
    rf"\b(?:{_UNIT}(?:,? {_UNIT}){{2,}}|(?:double|triple) {_DIGIT}(?:,? {_UNIT})+"
    rf"|{_DIGIT},? (?:double|triple) {_DIGIT})\b",
    re.IGNORECASE,
)
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TWO_DIGITS = rf"(?:{_TEEN}|{_TENS}(?:[- ]{_ONES})?|oh[- ]{_ONES})"
# A year said in halves: "twenty twenty-six", "nineteen ninety-nine", "twenty oh five".
_YEAR = re.compile(rf"\b(nineteen|twenty) ({_TWO_DIGITS})\b", re.IGNORECASE)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
_ORDINAL = (
    r"(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
    r"eighteenth|nineteenth|twentieth|thirtieth"
)
# A day of a month: "March fourteenth", "the fourteenth of March".
_DAY = re.compile(
    rf"\b(?:({_MONTH}) (?:the )?({_ORDINAL})|(?:the )?({_ORDINAL}) of ({_MONTH}))\b",
    re.IGNORECASE,
)
# A day said without its month, where nothing else can follow: "on the fourteenth at three".
_BARE_DAY = re.compile(
    rf"\b((?:on|by|until|till|from) the) ({_ORDINAL})\b(?= at\b| in the\b|[,.!?]|$)",
    re.IGNORECASE,
)
_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_CLOCK_FRACTIONS = {"half past": 30, "quarter past": 15, "quarter to": -15}
_FRACTION = re.compile(rf"\b(half past|quarter past|quarter to) ({_HOUR})\b", re.IGNORECASE)
# "at three thirty", "by ten fifteen": hour then minutes, after a word that introduces a time.
_MINUTES = rf"(?:(?:twenty|thirty|forty|fifty)(?:[- ]{_ONES})?|oh[- ]{_ONES}|{_TEEN})"
_HOUR_MINUTES = re.compile(
    rf"\b(at|by|around|about|until|till|from|mean|wait|that) ({_HOUR}) ({_MINUTES})\b",
    re.IGNORECASE,
)
# Letters spelled out, as transcripts write them: "S-M-I-T-H" (never dots: "U.S.A.").
_SPELLED = re.compile(r"\b[A-Za-z](?:-[A-Za-z]){2,}\b")
_TLDS = "com|org|net|edu|gov|io|co|uk|us|de|es|fr|info|me|biz|ca|au|ie|nl|it"
_LOCAL_WORD = r"[a-z0-9]+"
_JOINERS = {"dot": ".", "underscore": "_", "dash": "-", "hyphen": "-", "punto": ".", "punkt": "."}
# "j dot smith at gmail dot com", "maria underscore lopez at outlook dot es"
_EMAIL = re.compile(
    rf"\b({_LOCAL_WORD}(?: (?:dot|underscore|dash|hyphen|punto|punkt) {_LOCAL_WORD})*)"
    rf" (?:at|arroba|ät) "
    rf"({_LOCAL_WORD}(?: (?:dot|dash|hyphen|punto|punkt) {_LOCAL_WORD})*"
    rf" (?:dot|punto|punkt) (?:{_TLDS}))\b",
    re.IGNORECASE,
)


# A local part said as two words after what introduces it: "it's kite flyer at yahoo dot com".
_EMAIL_TWO_WORDS = re.compile(
    r"\b(to|is|it's|email|e-mail) "
    r"(?!(?:my|the|his|her|our|their|a|an|is|it's|to|was|at|email|e-mail|now|still|just|"
    r"actually|currently|really|definitely|probably|only|always|simply|new)\b)"
    rf"({_LOCAL_WORD}) "
    rf"(?={_LOCAL_WORD}(?: (?:dot|underscore|dash|hyphen) {_LOCAL_WORD})* (?:at|arroba) "
    rf"{_LOCAL_WORD}(?: (?:dot|dash|hyphen) {_LOCAL_WORD})* dot (?:{_TLDS})\b)",
    re.IGNORECASE,
)


def _number(words: str, language: str) -> str:
    """The digits `words` say ("four four" → "44"; "oh" is zero; "twenty-six" → "26")."""
    spaced = re.sub(r"\boh\b", "zero", words, flags=re.IGNORECASE).replace("-", " ")
    written = alpha2digit(spaced, language, threshold=0)
    return re.sub(r"[^\d]", "", written)


def _digit_run(match: re.Match[str], language: str) -> str:
    digits = []
    for unit in re.split(r",? ", match.group(0)):
        times = _REPEAT.get(unit.lower())
        if times:
            digits.append(f"{times}:")  # applies to the next word
            continue
        digits.append(_number(unit, language))
    out, repeat = "", 1
    for part in digits:
        if part.endswith(":"):
            repeat = int(part[:-1])
            continue
        out += part * repeat
        repeat = 1
    return out


def _spelled(match: re.Match[str]) -> str:
    word = match.group(0).replace("-", "")
    return word[:1].upper() + word[1:].lower()


def _email(match: re.Match[str]) -> str:
    def written(part: str) -> str:
        return "".join(_JOINERS.get(w.lower(), w.lower()) for w in part.split(" "))

    return f"{written(match.group(1))}@{written(match.group(2))}"


def _ordinal(word: str) -> str:
    return alpha2digit(word.replace("-", " "), "en", threshold=0).replace(" ", "")


def _day(match: re.Match[str]) -> str:
    if match.group(1):
        return f"{match.group(1)} {_ordinal(match.group(2))}"
    return f"the {_ordinal(match.group(3))} of {match.group(4)}"


def _fraction(match: re.Match[str]) -> str:
    hour = int(_number(match.group(2), "en"))
    minutes = _CLOCK_FRACTIONS[match.group(1).lower()]
    if minutes < 0:
        hour, minutes = (hour - 1) or 12, 60 + minutes
    return f"{hour}:{minutes:02d}"


def _hour_minutes(match: re.Match[str]) -> str:
    hour, minutes = _number(match.group(2), "en"), _number(match.group(3), "en")
    return f"{match.group(1)} {hour}:{int(minutes):02d}"


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_VALUE = rf"(?:\d[\d:./-]*(?:st|nd|rd|th|am|pm)?|{_WEEKDAY}|{_MONTH}|{_NUMBER_WORD}|[A-Z][a-z]+)"
# A value, then the caller taking it back, then the value they meant: "4412, no wait, 4413",
# "on Tuesday, sorry, I mean Wednesday", "at three, no sorry, five", "Rex, I mean Max". A bare
# "no" counts between numbers only.
_CORRECTION = re.compile(
    rf"\b(?P<said>{_VALUE})(?:[,.;!]| -+| ?—)? (?P<cue>(?i:(?:(?:oh,? |no,? )?(?:wait|sorry),? )?"
    rf"(?:I mean|I meant|make that|or rather)|(?:oh,? )?no,? wait|(?:oh,? )?no,? sorry|"
    rf"(?:oh,? )?sorry|actually|no))[,.]? (?:it's |it is )?(?P<meant>{_VALUE})\b"
)
_KIND = (
    (re.compile(rf"\d|^{_NUMBER_WORD}$"), "number"),
    (re.compile(rf"^{_WEEKDAY}$", re.IGNORECASE), "weekday"),
    (re.compile(rf"^{_MONTH}$", re.IGNORECASE), "month"),
    (re.compile(r"^[A-Z][a-z]+$"), "name"),
)


def _kind(value: str) -> str:
    return next((kind for pattern, kind in _KIND if pattern.search(value)), "")


# What may follow a value meant in words: the clause ends, or says when ("Friday at ten")
_MEANT_ENDS = re.compile(
    r"\s*(?:[,.;:!?)]|$|(?:o'clock|am|pm|at|in|on|instead|please|then|this|next|morning|"
    r"afternoon|evening|night)\b)"
)


def _take_back(match: re.Match[str]) -> str:
    said, cue, meant = match.group("said"), match.group("cue"), match.group("meant")
    kind = _kind(said)
    if not kind or kind != _kind(meant) or (cue.lower() == "no" and kind != "number"):
        return match.group(0)
    if cue.lower() == "no" and not meant[0].isdigit() and not re.search(r"\bno[,.]", match[0]):
        return match.group(0)  # "I've got two, no one else has any"
    if not meant[0].isdigit() and not _MEANT_ENDS.match(match.string, match.end()):
        return match.group(0)  # "Sorry, one more thing", "Oh sorry, Doris is at the door"
    return meant


# A clock time taken back for an hour said as a word, or the other way round: "at 4:30, no
# sorry, three" and "at three, no sorry, 4:30" compare two times.
_TAKE_BACK = r"(?:[,.;]| -+)? (?:no,? wait|no,? sorry|sorry|I mean|make that|or rather)[,.]? "
_HOUR_AFTER_TIME = re.compile(rf"(\b\d{{1,2}}:\d{{2}}{_TAKE_BACK})({_HOUR})\b", re.IGNORECASE)
_HOUR_BEFORE_TIME = re.compile(
    rf"\b(at|by) ({_HOUR})(?={_TAKE_BACK}\d{{1,2}}:\d{{2}})", re.IGNORECASE
)


def _hours(text: str) -> str:
    text = _HOUR_AFTER_TIME.sub(lambda m: f"{m.group(1)}{_number(m.group(2), 'en')}:00", text)
    return _HOUR_BEFORE_TIME.sub(lambda m: f"{m.group(1)} {_number(m.group(2), 'en')}:00", text)


def corrected(text: str) -> str:
    """`text` with what the caller took back replaced by what they meant ("it's 4412, no
    wait, 4413" → "it's 4413"): the value said first is never stored as a fact. Only a value
    corrected by one of the same kind (a number by a number, a day by a day, a name by a
    name) counts: "tea, no sugar" is not a correction."""
    return _CORRECTION.sub(_take_back, _hours(text))


def normalize(text: str, language: str = "en") -> str:
    """`text` with its spoken codes, emails, spelled names, years, dates and times written,
    and (English) what the caller took back replaced by what they meant, texting words and
    regional ones in standard English (omem.memory.dialect)."""
    if not text:
        return text
    language = language if language in LANGUAGES else "en"
    out = _SPELLED.sub(_spelled, text)
    out = _EMAIL_TWO_WORDS.sub(lambda m: f"{m.group(1)} {m.group(2)}", out)  # joins the two
    out = _EMAIL.sub(_email, out)
    out = _DIGIT_RUN.sub(lambda m: _digit_run(m, language), out)
    if language == "en":
        out = _YEAR.sub(lambda m: _number(m.group(1), "en") + _year_end(m.group(2)), out)
        out = _DAY.sub(_day, out)
        out = _BARE_DAY.sub(lambda m: f"{m.group(1)} {_ordinal(m.group(2))}", out)
        out = _FRACTION.sub(_fraction, out)
        out = _HOUR_MINUTES.sub(_hour_minutes, out)
        out = corrected(out)
        out = standard(texted(out))
    return out


# Texting abbreviations said aloud, written as the words they stand for ("what's my number
# rn?" asks for it right now), and the ones that only colour a sentence, dropped ("Tbh the
# caller is such a green tea person", "it's 5552180 now, innit"). Lower case, or capitalised
# opening a sentence; "U-turn" and "Fr. Murphy" are not these.
_TEXTED = {
    "rn": "right now", "atm": "at the moment", "u": "you", "ur": "your", "pls": "please",
    "plz": "please", "thx": "thanks", "cuz": "because", "bc": "because", "tho": "though",
    "btw": "by the way", "idk": "I don't know", "gonna": "going to", "wanna": "want to",
}  # fmt: skip
_TEXTED_WORD = re.compile(
    rf"(?<![\w'-])({'|'.join(_TEXTED)}|{'|'.join(w.capitalize() for w in _TEXTED)})(?![\w'-])"
)
_ASIDES = ("tbh", "ngl", "lol", "lmao", "lmfao", "rofl", "no cap", "lowkey", "istg", "innit",
           "omg", "smh")  # fmt: skip
_ASIDE = re.compile(
    rf"(?:(?<=^)|,\s*|\s)(?:{'|'.join(_ASIDES)}|{'|'.join(a.capitalize() for a in _ASIDES)}"
    r"|fr fr|fr)(?=[\s,.!?]|$)[,!]?"
)


def texted(text: str) -> str:
    """`text` with its texting abbreviations spelled out and its texting asides dropped."""
    if not _ASIDE.search(text) and not _TEXTED_WORD.search(text):
        return text
    out = _TEXTED_WORD.sub(lambda m: _TEXTED[m.group(1).lower()], _ASIDE.sub("", text))
    out = " ".join(out.split())
    out = re.sub(r"\s+([,.!?])", r"\1", out).lstrip(" ,")
    return out[:1].upper() + out[1:] if text[:1].isupper() else out


def _year_end(words: str) -> str:
    return f"{int(_number(words, 'en')):02d}"
