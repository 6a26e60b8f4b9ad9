"""The database handle, its per-connection pragmas and the write-transaction helper.

Holds no models. Requests and tasks open and close a connection deterministically; the pool
behind `db` keeps the physical SQLite connections, so "open" costs no pragmas or file opens
and closing does not checkpoint the WAL each time. A query with no open connection raises
instead of connecting silently.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from playhouse.pool import PooledSqliteDatabase

from omem import checkpoint
from omem import crypto
from omem.config import Settings


class _Pool(PooledSqliteDatabase):
    """The pool, minus connections whose file is no longer the one at the database path.

    SQLite keeps working on the inode it opened: after the file is moved, deleted or replaced
    (a restore, an operator's mistake) a pooled connection would go on acknowledging writes
    into a file that nobody reads again. One stat per checkout notices, and the connection
    is dropped; opening the path again then works, or fails and the request answers 503.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._files: dict[int, tuple[int, int] | None] = {}

    def _add_conn_hooks(self, conn: Any) -> None:
        super()._add_conn_hooks(conn)
        self._files[id(conn)] = _file_identity(self.database)

    def _is_closed(self, conn: Any) -> bool:
        if super()._is_closed(conn):
            return True
        if self._files.get(id(conn)) != _file_identity(self.database):
            self._close_raw(conn)
            return True
        return False

    def _close_raw(self, conn: Any) -> None:
        self._files.pop(id(conn), None)
        super()._close_raw(conn)


def _file_identity(path: str) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except (OSError, TypeError):
        return None
    return stat.st_dev, stat.st_ino


db = _Pool(None, autoconnect=False, max_connections=64, stale_timeout=600)
_settings: dict[str, int] = {"busy_timeout": 5000}
# Writers queue here rather than in SQLite's busy handler, which sleeps in steps of up to
# 100 ms: threads of one process on a re-entrant lock (nested write() blocks become
# savepoints), processes on an advisory lock file polled at sub-millisecond steps. The
# kernel drops the file lock of a killed process.
_writer = threading.RLock()
_depth = threading.local()
_lock_file: dict[str, int] = {}
_db_path: dict[str, str] = {}
# Every omem process holds a shared lock on this file from `init_db` until it exits (or points
# at another data directory): a restore takes it exclusively, so it knows when a service has
# the database open, and a process starting meanwhile waits until the restore is done.
IN_USE_FILE = "omem.db.in-use"
_in_use: dict[str, int] = {}
# A write holds the lock for well under a millisecond, so a waiter polls finely: a longer
# pause leaves the lock idle while a request waits. One thread per process polls at a time
# (the others queue on `_writer`), so this costs next to no CPU.
_FIRST_PAUSE = 0.00005
_LONGEST_PAUSE = 0.0005


class LockTimeout(Exception):
    """Another process held the write lock for longer than the busy timeout."""


class InUse(Exception):
    """Another process has the database open (a running web worker, consumer or command)."""


def database_path() -> Path | None:
    """The database file `init_db` pointed at (None before)."""
    path = _db_path.get("path")
    return Path(path) if path else None


def pragmas(settings: Settings) -> dict[str, Any]:
    return {
        "journal_mode": "wal",
        "synchronous": "normal",
        "foreign_keys": 1,
        "busy_timeout": settings.db_busy_timeout_ms,
        "cache_size": -1024 * settings.db_cache_mb,
        "mmap_size": 1024 * 1024 * settings.db_mmap_mb,
        "temp_store": "memory",
        **checkpoint.PRAGMAS,  # checkpoints happen in the background, not in our commits
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
    _open_lock_file(settings.data_dir / "omem.db.write-lock")
    _hold_in_use(settings.data_dir / IN_USE_FILE)
    _db_path["path"] = str(settings.db_path)
    if settings.encryption_keys:  # the models' encrypted columns use them
        crypto.configure(settings.encryption_keys)
    db.init(
        str(settings.db_path),
        pragmas=pragmas(settings),
        check_same_thread=False,  # a pooled connection serves one thread at a time
    )


def _open_lock_file(path: os.PathLike[str]) -> None:
    previous = _lock_file.pop("fd", None)
    if previous is not None:
        os.close(previous)
    _lock_file["fd"] = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)


def _hold_in_use(path: os.PathLike[str]) -> None:
    previous = _in_use.pop("fd", None)
    if previous is not None:
        os.close(previous)  # releases this process's hold on the previous data directory
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    # Blocks only while a restore swaps the file and migrates it: never long, and what starts
    # then must not open a database that is being replaced.
    fcntl.flock(fd, fcntl.LOCK_SH)
    _in_use["fd"] = fd


@contextmanager
def sole_use(*, force: bool = False) -> Iterator[bool]:
    """Have the database to this process alone for the block (a restore): this process's
    connections are closed, then its in-use hold becomes exclusive, so no other omem process
    has the file open and any that starts waits in `init_db` until the block ends.

    Raises InUse when another process holds the database; with `force` the block runs anyway
    and gets False (it is not alone). Needs `init_db` first, and no connection open in this
    thread (it would be closed under its owner).
    """
    fd = _in_use.get("fd")
    if fd is None:
        raise RuntimeError("init_db() was not called in this process")
    if not db.is_closed():
        raise RuntimeError("close this thread's database connection first")
    db.close_all()  # pooled connections, which would keep the old file's inode
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        alone = True
    except BlockingIOError:
        # flock converts a lock by dropping it first: take the shared hold back.
        fcntl.flock(fd, fcntl.LOCK_SH)
        if not force:
            raise InUse("another process has the database open") from None
        alone = False
    try:
        yield alone
    finally:
        if alone:
            fcntl.flock(fd, fcntl.LOCK_SH)


def _acquire_process_lock(deadline: float) -> None:
    fd = _lock_file["fd"]
    pause = _FIRST_PAUSE
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise LockTimeout("the database write lock is busy") from None
            time.sleep(pause)
            pause = min(pause * 1.5, _LONGEST_PAUSE)


@contextmanager
def write() -> Iterator[None]:
    """A write unit: `BEGIN IMMEDIATE` takes the write lock up front, so a transaction that
    reads before it writes cannot fail half-way with SQLITE_BUSY."""
    with _writer:
        outermost = getattr(_depth, "value", 0) == 0
        if outermost and "fd" in _lock_file:
            _acquire_process_lock(time.monotonic() + _lock_wait_ms() / 1000)
        _depth.value = getattr(_depth, "value", 0) + 1
        try:
            with db.atomic("IMMEDIATE"):
                yield
        finally:
            _depth.value -= 1
            if outermost and "fd" in _lock_file:
                fcntl.flock(_lock_file["fd"], fcntl.LOCK_UN)
    if outermost:
        checkpoint.checkpointer.wrote(_db_path["path"])


def probe_write() -> None:
    """Take and release the write locks as `write()` does, writing nothing. Raises
    LockTimeout or a peewee error when a write now would fail for want of the lock."""
    with write():
        pass


def _lock_wait_ms() -> int:
    return int(getattr(_depth, "limit", None) or _settings["busy_timeout"])


@contextmanager
def lock_wait(milliseconds: int) -> Iterator[None]:
    """Cap how long this connection waits for the write lock (a request with a deadline);
    restored afterwards, since the pooled connection outlives the request."""
    db.execute_sql(f"PRAGMA busy_timeout = {int(milliseconds)}")
    _depth.limit = milliseconds
    try:
        yield
    finally:
        _depth.limit = None
        db.execute_sql(f"PRAGMA busy_timeout = {_settings['busy_timeout']}")
