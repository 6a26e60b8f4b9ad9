"""`/health` (detailed), `/health/live` and `/health/ready`. Mutates nothing.

These views open their own connection so that a broken database yields a 503 report instead
of an error page. Readiness also asks whether a write would succeed now: reads go on working
while the write lock is held or the disk is full, and webhooks then answer 503.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
import time
from typing import Any

import structlog
from flask import Blueprint
from flask import Response
from flask import current_app
from flask import jsonify
from peewee import PeeweeException

from omem import backup
from omem import jobs
from omem import schema
from omem.clock import utcnow
from omem.config import Settings
from omem.db import LockTimeout
from omem.db import db
from omem.db import probe_write
from omem.embeddings import embedder_loaded
from omem.models import WebhookEvent
from omem.openapi import documented
from omem.version import __version__

bp = Blueprint("health", __name__, url_prefix="/health")
log = structlog.get_logger("omem.health")
# Room a write needs: a large webhook and its WAL frames.
_WRITE_ROOM = 1024 * 1024


def _database() -> dict[str, Any]:
    started = time.perf_counter()
    try:
        with db.connection_context():
            db.execute_sql("SELECT 1").fetchone()
            pending = schema.pending()
            # Before the first migration there is no events table to count.
            queue = None if pending else WebhookEvent.counts_by_status()
    except PeeweeException as exc:
        log.warning("health_database_unavailable", error_type=type(exc).__name__)
        return {"ok": False, "error": type(exc).__name__, "pending": None, "queue": None}
    latency = round((time.perf_counter() - started) * 1000, 2)
    return {"ok": True, "latency_ms": latency, "pending": pending, "queue": queue}


def _write_blocker(settings: Settings) -> str | None:
    """Why a write now would fail, or None: the write lock held for longer than the busy
    timeout (by any process), or no room for another write in the data directory."""
    try:
        with db.connection_context():
            probe_write()
    except (PeeweeException, LockTimeout) as exc:
        log.warning("health_database_not_writable", error_type=type(exc).__name__)
        return type(exc).__name__
    try:
        # An unnamed file (O_TMPFILE), gone when closed; allocating asks the file system for
        # the space without writing it (ENOSPC on a full disk, EFBIG past a file-size limit).
        with tempfile.TemporaryFile(dir=settings.data_dir) as scratch:
            os.posix_fallocate(scratch.fileno(), 0, _WRITE_ROOM)
    except OSError as exc:
        reason = errno.errorcode.get(exc.errno or 0, "OSError")
        log.warning("health_data_dir_not_writable", error=reason)
        return reason
    return None


def _providers(settings: Settings) -> dict[str, Any]:
    model = (
        "all-MiniLM-L6-v2 int8 (ONNX)"
        if settings.embedder == "local"
        else (settings.embedding_model)
    )
    return {
        "embedder": {
            "provider": settings.embedder,
            "model": model,
            # Models load lazily in the process that embeds; this says whether this one has.
            "loaded_in_this_process": embedder_loaded(settings),
        },
        "llm": {
            "configured": bool(settings.llm_api_key or settings.llm_base_url),
            "model": settings.llm_model,
            "used_for_extraction": settings.extractor == "llm",
        },
    }


@bp.get("")
@documented(
    "Detailed health: database, migrations, queue depth, the newest backup and its off-host "
    "copy, providers, version."
)
def health() -> tuple[Response, int]:
    settings: Settings = current_app.config["OMEM_SETTINGS"]
    database = _database()
    queue: dict[str, Any] = dict(database["queue"] or {})
    try:
        queue["queued"] = jobs.queued_count()
    except sqlite3.Error as exc:
        log.warning("health_queue_unavailable", error_type=type(exc).__name__)
        queue["queued"] = None
    pending = database["pending"]
    if database["ok"]:
        blocker = _write_blocker(settings)
        database["writable"] = blocker is None
        if blocker:
            database["error"] = blocker
    ok = database["ok"] and database.get("writable", False) and not pending
    backups = backup.freshness(settings, utcnow())
    # A backup overdue does not stop the service (readiness ignores it), but it is a fault
    # an operator must see: 503 here, for monitors that read only the status code.
    status = "unavailable" if not ok else "degraded" if backups["overdue"] else "ok"
    body = {
        "status": status,
        "version": __version__,
        "environment": settings.env,
        "database": {
            k: database[k] for k in ("ok", "writable", "latency_ms", "error") if k in database
        },
        "migrations": {"current": pending == [], "pending": pending or []},
        "queue": queue,
        "backup": backups,
        **_providers(settings),
    }
    return jsonify(body), 200 if status == "ok" else 503


@bp.get("/live")
@documented("Liveness: the process answers.")
def live() -> Response:
    return jsonify({"status": "ok"})


@bp.get("/ready")
@documented(
    "Readiness: 503 while the database is unreachable or not writable (locked, disk full) "
    "or migrations are pending."
)
def ready() -> tuple[Response, int]:
    database = _database()
    if not database["ok"]:
        return jsonify({"status": "unavailable", "reason": "database_unavailable"}), 503
    if database["pending"]:
        return jsonify({"status": "unavailable", "reason": "migrations_pending"}), 503
    blocker = _write_blocker(current_app.config["OMEM_SETTINGS"])
    if blocker:
        body = {"status": "unavailable", "reason": "database_unavailable", "error": blocker}
        return jsonify(body), 503
    return jsonify({"status": "ready"}), 200
