"""The database handle, its per-connection pragmas and the write-transaction helper.

Holds no models. Connections are opened explicitly (request hooks, tasks, CLI); a query with
no open connection raises instead of connecting silently.
"""

from __future__ import annotations

from typing import Any

from peewee import SqliteDatabase
from peewee import _atomic

from omem.config import Settings

db = SqliteDatabase(None, autoconnect=False)


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
    """Point `db` at the settings' file; opens nothing."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    if not db.is_closed():
        db.close()
    db.init(
        str(settings.db_path),
        pragmas=pragmas(settings),
        timeout=max(1, settings.db_busy_timeout_ms // 1000),
    )


def write() -> _atomic:
    """A write unit: `BEGIN IMMEDIATE` takes the write lock up front, so a transaction that
    reads before it writes cannot fail half-way with SQLITE_BUSY."""
    return db.atomic("IMMEDIATE")


def limit_lock_wait(milliseconds: int) -> None:
    """Cap how long this connection waits for the write lock (a request with a deadline)."""
    db.execute_sql(f"PRAGMA busy_timeout = {int(milliseconds)}")
