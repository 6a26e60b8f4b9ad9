"""Facts that change: which slot of the caller's life a memory fills, so that a new value
closes the old one instead of standing beside it.

A slot is read from the memory as stored (third person, spoken forms written out), by
deterministic English rules for the facts that matter most on a phone line:

- `address`: where the caller lives ("The caller lives at 88 Elm Street.", "The caller and
  others moved to Leeds.", "The caller's new address is …");
- `phone`: the caller's own number ("The caller's new number is 5550199.");
- `email`: the caller's email address;
- `name`: how to address them ("Call the caller Dee.", "The caller goes by Dee.");
- `appointment:<kind>`: an appointment and its moves ("The caller's dentist appointment moved
  to 14 March 2026.");
- `contact`: how they want to be reached ("The caller wants to be texted from now on.").

Only the caller's own facts count: "The caller's mum lives in York" fills no slot. A memory
with a slot supersedes the caller's active memories of the same slot from earlier calls
(omem.memory.store): the old one keeps its text, gets `valid_to` (the new one's `valid_from`)
and `superseded_by`, leaves default recall, and is still found — marked as past — by a
question about the old value ("what was my old address?", omem.memory.retrieve).
"""

from __future__ import annotations

import re

_CALLER = r"^(?:on [^,]+, )?the caller(?: and others)?"
_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "address",
        re.compile(
            rf"{_CALLER} (?:now |just |recently )?(?:lives?|moved|moves|is moving|are moving)"
            r"(?: house)?(?: to| at| in| into)\b"
            r"|^the caller's (?:new |home |current )*address is\b"
        ),
    ),
    (
        "phone",
        re.compile(
            r"^the caller's (?:new |current |mobile |cell |home |phone |best |callback )*"
            r"(?:phone )?number is\b"
        ),
    ),
    (
        "email",
        re.compile(r"^the caller's (?:new |current |work |personal )*email(?: address)? is\b"),
    ),
    (
        "name",
        re.compile(
            r"^(?:please )?call the caller [A-Z][a-z]+|"
            rf"{_CALLER} (?:goes by|prefers to be called|would like to be called)\b"
        ),
    ),
    (
        "contact",
        re.compile(
            rf"{_CALLER} (?:wants|prefers|would like) to be (?:texted|emailed|called|phoned|"
            r"contacted by (?:text|email|phone|post|letter))\b"
            r"|^(?:please )?(?:text|email|e-mail|phone|ring|call) the caller\b"
        ),
    ),
]
_APPOINTMENT = re.compile(
    r"^the caller's (?:(?P<kind>[a-z]+) )?appointment (?:is|was|has been|got)? ?"
    r"(?:moved|changed|rescheduled|pushed|brought forward|now|on|at|booked)\b"
)


def slot_of(content: str) -> str | None:
    """The slot of the caller's life `content` fills, or None (most memories fill none)."""
    text = content.strip()
    lower = text[:1].lower() + text[1:]  # the rest keeps its case: "call the caller Dee"
    for name, pattern in _RULES:
        if pattern.search(lower):
            return name
    appointment = _APPOINTMENT.search(lower)
    if appointment:
        return f"appointment:{appointment.group('kind') or 'any'}"
    return None


# A question about a value that no longer holds: it may be answered from superseded memories.
_PAST = re.compile(
    r"\b(?:old|previous|former|earlier|original|used to|use to|back then|originally|at first|"
    r"before (?:the|I|we) (?:moved|changed)|last (?:address|number|email))\b",
    re.IGNORECASE,
)


def asks_about_the_past(question: str) -> bool:
    """Whether a question asks for a value that may have changed since ("what was my old
    address?", "where did I use to live?")."""
    return bool(_PAST.search(question))
