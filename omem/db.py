"""The database handle, its per-connection pragmas and the write-transaction helper.

Holds no models. Requests and tasks open and close a connection deterministically; the pool
behind `db` keeps the physical SQLite connections, so "open" costs no pragmas or file opens
and closing does not checkpoint the WAL each time. A query with no open connection raises
instead of connecting silently.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from playhouse.pool import PooledSqliteDatabase

from omem.config import Settings

db = PooledSqliteDatabase(None, autoconnect=False, max_connections=64, stale_timeout=600)
_settings: dict[str, int] = {"busy_timeout": 5000}
# One writer per process at a time: threads queue here (fair, instant hand-over) instead of
# in SQLite's busy handler, which sleeps in steps of up to 100 ms. Re-entrant, so nested
# write() blocks become savepoints.
_writer = threading.RLock()


def pragmas(settings: Settings) -> dict[str, Any]:
    return {
        "journal_mode": "wal",
        "synchronous": "normal",
        "foreign_keys": 1,
        "busy_timeout": settings.db_busy_timeout_ms,
        "cache_size": -1024 * settings.db_cache_mb,
        "mmap_size": 1024 * 1024 * settings.db_mmap_mb,
        "temp_store": "memory",
    }


def init_db(settings: Settings) -> None:
    """Point `db` at the settings' file; opens nothing (pooled connections to a previous
    file are closed)."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    if not db.deferred:
        if not db.is_closed():
            db.close()
        db.close_all()
    _settings["busy_timeout"] = settings.db_busy_timeout_ms
    db.init(
        str(settings.db_path),
        pragmas=pragmas(settings),
        check_same_thread=False,  # a pooled connection serves one thread at a time
    )


@contextmanager
def write() -> Iterator[None]:
    """A write unit: `BEGIN IMMEDIATE` takes the write lock up front, so a transaction that
    reads before it writes cannot fail half-way with SQLITE_BUSY."""
    with _writer, db.atomic("IMMEDIATE"):
        yield


@contextmanager
def lock_wait(milliseconds: int) -> Iterator[None]:
    """Cap how long this connection waits for the write lock (a request with a deadline);
    restored afterwards, since the pooled connection outlives the request."""
    db.execute_sql(f"PRAGMA busy_timeout = {int(milliseconds)}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA busy_timeout = {_settings['busy_timeout']}")
