"""The Huey instance, its SQLite queue file and every task; tasks delegate to services.

Tasks take ids only. A Huey message is a nudge; the webhook_events row is the record of
work to do. The queue lives in its own SQLite file, separate from the main database.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import structlog
from huey import SqliteHuey
from huey import crontab
from huey import signals
from huey.storage import SqliteStorage

from omem import backup
from omem import checkpoint
from omem import inbox
from omem import lifecycle
from omem import pipeline
from omem import reconcile
from omem import retention
from omem import schema
from omem.clock import utcnow
from omem.config import Settings
from omem.config import load_settings
from omem.db import db
from omem.db import init_db
from omem.embeddings import get_embedder
from omem.logs import configure_logging
from omem.memory import consolidate
from omem.memory import decay
from omem.memory import store
from omem.memory import summary
from omem.memory.index import indexes
from omem.metrics import QUEUE_TASKS

log = structlog.get_logger("omem.jobs")

# Storage is (re)created by `init_queue` once the settings are known; until then no file is
# touched, so importing this module has no side effects.


class QueueStorage(SqliteStorage):
    """Huey's SQLite storage with `synchronous = NORMAL` (a message is only a nudge: the
    sweeper re-enqueues any event whose message was lost) and WAL checkpoints in the
    background, as for the main database."""

    def _create_connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection = super()._create_connection()
        connection.execute("PRAGMA synchronous = NORMAL")
        for name, value in checkpoint.PRAGMAS.items():
            connection.execute(f"PRAGMA {name} = {int(value)}")
        return connection

    @contextmanager
    def db(self, commit: bool = False, close: bool = False) -> Iterator[sqlite3.Cursor]:
        with super().db(commit=commit, close=close) as cursor:
            yield cursor
        if commit:
            checkpoint.checkpointer.wrote(self.filename)


class QueueHuey(SqliteHuey):
    storage_class = QueueStorage


huey = QueueHuey("omem", results=False, create_tables=False, filename="")
_configured: dict[str, Settings] = {}
SUMMARY_DELAY_SECS = 5  # changes within this window share one summary rewrite


def init_queue(
    settings: Settings, *, immediate: bool = False, create_tables: bool = True
) -> SqliteHuey:
    """Point the queue at `<data_dir>/queue.db` (WAL, own busy timeout).

    Web processes pass `create_tables=False`: the consumer and `omem db upgrade` create them.
    """
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    huey.storage_kwargs.update(
        filename=str(settings.queue_path),
        timeout=settings.db_busy_timeout_ms / 1000,
        create_tables=create_tables,
    )
    # Immediate mode (tests) still runs on the real SQLite storage, never in memory.
    huey.immediate_use_memory = False
    huey.immediate = immediate
    huey.storage = huey.create_storage()
    _configured["settings"] = settings
    return huey


def worker_settings() -> Settings:
    """The settings the queue was configured with (tasks need the data directory)."""
    return _configured["settings"]


def start_worker(settings: Settings | None = None) -> SqliteHuey:
    """Wiring for the consumer process (`omem worker` or `huey_consumer tasks.huey`)."""
    settings = settings or load_settings()
    schema.refuse_if_ahead(settings.db_path)
    configure_logging(settings)
    if settings.queue_nice:
        # Extraction is CPU-bound and not urgent; a caller waiting on conversation-init is.
        # On 2 cores an unniced consumer (ONNX releases the GIL, so two threads use both)
        # makes the web workers queue for the CPU.
        os.nice(settings.queue_nice)
    init_db(settings)
    for problem in backup.placement_warnings(settings):
        log.warning("backup_placement", problem=problem)
    return init_queue(settings)


@huey.task()
def process_webhook_event(event_id: int) -> None:
    """Process one recorded event; schedule the retry its row asks for."""
    settings = worker_settings()
    with db.connection_context():
        outcome = pipeline.process_event(event_id, settings)
        if outcome.status == "completed" and outcome.user_id is not None:
            publish_index(outcome.user_id, settings)
    if outcome.retry_in is not None:
        process_webhook_event.schedule((event_id,), delay=outcome.retry_in)
    if outcome.status == "completed" and outcome.user_id is not None:
        if settings.extractor == "llm":  # the worker wrote it extractively; the LLM rewrites it
            schedule_summary(outcome.user_id)


@huey.task()
def refresh_user_summary(user_id: int) -> None:
    """Rewrite a user's summary; a no-op if nothing changed since (that is the debounce)."""
    settings = worker_settings()
    with db.connection_context():
        summary.refresh_summary(user_id, settings)
        publish_index(user_id, settings)  # after a memory the agent stored mid-call, too


def publish_index(user_id: int, settings: Settings) -> None:
    """Write the caller's index snapshot as of now, so that no web worker (and no later
    consumer) reads their memories one by one for a first query. A failure is logged:
    the snapshot is a cache."""
    embedder = get_embedder(settings)
    try:
        indexes.publish(user_id, embedder.model, embedder.dimension)
    except Exception as exc:  # noqa: BLE001 - a cache: never the reason a job fails
        log.warning("index_publish_failed", user_id=user_id, error_type=type(exc).__name__)


def schedule_summary(user_id: int) -> None:
    try:
        refresh_user_summary.schedule((user_id,), delay=SUMMARY_DELAY_SECS)
    except sqlite3.Error as exc:  # the summary is refreshed by the next change anyway
        log.error("summary_schedule_failed", user_id=user_id, error_type=type(exc).__name__)


def enqueue_event(event_id: int) -> None:
    """Nudge a worker. If this fails the event is still recorded; the sweeper finds it."""
    try:
        process_webhook_event(event_id)
    except sqlite3.Error as exc:
        log.error("enqueue_failed", event_id=event_id, error_type=type(exc).__name__)


def sweep_events() -> int:
    """Re-enqueue events that are due but have no live message: a crash between commit and
    enqueue, a killed consumer (after the lease), or a lost retry schedule."""
    settings = worker_settings()
    with db.connection_context():
        ids = inbox.due_event_ids(utcnow(), settings.event_lease_secs)
    for event_id in ids:
        process_webhook_event(event_id)
    if ids:
        log.info("events_swept", count=len(ids))
    return len(ids)


@huey.periodic_task(crontab(minute="*"))
def sweep_events_periodically() -> None:
    sweep_events()


def publish_indexes(user_ids: set[int], settings: Settings) -> None:
    """Snapshots of the callers a lifecycle run changed: no web worker re-reads the rows."""
    for user_id in sorted(user_ids):
        publish_index(user_id, settings)


LIFECYCLE_JOBS = (
    lifecycle.Job("decay", decay.decay_batch, after=publish_indexes),
    lifecycle.Job(
        "consolidate",
        consolidate.consolidate_batch,
        after=publish_indexes,
        per_batch=consolidate.callers_per_batch,
        prepare=consolidate.prepare_batch,  # drafts the callers' patterns (LLM, embedder)
    ),
    lifecycle.Job("guests", retention.expire_guests_batch, lambda s: s.guest_retention_days > 0),
    lifecycle.Job(
        "retention",
        retention.expire_memories_batch,
        lambda s: s.memory_retention_days > 0,
        after=publish_indexes,  # the snapshots must not keep what was deleted
    ),
    # Vectors of the configured model for memories without one: after an upgrade that changed
    # the model's arithmetic (omem.onnx_int8), or a change of model. Until then such memories
    # are found by their words only.
    lifecycle.Job(
        "vectors", store.vectors_batch, after=publish_indexes, prepare=store.prepare_vectors
    ),
)


@huey.periodic_task(crontab(minute="*"))
def run_lifecycle_jobs() -> None:
    """Every minute (and as the consumer starts): run the lifecycle jobs that are due."""
    with db.connection_context():
        lifecycle.run_due(LIFECYCLE_JOBS, worker_settings())


@huey.periodic_task(crontab(minute="*"))
def run_backups() -> None:
    """Every minute (and as the consumer starts): a backup of the database when the newest is
    OMEM_BACKUP_INTERVAL_HOURS old and no other consumer is taking one (omem.backup)."""
    with db.connection_context():
        backup.run_due(worker_settings())


@huey.periodic_task(crontab(minute="*"))
def reconcile_missed_calls() -> None:
    """Every minute (and as the consumer starts): with OMEM_ELEVENLABS_API_KEY set, fetch the
    finished calls whose post-call webhook never came, once an interval has passed since the
    last success and no other consumer is at it (omem.reconcile); each is then processed."""
    if not reconcile.enabled(worker_settings()):
        return
    with db.connection_context():
        reconcile.run_due(worker_settings(), enqueue=enqueue_event)


@huey.on_startup()
def _sweep_on_startup() -> None:
    # Runs in each worker as the consumer starts; claims are atomic, so repeats are harmless.
    sweep_events()


@contextmanager
def _connected() -> Iterator[None]:
    """A connection for code called from the CLI or from a request: one is opened (and
    closed) only when none is, so a request's own connection stays open."""
    if not db.is_closed():
        yield
        return
    with db.connection_context():
        yield


def retry_event(event_id: int) -> bool:
    """Put one dead or failed event back in the queue with fresh attempts (the console's
    retry); whether it was one."""
    with _connected():
        retried = inbox.retry_event(event_id, utcnow())
    if retried:
        enqueue_event(event_id)
    return retried


def retry_all_dead() -> list[int]:
    """Put every dead event back in the queue with fresh attempts; returns their ids."""
    with _connected():
        ids = inbox.requeue_dead(utcnow())
    for event_id in ids:
        enqueue_event(event_id)
    return ids


def requeue_dead_events() -> int:
    return len(retry_all_dead())


@huey.signal()
def _count_outcome(signal: str, task: Any, exc: BaseException | None = None) -> None:
    QUEUE_TASKS.labels(signal=signal).inc()
    if signal == signals.SIGNAL_INTERRUPTED:
        # A graceful stop cut this task short; the sweeper re-enqueues its event.
        log.warning("task_interrupted", task=task.name, task_id=task.id)
    elif signal == signals.SIGNAL_ERROR:
        log.error("task_failed", task=task.name, task_id=task.id, error_type=type(exc).__name__)


def queued_count() -> int:
    """Messages waiting in Huey's own queue (not the durable event table)."""
    count: int = huey.pending_count()
    return count
