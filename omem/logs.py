"""Structured logging (structlog over stdlib), the request-ID middleware and redaction.

One line per request: method, path, status, latency, request id. Bodies, transcripts and
secrets are never logged; values under sensitive key names are redacted.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import time
import uuid
from collections.abc import MutableMapping
from typing import Any

import structlog
from flask import Flask
from flask import Response
from flask import g
from flask import request

from omem.config import Settings
from omem.version import __version__

API_VERSION = "1"
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
_SENSITIVE = ("secret", "password", "authorization", "api_key", "token", "signature")

access_log = structlog.get_logger("omem.access")


def _redact(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    for key in list(event):
        if any(word in key.lower() for word in _SENSITIVE):
            event[key] = "[redacted]"
    return event


def _add_pid(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """Which process wrote the line: gunicorn's workers and the consumer share one log."""
    event["pid"] = os.getpid()
    return event


def configure_logging(settings: Settings) -> None:
    """Route structlog and stdlib loggers (gunicorn, huey) through one renderer."""
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _add_pid,
        _redact,
    ]
    renderer: Any = (
        structlog.processors.JSONRenderer()
        if settings.json_logs
        else structlog.dev.ConsoleRenderer(colors=False)
    )
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            renderer,
        ],
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level)
    # peewee logs every SQL statement with its parameters at DEBUG: transcript text.
    logging.getLogger("peewee").setLevel(
        max(logging.INFO, logging.getLevelName(settings.log_level))
    )
    logging.getLogger("werkzeug").setLevel(logging.WARNING)


def _request_id() -> str:
    incoming = request.headers.get("X-Request-ID", "")
    return incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex


def init_request_logging(app: Flask, slow_ms: int) -> None:
    @app.before_request
    def _start() -> None:
        g.request_id = _request_id()
        g.started = time.perf_counter()
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id=g.request_id)

    @app.after_request
    def _finish(response: Response) -> Response:
        latency_ms = round((time.perf_counter() - g.get("started", time.perf_counter())) * 1000, 2)
        response.headers["X-Request-ID"] = g.get("request_id", "")
        response.headers["API-Version"] = API_VERSION
        response.headers["X-Omem-Version"] = __version__
        fields = {
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "latency_ms": latency_ms,
        }
        if latency_ms > slow_ms:
            access_log.warning("slow_request", **fields)
        else:
            access_log.info("request", **fields)
        return response

    @app.teardown_request
    def _clear(_: BaseException | None) -> None:
        structlog.contextvars.clear_contextvars()
