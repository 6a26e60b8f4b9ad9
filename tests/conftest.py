"""Fixtures: settings on a tmp data dir, a real migrated SQLite file per test, app and clients."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from flask.testing import FlaskCliRunner

from omem import create_app
from omem import schema
from omem.config import Settings
from omem.config import load_settings
from omem.config import new_fernet_key
from omem.db import db
from omem.db import init_db
from omem.jobs import init_queue

API_KEY = "omem_test_bootstrap_key_0123456789abcdef"
WEBHOOK_SECRET = "wsec_test_secret_0123456789abcdef"
# One data-at-rest key per test session: every process a test starts must read what the
# test's app wrote.
ENCRYPTION_KEY = new_fernet_key()


def make_settings(data_dir: Path, **environ: str) -> Settings:
    """Settings as `load_settings` builds them, from an explicit environment only."""
    env = {
        "OMEM_DATA_DIR": str(data_dir),
        "OMEM_API_KEYS": API_KEY,
        "OMEM_ELEVENLABS_WEBHOOK_SECRETS": WEBHOOK_SECRET,
        "OMEM_ENCRYPTION_KEYS": ENCRYPTION_KEY,
        "OMEM_SECRET_KEY": "s" * 40,
        "OMEM_LOG_LEVEL": "INFO",
        **environ,
    }
    return load_settings(env, env_file=None)


@pytest.fixture(scope="session")
def template_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir migrated once per session; each test gets a copy."""
    path = tmp_path_factory.mktemp("template")
    settings = make_settings(path)
    init_db(settings)
    init_queue(settings, create_tables=True)
    with db.connection_context():
        schema.upgrade()
    db.close()
    # Everything into the main files, so copies need no -wal/-shm (which the background
    # checkpointer's connections may create or remove at any moment).
    for name in ("omem.db", "queue.db"):
        conn = sqlite3.connect(path / name)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    return path


@pytest.fixture
def data_dir(tmp_path: Path, template_dir: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(template_dir, target, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
    return target


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    """The test's settings; the global `db` and queue point at its own copy from here on."""
    resolved = make_settings(data_dir)
    init_db(resolved)
    init_queue(resolved, create_tables=False)
    return resolved


@pytest.fixture
def app(settings: Settings) -> Iterator[Flask]:
    application = create_app(settings)
    application.config["TESTING"] = True
    yield application
    if not db.is_closed():
        db.close()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()


@pytest.fixture
def conn(app: Flask) -> Iterator[None]:
    """An open connection for tests that use models directly."""
    with db.connection_context():
        yield


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {API_KEY}"}
