"""Per-caller index snapshots: a caller's memory index as one file beside the database, so a
process that has not served the caller yet maps it instead of reading and decrypting every
memory (a caller's first query on any gunicorn worker, or the consumer's first call for them).

Written by the consumer after each change it makes (and by any process that had to build an
index from scratch); read with mmap, so a 10,000-memory caller costs a few page faults, not a
load. Nothing in a snapshot is readable without the keys: the texts are kept as stored
(encrypted), keyword tokens as keyed hashes; vectors are there as they are in the database.
A snapshot names the version of the caller's memories it holds and the token key it was
hashed with; one of another key is ignored. It is a cache: any failure reading or writing one
is logged and the index is read from the database instead.

Layout of `<data dir>/indexes/u<user id>-<model hash>.idx`: MAGIC, a little-endian uint32
header length, the JSON header (its own fields, then each array's dtype, shape and offset),
then the arrays, each at an offset aligned to 64 bytes.
"""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import struct
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import structlog

from omem.db import database_path
from omem.memory import kinds
from omem.memory.keywords import key_id
from omem.memory.supersede import RULES

log = structlog.get_logger("omem.snapshots")
MAGIC = b"OMEMIDX1"
FORMAT = 2  # 2: the rows' slot hashes (issue 15)
_ALIGN = 64
# What read the rows' slots: the rules and the kind reader's weights. Rows read by others are
# read again (the snapshot is rebuilt from the database once).
SLOTS_READ_BY = f"{RULES}; kinds {kinds.version()}"
_PREFIX = struct.Struct("<8sI")
DIRECTORY = "indexes"


def directory() -> Path | None:
    path = database_path()
    return None if path is None or str(path) == ":memory:" else path.parent / DIRECTORY


def _path(user_id: int, model: str) -> Path | None:
    folder = directory()
    if folder is None:
        return None
    model_hash = hashlib.sha256(model.encode("utf-8")).hexdigest()[:12]
    return folder / f"u{int(user_id)}-{model_hash}.idx"


def write(header: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
    """Write (atomically replace) the snapshot `header` names (`user_id`, `model`)."""
    path = _path(int(header["user_id"]), str(header["model"]))
    if path is None:
        return
    layout: dict[str, dict[str, Any]] = {}
    offset = 0
    for name, array in arrays.items():
        layout[name] = {"dtype": array.dtype.str, "shape": list(array.shape), "offset": offset}
        offset += -(-array.nbytes // _ALIGN) * _ALIGN
    head = json.dumps(
        {**header, "format": FORMAT, "key_id": key_id(), "slots": SLOTS_READ_BY, "arrays": layout},
        separators=(",", ":"),
    ).encode("utf-8")
    start = -(-(_PREFIX.size + len(head)) // _ALIGN) * _ALIGN
    try:
        path.parent.mkdir(mode=0o700, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp"
        )
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_PREFIX.pack(MAGIC, len(head)) + head)
                for name, array in arrays.items():
                    out.seek(start + layout[name]["offset"])
                    out.write(np.ascontiguousarray(array).tobytes())
                out.truncate(start + offset)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        log.warning("index_snapshot_not_written", user_id=header["user_id"], error=str(exc))


def _header(raw: bytes | mmap.mmap) -> tuple[dict[str, Any], int] | None:
    if len(raw) < _PREFIX.size:
        return None
    magic, length = _PREFIX.unpack_from(raw, 0)
    if magic != MAGIC or len(raw) < _PREFIX.size + length:
        return None
    try:
        header = json.loads(bytes(raw[_PREFIX.size : _PREFIX.size + length]))
    except ValueError:
        return None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        return None
    if header.get("key_id") != key_id():
        return None
    if header.get("slots") != SLOTS_READ_BY:
        return None  # rows read by other slot rules: rebuilt from the database once
    return header, -(-(_PREFIX.size + length) // _ALIGN) * _ALIGN


def version_of(user_id: int, model: str) -> int | None:
    """The version of the user's memories their snapshot holds (None: no usable snapshot)."""
    path = _path(user_id, model)
    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            head = handle.read(_PREFIX.size)
            if len(head) < _PREFIX.size:
                return None
            found = _header(head + handle.read(_PREFIX.unpack(head)[1]))
    except (OSError, struct.error):
        return None
    return None if found is None else int(found[0]["version"])


def read(user_id: int, model: str) -> tuple[dict[str, Any], dict[str, np.ndarray]] | None:
    """The header and arrays (read-only views of the mapped file) of the user's snapshot;
    None when there is none or it cannot be used."""
    path = _path(user_id, model)
    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, or empty (mmap refuses length 0)
        return None
    found = _header(mapped)
    if found is None or int(found[0].get("user_id", -1)) != user_id:
        return None
    header, start = found
    arrays: dict[str, np.ndarray] = {}
    try:
        for name, spec in header.pop("arrays").items():
            dtype = np.dtype(spec["dtype"])
            shape = tuple(int(n) for n in spec["shape"])
            count = int(np.prod(shape))
            arrays[name] = np.frombuffer(
                mapped, dtype=dtype, count=count, offset=start + int(spec["offset"])
            ).reshape(shape)
    except (KeyError, TypeError, ValueError) as exc:  # a truncated or foreign file
        log.warning("index_snapshot_unreadable", user_id=user_id, error_type=type(exc).__name__)
        return None
    return header, arrays


def forget(user_id: int) -> None:
    """Remove every snapshot of the user (their memories were deleted or moved)."""
    folder = directory()
    if folder is None or not folder.is_dir():
        return
    for pattern in (f"u{int(user_id)}-*.idx", f".u{int(user_id)}-*.tmp"):  # and a killed write's
        for path in folder.glob(pattern):
            path.unlink(missing_ok=True)


def clear() -> int:
    """Remove every snapshot (after a restore: they describe another database state)."""
    folder = directory()
    if folder is None or not folder.is_dir():
        return 0
    removed = 0
    for path in [*folder.glob("*.idx"), *folder.glob(".*.tmp")]:
        path.unlink(missing_ok=True)
        removed += 1
    return removed
