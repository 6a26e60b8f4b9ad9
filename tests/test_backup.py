"""Backups and restores on real SQLite files, with real writers and real consumers: a backup
taken while memory-store calls go on is one consistent moment; a restored data directory
answers as the original did; a restore refuses a damaged archive, the wrong keys and a running
service; retention keeps the right archives; the consumer takes the periodic backup once
however many consumers run; /health and /metrics tell the newest backup's age."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tarfile
import threading
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from omem import create_app
from omem.archives import BackupError
from omem.archives import list_backups
from omem.backup import create_backup
from omem.backup import placement_warnings
from omem.backup import prune
from omem.backup import run_due
from omem.config import Settings
from omem.config import new_fernet_key
from omem.crypto import key_fingerprint
from omem.db import db
from omem.db import write
from omem.memory.index import indexes
from omem.models import LifecycleJob
from omem.models import Memory
from omem.restore import RestoreRefused
from omem.restore import restore_backup
from tests.conftest import API_KEY
from tests.conftest import ENCRYPTION_KEY
from tests.conftest import WEBHOOK_SECRET
from tests.conftest import make_settings
from tests.factories import make_user
from tests.helpers import el_signature
from tests.helpers import process_environ
from tests.helpers import run_queue
from tests.helpers import sample
from tests.helpers import wait_until

ROOT = Path(__file__).resolve().parent.parent
AUTH = {"Authorization": f"Bearer {API_KEY}"}
CALLER = "+14155550123"  # the sample call's caller
Worker = Callable[..., subprocess.Popen[bytes]]


@pytest.fixture(autouse=True)
def _fresh_indexes() -> Iterator[None]:
    # Two databases in one process: never answer from the other one's cached index.
    indexes.clear()
    yield
    indexes.clear()


@pytest.fixture
def start_worker(tmp_path: Path) -> Iterator[Worker]:
    """`omem worker` on a data dir, logging to worker-<n>.log; all killed at the end."""
    started: list[subprocess.Popen[bytes]] = []

    def start(data_dir: Path, **extra: str) -> subprocess.Popen[bytes]:
        env = process_environ(data_dir, OMEM_QUEUE_WORKERS="1", **extra)
        log = open(tmp_path / f"worker-{len(started)}.log", "wb")  # noqa: SIM115
        proc = subprocess.Popen(
            [sys.executable, "-m", "omem.cli", "worker"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        started.append(proc)
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


def _post(client: FlaskClient, url: str, **body: Any) -> Any:
    response = client.post(url, json=body, headers=AUTH)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


def _sample_call(client: FlaskClient) -> None:
    raw = sample("post-call-transcription.json")
    headers = {
        "Content-Type": "application/json",
        "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw),
    }
    assert client.post("/api/v1/webhooks/post-call", data=raw, headers=headers).status_code == 200
    run_queue()


def _answers(client: FlaskClient) -> list[Any]:
    """What the agent is told at the next call, and two memory queries."""
    init = _post(client, "/api/v1/webhooks/conversation-init", caller_id=CALLER)
    queries = [
        _post(client, "/api/v1/tools/memory-query", caller_id=CALLER, query=question)
        for question in ("refund on the same card", "what is my gate code")
    ]
    return [init, *queries]


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path, timeout=10)) as conn:
        return conn.execute(sql).fetchall()


def _seed_memories(count: int) -> int:
    """Enough rows (about 8 MB) that the copy takes several steps; their caller's id."""
    with db.connection_context(), write():
        user = make_user()
        rows = [
            {"user": user.id, "content": f"Filler fact {n}: " + "x" * 600, "sector": "semantic"}
            for n in range(count)
        ]
        for start in range(0, count, 500):
            Memory.insert_many(rows[start : start + 500]).execute()
    return int(user.id)


def test_a_backup_taken_while_memory_store_calls_go_on_is_one_consistent_moment(
    data_dir: Path, tmp_path: Path
) -> None:
    settings = make_settings(data_dir, OMEM_RATE_LIMITS_ENABLED="false")
    client = create_app(settings).test_client()
    filler = _seed_memories(8000)
    stored: list[int] = []
    stop = threading.Event()

    def store() -> None:
        while not stop.is_set():
            content = f"Call me about the parcel number {len(stored) * 7919 % 100_000}."
            _post(client, "/api/v1/tools/memory-store", caller_id=CALLER, content=content)
            stored.append(1)

    writer = threading.Thread(target=store)
    writer.start()
    assert wait_until(lambda: len(stored) >= 2, 30)
    committed: list[int] = []  # memory-store calls answered, at each pause of the backup

    def between_steps() -> None:
        # The first pause comes after the copy's first step (the database is several steps
        # long): a writer commits while the backup is under way, never waiting for it.
        if not committed:
            seen = len(stored)
            assert wait_until(lambda: len(stored) > seen, 10)
        committed.append(len(stored))

    before = len(stored)
    try:
        made = create_backup(settings, keepalive=between_steps)
    finally:
        stop.set()
        writer.join(30)
    assert made.manifest["database"]["uncompressed_bytes"] > 2 * 1024 * 4096  # 2+ steps
    [(after,)] = _rows(data_dir / "omem.db", "SELECT COUNT(*) FROM tool_invocations")
    backed_up = made.manifest["tables"]["tool_invocations"]  # one per memory-store call
    # The copy is the database as of when it began: what was committed before is in it,
    # what was committed during the copy is not, and the writes went on after it.
    assert before <= backed_up < committed[0] <= after

    restored = restore_backup(made.path, make_settings(tmp_path / "restored"))

    assert restored.counts == made.manifest["tables"]  # integrity and sha checked on the way
    copy = tmp_path / "restored" / "omem.db"
    assert _rows(copy, "PRAGMA integrity_check") == [("ok",)]
    # memory-store writes a memory and its embedding in one transaction: the copy holds
    # each pair whole or not at all.
    assert _rows(
        copy,
        f"SELECT COUNT(*) FROM memories m WHERE m.user_id != {filler} AND NOT EXISTS "
        "(SELECT 1 FROM memory_embeddings e WHERE e.memory_id = m.id)",
    ) == [(0,)]
    assert _rows(copy, f"SELECT COUNT(*) FROM memories WHERE user_id != {filler}")[0][0] >= 1


def test_a_restored_data_directory_answers_the_agent_as_the_original_did(
    client: FlaskClient, settings: Settings, tmp_path: Path
) -> None:
    _sample_call(client)
    _post(client, "/api/v1/tools/memory-store", caller_id=CALLER, content="My gate code is 4412.")
    before = _answers(client)
    made = create_backup(settings)
    assert made.path.parent == settings.data_dir / "backups"
    assert made.manifest["tables"]["memories"] >= 2

    elsewhere = make_settings(tmp_path / "elsewhere")
    restored = restore_backup(made.path, elsewhere)
    indexes.clear()
    second = create_app(elsewhere).test_client()

    assert restored.migrated == [] and restored.warnings == []
    assert _answers(second) == before
    assert any("4412" in memory["content"] for memory in before[2]["memories"])


def _damage(archive: Path) -> None:
    """Flip one byte in the middle of the compressed database."""
    with tarfile.open(archive) as tar:
        member = tar.getmember("omem.db.gz")
    with open(archive, "r+b") as fh:
        fh.seek(member.offset_data + member.size // 2)
        byte = fh.read(1)
        fh.seek(-1, os.SEEK_CUR)
        fh.write(bytes([byte[0] ^ 0xFF]))


def test_restore_refuses_a_damaged_archive_and_changes_nothing(settings: Settings) -> None:
    with db.connection_context():
        make_user()
    made = create_backup(settings)
    _damage(made.path)
    before = settings.db_path.read_bytes()
    with pytest.raises(RestoreRefused, match="is damaged: its database's sha256 is"):
        restore_backup(made.path, settings)
    assert settings.db_path.read_bytes() == before
    assert not list(settings.data_dir.glob(".restore-*"))


def test_restore_refuses_a_database_that_fails_its_integrity_check(
    settings: Settings, tmp_path: Path
) -> None:
    """An archive whose checksum is right for a database damaged before it was packed."""
    with db.connection_context():
        make_user()
    made = create_backup(settings)
    with tarfile.open(made.path) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))  # type: ignore[arg-type]
        raw = gzip.decompress(tar.extractfile("omem.db.gz").read())  # type: ignore[union-attr]
    unpacked = tmp_path / "unpacked.db"
    unpacked.write_bytes(raw)
    [(root,)] = _rows(unpacked, "SELECT rootpage FROM sqlite_master WHERE name = 'users'")
    damaged = bytearray(raw)
    size = int.from_bytes(damaged[16:18], "big")
    damaged[(root - 1) * size : root * size] = b"\xa5" * size  # the users table's page: noise
    packed = gzip.compress(bytes(damaged))
    manifest["database"]["sha256"] = hashlib.sha256(packed).hexdigest()
    forged = tmp_path / "forged.tar"
    with tarfile.open(forged, "w") as tar:
        for name, body in (
            ("manifest.json", json.dumps(manifest).encode()),
            ("omem.db.gz", packed),
        ):
            info = tarfile.TarInfo(name)
            info.size = len(body)
            tar.addfile(info, io.BytesIO(body))
    before = settings.db_path.read_bytes()
    with pytest.raises(RestoreRefused, match="integrity_check|no usable database|rows"):
        restore_backup(forged, settings)
    assert settings.db_path.read_bytes() == before


def test_restore_refuses_without_the_key_the_backup_needs_and_names_its_fingerprint(
    settings: Settings, tmp_path: Path
) -> None:
    with db.connection_context():
        make_user()
    made = create_backup(settings)
    other_key = new_fernet_key()
    strangers = make_settings(tmp_path / "other", OMEM_ENCRYPTION_KEYS=other_key)
    with pytest.raises(RestoreRefused) as refused:
        restore_backup(made.path, strangers)
    message = str(refused.value)
    assert key_fingerprint(ENCRYPTION_KEY) in message
    assert key_fingerprint(other_key) in message  # what is configured instead
    assert ENCRYPTION_KEY not in message and ENCRYPTION_KEY not in made.path.read_bytes().decode(
        "latin-1"
    )
    assert not (tmp_path / "other" / "omem.db").exists()

    # The old key still configured after the backup's: it reads, and nothing is missing.
    rotated = make_settings(
        tmp_path / "rotated", OMEM_ENCRYPTION_KEYS=f"{other_key},{ENCRYPTION_KEY}"
    )
    assert restore_backup(made.path, rotated).warnings == []


@pytest.mark.slow
def test_restore_refuses_while_a_consumer_runs_on_the_database_unless_forced(
    settings: Settings, data_dir: Path, tmp_path: Path, start_worker: Worker
) -> None:
    with db.connection_context():
        user = make_user()
        made = create_backup(settings)
        user.delete_instance()
    consumer = start_worker(data_dir, OMEM_BACKUP_INTERVAL_HOURS="0")
    log = tmp_path / "worker-0.log"
    assert wait_until(lambda: "run_backups" in log.read_text(errors="replace"), 30), (
        log.read_text()
    )
    before = settings.db_path.stat().st_ino  # the consumer writes: compare the file, not bytes

    with pytest.raises(RestoreRefused, match="omem is running on"):
        restore_backup(made.path, settings)
    assert settings.db_path.stat().st_ino == before  # a restore swaps in a new file
    assert _rows(settings.db_path, "SELECT COUNT(*) FROM users") == [(0,)]  # not restored

    restored = restore_backup(made.path, settings, force=True)
    assert any("restart them" in warning for warning in restored.warnings)
    assert _rows(settings.db_path, "SELECT COUNT(*) FROM users") == [(1,)]
    consumer.send_signal(signal.SIGINT)
    assert consumer.wait(20) == 0


def _stamp(when: dt.datetime) -> str:
    return f"omem-{when.strftime('%Y%m%dT%H%M%SZ')}.tar"


def test_retention_keeps_the_newest_of_recent_days_and_weeks_and_always_the_newest(
    data_dir: Path,
) -> None:
    settings = make_settings(data_dir, OMEM_BACKUP_KEEP_DAILY="3", OMEM_BACKUP_KEEP_WEEKLY="3")
    real = create_backup(settings, data_dir / "elsewhere")  # another directory: never pruned
    backups = settings.backups_path
    backups.mkdir()
    # Mondays 2 March to 30 March 2026 (ISO weeks 10-14), two backups a day on the last days.
    times = [dt.datetime(2026, 3, day, hour) for day in (2, 9, 16) for hour in (3,)]
    times += [dt.datetime(2026, 3, day, hour) for day in (27, 28, 30) for hour in (3, 15)]
    for when in times:
        shutil.copy(real.path, backups / _stamp(when))
    (backups / "notes.txt").write_text("kept: not an archive")

    removed = prune(settings)

    kept = sorted(path.name for _, path in list_backups(backups))
    assert kept == [
        _stamp(dt.datetime(2026, 3, 16, 3)),  # week 12
        _stamp(dt.datetime(2026, 3, 27, 15)),  # day, and week 13
        _stamp(dt.datetime(2026, 3, 28, 15)),  # day
        _stamp(dt.datetime(2026, 3, 30, 15)),  # day, and week 14
    ]
    assert len(removed) == len(times) - 4
    assert (backups / "notes.txt").exists() and real.path.exists()

    none_kept = settings.replace(backup_keep_daily=0, backup_keep_weekly=0)
    prune(none_kept)
    assert [path.name for _, path in list_backups(backups)] == [_stamp(times[-1])]


def test_a_backup_prunes_its_directory_and_clears_what_dead_backups_left(
    data_dir: Path,
) -> None:
    settings = make_settings(data_dir, OMEM_BACKUP_KEEP_DAILY="1", OMEM_BACKUP_KEEP_WEEKLY="0")
    first = create_backup(settings)
    left = settings.backups_path / ".partial-999999999-abc"  # no such process
    left.mkdir()
    second = create_backup(settings)
    assert [path for _, path in list_backups(settings.backups_path)] == [second.path]
    assert not first.path.exists() and not left.exists()


def test_a_failed_periodic_backup_is_logged_and_retried_after_its_delay(
    conn: None, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make_settings(data_dir, OMEM_BACKUP_INTERVAL_HOURS="1")
    settings.backups_path.write_text("a file where the directory should be")
    assert run_due(settings) is None
    [failure] = [
        record.msg
        for record in caplog.records
        if isinstance(record.msg, dict) and record.msg["event"] == "backup_failed"
    ]
    assert failure["reason"].startswith("FileExistsError: ")
    row = LifecycleJob.get(LifecycleJob.name == "backup")
    assert row.holder == "" and row.runs == 0
    retry_at = row.lease_until

    settings.backups_path.unlink()
    assert run_due(settings, now=retry_at - dt.timedelta(seconds=1)) is None  # not yet
    assert not settings.backups_path.exists()
    made = run_due(settings, now=retry_at)
    assert made is not None and made.path.exists()
    row = LifecycleJob.get(LifecycleJob.name == "backup")
    assert (row.holder, row.lease_until, row.runs) == ("", None, 1)
    assert run_due(settings) is None  # the next is due in an hour


def _ticks(log: Path) -> int:
    text = log.read_text(errors="replace") if log.exists() else ""
    return sum(1 for line in text.splitlines() if "run_backups" in line and "executed in" in line)


@pytest.mark.slow
def test_two_consumers_take_the_periodic_backup_once(
    settings: Settings, data_dir: Path, tmp_path: Path, start_worker: Worker
) -> None:
    env = {"OMEM_BACKUP_INTERVAL_HOURS": "1"}
    workers = [start_worker(data_dir, **env), start_worker(data_dir, **env)]
    logs = [tmp_path / "worker-0.log", tmp_path / "worker-1.log"]
    # Each consumer's scheduler enqueues the task as it starts, into the one shared queue,
    # and either consumer may execute both messages: wait for both runs, wherever they ran.
    assert wait_until(lambda: sum(_ticks(log) for log in logs) >= 2, 30), "\n".join(
        log.read_text(errors="replace") for log in logs
    )
    for worker in workers:
        worker.send_signal(signal.SIGINT)
        assert worker.wait(20) == 0

    assert len(list_backups(settings.backups_path)) == 1
    created = [
        line for log in logs for line in log.read_text().splitlines() if "backup_created" in line
    ]
    assert len(created) == 1, created
    assert _rows(
        data_dir / "omem.db",
        "SELECT holder, lease_until, runs FROM lifecycle_jobs WHERE name = 'backup'",
    ) == [("", None, 1)]


def test_health_and_metrics_tell_the_newest_backups_age(
    client: FlaskClient, settings: Settings
) -> None:
    body = client.get("/health").get_json()
    assert body["backup"] == {
        "enabled": True,
        "interval_hours": 24.0,
        "last_good_at": None,
        "age_secs": None,
        "overdue": False,
        "offsite": {"enabled": False},
    }
    assert "omem_backup_last_success_timestamp_seconds" not in client.get("/metrics").text

    made = create_backup(settings)
    taken = dt.datetime.fromisoformat(made.manifest["created_at"].rstrip("Z"))
    response = client.get("/health")
    body = response.get_json()
    assert response.status_code == 200 and body["status"] == "ok"
    assert body["backup"]["last_good_at"] == made.manifest["created_at"]
    assert 0 <= body["backup"]["age_secs"] < 60
    metrics = client.get("/metrics").text
    assert _gauge(metrics) == taken.replace(tzinfo=dt.UTC).timestamp()
    assert _counter(metrics, 'omem_backup_runs_total{outcome="ok"}') >= 1


def _gauge(metrics: str) -> float:
    for line in metrics.splitlines():
        if line.startswith("omem_backup_last_success_timestamp_seconds "):
            return float(line.split()[1])
    raise AssertionError("no backup gauge")


def _counter(metrics: str, name: str) -> float:
    return next(float(line.split()[-1]) for line in metrics.splitlines() if line.startswith(name))


def test_health_says_degraded_when_the_newest_backup_is_two_intervals_old(
    data_dir: Path,
) -> None:
    settings = make_settings(data_dir, OMEM_BACKUP_INTERVAL_HOURS="1")
    made = create_backup(settings)
    old = made.path.with_name(_stamp(dt.datetime.now(dt.UTC) - dt.timedelta(hours=2, minutes=1)))
    made.path.rename(old)
    client = create_app(settings).test_client()

    response = client.get("/health")
    assert response.status_code == 503
    assert response.get_json()["status"] == "degraded"
    assert response.get_json()["backup"]["overdue"] is True
    assert client.get("/health/ready").status_code == 200  # traffic still flows

    off = create_app(settings.replace(backup_interval_hours=0.0)).test_client()
    assert off.get("/health").get_json()["status"] == "ok"


def test_metrics_under_gunicorn_read_the_newest_backup_at_scrape_time(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    samples = tmp_path / "metrics"
    samples.mkdir()
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(samples))
    client = create_app(settings.replace(metrics_dir=str(samples))).test_client()
    assert "omem_backup_last_success_timestamp_seconds" not in client.get("/metrics").text
    made = create_backup(settings)
    taken = dt.datetime.fromisoformat(made.manifest["created_at"].rstrip("Z"))
    assert _gauge(client.get("/metrics").text) == taken.replace(tzinfo=dt.UTC).timestamp()


def test_production_warns_when_backups_share_the_data_file_system_or_are_off(
    data_dir: Path,
) -> None:
    production = make_settings(data_dir, OMEM_ENV="production")
    [warning] = placement_warnings(production)
    assert "same" not in warning and "file system of the data directory" in warning
    off = production.replace(backup_interval_hours=0.0)
    assert "backups are off" in placement_warnings(off)[0]
    assert placement_warnings(make_settings(data_dir)) == []  # development
    other = Path("/dev/shm")
    if other.is_dir() and os.stat(other).st_dev != os.stat(data_dir).st_dev:
        assert placement_warnings(production.replace(backup_dir=other / "omem-backups")) == []


def test_a_backup_of_a_missing_database_fails_with_its_reason(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "empty")
    with pytest.raises(BackupError, match="there is no database at"):
        create_backup(settings)
