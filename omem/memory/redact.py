"""Secrets a caller may say that an agent must never read back: payment card numbers (a
Luhn-valid run of 13-19 digits, written "4111 1111 1111 1111" or spoken "four one one
one ..."), card security codes and US social security numbers given with their name.

Applied to memories and summaries before they are stored, and to ElevenLabs' own summaries
before they reach a prompt. The encrypted transcript keeps what was said.
"""

from __future__ import annotations

import re

CARD = "[card number removed]"
CODE = "[security code removed]"
SSN = "[social security number removed]"
# The markers in the memory's own language: a Spanish memory never gains English words.
_MARKERS = {
    "es": ("[número de tarjeta eliminado]", "[código de seguridad eliminado]"),
    "de": ("[Kartennummer entfernt]", "[Sicherheitscode entfernt]"),
    "fr": ("[numéro de carte supprimé]", "[code de sécurité supprimé]"),
}

_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_REPEAT = {"double": 2, "triple": 3}
_UNIT = r"\b(?:\d+|zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple)\b"
# A run of digit groups and digit words, separated by spaces, commas, dots or dashes.
_RUN = re.compile(rf"{_UNIT}(?:[\s,.\-]+{_UNIT})*", re.IGNORECASE)
_SECURITY_CODE = re.compile(
    r"\b(?P<label>cvv2?|cvc2?|csc|security code|card code|código de seguridad|"
    r"sicherheitscode|prüfnummer|kartenprüfnummer|prüfziffer|cryptogramme|code de sécurité|"
    r"code de sécurité)\b(?P<gap>\W+(?:is\W+|es\W+|ist\W+|lautet\W+|est\W+)?)"
    rf"(?P<code>{_UNIT}(?:[\s,\-]+{_UNIT}){{0,3}})",
    re.IGNORECASE,
)
_SSN = re.compile(
    r"\b(?P<label>social security(?: number)?|ssn)\b(?P<gap>\W+(?:is\W+)?)"
    r"(?P<number>\d{3}[\s\-]?\d{2}[\s\-]?\d{4})\b",
    re.IGNORECASE,
)


_TOKEN = re.compile(_UNIT, re.IGNORECASE)


def _token_digits(tokens: list[re.Match[str]]) -> list[str]:
    """Each token's digits ("" for "double"/"triple", which multiply the next digit)."""
    out: list[str] = []
    repeat = 1
    for token in tokens:
        word = token.group(0).lower()
        if word in _REPEAT:
            repeat = _REPEAT[word]
            out.append("")
            continue
        digits = word if word.isdigit() else _DIGIT_WORDS[word]
        out.append(digits * repeat if len(digits) == 1 else digits)
        repeat = 1
    return out


def luhn_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _card(match: re.Match[str], marker: str = CARD) -> str:
    """The run with the longest Luhn-valid stretch of 13-19 digits in it masked (a card
    number may be followed by its expiry date or preceded by other numbers)."""
    run = match.group(0)
    tokens = list(_TOKEN.finditer(run))
    digits = _token_digits(tokens)
    if sum(len(d) for d in digits) < 13:
        return run
    best: tuple[int, int] | None = None
    for first in range(len(tokens)):
        count = 0
        for last in range(first, len(tokens)):
            count += len(digits[last])
            if count > 19:
                break
            joined = "".join(digits[first : last + 1])
            if count >= 13 and luhn_valid(joined):
                if best is None or last - first > best[1] - best[0]:
                    best = (first, last)
    if best is None:
        return run
    start, end = tokens[best[0]].start(), tokens[best[1]].end()
    return run[:start] + marker + run[end:]


def redact(text: str, language: str = "en") -> str:
    """`text` with card numbers, labelled security codes and SSNs replaced, the markers in
    `language` (English unless omem has words for it)."""
    if not text:
        return text
    card, code = _MARKERS.get(language, (CARD, CODE))
    text = _RUN.sub(lambda m: _card(m, card), text)
    text = _SECURITY_CODE.sub(lambda m: f"{m.group('label')}{m.group('gap')}{code}", text)
    return _SSN.sub(lambda m: f"{m.group('label')}{m.group('gap')}{SSN}", text)
