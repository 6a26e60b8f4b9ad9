"""Rate limits (flask-limiter) on the tools and webhooks, and the console's sign-in
throttle, counted in `<data_dir>/ratelimit.db`.

One counter file shared by every gunicorn worker (and thread), so a limit holds for the whole
deployment without Redis. Fixed window, not moving window: a bucket is one row changed by one
UPSERT per check, where a moving window keeps a row per hit (200 per webhook key) to insert,
count and expire on every request. The price is a burst of up to twice the limit across a
window edge, which is fine for abuse protection (not billing). If the file cannot be used the
request is served anyway (fail open) and that is logged once, until the file works again.
"""

from __future__ import annotations

import hashlib
import math
import os
import sqlite3
import threading
import time

import structlog
from flask import Flask
from flask import Response
from flask import request
from flask_limiter import Limiter
from flask_limiter import RequestLimit
from limits import parse as parse_limit
from limits.storage import Storage

from omem.config import Settings
from omem.metrics import DEGRADED
from omem.security import request_principal
from omem.tools import bp as tools_bp
from omem.webhooks import bp as webhooks_bp

log = structlog.get_logger("omem.ratelimit")

# Signed with the webhook secret, not an API key: the only identity before the view runs is
# the client address.
_BY_ADDRESS = frozenset({"webhooks.post_call"})
_RETRY_OPEN_SECS = 5.0  # after a storage failure, serve unchecked this long before retrying
_PURGE_EVERY_SECS = 60.0

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS counters "
    "(key TEXT PRIMARY KEY, count INTEGER NOT NULL, expires REAL NOT NULL) WITHOUT ROWID"
)
# One statement, so one implicit transaction: start a window, or count within the live one.
_INCR = (
    "INSERT INTO counters (key, count, expires) VALUES (:key, :amount, :expires) "
    "ON CONFLICT (key) DO UPDATE SET "
    "count = CASE WHEN expires > :now THEN count + :amount ELSE :amount END, "
    "expires = CASE WHEN expires > :now THEN expires ELSE :expires END "
    "RETURNING count"
)


class _Unavailable(Exception):
    """The counter file could not be used for this check (already logged)."""


class SqliteCounterStorage(Storage):
    """A `limits` storage (fixed window only) in a small SQLite file.

    Each process and thread has its own connection (WAL, so readers never wait; writes hold
    the lock for one statement). synchronous=OFF: a counter lost to a power cut is harmless.
    Every sqlite3 error is caught and answered as "nothing counted" (fail open).
    """

    STORAGE_SCHEME = ["omem+sqlite"]

    def __init__(
        self,
        uri: str | None = None,
        wrap_exceptions: bool = False,
        path: str = "",
        busy_timeout_ms: int = 200,
        **options: float | str | bool,
    ) -> None:
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        if not path:
            raise ValueError("SqliteCounterStorage needs a path")
        self.path = path
        self.busy_timeout = busy_timeout_ms / 1000
        self._local = threading.local()
        self._open_again_at = 0.0
        self._failing = False
        self._purged_at = 0.0

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return sqlite3.Error

    def _connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        # Never use a connection opened before a fork: SQLite's locks would be shared.
        if conn is None or self._local.pid != os.getpid():
            conn = self._open()
            self._local.conn, self._local.pid = conn, os.getpid()
        return conn

    def _open(self) -> sqlite3.Connection:
        # timeout=0: `_run` waits for the lock itself, in finer steps than SQLite would.
        conn = sqlite3.connect(self.path, timeout=0, isolation_level=None)
        deadline = time.monotonic() + self.busy_timeout
        try:
            while True:
                try:
                    conn.execute("PRAGMA journal_mode=WAL")
                    conn.execute("PRAGMA synchronous=OFF")
                    conn.execute(_SCHEMA)
                    break
                except sqlite3.OperationalError as exc:
                    # Several workers opening a new file at once: "busy" while another one
                    # switches it to WAL or creates the table.
                    if exc.sqlite_errorcode != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                        raise
                    time.sleep(0.002)
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def _run(self, sql: str, params: dict[str, object] | tuple[object, ...] = ()) -> list[tuple]:
        """Rows of one statement; raises _Unavailable when the file cannot be used."""
        if self._open_again_at > time.monotonic():
            raise _Unavailable
        # SQLite's own busy handler sleeps 1, 2, 5, 10... ms between tries; a counter update
        # holds the lock for microseconds, so wait here in steps of 50-500 us instead.
        deadline = time.monotonic() + self.busy_timeout
        pause = 0.00005
        while True:
            try:
                rows = self._connection().execute(sql, params).fetchall()
                break
            except sqlite3.Error as exc:
                busy = getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY
                if busy and time.monotonic() < deadline:
                    time.sleep(pause)
                    pause = min(pause * 1.5, 0.0005)
                    continue
                self._fail(exc)
                raise _Unavailable from exc
        if self._failing:
            self._failing = False
            log.info("rate_limit_storage_recovered", path=self.path)
        return rows

    def _fail(self, exc: sqlite3.Error) -> None:
        # Busy (the lock stayed taken past the timeout) is momentary: the next check retries.
        # Anything else (unwritable, full, corrupt): reopen, but not before _RETRY_OPEN_SECS.
        if exc.sqlite_errorcode != sqlite3.SQLITE_BUSY:
            conn = getattr(self._local, "conn", None)
            self._local.conn = None
            if conn is not None:
                conn.close()
            self._open_again_at = time.monotonic() + _RETRY_OPEN_SECS
        if not self._failing:
            self._failing = True
            log.warning(
                "rate_limit_storage_failed",
                path=self.path,
                error_type=type(exc).__name__,
                error=str(exc),
            )

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = time.time()
        try:
            if now - self._purged_at > _PURGE_EVERY_SECS:
                self._purged_at = now
                self._run("DELETE FROM counters WHERE expires <= ?", (now,))
            rows = self._run(
                _INCR, {"key": key, "amount": amount, "expires": now + expiry, "now": now}
            )
        except _Unavailable:
            DEGRADED.labels(path="rate_limit").inc()
            return 0
        return int(rows[0][0])

    def get(self, key: str) -> int:
        try:
            rows = self._run(
                "SELECT count FROM counters WHERE key = ? AND expires > ?", (key, time.time())
            )
        except _Unavailable:
            return 0
        return int(rows[0][0]) if rows else 0

    def get_expiry(self, key: str) -> float:
        now = time.time()
        try:
            rows = self._run(
                "SELECT expires FROM counters WHERE key = ? AND expires > ?", (key, now)
            )
        except _Unavailable:
            return now
        return float(rows[0][0]) if rows else now

    def check(self) -> bool:
        try:
            self._run("SELECT 1")
        except _Unavailable:
            return False
        return True

    def reset(self) -> int | None:
        try:
            return len(self._run("DELETE FROM counters RETURNING key"))
        except _Unavailable:
            return None

    def clear(self, key: str) -> None:
        try:
            self._run("DELETE FROM counters WHERE key = ?", (key,))
        except _Unavailable:
            return


def _bucket() -> str:
    """Whose budget a request spends: its API key when the key verifies, else its address.

    A made-up token never gets a bucket of its own, so guessing keys is limited per client.
    """
    if request.endpoint not in _BY_ADDRESS:
        principal = request_principal()
        if principal is not None:
            return f"key:{principal.fingerprint}"
    return f"ip:{request.remote_addr or 'unknown'}"


def _retry_after(limit: RequestLimit) -> Response:
    # errors.py turns this into the JSON error; it keeps the response's headers.
    seconds = max(1, math.ceil(limit.window.reset_time - time.time()))
    return Response(status=429, headers={"Retry-After": str(seconds)})


def init_rate_limits(app: Flask, settings: Settings) -> Limiter | None:
    """Limit the tools and webhooks blueprints per `_bucket`; nothing else is limited.

    Opens nothing here: each process connects to the counter file on its first check.
    """
    if not settings.rate_limits_enabled:
        return None
    limiter = Limiter(
        _bucket,
        storage_uri="omem+sqlite://",
        storage_options={"path": str(settings.ratelimit_path)},
        strategy="fixed-window",
        headers_enabled=False,
        swallow_errors=True,  # a bug in here must not turn into a 500 either
        on_breach=_retry_after,
    )
    limiter.shared_limit(settings.rate_limit_tools, scope="tools")(tools_bp)
    limiter.shared_limit(settings.rate_limit_webhooks, scope="webhooks")(webhooks_bp)
    limiter.init_app(app)
    return limiter


class SignInThrottle:
    """Failed console sign-ins, counted per account name and per client address in the
    same counter file as the API limits (so the whole deployment agrees).

    From the third failure of an account on, the next try must wait 2, 4, 8... seconds
    (backoff); at the account's (or the address's) limit, sign-in is refused for the rest
    of the window (lock). Counting by the submitted name, known or not, means the answers
    never tell whether an account exists. Names are hashed in the counter keys.
    """

    BACKOFF_AFTER = 2

    def __init__(self, settings: Settings) -> None:
        self.storage = SqliteCounterStorage(path=str(settings.ratelimit_path))
        self.per_account = parse_limit(settings.sign_in_failures_account)
        self.per_address = parse_limit(settings.sign_in_failures_address)

    @staticmethod
    def _keys(name: str, address: str) -> tuple[str, str, str]:
        account = hashlib.sha256(name.casefold().encode()).hexdigest()[:32]
        return f"signin:acct:{account}", f"signin:wait:{account}", f"signin:addr:{address}"

    def wait_secs(self, name: str, address: str, now: float | None = None) -> int:
        """Seconds before this name may try again from this address (0: try now)."""
        now = time.time() if now is None else now
        account, wait, addr = self._keys(name, address)
        waits = []
        for key, limit in ((account, self.per_account), (addr, self.per_address)):
            if self.storage.get(key) >= limit.amount:
                waits.append(self.storage.get_expiry(key) - now)
        if self.storage.get(wait) > 0:
            waits.append(self.storage.get_expiry(wait) - now)
        return max(0, math.ceil(max(waits, default=0)))

    def failed(self, name: str, address: str) -> None:
        account, wait, addr = self._keys(name, address)
        failures = self.storage.incr(account, self.per_account.get_expiry())
        self.storage.incr(addr, self.per_address.get_expiry())
        if failures > self.BACKOFF_AFTER:
            self.storage.clear(wait)
            self.storage.incr(wait, 2 ** (failures - self.BACKOFF_AFTER))

    def succeeded(self, name: str, address: str) -> None:
        account, wait, _ = self._keys(name, address)
        self.storage.clear(account)
        self.storage.clear(wait)
