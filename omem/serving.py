"""How gunicorn serves omem: a buffering front for the WSGI app on gunicorn's asyncio worker.

A sync worker reads the request itself, so a client that trickles its headers or body holds
the whole process; five such clients starve four workers. Here gunicorn's `asgi` worker reads
headers and body on its event loop, where a slow client costs a file descriptor and no more,
and `BufferedWSGI` hands the app a complete request. The app then runs in the event-loop
thread, blocking it like a sync worker would: a busy worker accepts nothing while it serves,
so new connections go to idle workers (an app run in a thread pool instead lets a busy
worker keep accepting, and requests queue behind each other while other workers sit idle).

`lifespan.startup` runs once per worker after the fork: the place to load what every request
needs (the embedder), so the first request does not pay for it.
"""

from __future__ import annotations

import asyncio
import io
import json
import secrets
import sys
import time
from collections.abc import Awaitable
from collections.abc import Callable
from collections.abc import Iterable
from typing import Any

import structlog
from flask import Flask
from flask import jsonify

from omem import embeddings
from omem import language
from omem import phones
from omem import security
from omem.clock import utcnow
from omem.config import Settings
from omem.db import db
from omem.db import write
from omem.memory import recall

log = structlog.get_logger("omem.serving")

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
NO_SUCH_CALLER = "omem_usr_warm-up"  # not a uid omem issues (16 hex digits follow the prefix)


class BufferedWSGI:
    """An ASGI app that buffers each request body in full, then calls the WSGI app."""

    def __init__(
        self,
        app: WSGIApp,
        *,
        max_body: int,
        body_timeout: float,
        on_startup: Callable[[], None] | None = None,
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.body_timeout = body_timeout
        self.on_startup = on_startup

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] == "http":
            await self._http(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                started = time.perf_counter()
                try:
                    if self.on_startup is not None:
                        self.on_startup()
                except Exception as exc:  # noqa: BLE001 - a warm-up failure must not stop serving
                    log.warning("worker_warmup_failed", error_type=type(exc).__name__)
                # The worker accepts requests from here on.
                log.info("worker_ready", warmup_ms=round((time.perf_counter() - started) * 1000))
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = await self._read_body(scope, receive, send)
        if body is None:
            return
        environ = _environ(scope, body)
        started: list[Any] = []

        def start_response(
            status: str, headers: list[tuple[str, str]], exc_info: Any = None
        ) -> Callable[[bytes], None]:
            started[:] = [status, headers]
            return _no_write

        # The app runs here, in the event-loop thread, on purpose (see the module docstring).
        result = self.app(environ, start_response)
        try:
            chunks = [chunk for chunk in result if chunk]
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        status, headers = started
        await send(
            {
                "type": "http.response.start",
                "status": int(status.split(" ", 1)[0]),
                "headers": [
                    (name.encode("latin-1"), value.encode("latin-1")) for name, value in headers
                ],
            }
        )
        for chunk in chunks[:-1]:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": chunks[-1] if chunks else b""})

    async def _read_body(self, scope: Scope, receive: Receive, send: Send) -> bytes | None:
        """The whole body, or None after answering 413/408 (or when the client left)."""
        parts: list[bytes] = []
        size = 0
        deadline = time.monotonic() + self.body_timeout
        while True:
            remaining = deadline - time.monotonic()
            try:
                message = await asyncio.wait_for(receive(), timeout=max(remaining, 0.001))
            except TimeoutError:
                await _answer(send, 408, "request_timeout", "The request body arrived too slowly.")
                return None
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await _answer(send, 413, "payload_too_large", "The request body is too large.")
                return None
            parts.append(chunk)
            if not message.get("more_body", False):
                return b"".join(parts)


def _no_write(data: bytes) -> None:
    raise RuntimeError("omem's views return their bodies; write() is not supported")


async def _answer(send: Send, status: int, code: str, message: str) -> None:
    """omem's error shape for what is refused before the app runs (no request id yet)."""
    body = json.dumps({"error": code, "message": message, "request_id": ""}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _environ(scope: Scope, body: bytes) -> dict[str, Any]:
    server = scope.get("server") or ("localhost", 80)
    client = scope.get("client")
    environ: dict[str, Any] = {
        "REQUEST_METHOD": scope["method"],
        "SCRIPT_NAME": scope.get("root_path", ""),
        "PATH_INFO": scope["path"],
        "QUERY_STRING": scope.get("query_string", b"").decode("latin-1"),
        "SERVER_NAME": str(server[0]),
        "SERVER_PORT": str(server[1] if len(server) > 1 and server[1] is not None else 80),
        "SERVER_PROTOCOL": "HTTP/" + scope.get("http_version", "1.1"),
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scope.get("scheme", "http"),
        "wsgi.input": io.BytesIO(body),
        "wsgi.input_terminated": True,
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    if client:
        environ["REMOTE_ADDR"] = str(client[0])
        environ["REMOTE_PORT"] = str(client[1])
    for raw_name, raw_value in scope.get("headers", ()):
        name = raw_name.decode("latin-1").upper().replace("-", "_")
        value = raw_value.decode("latin-1")
        if name == "CONTENT_LENGTH" or name == "TRANSFER_ENCODING":
            continue  # the body is buffered: its length is known
        if name == "CONTENT_TYPE":
            environ[name] = value
            continue
        key = "HTTP_" + name
        # Repeated headers are joined with commas (RFC 9110 5.3), as gunicorn's WSGI does.
        environ[key] = environ[key] + "," + value if key in environ else value
    return environ


def buffered(app: Flask) -> BufferedWSGI:
    """The ASGI front gunicorn's `asgi` worker serves (`wsgi:asgi`)."""
    settings: Settings = app.config["OMEM_SETTINGS"]
    return BufferedWSGI(
        app,
        max_body=settings.max_body_mb * 1024 * 1024,
        body_timeout=settings.body_timeout_secs,
        on_startup=lambda: warm_up(app, settings),
    )


def warm_up(app: Flask, settings: Settings) -> None:
    """Before the worker accepts a request: load the embedding model and run one embedding,
    then answer one readiness check in-process, which opens this worker's database connection
    and takes Flask's request path once, open the rate-limit counter file, and rehearse a
    memory-query, so no caller's first query pays for any of it (a fresh worker's first
    memory-query cost ~20 ms more than its second without the first three, and ~3 ms more
    without the rehearsal)."""
    embeddings.warm_up(settings)
    language.warm()  # a memory-store in another language detects it
    phones.warm()
    app.test_client().get("/health/ready")
    for limiter in app.extensions.get("limiter", ()):  # open the counter file too
        limiter.storage.check()
    with app.test_request_context(), db.connection_context():
        rehearse_query(settings)


def rehearse_query(settings: Settings) -> None:
    """A memory-query's code path once, leaving nothing behind: a key lookup that finds
    nothing, then a query for a caller that cannot exist, recorded as usual, its writes rolled
    back. The first calls into peewee, the JSON encoder and the recording cost ~3 ms that a
    caller would otherwise wait for. (Ranking a real caller here too gained nothing more.)"""
    now = utcnow()
    security.authenticate(secrets.token_urlsafe(24), settings, now)
    with write(), db.atomic() as savepoint:
        jsonify(recall.query(recall.Who(NO_SUCH_CALLER, None), "warm-up", settings, now=now))
        savepoint.rollback()
