"""The one request-schema approach: pydantic models, parsed by `parse(Schema, request)`.

The same models feed the OpenAPI document. Our own API rejects unknown fields (`ApiSchema`);
ElevenLabs payloads tolerate them (`ElevenLabsSchema`).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from typing import Annotated
from typing import Any
from typing import TypeVar

from flask import Request
from pydantic import BaseModel
from pydantic import BeforeValidator
from pydantic import ConfigDict
from pydantic import Field
from pydantic import ValidationError

from omem.errors import ApiError
from omem.errors import InvalidRequest

MAX_DEPTH = 64  # ElevenLabs' payloads nest about 8 deep; tool bodies 2
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_INT_DIGITS = 40  # far past any id, count or timestamp; int() of 4,301 digits raises


class ApiSchema(BaseModel):
    """Our own endpoints: unknown fields refused, and no coercion (strict): `false` is not a
    number, `0` is not a date, `"5"` is not a count."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, strict=True)


def _text_only(value: Any) -> Any:
    # Not a number, nor a string of digits (pydantic's lax mode reads both as Unix time).
    if value is not None and not (isinstance(value, str) and _ISO_DATE.match(value)):
        raise ValueError("must be an ISO 8601 date-time string, e.g. 2027-01-31T12:00:00Z")
    return value


# A date-time in a strict schema: only an ISO 8601 string (strict mode alone would refuse
# the string too, since JSON has no date type).
Timestamp = Annotated[dt.datetime, BeforeValidator(_text_only), Field(strict=False)]


def _integral(value: Any) -> Any:
    # JSON Schema counts 2.0 as an integer, and the document says "integer".
    return int(value) if isinstance(value, float) and value.is_integer() else value


# A whole number in a strict schema: 2 or 2.0, never "2" or true.
Count = Annotated[int, BeforeValidator(_integral)]
# An identifier: at least one visible character, no control characters (NUL, newlines).
ID_PATTERN = r"^[^\x00-\x1f\x7f]*[^\s\x00-\x1f\x7f][^\x00-\x1f\x7f]*$"
_ID = re.compile(ID_PATTERN)


def is_clean_id(text: str) -> bool:
    """What ID_PATTERN allows, for ids that arrive outside a schema."""
    return _ID.match(text) is not None


class QuerySchema(BaseModel):
    """Query-string parameters: unknown ones refused; values arrive as text, so numbers are
    read from their digits (lax), unlike a JSON body."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def parse_query(schema: type[S], request: Request) -> S:
    """The query string, validated; raises ApiError with field details (422)."""
    return validate(schema, request.args.to_dict())


class ElevenLabsSchema(BaseModel):
    model_config = ConfigDict(extra="ignore")


S = TypeVar("S", bound=BaseModel)


def _details(exc: ValidationError) -> list[dict[str, Any]]:
    return [
        {
            "field": ".".join(str(part) for part in err["loc"]) or "(body)",
            "problem": err["msg"],
            "type": err["type"],
        }
        for err in exc.errors(include_url=False, include_input=False)
    ]


class _Refused(ValueError):
    def __init__(self, code: str, message: str, status: int = 422) -> None:
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


def _refuse_constant(name: str) -> Any:
    raise _Refused("invalid_number", f"{name} is not a number JSON allows.")


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):  # e.g. 1e309
        raise _Refused("invalid_number", "A number in the body is too large.")
    return value


def _bounded_int(text: str) -> int:
    if len(text) > MAX_INT_DIGITS:
        raise _Refused("invalid_number", "A number in the body is too large.")
    return int(text)


def _lenient_float(text: str) -> float | None:
    value = float(text)
    return None if math.isinf(value) else value


def _lenient_int(text: str) -> int | None:
    return int(text) if len(text) <= MAX_INT_DIGITS else None


def _too_deep(value: Any) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def decode_json(raw: bytes | str, *, lenient: bool = False) -> Any:
    """Decode a request body: the one place that does, so every endpoint refuses the same way.

    Nesting deeper than MAX_DEPTH is a 400 `json_too_deep`. Strict (our API): NaN, Infinity,
    numbers too large for a float and integers over MAX_INT_DIGITS digits are a 422
    `invalid_number`. Lenient (ElevenLabs' payloads, at the ack and in the worker): they
    become null, and the field they were in is then dropped or defaulted, so one bad number
    never costs a whole call.
    """
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        if lenient:
            value = json.loads(
                text,
                parse_float=_lenient_float,
                parse_int=_lenient_int,
                parse_constant=lambda name: None,
            )
        else:
            value = json.loads(
                text,
                parse_float=_finite_float,
                parse_int=_bounded_int,
                parse_constant=_refuse_constant,
            )
    except _Refused as exc:
        raise ApiError(exc.message, code=exc.code, status=exc.status) from None
    except RecursionError:
        value = None
        deep = True
    except (UnicodeDecodeError, ValueError):  # JSONDecodeError is a ValueError
        raise ApiError("The body is not valid UTF-8 JSON.", code="invalid_json") from None
    else:
        # A document with fewer brackets than the limit cannot nest past it (most bodies).
        deep = isinstance(value, dict | list) and (
            text.count("[") + text.count("{") > MAX_DEPTH and _too_deep(value)
        )
    if deep:
        raise ApiError(f"The body nests deeper than {MAX_DEPTH} levels.", code="json_too_deep")
    return value


def read_json(request: Request) -> Any:
    """The request body as JSON (strict). 415 when not JSON; see decode_json."""
    if not request.is_json:
        raise ApiError(
            "Send the body as JSON (Content-Type: application/json).",
            status=415,
            code="unsupported_media_type",
        )
    return decode_json(request.get_data(cache=True))


def validate(schema: type[S], data: Any) -> S:
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        raise InvalidRequest(details=_details(exc)) from None


def parse(schema: type[S], request: Request) -> S:
    """Read and validate the JSON body in one call; raises ApiError with field details."""
    return validate(schema, read_json(request))
