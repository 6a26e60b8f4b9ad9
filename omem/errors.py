"""The one error shape: `{"error", "message", "request_id", "details"?}` and its handlers.

Exception types carry their status and stable code; no endpoint knowledge lives here.
"""

from __future__ import annotations

from typing import Any

import structlog
from flask import Flask
from flask import Response
from flask import g
from flask import jsonify
from gunicorn.http.errors import ParseException  # type: ignore[import-untyped]
from peewee import DatabaseError
from peewee import IntegrityError
from peewee import InterfaceError
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response as WerkzeugResponse

from omem.db import LockTimeout

log = structlog.get_logger("omem.errors")

# Stable codes for errors raised by routing, werkzeug or extensions.
HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    408: "request_timeout",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "rate_limited",
    500: "internal_error",
    503: "service_unavailable",
}


class ApiError(Exception):
    status = 400
    code = "bad_request"
    message = "The request could not be processed."

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None = None,
        status: int | None = None,
        details: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.message = message or self.message
        self.code = code or self.code
        self.status = status or self.status
        self.details = details
        self.headers = headers or {}
        super().__init__(self.message)


class Unauthorized(ApiError):
    status = 401
    code = "unauthorized"
    message = "A valid API key is required."


class Forbidden(ApiError):
    status = 403
    code = "forbidden"
    message = "This API key may not use this endpoint."


class NotFound(ApiError):
    status = 404
    code = "not_found"
    message = "Not found."


class InvalidRequest(ApiError):
    status = 422
    code = "invalid_request"
    message = "The request body is not valid."


def error_body(
    code: str, message: str, details: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "error": code,
        "message": message,
        "request_id": g.get("request_id", ""),
    }
    if details:
        body["details"] = details
    return body


def _json(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    response = jsonify(body)
    response.status_code = status
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _handle_api_error(exc: ApiError) -> Response:
    return _json(exc.status, error_body(exc.code, exc.message, exc.details), exc.headers)


def _handle_http_exception(exc: HTTPException) -> WerkzeugResponse:
    # Start from werkzeug's own response so Allow, Retry-After and friends survive.
    response = exc.get_response()
    status = exc.code or 500
    code = HTTP_CODES.get(status, "http_error")
    message = exc.description or exc.name
    if status == 429:
        message = "Too many requests; slow down and retry after the given delay."
    response.set_data(jsonify(error_body(code, message)).get_data())
    response.mimetype = "application/json"
    return response


def _handle_database_error(exc: DatabaseError | InterfaceError | LockTimeout) -> Response:
    # Locked, unreadable or full database: 503 so ElevenLabs retries; nothing half-stored.
    log.error("database_unavailable", error_type=type(exc).__name__)
    return _json(
        503,
        error_body("database_unavailable", "The database is unavailable; retry later."),
        {"Retry-After": "5"},
    )


def _handle_malformed_body(exc: ParseException) -> Response:
    # With the sync/gthread workers the app reads the body itself, so gunicorn's parser
    # errors (a chunk size of "zz" or -5) surface here; the buffered worker answers them
    # before the app runs.
    return _json(400, error_body("malformed_body", "The request body is not valid HTTP framing."))


def _handle_unexpected(exc: Exception) -> Response:
    log.exception("unhandled_exception", error_type=type(exc).__name__)
    return _json(500, error_body("internal_error", "An unexpected error occurred."))


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(ApiError, _handle_api_error)
    app.register_error_handler(HTTPException, _handle_http_exception)
    app.register_error_handler(ParseException, _handle_malformed_body)
    app.register_error_handler(DatabaseError, _handle_database_error)
    app.register_error_handler(InterfaceError, _handle_database_error)
    app.register_error_handler(LockTimeout, _handle_database_error)
    # A constraint violation is our bug, not an outage: 500, not 503.
    app.register_error_handler(IntegrityError, _handle_unexpected)
    app.register_error_handler(Exception, _handle_unexpected)
