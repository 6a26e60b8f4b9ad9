"""Caller-ID normalisation to E.164 with `phonenumbers`. Never touches the database.

Withheld, anonymous, malformed or missing numbers normalise to None: such callers must never
share a user, so the caller decides what None means (a fresh guest per call).
"""

from __future__ import annotations

import phonenumbers

_MAX_RAW = 64  # longer strings are not phone numbers; don't hand them to the parser


def normalize_caller_id(raw: object, default_region: str) -> str | None:
    """E.164 (`+14155550123`) for a possible phone number, else None."""
    if not isinstance(raw, str) or not raw.strip() or len(raw) > _MAX_RAW:
        return None
    try:
        number = phonenumbers.parse(raw.strip(), default_region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def warm() -> None:
    """Load every country's numbering metadata now (~60 ms, 1.4 MB): `phonenumbers` imports a
    country's module the first time a number from it is parsed, inside someone's request."""
    phonenumbers.PhoneMetadata.load_all()
