"""The off-host copy of backups: every archive of the backup directory, encrypted with the
first of OMEM_BACKUP_KEYS, in an S3-compatible bucket (AWS S3, MinIO, R2, B2) through boto3;
pruned there by the local retention rule; listed, and downloaded and decrypted for a restore.
The only module that talks to the bucket. It never uploads an archive's byte unencrypted, and
never logs or reports a credential.

An object, `<prefix>/omem-<UTC time>.tar.enc`, is a 36-byte header and then the archive in
frames, streamed both ways (an archive may be gigabytes):

    header  b"OMEMBAK" | version (1 byte) | key fingerprint (16 ASCII hex digits) |
            chunk size (u32, big-endian) | nonce prefix (8 random bytes, one per object)
    frame   AES-256-GCM of one chunk of the archive, with its 16-byte tag; nonce = prefix |
            frame counter (u32, big-endian); associated data = header | final flag (1 byte)

Every frame but the last holds a full chunk; the last, flagged final, holds the rest (nothing
only when the archive is empty). So a changed byte, header or frame order fails a tag, and so
does an object cut at a frame boundary (its new last frame was not sealed as final) or one
with a frame appended. The AES key is HKDF-SHA256 of the backup key under this format's own
label, never the key itself. The object's metadata repeats what names no secret: created at,
sha256 and size of the plaintext archive, and the fingerprint (omem.crypto.key_fingerprint)
of the key it needs, so a listing shows that without downloading anything.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import struct
import time
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace
from pathlib import Path
from typing import IO
from typing import Any

import structlog
from botocore.exceptions import BotoCoreError
from botocore.exceptions import ClientError
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from omem import archives
from omem.clock import utcnow
from omem.config import Settings
from omem.crypto import key_fingerprint
from omem.metrics import BACKUP_OFFSITE

log = structlog.get_logger("omem.offsite")

SUFFIX = ".enc"
LATEST = "latest"  # `omem restore s3://bucket/prefix/latest`: the newest archive there
MAGIC = b"OMEMBAK"
VERSION = 1
_HEADER = struct.Struct(">7sB16sI8s")
_TAG = 16
CHUNK = 1024 * 1024  # archive bytes per frame
_MAX_CHUNK = 64 * 1024 * 1024  # a header asking for more is not ours: refused before reading
_AES_LABEL = b"omem off-host backup v1"
# Parts of a multipart upload: all of one size (R2 requires it), at least S3's 5 MiB minimum,
# and no more than its 10,000 parts.
_PART = 8 * 1024 * 1024
_MAX_PARTS = 10_000
_CONTENT_TYPE = "application/octet-stream"
_STATE = ".offsite.json"  # in the backup directory: what /health reports, read without S3
_RETRY_AFTER = dt.timedelta(minutes=10)
_FAILURES = (BotoCoreError, ClientError, OSError)


class OffsiteError(Exception):
    """The bucket could not be reached, or an object there is not a backup this process can
    read; the message says why (never a credential)."""


@dataclass(frozen=True)
class RemoteArchive:
    name: str  # as in the backup directory: omem-<UTC time>.tar
    url: str  # s3://bucket/prefix/omem-<UTC time>.tar.enc
    order: tuple[dt.datetime, int]  # when it was taken, and its number within that second
    size: int  # of the encrypted object
    key: str = ""  # fingerprint of the backup key it needs (remote_archives reads it)

    @property
    def taken(self) -> dt.datetime:
        return self.order[0]


@dataclass(frozen=True)
class Synced:
    uploaded: list[str]
    deleted: list[str]
    pending: list[str]  # archives of the backup directory not known to be in the bucket
    error: str | None  # why the copy stopped, when it did


@dataclass(frozen=True)
class Decrypted:
    fingerprint: str  # of the backup key that decrypted it
    sha256: str
    size: int


def encrypted_size(plain: int) -> int:
    """Bytes of the object for an archive of `plain` bytes (one frame even when empty)."""
    return _HEADER.size + plain + _TAG * max(1, -(-plain // CHUNK))


def _aead(key: str) -> AESGCM:
    material = base64.urlsafe_b64decode(key.encode("ascii"))
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_AES_LABEL)
    return AESGCM(derived.derive(material))


def _sealing(header: bytes, final: bool) -> bytes:
    return header + (b"\x01" if final else b"\x00")


def encrypt(source: IO[bytes], key: str) -> Iterator[bytes]:
    """The encrypted object for the bytes of `source`, header first, then frame by frame."""
    prefix = os.urandom(8)
    header = _HEADER.pack(MAGIC, VERSION, key_fingerprint(key).encode("ascii"), CHUNK, prefix)
    aead = _aead(key)
    yield header
    chunk, counter = source.read(CHUNK), 0
    while True:
        following = source.read(CHUNK) if len(chunk) == CHUNK else b""
        final = not following
        nonce = prefix + counter.to_bytes(4, "big")
        yield aead.encrypt(nonce, chunk, _sealing(header, final))
        if final:
            return
        chunk, counter = following, counter + 1


def decrypt(source: IO[bytes], keys: Sequence[str], target: IO[bytes]) -> Decrypted:
    """Decrypt the object read from `source` into `target` with the one of `keys` its header
    names, authenticating every frame. Raises OffsiteError: not an omem backup object, no
    such key (naming the fingerprint it needs), or damaged, cut short or reordered. What was
    written to `target` before a failure is not to be used."""
    header = _read_exact(source, _HEADER.size)
    try:
        magic, version, named, chunk, prefix = _HEADER.unpack(header)
        fingerprint = named.decode("ascii")
    except (struct.error, UnicodeError):
        raise OffsiteError("it is not an omem off-host backup (no header)") from None
    if magic != MAGIC or version != VERSION or not 0 < chunk <= _MAX_CHUNK:
        raise OffsiteError("it is not an omem off-host backup of a known format")
    key = key_named(keys, fingerprint)
    if key is None:
        raise OffsiteError(missing_key(fingerprint, keys))
    aead, digest, size, counter = _aead(key), hashlib.sha256(), 0, 0
    frame = _read_exact(source, chunk + _TAG)
    while True:
        following = _read_exact(source, chunk + _TAG) if len(frame) == chunk + _TAG else b""
        final = not following
        try:
            nonce = prefix + counter.to_bytes(4, "big")
            plain = aead.decrypt(nonce, frame, _sealing(header, final))
        except (InvalidTag, OverflowError):
            raise OffsiteError(
                f"it is damaged, cut short or was altered: frame {counter} fails authentication"
            ) from None
        target.write(plain)
        digest.update(plain)
        size += len(plain)
        if final:
            return Decrypted(fingerprint, digest.hexdigest(), size)
        frame, counter = following, counter + 1


def _read_exact(source: IO[bytes], size: int) -> bytes:
    """`size` bytes, fewer only at the end: a network stream may return less per read."""
    parts, wanted = [], size
    while wanted:
        part = source.read(wanted)
        if not part:
            break
        parts.append(part)
        wanted -= len(part)
    return b"".join(parts)


def key_named(keys: Sequence[str], fingerprint: str) -> str | None:
    return next((key for key in keys if key_fingerprint(key) == fingerprint), None)


def missing_key(fingerprint: str, keys: Sequence[str]) -> str:
    configured = ", ".join(key_fingerprint(key) for key in keys) or "none"
    return (
        f"this backup is encrypted with the backup key with fingerprint {fingerprint}, and no "
        f"key of OMEM_BACKUP_KEYS is that one (configured: {configured}). Add it to "
        "OMEM_BACKUP_KEYS and run the restore again."
    )


def _client(settings: Settings) -> Any:
    """An S3 client from the settings; without explicit credentials, boto3's own chain
    (environment, shared files, instance role) finds them."""
    # Imported on first use, as the embedder's onnxruntime is: boto3 costs each process
    # ~10 MB and 0.1 s, and the web workers, which import this module for /health, never
    # call the bucket.
    import boto3
    from botocore.config import Config

    options: dict[str, Any] = {
        "connect_timeout": 10,
        "read_timeout": 60,
        "retries": {"max_attempts": 3, "mode": "standard"},
    }
    if settings.backup_s3_endpoint:
        # Path-style URLs need no DNS name per bucket (MinIO's default); and the checksums
        # boto3 adds by default since 1.36 are refused by some S3-compatible stores. Every
        # frame carries its own tag anyway.
        options["s3"] = {"addressing_style": "path"}
        options["request_checksum_calculation"] = "when_required"
        options["response_checksum_validation"] = "when_required"
    session = boto3.session.Session(
        aws_access_key_id=settings.backup_s3_access_key_id or None,
        aws_secret_access_key=settings.backup_s3_secret_access_key or None,
        region_name=settings.backup_s3_region or None,
    )
    return session.client(
        "s3", endpoint_url=settings.backup_s3_endpoint or None, config=Config(**options)
    )


def _split(url: str) -> tuple[str, str]:
    """The bucket and the key prefix (no slash at either end) of an s3:// URL."""
    bucket, _, prefix = url.removeprefix("s3://").partition("/")
    return bucket, prefix.strip("/")


def _key(prefix: str, name: str) -> str:
    return f"{prefix}/{name}" if prefix else name


def _list(client: Any, bucket: str, prefix: str) -> dict[str, RemoteArchive]:
    """The bucket's archives under `prefix` by archive name; other objects are left out."""
    found: dict[str, RemoteArchive] = {}
    start = f"{prefix}/" if prefix else ""
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=start):
        for item in page.get("Contents", []):
            key = str(item["Key"])
            name = key[len(start) :].removesuffix(SUFFIX)
            order = archives.parse_archive_name(name)
            if order is not None and key.endswith(SUFFIX):
                found[name] = RemoteArchive(name, f"s3://{bucket}/{key}", order, int(item["Size"]))
    return found


def remote_archives(settings: Settings) -> list[RemoteArchive]:
    """The bucket's archives, newest first, each with the fingerprint of the backup key it
    needs (from its metadata: nothing is downloaded). Empty when no bucket is configured.
    Raises OffsiteError."""
    if not settings.backup_s3_url:
        return []
    bucket, prefix = _split(settings.backup_s3_url)
    try:
        client = _client(settings)
        found = sorted(_list(client, bucket, prefix).values(), key=lambda a: a.order)
        return [
            replace(archive, key=_metadata(client, bucket, prefix, archive).get("omem-key", "?"))
            for archive in reversed(found)
        ]
    except _FAILURES as exc:
        raise OffsiteError(_reason(exc, settings)) from None


def _metadata(client: Any, bucket: str, prefix: str, archive: RemoteArchive) -> dict[str, str]:
    head = client.head_object(Bucket=bucket, Key=_key(prefix, archive.name + SUFFIX))
    return {str(name): str(value) for name, value in head["Metadata"].items()}


def _upload(
    client: Any, bucket: str, prefix: str, path: Path, key: str, keepalive: Callable[[], None]
) -> int:
    """Encrypt the archive at `path` into the bucket as it is read; its encrypted size."""
    plain = path.stat().st_size
    order = archives.parse_archive_name(path.name)
    taken = order[0].isoformat(timespec="seconds") + "Z" if order else ""
    metadata = {
        "omem-format": str(VERSION),
        "omem-created-at": taken,
        "omem-sha256": archives.file_sha256(path),
        "omem-bytes": str(plain),
        "omem-key": key_fingerprint(key),
    }
    size = encrypted_size(plain)
    target = {"Bucket": bucket, "Key": _key(prefix, path.name + SUFFIX)}
    with open(path, "rb") as source:
        frames = encrypt(source, key)
        if size <= _PART:
            body = b"".join(frames)
            client.put_object(**target, Body=body, Metadata=metadata, ContentType=_CONTENT_TYPE)
        else:
            part = max(_PART, -(-size // _MAX_PARTS))
            _multipart(client, target, _parts(frames, part, keepalive), metadata)
    return size


def _parts(frames: Iterable[bytes], size: int, keepalive: Callable[[], None]) -> Iterator[bytes]:
    buffer = bytearray()
    for frame in frames:
        buffer += frame
        keepalive()
        while len(buffer) >= size:
            yield bytes(buffer[:size])
            del buffer[:size]
    if buffer:
        yield bytes(buffer)


def _multipart(
    client: Any, target: dict[str, str], parts: Iterable[bytes], metadata: dict[str, str]
) -> None:
    """One part in memory at a time, sent from this thread (the lease is renewed here)."""
    started = client.create_multipart_upload(
        **target, Metadata=metadata, ContentType=_CONTENT_TYPE
    )
    upload = started["UploadId"]
    done = False
    try:
        sent = []
        for number, body in enumerate(parts, start=1):
            answer = client.upload_part(**target, UploadId=upload, PartNumber=number, Body=body)
            sent.append({"ETag": answer["ETag"], "PartNumber": number})
        client.complete_multipart_upload(
            **target, UploadId=upload, MultipartUpload={"Parts": sent}
        )
        done = True
    finally:
        if not done:
            try:
                client.abort_multipart_upload(**target, UploadId=upload)
            except (BotoCoreError, ClientError) as exc:  # its parts wait for the bucket's rule
                log.warning("backup_offsite_abort_failed", error_type=type(exc).__name__)


def _order(name: str) -> tuple[dt.datetime, int]:
    return archives.parse_archive_name(name) or (dt.datetime.min, 0)


def _plan(
    local: Iterable[str], remote: Iterable[str], settings: Settings
) -> tuple[list[str], list[str]]:
    """What to upload and what to delete, newest first: retention (omem.archives.retained)
    decides over the archives of both places together."""
    here, there = set(local), set(remote)
    names = sorted(here | there, key=_order, reverse=True)
    kept = archives.retained(
        [_order(name)[0] for name in names],
        settings.backup_keep_daily,
        settings.backup_keep_weekly,
    )
    keep = {names[index] for index in kept}
    upload = [name for name in names if name in keep and name in here and name not in there]
    delete = [name for name in names if name not in keep and name in there]
    return upload, delete


def sync(
    settings: Settings,
    *,
    keepalive: Callable[[], None] = lambda: None,
    now: dt.datetime | None = None,
) -> Synced | None:
    """Copy to the bucket every archive of the backup directory that it lacks and that
    retention keeps, newest first; once all are there, delete the bucket's archives that
    retention does not keep. None when no bucket is configured.

    A failure of the bucket raises nothing: it is logged (`backup_offsite_failed`, with its
    reason), counted in `omem_backup_offsite_uploads_total{outcome="failed"}`, nothing is
    deleted, and the consumer tries again after 10 minutes (`due`); the local archives are
    untouched. `keepalive` runs between parts of an upload.
    """
    if not settings.backup_s3_url:
        return None
    bucket, prefix = _split(settings.backup_s3_url)
    uploaded: list[str] = []
    deleted: list[str] = []
    pending: list[str] = []
    try:
        local = {path.name: path for _, path in archives.list_backups(settings.backups_path)}
        pending = list(local)
        client = _client(settings)
        remote = _list(client, bucket, prefix)
        missing, _ = _plan(local, remote, settings)
        pending = missing[:]
        for name in missing:
            started = time.perf_counter()
            size = _upload(client, bucket, prefix, local[name], settings.backup_keys[0], keepalive)
            BACKUP_OFFSITE.labels(outcome="ok").inc()
            uploaded.append(name)
            pending.remove(name)
            ms = round((time.perf_counter() - started) * 1000)
            log.info("backup_offsite_uploaded", archive=name, bytes=size, ms=ms)
        _, stale = _plan(local, [*remote, *uploaded], settings)
        for name in stale:
            client.delete_object(Bucket=bucket, Key=_key(prefix, name + SUFFIX))
            deleted.append(name)
    except (*_FAILURES, archives.BackupError) as exc:  # BackupError: the lease was lost
        return _failed(settings, exc, uploaded, deleted, pending, now or utcnow())
    if deleted:
        log.info("backups_offsite_pruned", removed=len(deleted))
    _record(settings, now or utcnow(), uploaded, pending, error=None)
    return Synced(uploaded, deleted, pending, None)


def _failed(
    settings: Settings,
    exc: Exception,
    uploaded: list[str],
    deleted: list[str],
    pending: list[str],
    now: dt.datetime,
) -> Synced:
    reason = _reason(exc, settings)
    BACKUP_OFFSITE.labels(outcome="failed").inc()
    retry = now + _RETRY_AFTER
    log.error(
        "backup_offsite_failed",
        reason=reason,
        pending=len(pending),
        retry_at=_iso(retry),
    )
    _record(settings, now, uploaded, pending, error=(_error_type(exc), reason, retry))
    return Synced(uploaded, deleted, pending, reason)


def _reason(exc: BaseException, settings: Settings) -> str:
    """The failure in words, with any configured credential blotted out: botocore's own
    messages name none, but nothing is left to chance in a log."""
    reason = f"{type(exc).__name__}: {exc}"
    for secret in (settings.backup_s3_secret_access_key, settings.backup_s3_access_key_id):
        if secret:
            reason = reason.replace(secret, "[redacted]")
    return reason


def _error_type(exc: BaseException) -> str:
    """What /health shows of a failure: S3's error code or the exception's type, which name
    no bucket, endpoint or credential."""
    if isinstance(exc, ClientError):
        return str(exc.response.get("Error", {}).get("Code") or "ClientError")
    return type(exc).__name__


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds") + "Z"


def _record(
    settings: Settings,
    now: dt.datetime,
    uploaded: list[str],
    pending: list[str],
    error: tuple[str, str, dt.datetime] | None,
) -> None:
    """Write what the last copy did into the state file (replaced whole, atomically)."""
    state = _state(settings) or {}
    if state.get("url") != settings.backup_s3_url:
        state = {}
    state.update(url=settings.backup_s3_url, synced_at=_iso(now), pending=len(pending))
    if uploaded:
        state.update(last_uploaded=uploaded[0], last_uploaded_at=_iso(now))
    if error is None:
        state.update(retry_at=None)
    else:
        kind, reason, retry = error
        state.update(last_error=kind, reason=reason, last_error_at=_iso(now), retry_at=_iso(retry))
    path = settings.backups_path / _STATE
    scratch = path.with_name(f"{_STATE}.{os.getpid()}")
    try:
        settings.backups_path.mkdir(mode=0o700, parents=True, exist_ok=True)
        scratch.write_text(json.dumps(state, indent=2))
        os.replace(scratch, path)
    except OSError as exc:
        log.warning("backup_offsite_state_not_saved", error_type=type(exc).__name__)


def _state(settings: Settings) -> dict[str, Any] | None:
    try:
        state = json.loads((settings.backups_path / _STATE).read_text())
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) else None


def due(settings: Settings, now: dt.datetime) -> bool:
    """Whether the consumer should copy to the bucket now, without a new backup: a bucket is
    configured and was never copied to, or the last copy failed and its retry time has come."""
    if not settings.backup_s3_url:
        return False
    state = _state(settings)
    if state is None or state.get("url") != settings.backup_s3_url:
        return True
    retry = state.get("retry_at")
    return isinstance(retry, str) and dt.datetime.fromisoformat(retry.rstrip("Z")) <= now


def status(settings: Settings) -> dict[str, Any]:
    """The off-host copy in /health, from the state file alone (no call to the bucket): the
    newest archive uploaded and when, how many wait, and the last failure's kind (the reason
    is in the log)."""
    if not settings.backup_s3_url:
        return {"enabled": False}
    state = _state(settings) or {}
    if state.get("url") != settings.backup_s3_url:
        state = {}
    fields = ("last_uploaded", "last_uploaded_at", "pending", "last_error", "last_error_at")
    body: dict[str, Any] = {"enabled": True, **{field: state.get(field) for field in fields}}
    body["failing"] = state.get("retry_at") is not None
    return body


def _object_of(url: str) -> tuple[str, str, str]:
    """Bucket, prefix and name of `s3://bucket/prefix/NAME`."""
    bucket, path = _split(url)
    prefix, _, name = path.rpartition("/")
    if not url.startswith("s3://") or not bucket or not name:
        raise OffsiteError(
            f"{url!r} must look like s3://bucket/prefix/omem-<time>.tar.enc or "
            "s3://bucket/prefix/latest"
        )
    return bucket, prefix, name


def download(settings: Settings, url: str, target: Path) -> dict[str, str]:
    """Fetch the backup at `url` into `target`, decrypted: `s3://bucket/prefix/NAME`, NAME as
    `omem backups` lists it (`.enc` may be left out), or `latest` for the newest archive
    there. Returns the object's metadata. The bucket is reached with the endpoint, region and
    credentials of the settings, and the object is decrypted with OMEM_BACKUP_KEYS.

    Raises OffsiteError: no such object; no configured key is the one it needs (named before
    anything is downloaded); a frame fails authentication; the archive's sha256 is not the
    one its metadata gives; or the bucket cannot be reached. `target` may then hold part of
    the archive and must be removed.
    """
    bucket, prefix, name = _object_of(url)
    try:
        client = _client(settings)
        if name == LATEST:
            found = sorted(_list(client, bucket, prefix).values(), key=lambda a: a.order)
            if not found:
                raise OffsiteError(f"there is no backup under s3://{bucket}/{prefix}")
            name = found[-1].name
        if not name.endswith(SUFFIX):
            name += SUFFIX
        where = {"Bucket": bucket, "Key": _key(prefix, name)}
        url = f"s3://{bucket}/{where['Key']}"
        metadata = {str(k): str(v) for k, v in client.head_object(**where)["Metadata"].items()}
        needed = metadata.get("omem-key", "")
        if needed and key_named(settings.backup_keys, needed) is None:
            raise OffsiteError(missing_key(needed, settings.backup_keys))
        body = client.get_object(**where)["Body"]
        with open(target, "wb") as out:
            try:
                got = decrypt(body, settings.backup_keys, out)
            except OffsiteError as exc:
                raise OffsiteError(f"{url}: {exc}") from None
            out.flush()
            os.fsync(out.fileno())
    except ClientError as exc:
        if _error_type(exc) in {"404", "NoSuchKey", "NoSuchBucket"}:
            raise OffsiteError(f"there is no backup at {url}") from None
        raise OffsiteError(f"{url}: {_reason(exc, settings)}") from None
    except (BotoCoreError, OSError) as exc:
        raise OffsiteError(f"{url}: {_reason(exc, settings)}") from None
    expected = metadata.get("omem-sha256")
    if expected and expected != got.sha256:
        raise OffsiteError(
            f"{url}: the decrypted archive's sha256 is {got.sha256}, its metadata says {expected}"
        )
    log.info("backup_offsite_downloaded", url=url, bytes=got.size, key=got.fingerprint)
    return metadata
