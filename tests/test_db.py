"""The write path: the cross-process write lock and WAL checkpoints kept out of commits."""

from __future__ import annotations

import fcntl
import os
import sqlite3
import time
from pathlib import Path

import pytest

from omem import checkpoint
from omem.config import Settings
from omem.db import LockTimeout
from omem.db import db
from omem.db import lock_wait
from omem.db import write
from omem.jobs import huey
from tests.factories import make_user
from tests.helpers import wait_until


def test_commits_never_checkpoint_the_wal_themselves(conn: None, settings: Settings) -> None:
    assert db.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    assert db.execute_sql("PRAGMA journal_size_limit").fetchone()[0] == 64 * 1024 * 1024
    storage = huey.storage.conn
    assert storage.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    assert storage.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL


def test_background_checkpoint_copies_the_wal_back_after_writes(
    conn: None, settings: Settings
) -> None:
    runs = checkpoint.checkpointer.runs
    for index in range(30):
        with write():
            make_user(external_id=f"checkpointed-caller-{index}")  # a plaintext column
    assert wait_until(lambda: checkpoint.checkpointer.runs > runs, 5.0)
    # The rows reach the database file itself (not only the WAL) with no commit doing it.
    assert wait_until(lambda: b"checkpointed-caller-29" in settings.db_path.read_bytes(), 5.0)
    check = sqlite3.connect(settings.db_path)
    assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    check.close()


def test_queue_commits_are_checkpointed_in_the_background(settings: Settings) -> None:
    runs = checkpoint.checkpointer.runs
    for index in range(20):
        huey.storage.enqueue(f"message {index}".encode())
    assert wait_until(lambda: checkpoint.checkpointer.runs > runs, 5.0)
    assert huey.storage.queue_size() == 20
    huey.storage.flush_queue()


def test_checkpointer_never_recreates_a_deleted_database(tmp_path: Path) -> None:
    gone = tmp_path / "gone.db"
    checkpoint.checkpointer.wrote(str(gone))
    time.sleep(0.5)
    assert not gone.exists()


def test_a_writer_gives_up_on_another_process_lock_and_writes_once_it_is_free(
    conn: None, settings: Settings
) -> None:
    holder = os.open(settings.data_dir / "omem.db.write-lock", os.O_RDWR)
    fcntl.flock(holder, fcntl.LOCK_EX)  # as another process would (flock is per open file)
    try:
        with lock_wait(50), pytest.raises(LockTimeout):
            with write():
                make_user()
    finally:
        fcntl.flock(holder, fcntl.LOCK_UN)
        os.close(holder)
    with write():
        user = make_user()
    assert user.id > 0
