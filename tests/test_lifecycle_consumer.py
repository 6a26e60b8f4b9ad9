"""The lifecycle jobs under real consumers (`omem worker`) over real SQLite files: they run on
the schedule the settings give, a consumer killed with SIGKILL mid-run leaves every batch
either whole or absent and the next one finishes the run without touching a row twice, and two
consumers started together run each job once."""

from __future__ import annotations

import datetime as dt
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path

import pytest

from omem.clock import utcnow
from omem.config import Settings
from omem.db import db
from omem.embeddings import LOCAL_MODEL_ID
from omem.memory.decay import decayed
from omem.models import Memory
from tests.factories import make_user
from tests.helpers import process_environ
from tests.helpers import wait_until

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow
Worker = Callable[..., subprocess.Popen[bytes]]
TICK = "run_lifecycle_jobs"


@pytest.fixture
def start_worker(data_dir: Path, tmp_path: Path) -> Iterator[Worker]:
    started: list[subprocess.Popen[bytes]] = []

    def start(**extra: str) -> subprocess.Popen[bytes]:
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


def _seed(count: int, days_ago: float = 45) -> dt.datetime:
    """`count` episodic memories of one caller, last reinforced `days_ago` days ago."""
    since = utcnow() - dt.timedelta(days=days_ago)
    with db.connection_context():
        user = make_user()
        rows = [
            {
                "user": user.id,
                "content": f"The caller mentioned fact number {n}.",
                "sector": "episodic",
                "salience": 0.6,
                "base_salience": 0.6,
                "reinforced_at": since,
                "occurred_at": since,
            }
            for n in range(count)
        ]
        for start in range(0, count, 500):
            Memory.insert_many(rows[start : start + 500]).execute()
    return since


def _job(data_dir: Path, name: str = "decay") -> tuple[str, int, int, str | None]:
    """(holder, cursor, runs, run_started_at) of a lifecycle job, read without omem."""
    with sqlite3.connect(data_dir / "omem.db", timeout=10) as conn:
        row = conn.execute(
            "SELECT holder, cursor, runs, run_started_at FROM lifecycle_jobs WHERE name = ?",
            (name,),
        ).fetchone()
    return tuple(row) if row else ("", 0, 0, None)  # type: ignore[return-value]


def _memories(data_dir: Path) -> list[tuple[int, float, int]]:
    with sqlite3.connect(data_dir / "omem.db", timeout=10) as conn:
        rows = conn.execute("SELECT id, salience, version FROM memories ORDER BY id").fetchall()
    return [(int(i), float(s), int(v)) for i, s, v in rows]


def _ticks(log: Path) -> int:
    """How many lifecycle ticks this consumer has finished (Huey logs each execution)."""
    text = log.read_text(errors="replace") if log.exists() else ""
    return sum(1 for line in text.splitlines() if TICK in line and "executed in" in line)


def _stop(proc: subprocess.Popen[bytes]) -> int:
    """Ctrl-C, and the consumer's exit code once it has finished the job it was running (a
    minute: on a loaded 2-core machine a batch that takes a second alone took over 20 s)."""
    proc.send_signal(signal.SIGINT)
    return proc.wait(60)


def _killed_mid_run(
    start_worker: Worker, data_dir: Path, tmp_path: Path, name: str, env: dict[str, str]
) -> int:
    """Start a consumer and SIGKILL it once job `name` has committed a batch (most likely
    inside the next batch's transaction); the cursor the unfinished run was left at."""
    worker = start_worker(**env)
    assert wait_until(lambda: _job(data_dir, name)[1] > 0, 60), (
        tmp_path / "worker-0.log"
    ).read_text()
    worker.kill()
    worker.wait(10)
    holder, cursor, runs, _ = _job(data_dir, name)
    assert holder and runs == 0 and cursor > 0
    return cursor


def _resumed(
    start_worker: Worker, data_dir: Path, tmp_path: Path, name: str, env: dict[str, str]
) -> None:
    """Past the lease, the next consumer's first tick resumes job `name` and finishes it."""
    time.sleep(1.2)
    restarted = start_worker(**env)
    assert wait_until(lambda: _job(data_dir, name)[2] == 1, 120), (
        tmp_path / "worker-1.log"
    ).read_text()
    assert _stop(restarted) == 0


def test_jobs_run_when_the_consumer_starts_and_again_only_once_their_interval_has_passed(
    settings: Settings, data_dir: Path, tmp_path: Path, start_worker: Worker
) -> None:
    _seed(20)
    first = start_worker(OMEM_LIFECYCLE_INTERVAL_HOURS="1")
    assert wait_until(lambda: _job(data_dir)[2] == 1, 60), (tmp_path / "worker-0.log").read_text()
    assert all(version == 2 for _, _, version in _memories(data_dir))
    assert _stop(first) == 0

    # An hour has not passed: the next consumer's tick leaves the job alone.
    second = start_worker(OMEM_LIFECYCLE_INTERVAL_HOURS="1")
    assert wait_until(lambda: _ticks(tmp_path / "worker-1.log") >= 1, 60)
    assert _job(data_dir)[2] == 1
    assert _stop(second) == 0

    # With the interval shortened below the time since, the job is due again.
    time.sleep(0.5)
    third = start_worker(OMEM_LIFECYCLE_INTERVAL_HOURS="0.0001")  # 0.36 s
    assert wait_until(lambda: _job(data_dir)[2] == 2, 60)
    assert _stop(third) == 0
    # The second run found nothing to change: decay is a function of time, not a step.
    assert all(version == 2 for _, _, version in _memories(data_dir))


def test_a_consumer_killed_mid_run_leaves_whole_batches_and_the_next_one_finishes_the_run(
    settings: Settings, data_dir: Path, tmp_path: Path, start_worker: Worker
) -> None:
    since = _seed(3000)
    env = {"OMEM_LIFECYCLE_BATCH": "100", "OMEM_EVENT_LEASE_SECS": "1"}
    cursor = _killed_mid_run(start_worker, data_dir, tmp_path, "decay", env)
    assert cursor < 3000
    memories = _memories(data_dir)
    # Every committed batch is whole (with its cursor); nothing after the cursor was written.
    assert all(version == 2 for memory_id, _, version in memories if memory_id <= cursor)
    assert all(version == 1 for memory_id, _, version in memories if memory_id > cursor)

    _resumed(start_worker, data_dir, tmp_path, "decay", env)
    holder, cursor, runs, started = _job(data_dir)
    assert (holder, cursor, runs) == ("", 0, 1)
    as_of = dt.datetime.fromisoformat(str(started))
    expected = decayed(0.6, since, "episodic", as_of)
    # Written exactly once each, with the value of one uninterrupted run.
    assert {(salience, version) for _, salience, version in _memories(data_dir)} == {(expected, 2)}


def test_two_consumers_started_together_run_each_job_once(
    settings: Settings, data_dir: Path, tmp_path: Path, start_worker: Worker
) -> None:
    _seed(1000)
    env = {"OMEM_LIFECYCLE_BATCH": "50"}
    workers = [start_worker(**env), start_worker(**env)]
    logs = [tmp_path / "worker-0.log", tmp_path / "worker-1.log"]
    assert wait_until(lambda: all(_ticks(log) >= 1 for log in logs), 120), "\n".join(
        log.read_text(errors="replace") for log in logs
    )
    for worker in workers:
        assert _stop(worker) == 0

    assert _job(data_dir)[:3] == ("", 0, 1)
    assert {version for _, _, version in _memories(data_dir)} == {2}
    finished = [
        line
        for log in logs
        for line in log.read_text(errors="replace").splitlines()
        if "lifecycle_job_finished" in line and "decay" in line
    ]
    assert len(finished) == 1, finished


def _seed_twins(callers: int) -> None:
    """`callers` callers, each with one fact stored twice (two calls, vectors alike), and
    three episodes about their boiler from three calls (vectors about 0.8 alike: a pattern,
    not twins)."""
    import numpy as np

    from omem.models import Conversation
    from omem.models import ConversationMemory
    from omem.models import MemoryEmbedding
    from omem.models import User

    rng = np.random.default_rng(7)
    with db.connection_context():
        User.insert_many(
            [{"uid": f"omem_usr_twin{n:011d}", "memory_version": 1} for n in range(callers)]
        ).execute()
        users = [u.id for u in User.select(User.id).where(User.uid.startswith("omem_usr_twin"))]
        Conversation.insert_many(
            [
                {"conversation_id": f"conv_twin_{u}_{k}", "user": u}
                for u in users
                for k in (0, 1, 2)
            ]
        ).execute()
        calls = {c.conversation_id: c.id for c in Conversation.select()}
        with db.atomic():  # one commit: seeding stays a fraction of the test
            for user_id in users:
                base = rng.standard_normal(384)
                for k, salience in ((0, 0.4), (1, 0.6)):
                    vector = base + 0.02 * rng.standard_normal(384)
                    memory = Memory.create(
                        user=user_id,
                        content=f"The caller's dog is called Rex ({k}).",
                        sector="semantic",
                        salience=salience,
                        base_salience=salience,
                    )
                    MemoryEmbedding.create(
                        memory=memory,
                        model=LOCAL_MODEL_ID,
                        dimension=384,
                        vector=(vector / np.linalg.norm(vector)).astype("<f4").tobytes(),
                    )
                    ConversationMemory.create(
                        conversation=calls[f"conv_twin_{user_id}_{k}"], memory=memory
                    )
                subject = rng.standard_normal(384)
                for k in (0, 1, 2):
                    vector = subject + 0.5 * rng.standard_normal(384)
                    memory_id = Memory.insert(
                        user=user_id,
                        content=f"On {k + 1} March 2026 the caller's boiler broke down.",
                        sector="episodic",
                        salience=0.5,
                        base_salience=0.5,
                        conversation_ref=f"conv_twin_{user_id}_{k}",
                    ).execute()
                    MemoryEmbedding.insert(
                        memory=memory_id,
                        model=LOCAL_MODEL_ID,
                        dimension=384,
                        vector=(vector / np.linalg.norm(vector)).astype("<f4").tobytes(),
                    ).execute()
                    ConversationMemory.insert(
                        conversation=calls[f"conv_twin_{user_id}_{k}"], memory=memory_id
                    ).execute()


def test_consolidation_killed_mid_run_merges_each_pair_and_writes_each_pattern_once_when_resumed(
    settings: Settings, data_dir: Path, tmp_path: Path, start_worker: Worker
) -> None:
    _seed_twins(300)
    env = {"OMEM_LIFECYCLE_BATCH": "100", "OMEM_EVENT_LEASE_SECS": "1"}  # a caller a batch
    _killed_mid_run(start_worker, data_dir, tmp_path, "consolidate", env)
    _resumed(start_worker, data_dir, tmp_path, "consolidate", env)

    with sqlite3.connect(data_dir / "omem.db", timeout=10) as conn:
        kept = conn.execute(
            "SELECT salience, version FROM memories WHERE sector = 'semantic' AND id NOT IN "
            "(SELECT memory_id FROM conversation_memories WHERE extraction_type = 'pattern')"
        ).fetchall()
        provenance = conn.execute(
            "SELECT memory_id, COUNT(*) FROM conversation_memories WHERE memory_id IN "
            "(SELECT id FROM memories WHERE sector = 'semantic') AND extraction_type = 'auto' "
            "GROUP BY memory_id"
        ).fetchall()
        patterns = conn.execute(
            "SELECT m.user_id, COUNT(DISTINCT m.id), COUNT(*), MAX(m.version) "
            "FROM memories m JOIN conversation_memories c ON c.memory_id = m.id "
            "WHERE c.extraction_type = 'pattern' GROUP BY m.user_id"
        ).fetchall()
        episodes = conn.execute("SELECT version FROM memories WHERE sector = 'episodic'")
        episodes = episodes.fetchall()
    assert len(kept) == 300 and set(kept) == {(0.6, 2)}  # the salient one, folded into once
    assert len(provenance) == 300 and {count for _, count in provenance} == {2}
    # One pattern memory per caller, written once, with a provenance row for each call.
    assert len(patterns) == 300 and {row[1:] for row in patterns} == {(1, 3, 1)}
    assert len(episodes) == 900 and set(episodes) == {(1,)}  # the episodes stay


def _vectors(data_dir: Path) -> dict[int, int]:
    """memory id -> how many vectors of the current model it has."""
    with sqlite3.connect(data_dir / "omem.db", timeout=10) as conn:
        rows = conn.execute(
            "SELECT m.id, COUNT(e.id) FROM memories m LEFT JOIN memory_embeddings e "
            "ON e.memory_id = m.id AND e.model = ? GROUP BY m.id",
            (LOCAL_MODEL_ID,),
        ).fetchall()
    return {int(memory_id): int(count) for memory_id, count in rows}


def test_the_vectors_job_killed_mid_run_embeds_each_memory_once_when_resumed(
    settings: Settings, data_dir: Path, tmp_path: Path, start_worker: Worker
) -> None:
    """Memories without a vector of the configured model (as after an upgrade that changed the
    model's arithmetic) get one from the consumer: whole batches, each memory exactly once."""
    import numpy as np

    from omem.embeddings import get_embedder

    _seed(400)
    env = {"OMEM_LIFECYCLE_BATCH": "50", "OMEM_EVENT_LEASE_SECS": "1"}
    cursor = _killed_mid_run(start_worker, data_dir, tmp_path, "vectors", env)
    counts = _vectors(data_dir)
    assert all(counts[memory_id] == 1 for memory_id in counts if memory_id <= cursor)
    assert all(counts[memory_id] == 0 for memory_id in counts if memory_id > cursor)

    _resumed(start_worker, data_dir, tmp_path, "vectors", env)
    assert set(_vectors(data_dir).values()) == {1}
    with sqlite3.connect(data_dir / "omem.db", timeout=10) as conn:
        last = conn.execute(
            "SELECT e.vector FROM memory_embeddings e WHERE e.memory_id = "
            "(SELECT MAX(id) FROM memories)"
        ).fetchone()[0]
    expected = get_embedder(settings).embed(["The caller mentioned fact number 399."])[0]
    assert np.array_equal(np.frombuffer(last, dtype="<f4"), expected)
