"""Schema migrations: the numbered files in `migrations/`, run by playhouse.migrations.

Used by the CLI (upgrade/downgrade/status), by `/health/ready` (pending migrations) and by tests.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from playhouse.migrations import Migration
from playhouse.migrations import Runner

from omem.db import db

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
HISTORY_TABLE = "schema_migrations"


def _runner() -> Runner:
    return Runner(db, directory=str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)


def upgrade(target: str | None = None) -> list[str]:
    """Apply pending migrations (up to `target`); returns the names applied."""
    applied: list[str] = _runner().up(target)
    return applied


def downgrade(target: str | None = None) -> list[str]:
    """Revert the newest migration, or every one back through `target`."""
    reverted: list[str] = _runner().down(target)
    return reverted


def known() -> list[str]:
    """Names of the migrations this code has (the files in `migrations/`), in order; needs no
    database (a restore checks a backup against them before using it)."""
    return [migration.name for migration in sorted(Migration.load_directory(str(MIGRATIONS_DIR)))]


class SchemaAhead(RuntimeError):
    """The database was migrated by a newer omem than this code (a rollback without
    `omem db downgrade` first): running on it would read and write columns it does not know."""


def refuse_if_ahead(db_path: Path) -> None:
    """Raise SchemaAhead when the database at `db_path` carries migrations this code does not
    have. Read with SQLite alone (no pool, no table created): web and consumer call it as they
    start, before they serve anything; a database not created yet passes."""
    if not db_path.is_file():
        return
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        found = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (HISTORY_TABLE,)
        ).fetchone()
        if found is None:
            return
        # A constant table name: nothing from outside reaches this query.
        query = f'SELECT name FROM "{HISTORY_TABLE}"'  # noqa: S608  # nosec B608
        applied = {str(row[0]) for row in conn.execute(query)}
    unknown = sorted(applied - set(known()))
    if unknown:
        raise SchemaAhead(
            f"the database at {db_path} was migrated by a newer omem (it has {', '.join(unknown)}"
            "), which this code does not know: start the newer release, or run its "
            "`omem db downgrade` to this release's last migration first"
        )


def pending() -> list[str]:
    """Names of migrations on disk that the database has not applied."""
    return [m.name for m in _runner().status() if m.applied is None and m.path is not None]


def status() -> list[tuple[str, str]]:
    """(name, applied timestamp or 'pending') for every known migration."""
    return [
        (m.name, m.applied.isoformat(sep=" ", timespec="seconds") if m.applied else "pending")
        for m in _runner().status()
    ]
