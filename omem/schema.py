"""Schema migrations: the numbered files in `migrations/`, run by playhouse.migrations.

Used by the CLI (upgrade/downgrade/status), by `/health/ready` (pending migrations) and by tests.
"""

from __future__ import annotations

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


def pending() -> list[str]:
    """Names of migrations on disk that the database has not applied."""
    return [m.name for m in _runner().status() if m.applied is None and m.path is not None]


def status() -> list[tuple[str, str]]:
    """(name, applied timestamp or 'pending') for every known migration."""
    return [
        (m.name, m.applied.isoformat(sep=" ", timespec="seconds") if m.applied else "pending")
        for m in _runner().status()
    ]
