"""The backup archives as files: the format's names, how an archive is named and ordered,
which to keep (retention), checksums. Shared by the backup directory (omem.backup), the bucket
(omem.offsite) and restore (omem.restore), so none of them imports another for these."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Sequence
from pathlib import Path

FORMAT = 1
MANIFEST = "manifest.json"
DATABASE = "omem.db.gz"
_NAME = re.compile(r"omem-(\d{8}T\d{6}Z)(?:-(\d+))?\.tar")
_STAMP = "%Y%m%dT%H%M%SZ"
CHUNK = 1024 * 1024  # bytes read or written at a time


class BackupError(Exception):
    """A backup could not be made; the message says why."""


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def free_name(directory: Path, taken: dt.datetime) -> Path:
    stem = f"omem-{taken.strftime(_STAMP)}"
    path, n = directory / f"{stem}.tar", 1
    while path.exists():  # a second backup within the same second
        n += 1
        path = directory / f"{stem}-{n}.tar"
    return path


def fsync_directory(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def parse_archive_name(name: str) -> tuple[dt.datetime, int] | None:
    """When the archive named `name` was taken, and its number within that second (1, then
    2, … for backups within one second): the order of archives. None: not an archive name."""
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    return dt.datetime.strptime(match[1], _STAMP), int(match[2] or 1)


def list_backups(directory: Path) -> list[tuple[dt.datetime, Path]]:
    """The archives in `directory`, newest first, with the time each was taken (read from
    its name). Anything else there, partial backups included, is left out."""
    found: list[tuple[tuple[dt.datetime, int], Path]] = []
    try:
        entries = list(directory.iterdir())
    except FileNotFoundError:
        return []
    for path in entries:
        order = parse_archive_name(path.name)
        if order is not None and path.is_file():
            found.append((order, path))
    found.sort(reverse=True)
    return [(order[0], path) for order, path in found]


def retained(times: Sequence[dt.datetime], daily: int, weekly: int) -> set[int]:
    """Which backups to keep, given their times newest first (indexes into `times`): the
    newest of each of the `daily` most recent days that have one, the newest of each of the
    `weekly` most recent ISO weeks that have one, and always the newest of all."""
    keep = {0} if times else set()
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    for index, taken in enumerate(times):
        day, week = taken.date(), tuple(taken.isocalendar())[:2]
        if day not in days and len(days) < daily:
            days.add(day)
            keep.add(index)
        if week not in weeks and len(weeks) < weekly:
            weeks.add(week)  # type: ignore[arg-type]
            keep.add(index)
    return keep
