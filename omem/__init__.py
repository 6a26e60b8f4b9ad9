"""omem: long-term memory for ElevenLabs voice agents. `create_app(settings)` only wires.

No network calls, no migrations and no model loading happen here.
"""

from __future__ import annotations

import functools
import os

# One BLAS thread per process, set before anything imports numpy (OpenBLAS sizes its thread
# pool once, at import): gunicorn workers and consumer threads run side by side on few cores,
# and threaded matrix products only fight each other (measured in bench.memory_speed: with
# two BLAS threads per worker, 10 clients got 47 queries/s; with one, 170).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
# The same for OpenMP (OMEM_EMBEDDER=multilingual's engine): one thread, and a single-threaded
# OpenMP never starts the thread pool that hangs a process forked after it.
os.environ.setdefault("OMP_NUM_THREADS", "1")

from pathlib import Path  # noqa: E402 - after the BLAS setting on purpose

import structlog
from flask import Flask
from flask import g
from flask import request
from peewee import PeeweeException
from werkzeug.middleware.proxy_fix import ProxyFix

from omem import backup
from omem import errors
from omem import headers
from omem import jobs
from omem import logs
from omem import metrics
from omem import ratelimit
from omem import schema
from omem.admin import api as admin_api
from omem.admin import auth as console_auth
from omem.admin import pages as console_pages
from omem.config import Settings
from omem.config import load_settings
from omem.db import db
from omem.db import init_db
from omem.health import bp as health_bp
from omem.openapi import bp as openapi_bp
from omem.tools import bp as tools_bp
from omem.version import __version__
from omem.webhooks import bp as webhooks_bp

__all__ = ["__version__", "create_app"]

_ROOT = Path(__file__).resolve().parent.parent
# Blueprints whose views open (and check) their own connection.
_OWN_CONNECTION = frozenset({"health", "openapi", "static"})


def create_app(settings: Settings | None = None) -> Flask:
    """Wire settings → database → queue → logging → blueprints → errors → headers →
    metrics → limits."""
    resolved = settings if settings is not None else load_settings()
    app = Flask(
        __name__,
        template_folder=str(_ROOT / "templates"),
        static_folder=str(_ROOT / "static"),
    )
    app.config.update(
        OMEM_SETTINGS=resolved,
        SECRET_KEY=resolved.secret_key,
        MAX_CONTENT_LENGTH=resolved.max_body_mb * 1024 * 1024,
    )
    logs.configure_logging(resolved)
    schema.refuse_if_ahead(resolved.db_path)
    init_db(resolved)
    jobs.init_queue(resolved, create_tables=False)
    # Request IDs first, so every later hook and error carries one.
    logs.init_request_logging(app, resolved.slow_request_ms)

    @app.before_request
    def _connect() -> None:
        if request.blueprint in _OWN_CONNECTION:
            return
        try:
            g.opened_db = db.connect(reuse_if_open=True)
        except PeeweeException as exc:
            # Left closed: a query then raises and answers 503, while views that must always
            # answer (conversation-init) degrade instead.
            structlog.get_logger("omem.db").warning(
                "database_connect_failed", error_type=type(exc).__name__
            )

    @app.teardown_request
    def _close(_: BaseException | None) -> None:
        # Only what this request opened (a test or CLI may hold its own connection).
        if g.pop("opened_db", False) and not db.is_closed():
            db.close()

    for blueprint in (
        health_bp,
        openapi_bp,
        webhooks_bp,
        tools_bp,
        admin_api.bp,
        console_auth.bp,
        console_pages.bp,
    ):
        app.register_blueprint(blueprint)
    errors.register_error_handlers(app)
    headers.init_headers(app, resolved.cors_origins)
    metrics.init_metrics(app, resolved, functools.partial(backup.newest_timestamp, resolved))
    # After `_connect`: the limiter's key function may look up the API key.
    ratelimit.init_rate_limits(app, resolved)
    if resolved.trusted_proxies:
        # The client address (logs, rate limits) is then the proxies' X-Forwarded-For entry.
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=resolved.trusted_proxies, x_proto=0
        )
    return app
