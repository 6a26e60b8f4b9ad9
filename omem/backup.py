"""Backups of the main database: making one, the archive format, retention, the lease under
which one consumer at a time takes the periodic backup, and what /health and /metrics say of
the newest (omem.restore restores them). Never a file copy of a live database; never a secret
in an archive.

What is backed up: `omem.db` alone. It holds every caller's history and the durable record
of pending work too: a post-call webhook is a `webhook_events` row before it is acknowledged
(omem.inbox), and the consumer's sweeper re-enqueues every pending row that has no Huey
message (omem.jobs). So `queue.db` holds only nudges, scheduled retries and debounced summary
refreshes, all derived from the database again after a restore; `ratelimit.db` holds counters
of windows a few minutes long. Restoring either would bring back stale state, not lost data.
Audio files (`audio/`) and index snapshots (`indexes/`, a cache) are not in the archive;
`dev-secrets.json` and the settings never are.

How: SQLite's online backup API, from a connection that holds one read transaction for the
whole copy. In WAL mode a reader never blocks writers, so the service goes on writing; and as
the snapshot is held, the copy is of one moment. (Without it, a stepped backup starts again
whenever another connection commits, and under steady writes it never finishes.) The copy
goes in steps of `_STEP_PAGES`, between which a long backup renews its lease.

Archive: one uncompressed tar per backup, `omem-<UTC time>.tar`, holding `manifest.json`
first, then `omem.db.gz` (the copy, gzip). One file is one thing to copy off the host, to
prune and to restore; it appears under its name only once complete (it is written in a
`.partial-<pid>-*` directory beside it, then renamed), so every archive listed is a good
backup; and the manifest, with the sha256 of the compressed database, reads without
decompressing anything.

Off the host: with OMEM_BACKUP_S3_URL, each archive made in the backup directory is then
copied, encrypted, to a bucket (omem.offsite); a failed copy leaves the local archive good and
is tried again by the consumer.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import re
import shutil
import sqlite3
import tarfile
import tempfile
import time
import uuid
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from dataclasses import replace
from pathlib import Path
from typing import Any

import structlog
from peewee import PeeweeException

from omem import archives
from omem import offsite
from omem import schema
from omem.archives import BackupError
from omem.clock import utcnow
from omem.config import Settings
from omem.crypto import key_fingerprint
from omem.db import LockTimeout
from omem.db import write
from omem.metrics import BACKUP_RUNS
from omem.models import LifecycleJob
from omem.version import __version__

log = structlog.get_logger("omem.backup")

JOB = "backup"  # the lease's row in lifecycle_jobs
_PARTIAL = re.compile(r"\.partial-(\d+)-.*")
_STEP_PAGES = 1024
_RETRY_AFTER = dt.timedelta(minutes=10)  # after a failed run (at most one interval)
_OVERDUE_INTERVALS = 2


class LeaseLost(BackupError):
    """The run outlived its lease and another process took the backup over."""


@dataclass(frozen=True)
class Backup:
    path: Path
    manifest: dict[str, Any]
    offsite_copy: offsite.Synced | None = None  # the copy to the bucket that followed, if any


def create_backup(
    settings: Settings,
    to_dir: Path | None = None,
    *,
    keepalive: Callable[[], None] = lambda: None,
) -> Backup:
    """Back up the database now into `to_dir` (default: the backup directory, which is then
    pruned as the retention settings say; another directory never is).

    Opens no write transaction and needs no omem connection: the service goes on writing.
    `keepalive` runs between steps of the copy, of the compression and of the upload. Raises
    BackupError; each attempt is counted in `omem_backup_runs_total`. An archive made in the
    backup directory is then copied to the bucket when one is configured (omem.offsite.sync),
    whose failure is logged and counted there and raises nothing: the backup is good.
    """
    directory = Path(to_dir) if to_dir is not None else settings.backups_path
    started = time.perf_counter()
    try:
        made = _create(settings, directory, keepalive)
    except (BackupError, OSError, sqlite3.Error, tarfile.TarError) as exc:
        BACKUP_RUNS.labels(outcome="failed").inc()
        if isinstance(exc, BackupError):
            raise
        raise BackupError(f"{type(exc).__name__}: {exc}") from exc
    BACKUP_RUNS.labels(outcome="ok").inc()
    log.info(
        "backup_created",
        path=str(made.path),
        bytes=made.manifest["database"]["bytes"],
        ms=round((time.perf_counter() - started) * 1000),
    )
    if directory.resolve() == settings.backups_path.resolve():
        try:
            prune(settings)
        except OSError as exc:  # the backup is good; the next one prunes again
            log.warning("backups_not_pruned", error_type=type(exc).__name__, reason=str(exc))
        made = replace(made, offsite_copy=offsite.sync(settings, keepalive=keepalive))
    return made


def _create(settings: Settings, directory: Path, keepalive: Callable[[], None]) -> Backup:
    if not settings.db_path.is_file():
        raise BackupError(f"there is no database at {settings.db_path}")
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    prefix = f".partial-{os.getpid()}-"
    with tempfile.TemporaryDirectory(prefix=prefix, dir=directory) as work:
        copy = Path(work) / "omem.db"
        taken = _copy(settings, copy, keepalive)
        problems, counts, migrations = inspect_database(copy, full=False)
        if problems != ["ok"]:
            raise BackupError(f"the copy fails PRAGMA quick_check: {'; '.join(problems[:3])}")
        packed = Path(work) / archives.DATABASE
        _compress(copy, packed, keepalive)
        fingerprints = [key_fingerprint(key) for key in settings.encryption_keys]
        manifest = {
            "format": archives.FORMAT,
            "created_at": taken.isoformat(timespec="seconds") + "Z",
            "omem_version": __version__,
            "migration": migrations[-1] if migrations else None,
            "tables": counts,
            "database": {
                "file": archives.DATABASE,
                "compression": "gzip",
                "sha256": archives.file_sha256(packed),
                "bytes": packed.stat().st_size,
                "uncompressed_bytes": copy.stat().st_size,
            },
            # Who can read the encrypted columns: the key that was first (it wrote the
            # newest values) and every key configured then. Fingerprints, never keys.
            "encryption_keys": {
                "primary": fingerprints[0] if fingerprints else None,
                "fingerprints": fingerprints,
            },
        }
        copy.unlink()
        archive = Path(work) / "archive.tar"
        _write_archive(archive, manifest, packed)
        final = archives.free_name(directory, taken)
        os.replace(archive, final)
        archives.fsync_directory(directory)
    return Backup(final, manifest)


def _copy(settings: Settings, target: Path, keepalive: Callable[[], None]) -> dt.datetime:
    """Copy the database into `target` as of one moment (returned) with the backup API."""
    timeout = settings.db_busy_timeout_ms / 1000
    source = sqlite3.connect(settings.db_path, timeout=timeout, isolation_level=None)
    with closing(source), closing(sqlite3.connect(target)) as copy:
        source.execute("BEGIN")
        source.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # the snapshot starts
        taken = utcnow()
        source.backup(copy, pages=_STEP_PAGES, progress=lambda *_: keepalive())
        source.execute("COMMIT")
    return taken


def inspect_database(path: Path, *, full: bool) -> tuple[list[str], dict[str, int], list[str]]:
    """A database file's check result (`["ok"]` when sound), rows per table and applied
    migrations, read with SQLite alone."""
    with closing(sqlite3.connect(path)) as conn:
        pragma = "PRAGMA integrity_check" if full else "PRAGMA quick_check"
        problems = [str(row[0]) for row in conn.execute(pragma)]
        counts = table_counts(conn)
        migrations = []
        if schema.HISTORY_TABLE in counts:
            # A constant table name: nothing from outside reaches this query.
            query = f'SELECT name FROM "{schema.HISTORY_TABLE}" ORDER BY name'  # noqa: S608  # nosec B608
            migrations = [str(row[0]) for row in conn.execute(query)]
    return problems, counts, migrations


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table (by name) of the database `conn` is open on."""
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    # The names come from the file's own schema, quoted as identifiers.
    quoted = {name: '"' + name.replace('"', '""') + '"' for name in names}
    query = "SELECT COUNT(*) FROM {}"
    return {
        name: int(conn.execute(query.format(table)).fetchone()[0])
        for name, table in quoted.items()
    }


def _compress(source: Path, target: Path, keepalive: Callable[[], None]) -> None:
    with open(source, "rb") as raw, open(target, "wb") as out:
        # Level 6: most of level 9's ratio at several times its speed; mtime 0 and no file
        # name in the header, so equal databases compress to equal bytes.
        with gzip.GzipFile(filename="", mode="wb", fileobj=out, compresslevel=6, mtime=0) as gz:
            while chunk := raw.read(archives.CHUNK):
                gz.write(chunk)
                keepalive()
        out.flush()
        os.fsync(out.fileno())


def _write_archive(path: Path, manifest: dict[str, Any], packed: Path) -> None:
    body = json.dumps(manifest, indent=2).encode("utf-8")
    with open(path, "wb") as out:
        os.chmod(path, 0o600)  # plaintext vectors and phone numbers are inside
        with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
            info = tarfile.TarInfo(archives.MANIFEST)
            info.size, info.mtime, info.mode = len(body), int(time.time()), 0o600
            tar.addfile(info, io.BytesIO(body))
            info = tar.gettarinfo(str(packed), arcname=archives.DATABASE)
            info.mode = 0o600
            with open(packed, "rb") as fh:
                tar.addfile(info, fh)
        out.flush()
        os.fsync(out.fileno())


def prune(settings: Settings) -> list[Path]:
    """Delete the archives of the backup directory that `retained` does not keep, and what
    backups of dead processes left half-written; returns the archives deleted."""
    directory = settings.backups_path
    backups = archives.list_backups(directory)
    kept = archives.retained(
        [taken for taken, _ in backups], settings.backup_keep_daily, settings.backup_keep_weekly
    )
    removed = [path for index, (_, path) in enumerate(backups) if index not in kept]
    for path in removed:
        path.unlink(missing_ok=True)  # another process may have pruned it first
    for partial in directory.glob(".partial-*"):
        match = _PARTIAL.fullmatch(partial.name)
        if match is not None and not _alive(int(match[1])):
            shutil.rmtree(partial, ignore_errors=True)
    if removed:
        log.info("backups_pruned", removed=len(removed), kept=len(kept))
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def newest_backup(settings: Settings) -> dt.datetime | None:
    """When the newest good backup in the backup directory was taken (None: there is none)."""
    backups = archives.list_backups(settings.backups_path)
    return backups[0][0] if backups else None


def newest_timestamp(settings: Settings) -> float | None:
    """`newest_backup` as Unix time, for /metrics; None also when the directory is
    unreadable (logged: a scrape must not fail)."""
    try:
        newest = newest_backup(settings)
    except OSError as exc:
        log.warning("backups_unreadable", error_type=type(exc).__name__)
        return None
    return None if newest is None else newest.replace(tzinfo=dt.UTC).timestamp()


def freshness(settings: Settings, now: dt.datetime) -> dict[str, Any]:
    """What /health says of backups. `overdue` when they are on and the newest good one is
    more than two intervals old, or the directory cannot be read. None yet is not overdue:
    the consumer takes the first as it starts, and a failure is logged and counted. The
    off-host copy's state comes from a file (omem.offsite.status), never from the bucket."""
    enabled = settings.backup_interval_hours > 0
    body: dict[str, Any] = {"enabled": enabled, "interval_hours": settings.backup_interval_hours}
    try:
        newest = newest_backup(settings)
    except OSError as exc:
        log.warning("backups_unreadable", error_type=type(exc).__name__)
        return {**body, "error": type(exc).__name__, "overdue": enabled}
    age = None if newest is None else (now - newest).total_seconds()
    limit = _OVERDUE_INTERVALS * settings.backup_interval_hours * 3600
    return {
        **body,
        "last_good_at": None if newest is None else newest.isoformat(timespec="seconds") + "Z",
        "age_secs": None if age is None else round(age, 1),
        "overdue": enabled and age is not None and age > limit,
        "offsite": offsite.status(settings),
    }


def placement_warnings(settings: Settings) -> list[str]:
    """What to tell an operator as a production consumer starts: backups are off, or they
    go to the data directory's own file system and no bucket (OMEM_BACKUP_S3_URL) gets a
    copy. A warning, never a refusal."""
    if not settings.is_production:
        return []
    if settings.backup_interval_hours <= 0:
        return ["backups are off (OMEM_BACKUP_INTERVAL_HOURS=0): nothing copies the database"]
    on_one_disk = _device(settings.backups_path) == _device(settings.data_dir)
    if on_one_disk and not settings.backup_s3_url:
        return [
            f"backups go to {settings.backups_path}, on the file system of the data directory, "
            "and nothing copies them off this host: one lost disk loses both. Set "
            "OMEM_BACKUP_S3_URL (an off-host copy), or point OMEM_BACKUP_DIR at another disk."
        ]
    return []


def _device(path: Path) -> int:
    """The device of `path`, or of its nearest existing parent (not created yet)."""
    for candidate in (path, *path.parents):
        try:
            return os.stat(candidate).st_dev
        except FileNotFoundError:
            continue
    return -1


def run_due(settings: Settings, now: dt.datetime | None = None) -> Backup | None:
    """The consumer's periodic backup (omem.jobs, every minute): one is taken when backups
    are on, the newest archive in the backup directory is at least an interval old, and no
    other process holds the lease. A failure is logged with its reason and retried after
    min(interval, 10 minutes). Between backups, under the same lease, the copy to the bucket
    runs alone when omem.offsite says it is due (a failed one, retried). Needs an open
    connection (the lease is a database row)."""
    if settings.backup_interval_hours <= 0:
        return None
    now = now or utcnow()
    lease = _Lease(settings)
    if not lease.claim(now):
        return None
    if not lease.backup_due(now):  # only the off-host copy is due
        try:
            offsite.sync(settings, keepalive=lease.renew, now=now)
        finally:
            lease.release()
        return None
    try:
        made = create_backup(settings, keepalive=lease.renew)
    except BackupError as exc:
        retry_at = lease.fail(utcnow())
        log.error(
            "backup_failed",
            reason=str(exc),
            retry_at=retry_at.isoformat(timespec="seconds") + "Z",
        )
        return None
    lease.finish(utcnow())
    return made


class _Lease:
    """The backup's row in `lifecycle_jobs` (the table of omem.lifecycle's leases): while a
    run holds it, and after a failed run until its retry, `lease_until` says when the next
    process may start one; `finished_at` and `runs` record successes."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.holder = uuid.uuid4().hex
        self.length = dt.timedelta(seconds=settings.event_lease_secs)
        self.renewed = time.monotonic()

    def backup_due(self, now: dt.datetime) -> bool:
        try:
            newest = newest_backup(self.settings)
        except OSError:  # the backup will fail too, and be logged and retried with its reason
            return True
        interval = dt.timedelta(hours=self.settings.backup_interval_hours)
        return newest is None or newest + interval <= now

    def _due(self, now: dt.datetime) -> bool:
        return self.backup_due(now) or offsite.due(self.settings, now)

    def claim(self, now: dt.datetime) -> bool:
        row = LifecycleJob.get_or_none(LifecycleJob.name == JOB)
        if (row is not None and not _free(row, now)) or not self._due(now):
            return False  # the common case, decided without the write lock
        with write():
            row = LifecycleJob.get_or_none(LifecycleJob.name == JOB)
            if row is None:
                row = LifecycleJob.create(name=JOB)
            # Due again under the lock: a run releases the lease only once its archive is
            # in place, so a run that has just finished is seen here.
            if not _free(row, now) or not self._due(now):
                return False
            row.holder, row.lease_until, row.run_started_at = self.holder, now + self.length, now
            row.save()
        self.renewed = time.monotonic()
        return True

    def renew(self) -> None:
        """Between steps of a backup: push the lease on, every third of its length. Raises
        LeaseLost when another process has taken the job over."""
        if time.monotonic() - self.renewed < self.length.total_seconds() / 3:
            return
        try:
            with write():
                kept = self._update(lease_until=utcnow() + self.length)
        except (PeeweeException, LockTimeout) as exc:  # the lease has time left: next step
            log.warning("backup_lease_not_renewed", error_type=type(exc).__name__)
            return
        if not kept:
            raise LeaseLost("the backup outlived its lease and another process took it over")
        self.renewed = time.monotonic()

    def release(self) -> None:
        with write():
            self._update(holder="", lease_until=None)

    def finish(self, now: dt.datetime) -> None:
        with write():
            self._update(holder="", lease_until=None, finished_at=now, runs=LifecycleJob.runs + 1)

    def fail(self, now: dt.datetime) -> dt.datetime:
        retry = now + min(dt.timedelta(hours=self.settings.backup_interval_hours), _RETRY_AFTER)
        with write():
            self._update(holder="", lease_until=retry)
        return retry

    def _update(self, **values: Any) -> int:
        """Change the row while this run still holds it; how many rows changed (0 or 1)."""
        query = LifecycleJob.update(**values).where(
            (LifecycleJob.name == JOB) & (LifecycleJob.holder == self.holder)
        )
        return int(query.execute())


def _free(row: LifecycleJob, now: dt.datetime) -> bool:
    return row.lease_until is None or row.lease_until <= now
