"""The one request-schema approach: pydantic models, parsed by `parse(Schema, request)`.

The same models feed the OpenAPI document. Our own API rejects unknown fields (`ApiSchema`);
ElevenLabs payloads tolerate them (`ElevenLabsSchema`).
"""

from __future__ import annotations

import json
from typing import Any
from typing import TypeVar

from flask import Request
from pydantic import BaseModel
from pydantic import ConfigDict
from pydantic import ValidationError

from omem.errors import ApiError
from omem.errors import InvalidRequest


class ApiSchema(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


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


def read_json(request: Request) -> Any:
    """The request body as JSON. 415 when not JSON, 400 when not valid UTF-8 JSON."""
    if not request.is_json:
        raise ApiError(
            "Send the body as JSON (Content-Type: application/json).",
            status=415,
            code="unsupported_media_type",
        )
    raw = request.get_data(cache=True)
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ApiError("The body is not valid UTF-8 JSON.", code="invalid_json") from None


def validate(schema: type[S], data: Any) -> S:
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        raise InvalidRequest(details=_details(exc)) from None


def parse(schema: type[S], request: Request) -> S:
    """Read and validate the JSON body in one call; raises ApiError with field details."""
    return validate(schema, read_json(request))
