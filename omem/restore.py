"""Restoring a backup (omem.backup makes them), from a file or from the bucket (omem.offsite):
every check first, on a copy unpacked beside the database, so that a refusal changes nothing;
then, with the database to this process alone, the swap, the migrations and the end of the
caches that described the old database.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
import zlib
from collections.abc import Iterator
from contextlib import closing
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from typing import Any

import structlog

from omem import offsite
from omem import schema
from omem.archives import CHUNK
from omem.archives import DATABASE
from omem.archives import FORMAT
from omem.archives import MANIFEST
from omem.archives import fsync_directory
from omem.backup import inspect_database
from omem.backup import table_counts
from omem.config import Settings
from omem.crypto import key_fingerprint
from omem.db import InUse
from omem.db import db
from omem.db import init_db
from omem.db import sole_use
from omem.memory import snapshots

log = structlog.get_logger("omem.restore")


class RestoreRefused(Exception):
    """A restore was refused before the database was touched; the message says why."""


@dataclass(frozen=True)
class Restored:
    manifest: dict[str, Any]
    counts: dict[str, int]  # rows per table of the restored database, after its migrations
    migrated: list[str]  # migrations applied to it
    warnings: list[str]


@contextmanager
def fetched(source: str, settings: Settings) -> Iterator[Path]:
    """The archive `source` names, as a local file for as long as the block runs: a path is
    itself; an `s3://…` URL (omem.offsite.download) is downloaded and decrypted, every frame
    authenticated, into a temporary file in the data directory, removed afterwards. Raises
    RestoreRefused when the object cannot be fetched or decrypted, naming the backup key it
    needs when that one is not configured."""
    if not source.startswith("s3://"):
        yield Path(source)
        return
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=".restore-", suffix=".tar", dir=settings.data_dir)
    os.close(handle)
    archive = Path(name)
    try:
        try:
            offsite.download(settings, source, archive)
        except offsite.OffsiteError as exc:
            raise RestoreRefused(str(exc)) from None
        yield archive
    finally:
        archive.unlink(missing_ok=True)


def read_manifest(path: Path) -> dict[str, Any]:
    """An archive's manifest, with the fields a restore relies on checked. Raises
    RestoreRefused when the file is not a readable omem backup of a known format."""
    try:
        with tarfile.open(path, "r:") as tar:
            member = tar.extractfile(MANIFEST)
            if member is None:
                raise KeyError(MANIFEST)
            manifest = json.load(member)
        tables, database = manifest["tables"], manifest["database"]
        keys = manifest["encryption_keys"]
        well_formed = (
            isinstance(tables, dict)
            and isinstance(database["sha256"], str)
            and isinstance(keys["fingerprints"], list)
        )
    except (OSError, tarfile.TarError, KeyError, TypeError, ValueError) as exc:
        raise RestoreRefused(
            f"{path} is not a readable omem backup archive ({type(exc).__name__})"
        ) from None
    if manifest.get("format") != FORMAT or not well_formed:
        raise RestoreRefused(f"{path} has a manifest of an unknown format")
    return dict(manifest)


def restore_backup(path: Path, settings: Settings, force: bool = False) -> Restored:
    """Replace the database of `settings` with the one in the archive at `path`.

    Before the database is touched: the manifest is read; one of the configured encryption
    keys must be the backup's primary key; the sha256 of the compressed database must match;
    the database is unpacked into a temporary file in the data directory, where it must pass
    PRAGMA integrity_check, hold the rows the manifest counts and carry no migration this
    code does not know. Any failure raises RestoreRefused and changes nothing; so does
    another omem process with the database open (a running service), unless `force`.

    Then, with the database to itself (omem.db.sole_use): the old WAL goes, the file is
    replaced (os.replace, atomic), pending migrations run and index snapshots are cleared.
    Leaves `db` pointed at the restored database. Call it with no connection open.
    """
    archive = Path(path)
    manifest = read_manifest(archive)
    warnings = _check_keys(manifest, settings)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=".restore-", suffix=".db", dir=settings.data_dir)
    os.close(handle)
    unpacked = Path(name)
    try:
        _unpack(archive, manifest, unpacked)
        _check_database(archive, manifest, unpacked)
        init_db(settings)
        try:
            with sole_use(force=force) as alone:
                _replace(unpacked, settings.db_path)
                # Every archive comes from a schema past 0009, so the caller-name re-index
                # that `omem db upgrade` runs after that migration is never due here.
                with db.connection_context():
                    migrated = schema.upgrade()
                snapshots.clear()
        except InUse:
            raise RestoreRefused(
                f"omem is running on {settings.data_dir}: another process (web worker, "
                "consumer or command) has its database open. Stop the service first, or "
                "force the restore and restart every omem process right after it."
            ) from None
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{unpacked}{suffix}").unlink(missing_ok=True)
    if not alone:
        warnings.append(
            "other omem processes had the database open: restart them now (web and "
            "consumer), or they go on with what they held in memory"
        )
    with closing(sqlite3.connect(settings.db_path)) as conn:
        counts = table_counts(conn)
    log.info(
        "backup_restored",
        archive=str(archive),
        created_at=manifest["created_at"],
        migrated=migrated,
        forced=not alone,
    )
    return Restored(manifest, counts, migrated, warnings)


def _check_keys(manifest: dict[str, Any], settings: Settings) -> list[str]:
    """Refuse a backup whose primary key is not configured; warn of its other keys."""
    keys = manifest["encryption_keys"]
    needed = keys.get("primary")
    have = [key_fingerprint(key) for key in settings.encryption_keys]
    if needed and needed not in have:
        raise RestoreRefused(
            f"this backup needs the encryption key with fingerprint {needed} (the first of "
            "OMEM_ENCRYPTION_KEYS when it was made), and no configured key is that one "
            f"(configured: {', '.join(have) or 'none'}). Add it to OMEM_ENCRYPTION_KEYS and "
            "run the restore again."
        )
    return [
        f"the backup was also made with the key {fingerprint}, which is not configured: "
        "values not yet re-encrypted (omem reencrypt) before the backup need it"
        for fingerprint in keys["fingerprints"]
        if fingerprint not in have
    ]


def _unpack(archive: Path, manifest: dict[str, Any], target: Path) -> None:
    """Verify the compressed database's sha256, then decompress it into `target`."""
    expected = manifest["database"]["sha256"]
    try:
        with tarfile.open(archive, "r:") as tar:
            digest = hashlib.sha256()
            with _member(tar, DATABASE) as packed:
                while chunk := packed.read(CHUNK):
                    digest.update(chunk)
            if digest.hexdigest() != expected:
                raise RestoreRefused(
                    f"{archive} is damaged: its database's sha256 is {digest.hexdigest()}, "
                    f"its manifest says {expected}"
                )
            with _member(tar, DATABASE) as packed, gzip.GzipFile(fileobj=packed) as raw:
                with open(target, "wb") as out:
                    shutil.copyfileobj(raw, out, CHUNK)
                    out.flush()
                    os.fsync(out.fileno())
    except (OSError, EOFError, zlib.error, tarfile.TarError, KeyError) as exc:
        raise RestoreRefused(f"{archive} is damaged ({type(exc).__name__})") from None


def _member(tar: tarfile.TarFile, name: str) -> IO[bytes]:
    member = tar.extractfile(name)
    if member is None:
        raise KeyError(name)
    return member


def _check_database(archive: Path, manifest: dict[str, Any], unpacked: Path) -> None:
    try:
        problems, counts, migrations = inspect_database(unpacked, full=True)
    except sqlite3.DatabaseError as exc:
        raise RestoreRefused(f"{archive} holds no usable database ({exc})") from None
    if problems != ["ok"]:
        raise RestoreRefused(
            f"the database in {archive} fails PRAGMA integrity_check: {'; '.join(problems[:3])}"
        )
    if counts != manifest["tables"]:
        differ = sorted(set(counts.items()) ^ set(manifest["tables"].items()))
        raise RestoreRefused(
            f"the database in {archive} does not hold the rows its manifest counts: {differ[:4]}"
        )
    unknown = sorted(set(migrations) - set(schema.known()))
    if unknown:
        raise RestoreRefused(
            f"the database in {archive} was migrated by a newer omem ({unknown[-1]}): "
            "upgrade omem first"
        )


def _replace(new: Path, db_path: Path) -> None:
    # The old database's WAL goes first: SQLite would replay a leftover WAL into the new file.
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    os.replace(new, db_path)
    fsync_directory(db_path.parent)
