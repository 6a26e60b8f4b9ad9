"""The off-host copy against moto's S3 server, started here on loopback: real SQLite files and
real archives made by omem.backup go up encrypted (never a plaintext byte of them), come back
whole through `omem restore s3://…`, are refused without the right backup key or when altered,
are pruned in the bucket as retention says, and an unreachable bucket costs no backup and is
caught up on by the next run."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import os
import shutil
import sqlite3
import tarfile
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import boto3
import pytest
from click.testing import CliRunner
from moto.server import ThreadedMotoServer
from prometheus_client import REGISTRY

from omem import create_app
from omem import offsite
from omem.archives import file_sha256
from omem.archives import list_backups
from omem.archives import retained
from omem.backup import create_backup
from omem.backup import placement_warnings
from omem.backup import prune
from omem.backup import run_due
from omem.cli import main
from omem.config import Settings
from omem.config import new_fernet_key
from omem.crypto import key_fingerprint
from omem.db import db
from omem.models import LifecycleJob
from omem.restore import RestoreRefused
from omem.restore import fetched
from omem.restore import restore_backup
from tests.conftest import API_KEY
from tests.conftest import ENCRYPTION_KEY
from tests.conftest import WEBHOOK_SECRET
from tests.conftest import make_settings
from tests.factories import make_caller_id
from tests.factories import make_user
from tests.helpers import free_port

BACKUP_KEY = new_fernet_key()
ACCESS_KEY = "AKIAOMEMTESTACCESS"
SECRET_KEY = "omem-test-s3-secret-0123456789"  # noqa: S105 - moto accepts any
PHONE = "+14155550199"
PREFIX = "omem/prod"


@pytest.fixture(scope="session")
def endpoint() -> Iterator[str]:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3(endpoint: str) -> Any:
    """A client of the test's own, to look into the bucket from outside omem."""
    return boto3.session.Session().client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
    )


@pytest.fixture
def bucket(s3: Any) -> str:
    name = f"omem-test-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=name)
    return name


def _environ(bucket: str, endpoint: str, **extra: str) -> dict[str, str]:
    return {
        "OMEM_BACKUP_S3_URL": f"s3://{bucket}/{PREFIX}",
        "OMEM_BACKUP_S3_ENDPOINT": endpoint,
        "OMEM_BACKUP_S3_ACCESS_KEY_ID": ACCESS_KEY,
        "OMEM_BACKUP_S3_SECRET_ACCESS_KEY": SECRET_KEY,
        "OMEM_BACKUP_KEYS": BACKUP_KEY,
        **extra,
    }


@pytest.fixture
def copied(settings: Settings, bucket: str, endpoint: str) -> Settings:
    """The test's settings (its database is `db`'s) with a bucket for off-host copies."""
    return make_settings(settings.data_dir, **_environ(bucket, endpoint))


def _objects(s3: Any, bucket: str) -> dict[str, int]:
    listed = s3.list_objects_v2(Bucket=bucket).get("Contents", [])
    return {item["Key"]: item["Size"] for item in listed}


def _body(s3: Any, bucket: str, key: str) -> bytes:
    data: bytes = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    return data


def _rows(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])  # noqa: S608


def _seed() -> None:
    with db.connection_context():
        for _ in range(3):
            make_caller_id(make_user())
        make_caller_id(make_user(), PHONE)


def _failures() -> float:
    value = REGISTRY.get_sample_value("omem_backup_offsite_uploads_total", {"outcome": "failed"})
    return value or 0.0


def test_each_backup_goes_to_the_bucket_encrypted_with_no_plaintext_byte_of_it(
    copied: Settings, s3: Any, bucket: str
) -> None:
    _seed()
    made = create_backup(copied)

    assert made.offsite_copy is not None and made.offsite_copy.uploaded == [made.path.name]
    key = f"{PREFIX}/{made.path.name}.enc"
    assert list(_objects(s3, bucket)) == [key]
    head = s3.head_object(Bucket=bucket, Key=key)
    assert head["Metadata"] == {
        "omem-format": "1",
        "omem-created-at": made.manifest["created_at"],
        "omem-sha256": file_sha256(made.path),
        "omem-bytes": str(made.path.stat().st_size),
        "omem-key": key_fingerprint(BACKUP_KEY),
    }
    stored = _body(s3, bucket, key)
    assert len(stored) == offsite.encrypted_size(made.path.stat().st_size)
    assert stored.startswith(b"OMEMBAK\x01" + key_fingerprint(BACKUP_KEY).encode())
    # What the archive shows in the clear (its tar headers, and the database inside it with
    # the phone number) is in the local file, and nowhere in the object.
    plain = made.path.read_bytes()
    with tarfile.open(made.path) as tar:
        database = gzip.decompress(tar.extractfile("omem.db.gz").read())  # type: ignore[union-attr]
    assert b"manifest.json" in plain and PHONE.encode() in database
    for clear in (
        b"manifest.json",
        b"omem.db.gz",
        b"SQLite format 3",
        made.manifest["created_at"].encode(),
    ):
        assert clear not in stored
    assert PHONE.encode() not in stored and BACKUP_KEY.encode() not in stored


def test_a_backup_restored_from_the_bucket_holds_the_same_rows(
    copied: Settings, bucket: str, endpoint: str, tmp_path: Path
) -> None:
    _seed()
    made = create_backup(copied)
    # Another host: an empty data directory, the same secrets and bucket settings.
    elsewhere = make_settings(tmp_path / "elsewhere", **_environ(bucket, endpoint))

    url = f"s3://{bucket}/{PREFIX}/{made.path.name}.enc"
    with fetched(url, elsewhere) as archive:
        assert archive.parent == elsewhere.data_dir and archive.name.startswith(".restore-")
        assert archive.read_bytes() == made.path.read_bytes()
        restored = restore_backup(archive, elsewhere)
    assert not archive.exists()

    assert restored.counts == made.manifest["tables"]
    for table in ("users", "caller_ids"):
        assert _rows(elsewhere.db_path, table) == _rows(copied.db_path, table)
    assert _rows(elsewhere.db_path, "caller_ids") == 4


def _cli_environ(data_dir: Path, bucket: str, endpoint: str) -> dict[str, str | None]:
    return {
        **{name: None for name in os.environ if name.startswith(("OMEM_", "AWS_"))},
        "OMEM_DATA_DIR": str(data_dir),
        "OMEM_API_KEYS": API_KEY,
        "OMEM_ELEVENLABS_WEBHOOK_SECRETS": WEBHOOK_SECRET,
        "OMEM_ENCRYPTION_KEYS": ENCRYPTION_KEY,
        "OMEM_SECRET_KEY": "s" * 40,
        "OMEM_LOG_LEVEL": "WARNING",
        **_environ(bucket, endpoint),
    }


def test_omem_backup_uploads_and_omem_restore_takes_the_latest_from_the_bucket(
    copied: Settings, bucket: str, endpoint: str, tmp_path: Path
) -> None:
    empty = create_backup(copied, tmp_path / "first")  # another directory: not uploaded
    copied.backups_path.mkdir()
    shutil.copy(empty.path, copied.backups_path / "omem-20260302T030007Z.tar")  # from March
    _seed()
    runner = CliRunner()

    made = runner.invoke(main, ["backup"], env=_cli_environ(copied.data_dir, bucket, endpoint))
    assert made.exit_code == 0, made.output
    assert f"uploaded 2 archive(s) to s3://{bucket}/{PREFIX}" in made.output
    archive = Path(made.output.splitlines()[0])

    new_host = _cli_environ(tmp_path / "new-host", bucket, endpoint)
    listed = runner.invoke(main, ["backups"], env=new_host)
    assert listed.exit_code == 0, listed.output
    assert [line.split()[3] for line in listed.output.splitlines()] == [
        f"s3://{bucket}/{PREFIX}/{archive.name}.enc",
        f"s3://{bucket}/{PREFIX}/omem-20260302T030007Z.tar.enc",
    ]
    assert all(
        line.endswith(f"backup key {key_fingerprint(BACKUP_KEY)}")
        for line in listed.output.splitlines()
    )

    url = f"s3://{bucket}/{PREFIX}/latest"
    result = runner.invoke(main, ["restore", url, "--yes"], env=new_host)
    assert result.exit_code == 0, (result.output, result.exception)
    assert f"restored the backup taken {_taken(archive)}" in result.output
    new_db = tmp_path / "new-host" / "omem.db"
    assert _rows(new_db, "caller_ids") == _rows(copied.db_path, "caller_ids") == 4
    assert not list((tmp_path / "new-host").glob(".restore-*"))


def _taken(archive: Path) -> str:
    taken = dt.datetime.strptime(archive.name[5:21], "%Y%m%dT%H%M%SZ")
    return taken.isoformat() + "Z"


def test_restore_refuses_without_the_backup_key_naming_the_fingerprint_it_needs(
    copied: Settings, bucket: str, endpoint: str, tmp_path: Path
) -> None:
    _seed()
    made = create_backup(copied)
    url = f"s3://{bucket}/{PREFIX}/{made.path.name}"  # `.enc` may be left out
    other = new_fernet_key()
    strangers = make_settings(
        tmp_path / "strangers", **_environ(bucket, endpoint, OMEM_BACKUP_KEYS=other)
    )

    with pytest.raises(RestoreRefused) as refused, fetched(url, strangers):
        pytest.fail("fetched an object encrypted under a key it does not have")
    message = str(refused.value)
    assert key_fingerprint(BACKUP_KEY) in message and key_fingerprint(other) in message
    assert BACKUP_KEY not in message
    assert not list(strangers.data_dir.glob(".restore-*"))
    assert not strangers.db_path.exists()

    # After a rotation (a new key first, the old one kept after it) it still reads.
    rotated = make_settings(
        tmp_path / "rotated",
        **_environ(bucket, endpoint, OMEM_BACKUP_KEYS=f"{other},{BACKUP_KEY}"),
    )
    with fetched(url, rotated) as archive:
        assert restore_backup(archive, rotated).counts == made.manifest["tables"]


@pytest.mark.parametrize(
    "alter",
    [
        pytest.param(lambda body: body[:100] + bytes([body[100] ^ 1]) + body[101:], id="flipped"),
        pytest.param(lambda body: body[:-7], id="truncated"),
        pytest.param(lambda body: body + b"\x00" * 16, id="extended"),
    ],
)
def test_restore_refuses_an_altered_object_and_changes_nothing(
    copied: Settings, s3: Any, bucket: str, alter: Any
) -> None:
    _seed()
    made = create_backup(copied)
    key = f"{PREFIX}/{made.path.name}.enc"
    head = s3.head_object(Bucket=bucket, Key=key)
    s3.put_object(
        Bucket=bucket, Key=key, Body=alter(_body(s3, bucket, key)), Metadata=head["Metadata"]
    )
    before = copied.db_path.read_bytes()

    with pytest.raises(RestoreRefused, match="fails authentication"):
        with fetched(f"s3://{bucket}/{key}", copied):
            pytest.fail("an altered object was decrypted")
    assert copied.db_path.read_bytes() == before
    assert not list(copied.data_dir.glob(".restore-*"))


def test_restore_refuses_an_object_whose_archive_is_not_the_one_its_metadata_names(
    copied: Settings, s3: Any, bucket: str
) -> None:
    made = create_backup(copied)
    key = f"{PREFIX}/{made.path.name}.enc"
    metadata = {**s3.head_object(Bucket=bucket, Key=key)["Metadata"], "omem-sha256": "0" * 64}
    s3.put_object(Bucket=bucket, Key=key, Body=_body(s3, bucket, key), Metadata=metadata)

    with pytest.raises(RestoreRefused, match="its metadata says 0000"):
        with fetched(f"s3://{bucket}/{key}", copied):
            pytest.fail("an archive that is not the one named was used")
    assert not list(copied.data_dir.glob(".restore-*"))
    with pytest.raises(RestoreRefused, match="there is no backup at"):
        with fetched(f"s3://{bucket}/{PREFIX}/omem-20200101T000000Z.tar", copied):
            pytest.fail("a missing object was fetched")


def _frames(key: str, plain: bytes) -> tuple[bytes, list[bytes]]:
    encrypted = b"".join(offsite.encrypt(io.BytesIO(plain), key))
    header, rest = encrypted[:36], encrypted[36:]
    size = offsite.CHUNK + 16
    return header, [rest[i : i + size] for i in range(0, len(rest), size)]


def _decrypts(data: bytes, keys: list[str]) -> bytes:
    out = io.BytesIO()
    offsite.decrypt(io.BytesIO(data), keys, out)
    return out.getvalue()


def test_the_cipher_refuses_frames_cut_off_reordered_or_appended() -> None:
    plain = os.urandom(3 * offsite.CHUNK + 1000)
    header, frames = _frames(BACKUP_KEY, plain)
    assert len(frames) == 4
    assert _decrypts(header + b"".join(frames), [BACKUP_KEY]) == plain

    altered = {
        "cut at a frame boundary": header + b"".join(frames[:3]),
        "reordered": header + frames[1] + frames[0] + frames[2] + frames[3],
        "a frame appended": header + b"".join(frames) + frames[1],
        "a frame dropped": header + frames[0] + b"".join(frames[2:]),
        "header only": header,
    }
    for what, data in altered.items():
        with pytest.raises(offsite.OffsiteError, match="fails authentication"):
            _decrypts(data, [BACKUP_KEY])
            pytest.fail(what)
    # The header is sealed into every frame: another chunk size or nonce prefix fails too.
    forged = header[:28] + bytes(8)
    with pytest.raises(offsite.OffsiteError, match="fails authentication"):
        _decrypts(forged + b"".join(frames), [BACKUP_KEY])
    with pytest.raises(offsite.OffsiteError, match="not an omem off-host backup"):
        _decrypts(b"PK\x03\x04" + bytes(60), [BACKUP_KEY])
    other = new_fernet_key()
    with pytest.raises(offsite.OffsiteError, match=key_fingerprint(BACKUP_KEY)):
        _decrypts(header + b"".join(frames), [other])
    # Whole chunks: the last full one is sealed as final. Nothing: one empty final frame.
    for size, lengths in ((2 * offsite.CHUNK, [offsite.CHUNK + 16] * 2), (0, [16])):
        data = os.urandom(size)
        header, frames = _frames(BACKUP_KEY, data)
        assert [len(frame) for frame in frames] == lengths
        assert len(header) + sum(lengths) == offsite.encrypted_size(size)
        assert _decrypts(header + b"".join(frames), [BACKUP_KEY]) == data
        with pytest.raises(offsite.OffsiteError, match="fails authentication"):
            _decrypts(header + b"".join(frames[:-1]), [BACKUP_KEY])


def _stamp(when: dt.datetime) -> str:
    return f"omem-{when.strftime('%Y%m%dT%H%M%SZ')}.tar"


def test_the_bucket_keeps_the_archives_retention_keeps(
    settings: Settings, s3: Any, bucket: str, endpoint: str
) -> None:
    copied = make_settings(
        settings.data_dir,
        **_environ(bucket, endpoint, OMEM_BACKUP_KEEP_DAILY="3", OMEM_BACKUP_KEEP_WEEKLY="3"),
    )
    real = create_backup(copied, settings.data_dir / "elsewhere")  # neither pruned nor uploaded
    directory = copied.backups_path
    directory.mkdir()
    times = [dt.datetime(2026, 3, day, 3) for day in (2, 9, 16)]
    times += [dt.datetime(2026, 3, day, hour) for day in (27, 28, 30) for hour in (3, 15)]
    for when in times:
        shutil.copy(real.path, directory / _stamp(when))
    newest_first = sorted(times, reverse=True)
    kept = {_stamp(newest_first[i]) for i in retained(newest_first, 3, 3)}
    assert len(kept) == 4

    synced = offsite.sync(copied)

    assert synced is not None and synced.error is None and synced.pending == []
    assert set(synced.uploaded) == kept
    assert set(_objects(s3, bucket)) == {f"{PREFIX}/{name}.enc" for name in kept}

    # A week on: a new local backup; the one that falls out of retention leaves the bucket,
    # as it leaves the backup directory.
    later = dt.datetime(2026, 4, 6, 3)
    shutil.copy(real.path, directory / _stamp(later))
    prune(copied)
    synced = offsite.sync(copied)
    local = {path.name for _, path in list_backups(directory)}
    assert synced is not None and synced.uploaded == [_stamp(later)]
    assert synced.deleted and set(synced.deleted).isdisjoint(local)
    assert set(_objects(s3, bucket)) == {f"{PREFIX}/{name}.enc" for name in local}
    assert real.path.exists()


def test_a_backup_larger_than_one_part_goes_up_in_parts_and_comes_back_whole(
    copied: Settings, s3: Any, bucket: str, tmp_path: Path
) -> None:
    with closing(sqlite3.connect(copied.db_path)) as conn, conn:
        conn.execute("CREATE TABLE ballast (data BLOB)")  # incompressible: the archive is big
        conn.executemany(
            "INSERT INTO ballast VALUES (?)", [(os.urandom(65536),) for _ in range(150)]
        )
    made = create_backup(copied)
    size = made.path.stat().st_size
    assert size > 8 * 1024 * 1024  # more than one part
    key = f"{PREFIX}/{made.path.name}.enc"
    assert _objects(s3, bucket) == {key: offsite.encrypted_size(size)}
    assert s3.list_multipart_uploads(Bucket=bucket).get("Uploads", []) == []

    elsewhere = copied.replace(data_dir=tmp_path / "elsewhere")
    with fetched(f"s3://{bucket}/{PREFIX}/latest", elsewhere) as archive:
        assert file_sha256(archive) == file_sha256(made.path)
        restored = restore_backup(archive, elsewhere)
    assert restored.counts["ballast"] == 150


def test_an_unreachable_bucket_fails_the_upload_keeps_the_backup_and_the_next_run_uploads_it(
    settings: Settings,
    bucket: str,
    endpoint: str,
    s3: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    down = make_settings(
        settings.data_dir,
        **_environ(bucket, f"http://127.0.0.1:{free_port()}", OMEM_BACKUP_INTERVAL_HOURS="24"),
    )
    failures = _failures()

    made = create_backup(down)

    assert made.path.is_file() and list_backups(down.backups_path) == [
        (dt.datetime.fromisoformat(made.manifest["created_at"].rstrip("Z")), made.path)
    ]
    assert made.offsite_copy is not None and made.offsite_copy.uploaded == []
    assert made.offsite_copy.pending == [made.path.name]
    assert (made.offsite_copy.error or "").startswith("EndpointConnectionError: ")
    assert _failures() == failures + 1
    [failure] = [
        record.msg
        for record in caplog.records
        if isinstance(record.msg, dict) and record.msg["event"] == "backup_offsite_failed"
    ]
    assert "Could not connect" in failure["reason"]
    assert SECRET_KEY not in caplog.text and ACCESS_KEY not in caplog.text
    health = create_app(down).test_client().get("/health").get_json()["backup"]
    assert health["overdue"] is False  # the local backup is good
    copy = dict(health["offsite"])
    assert copy.pop("last_error_at").endswith("Z")
    assert copy == {
        "enabled": True,
        "last_uploaded": None,
        "last_uploaded_at": None,
        "pending": 1,
        "last_error": "EndpointConnectionError",
        "failing": True,
    }
    assert endpoint not in str(health) and bucket not in str(health)

    # The bucket is back. The consumer's next run, no backup being due, uploads what waits.
    up = make_settings(settings.data_dir, **_environ(bucket, endpoint))
    retry_at = dt.datetime.fromisoformat(failure["retry_at"].rstrip("Z"))
    with db.connection_context():
        assert run_due(up, now=retry_at - dt.timedelta(seconds=1)) is None
        assert _objects(s3, bucket) == {}
        assert run_due(up, now=retry_at) is None  # no backup made: only the copy
        row = LifecycleJob.get(LifecycleJob.name == "backup")
    assert list(_objects(s3, bucket)) == [f"{PREFIX}/{made.path.name}.enc"]
    assert (row.holder, row.lease_until, row.runs) == ("", None, 0)
    assert len(list_backups(up.backups_path)) == 1
    health = create_app(up).test_client().get("/health").get_json()["backup"]["offsite"]
    assert health["last_uploaded"] == made.path.name and health["pending"] == 0
    assert health["failing"] is False
    with db.connection_context():  # nothing is due any more
        assert not offsite.due(up, retry_at + dt.timedelta(hours=1))
        assert run_due(up, now=retry_at + dt.timedelta(hours=1)) is None
        assert LifecycleJob.get(LifecycleJob.name == "backup").holder == ""


def test_production_gives_no_placement_warning_when_backups_are_copied_off_the_host(
    settings: Settings, bucket: str, endpoint: str
) -> None:
    production = make_settings(settings.data_dir, OMEM_ENV="production")
    assert placement_warnings(production)  # one disk, no copy
    with_copy = make_settings(
        settings.data_dir, OMEM_ENV="production", **_environ(bucket, endpoint)
    )
    assert placement_warnings(with_copy) == []
    off = with_copy.replace(backup_interval_hours=0.0)
    assert "backups are off" in placement_warnings(off)[0]


def test_archives_made_before_a_bucket_was_configured_go_up_at_the_next_run(
    settings: Settings, s3: Any, bucket: str, endpoint: str
) -> None:
    made = create_backup(settings)  # no bucket yet
    assert made.offsite_copy is None and offsite.status(settings) == {"enabled": False}
    copied = make_settings(settings.data_dir, **_environ(bucket, endpoint))
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert offsite.due(copied, now)

    with db.connection_context():
        assert run_due(copied, now=now) is None  # no backup due: the copy alone

    assert list(_objects(s3, bucket)) == [f"{PREFIX}/{made.path.name}.enc"]
    assert not offsite.due(copied, now + dt.timedelta(hours=1))
    assert len(list_backups(copied.backups_path)) == 1
