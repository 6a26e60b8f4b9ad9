"""Periodic jobs over every row of a table, run by the consumer: each run is claimed under a
lease, walks the table in id order in bounded batches, and commits each batch together with
its cursor, so that a run killed at any point resumes where it stopped and no batch is
applied twice; while one process holds the lease, no other runs the job.

A job is due when its last run finished `lifecycle_interval_hours` ago (or never ran), or when
a run was left unfinished and its lease has expired (`event_lease_secs`). Every batch of a
run sees the same `now` (when the run started), so a resumed run writes what an uninterrupted
one would have. Each job's batch function decides what it does to its rows (decay.py,
retention.py); this module only owns the claim, the cursor, the counts and the logs. A job
whose batch needs slow work (model inference, LLM calls) does it in `prepare`, before the
batch's transaction, so that the write lock is never held while it runs.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections import Counter
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field

import structlog

from omem.clock import utcnow
from omem.config import Settings
from omem.db import write
from omem.metrics import LIFECYCLE_ROWS
from omem.metrics import LIFECYCLE_RUNS
from omem.models import LifecycleJob

log = structlog.get_logger("omem.lifecycle")


@dataclass
class Batch:
    """What one batch did: the last id it read (the next batch starts after it), how many
    rows it read, and what it changed, by action."""

    last_id: int
    read: int
    counts: dict[str, int] = field(default_factory=dict)
    users: set[int] = field(default_factory=set)  # callers whose memories it changed


BatchFn = Callable[[int, int, dt.datetime, Settings], Batch]


@dataclass(frozen=True)
class Job:
    name: str
    batch: BatchFn  # (after_id, limit, now, settings), called inside the batch's transaction
    enabled: Callable[[Settings], bool] = lambda settings: True
    # After a run that finished: what to do for the callers it changed (e.g. their snapshots).
    after: Callable[[set[int], Settings], None] | None = None
    # Rows per batch, when not `lifecycle_batch` (a job whose rows are callers reads fewer).
    per_batch: Callable[[Settings], int] | None = None
    # Called before each batch's transaction with the batch's arguments; it reads only and
    # returns the batch to run in the transaction (`batch` with what it prepared).
    prepare: Callable[[int, int, dt.datetime, Settings], BatchFn] | None = None


def run_due(
    jobs: Sequence[Job], settings: Settings, clock: Callable[[], dt.datetime] = utcnow
) -> dict[str, dict[str, int]]:
    """Run every enabled job that is due and not leased elsewhere; what each run changed."""
    done: dict[str, dict[str, int]] = {}
    for job in jobs:
        if job.enabled(settings):
            counts = run(job, settings, clock)
            if counts is not None:
                done[job.name] = counts
    return done


def run(
    job: Job, settings: Settings, clock: Callable[[], dt.datetime] = utcnow
) -> dict[str, int] | None:
    """One run of `job` to its end (None when it was not due or another process holds it)."""
    holder = uuid.uuid4().hex
    claimed = _claim(job.name, holder, settings, clock())
    if claimed is None:
        return None
    as_of, cursor = claimed
    log.info("lifecycle_job_started", job=job.name, resumed_after=cursor)
    started = time.perf_counter()
    limit = job.per_batch(settings) if job.per_batch else settings.lifecycle_batch
    totals: Counter[str] = Counter()
    users: set[int] = set()
    read = batches = 0
    while True:
        step = job.prepare(cursor, limit, as_of, settings) if job.prepare else job.batch
        with write():
            row = LifecycleJob.get(LifecycleJob.name == job.name)
            if row.holder != holder:  # our lease ran out and another process took the job
                LIFECYCLE_RUNS.labels(job=job.name, outcome="lost_lease").inc()
                log.warning("lifecycle_job_lost_lease", job=job.name, batches=batches)
                return dict(totals)
            batch = step(row.cursor, limit, as_of, settings)
            finished = batch.read < limit
            now = clock()
            if finished:
                row.holder, row.lease_until, row.cursor = "", None, 0
                row.finished_at, row.runs = now, row.runs + 1
            else:
                row.cursor = cursor = batch.last_id
                row.lease_until = now + dt.timedelta(seconds=settings.event_lease_secs)
            row.save()
        batches += 1
        read += batch.read
        users |= batch.users
        for action, count in batch.counts.items():
            totals[action] += count
            LIFECYCLE_ROWS.labels(job=job.name, action=action).inc(count)
        if finished:
            break
    LIFECYCLE_RUNS.labels(job=job.name, outcome="finished").inc()
    if job.after is not None and users:
        job.after(users, settings)
    log.info(
        "lifecycle_job_finished",
        job=job.name,
        read=read,
        batches=batches,
        ms=round((time.perf_counter() - started) * 1000),
        **totals,
    )
    return dict(totals)


def _claim(
    name: str, holder: str, settings: Settings, now: dt.datetime
) -> tuple[dt.datetime, int] | None:
    """Take the job's lease if it is due and free: (the run's `now`, its cursor), or None.
    A run left unfinished (a holder whose lease expired) is resumed, never restarted."""
    row = LifecycleJob.get_or_none(LifecycleJob.name == name)
    if row is not None and not _claimable(row, settings, now):
        return None  # the common case, decided without taking the write lock
    with write():
        row = LifecycleJob.get_or_none(LifecycleJob.name == name)
        if row is None:
            row = LifecycleJob.create(name=name)
        if not _claimable(row, settings, now):
            return None
        resuming = bool(row.holder)
        if resuming:
            LIFECYCLE_RUNS.labels(job=name, outcome="resumed").inc()
        else:
            row.run_started_at, row.cursor = now, 0
        row.holder = holder
        row.lease_until = now + dt.timedelta(seconds=settings.event_lease_secs)
        row.save()
        as_of: dt.datetime = row.run_started_at or now
        return as_of, row.cursor


def _claimable(row: LifecycleJob, settings: Settings, now: dt.datetime) -> bool:
    if row.holder:  # a run is under way, or was left unfinished: resumable once its lease ends
        return row.lease_until is None or row.lease_until <= now
    interval = dt.timedelta(hours=settings.lifecycle_interval_hours)
    return row.finished_at is None or row.finished_at + interval <= now


def status(jobs: Sequence[Job], settings: Settings, now: dt.datetime) -> list[dict[str, object]]:
    """Each job as the console shows it: `off` (disabled by its setting), `running` (a
    process holds its lease), `interrupted` (a run was left unfinished; the next tick
    resumes it once the lease has run out) or `idle`; runs so far, the last finish and when
    it is next due (one query)."""
    rows = {row.name: row for row in LifecycleJob.select()}
    interval = dt.timedelta(hours=settings.lifecycle_interval_hours)
    out: list[dict[str, object]] = []
    for job in jobs:
        row = rows.get(job.name)
        if not job.enabled(settings):
            state = "off"
        elif row is not None and row.holder:
            leased = row.lease_until is not None and row.lease_until > now
            state = "running" if leased else "interrupted"
        else:
            state = "idle"
        finished = row.finished_at if row is not None else None
        out.append(
            {
                "name": job.name,
                "state": state,
                "runs": row.runs if row is not None else 0,
                "finished_at": finished,
                "next_due": None if state == "off" else (finished + interval if finished else now),
            }
        )
    return out
