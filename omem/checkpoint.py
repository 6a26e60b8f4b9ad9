"""WAL checkpoints off the request path, for every SQLite file omem writes.

SQLite's automatic checkpoint runs inside the commit that crosses 1,000 WAL pages: a copy of
megabytes and an fsync while the write lock is held, so every other writer stalls for ~10 ms.
Our connections turn it off (`wal_autocheckpoint = 0`) and tell `checkpointer` after each
commit instead; a daemon thread per process then runs a PASSIVE checkpoint, which neither
waits for nor blocks readers and writers (a concurrent checkpoint elsewhere makes it a no-op).
The last connection to close a database checkpoints whatever is left.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time

# Pragmas for every connection that commits through `checkpointer.wrote`.
PRAGMAS: dict[str, int] = {
    "wal_autocheckpoint": 0,
    "journal_size_limit": 64 * 1024 * 1024,  # the WAL file is truncated back to this
}
_CACHED_CONNECTIONS = 4


class Checkpointer:
    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval  # at most one round per interval, however many commits
        self.runs = 0
        self._due: set[str] = set()
        self._wake = threading.Condition()
        self._pid = 0

    def wrote(self, path: str) -> None:
        """A commit to `path` happened in this process."""
        with self._wake:
            if self._pid != os.getpid():  # first commit here, or a forked child
                self._pid = os.getpid()
                self._due = set()
                threading.Thread(target=self._run, name="omem-checkpoint", daemon=True).start()
            self._due.add(path)
            self._wake.notify()

    def _run(self) -> None:
        connections: dict[str, tuple[sqlite3.Connection, tuple[int, int]]] = {}
        while True:
            with self._wake:
                while not self._due:
                    self._wake.wait()
                due, self._due = self._due, set()
            for path in due:
                self._checkpoint(connections, path)
            time.sleep(self.interval)

    def _checkpoint(
        self, connections: dict[str, tuple[sqlite3.Connection, tuple[int, int]]], path: str
    ) -> None:
        try:
            stat = os.stat(path)
            identity = (stat.st_dev, stat.st_ino)
            cached = connections.get(path)
            if cached is not None and cached[1] != identity:
                # The file was replaced (a restore): the old connection would only ever
                # checkpoint the file that is gone, and the new one's WAL would grow.
                connections.pop(path)[0].close()
                cached = None
            if cached is None:
                if len(connections) >= _CACHED_CONNECTIONS:  # tests point at many files
                    for stale, _ in connections.values():
                        stale.close()
                    connections.clear()
                # mode=rw: never re-create a database that was deleted meanwhile.
                connection = sqlite3.connect(
                    f"file:{path}?mode=rw", uri=True, timeout=0, check_same_thread=False
                )
                cached = connections[path] = (connection, identity)
            cached[0].execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            self.runs += 1
        except (sqlite3.Error, OSError):  # busy, or the file is gone (a reset, a test)
            stale_connection = connections.pop(path, None)
            if stale_connection is not None:
                stale_connection[0].close()


checkpointer = Checkpointer()
