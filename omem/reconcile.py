"""Never miss a call: the consumer's periodic reconciliation with ElevenLabs' conversations
API. Conversations that finished recently and that omem has no event for (their post-call
webhook was lost) are fetched and recorded as the webhook would have recorded them.

The only module that talks to the ElevenLabs API (through the official `elevenlabs` SDK).
It records events and hands their ids to the caller; it never enqueues (jobs does).
"""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING
from typing import Any
from typing import TypeVar

import structlog

from omem import inbox
from omem import privacy
from omem.clock import utcnow
from omem.config import Settings
from omem.db import write
from omem.errors import ApiError
from omem.metrics import RECONCILE_CONVERSATIONS
from omem.metrics import RECONCILE_RUNS
from omem.models import LifecycleJob
from omem.payloads import Envelope
from omem.payloads import EventKey
from omem.validation import validate

if TYPE_CHECKING:
    from elevenlabs.client import ElevenLabs
    from elevenlabs.core.request_options import RequestOptions
    from elevenlabs.types import ConversationSummaryResponseModel
    from elevenlabs.types import GetConversationResponseModel

log = structlog.get_logger("omem.reconcile")

JOB = "reconcile"  # the lease's row in lifecycle_jobs
EVENT_TYPE = "post_call_transcription"
SOURCE = "reconcile"  # how a recovered event is marked: in its payload and in the logs
FINISHED = frozenset({"done", "failed"})  # the API's statuses after which nothing changes
PAGE_SIZE = 100  # the API's maximum
MAX_PAGES = 100  # per listing: a cursor that never ends stops here
MAX_FETCHES = 500  # per run; a run that reaches it is not a success, so the next tick goes on
TIMEOUT_SECS = 30
# No SDK retries: a 429 or 5xx ends the run, and the next interval tries again.
_REQUEST_OPTIONS: RequestOptions = {"max_retries": 0, "timeout_in_seconds": TIMEOUT_SECS}
_RETRYABLE = frozenset({408, 409, 429})
T = TypeVar("T")


class ReconcileFailed(Exception):
    """The API could not be used (unreachable, timed out, 429, 5xx, or a listing it
    refused): the run ends and is retried after an interval. The message is the reason,
    never the key."""


class _NotFetched(Exception):
    """One conversation's fetch was refused (4xx other than 408/409/429): counted as
    failed, and the run goes on; the next run tries it again."""


@dataclass
class Counts:
    listed: int = 0  # conversations the API listed in the window
    unfinished: int = 0  # not done or failed yet: a later run sees them
    known: int = 0  # omem already has an event (the webhook came)
    forgotten: int = 0  # deleted at the caller's request: never fetched again
    fetched: int = 0
    recorded: int = 0  # new events, handed to `enqueue`
    duplicate: int = 0  # the webhook won the race between our check and our record
    failed: int = 0


def enabled(settings: Settings) -> bool:
    return bool(settings.elevenlabs_api_key) and settings.reconcile_interval_minutes > 0


def run_due(
    settings: Settings, enqueue: Callable[[int], None], now: dt.datetime | None = None
) -> Counts | None:
    """The consumer's periodic reconciliation (omem.jobs, every minute): runs when it is
    enabled, the last success is OMEM_RECONCILE_INTERVAL_MINUTES old and no other process
    holds the lease. Each new event is committed (`pending`, as the webhook commits it) and
    then passed to `enqueue`. A failed run is logged with its reason and retried after an
    interval. Returns what the run did (None when it did not run or failed). Needs an open
    connection; no transaction is held during a request to the API."""
    if not enabled(settings):
        return None
    now = now or utcnow()
    lease = _Lease(settings, now)
    if not lease.claim():
        return None
    started = time.perf_counter()
    counts = Counts()
    try:
        complete = _reconcile(settings, now, counts, enqueue, lease.renew)
    except ReconcileFailed as exc:
        _observe("failed", counts)
        retry_at = lease.fail()
        log.error(
            "reconcile_failed",
            reason=str(exc),
            retry_at=retry_at.isoformat(timespec="seconds") + "Z",
            **asdict(counts),
        )
        return None
    except BaseException:
        _observe("failed", counts)
        lease.fail()  # a bug or a stop: not retried every minute, nor left leased
        raise
    _observe("complete" if complete else "partial", counts)
    if complete:
        lease.finish()
    else:
        lease.release()
    log.info(
        "reconcile_run",
        source=SOURCE,
        complete=complete,
        ms=round((time.perf_counter() - started) * 1000),
        **asdict(counts),
    )
    return counts


def _observe(outcome: str, counts: Counts) -> None:
    RECONCILE_RUNS.labels(outcome=outcome).inc()
    for name, value in asdict(counts).items():
        if value:
            RECONCILE_CONVERSATIONS.labels(outcome=name).inc(value)


def _reconcile(
    settings: Settings,
    now: dt.datetime,
    counts: Counts,
    enqueue: Callable[[int], None],
    keepalive: Callable[[], None],
) -> bool:
    """List each agent's conversations started within the lookback window and recover the
    missed ones; whether every listed one was looked at (False: MAX_FETCHES reached)."""
    since = now - dt.timedelta(hours=settings.reconcile_lookback_hours)
    since_unix = int(since.replace(tzinfo=dt.UTC).timestamp())
    with _client(settings) as api:
        for agent_id in settings.reconcile_agent_ids or (None,):
            for page in _pages(api, agent_id, since_unix):
                keepalive()
                for conversation_id in _missed(page, counts):
                    if counts.fetched + counts.failed >= MAX_FETCHES:
                        return False
                    _recover(api, conversation_id, settings, now, counts, enqueue)
                    keepalive()
    return True


def _missed(page: list[ConversationSummaryResponseModel], counts: Counts) -> list[str]:
    """The page's finished conversations that omem has no event for (one query)."""
    counts.listed += len(page)
    finished = [c.conversation_id for c in page if c.status in FINISHED]
    counts.unfinished += len(page) - len(finished)
    known = inbox.known_keys({_key(conversation_id) for conversation_id in finished})
    counts.known += len(known)
    missed = []
    for conversation_id in dict.fromkeys(finished):  # a page may repeat one; fetch it once
        if _key(conversation_id) in known:
            continue
        if privacy.is_forgotten("conversation", conversation_id):
            counts.forgotten += 1
            continue
        missed.append(conversation_id)
    return missed


def _recover(
    api: ElevenLabs,
    conversation_id: str,
    settings: Settings,
    now: dt.datetime,
    counts: Counts,
    enqueue: Callable[[int], None],
) -> None:
    try:
        conversation = _call(
            partial(
                api.conversational_ai.conversations.get,
                conversation_id,
                request_options=_REQUEST_OPTIONS,
            ),
            per_item=True,
        )
    except _NotFetched as exc:
        counts.failed += 1
        log.warning("reconcile_fetch_failed", source=SOURCE, reason=str(exc))
        return
    counts.fetched += 1
    try:
        recorded = record(conversation, settings, now)
    except (ApiError, ValueError) as exc:
        counts.failed += 1
        log.warning("reconcile_record_failed", source=SOURCE, reason=type(exc).__name__)
        return
    if not recorded.created:
        counts.duplicate += 1
        return
    counts.recorded += 1
    log.info("webhook_recovered", source=SOURCE, event_id=recorded.event_id, event_type=EVENT_TYPE)
    enqueue(recorded.event_id)


def _key(conversation_id: str) -> str:
    return inbox.event_key(EVENT_TYPE, conversation_id)


def webhook_payload(conversation: GetConversationResponseModel, now: dt.datetime) -> str:
    """The body the post-call webhook would have carried: its `data` is the GET
    conversation model, field for field (shared/elevenlabs README §3.3), plus a marker of
    where it came from. `otlp_traces` is only sent to a GET asking for OpenTelemetry."""
    data = conversation.model_dump(
        mode="json", by_alias=True, exclude={"otlp_traces"}, warnings=False
    )
    return json.dumps(
        {
            "type": EVENT_TYPE,
            "event_timestamp": int(now.replace(tzinfo=dt.UTC).timestamp()),
            "data": data,
            "omem_source": SOURCE,
        }
    )


def record(
    conversation: GetConversationResponseModel, settings: Settings, now: dt.datetime
) -> inbox.Recorded:
    """Record a fetched conversation as the post-call webhook's intake does: the same
    checks of the envelope and conversation id, the same size limit, the same idempotency
    key. Raises ApiError (invalid) or ValueError (larger than OMEM_MAX_BODY_MB)."""
    payload = webhook_payload(conversation, now)
    if len(payload.encode()) > settings.max_body_mb * 1024 * 1024:
        raise ValueError("larger than the webhook would accept")
    envelope = validate(Envelope, json.loads(payload))
    conversation_id = validate(EventKey, envelope.data).conversation_id
    return inbox.record_event(EVENT_TYPE, _key(conversation_id), conversation_id, payload)


def _pages(
    api: ElevenLabs, agent_id: str | None, since_unix: int
) -> Iterator[list[ConversationSummaryResponseModel]]:
    """One agent's (or every agent's) conversations, page by page, following the cursor."""
    cursor: str | None = None
    for _ in range(MAX_PAGES):
        page = _call(
            partial(
                api.conversational_ai.conversations.list,
                cursor=cursor,
                agent_id=agent_id,
                call_start_after_unix=since_unix,
                page_size=PAGE_SIZE,
                summary_mode="exclude",
                request_options=_REQUEST_OPTIONS,
            )
        )
        yield list(page.conversations)
        if not page.has_more or not page.next_cursor or page.next_cursor == cursor:
            return
        cursor = page.next_cursor
    log.warning("reconcile_pages_capped", source=SOURCE, pages=MAX_PAGES)


@contextmanager
def _client(settings: Settings) -> Iterator[ElevenLabs]:
    # Imported here: web workers import omem.jobs but never reconcile, and the SDK is big.
    import httpx
    from elevenlabs.client import ElevenLabs

    with httpx.Client(timeout=TIMEOUT_SECS, follow_redirects=False) as http:
        yield ElevenLabs(
            api_key=settings.elevenlabs_api_key,
            base_url=settings.elevenlabs_base_url.rstrip("/"),
            httpx_client=http,
        )


def _call(request: Callable[[], T], per_item: bool = False) -> T:
    """One SDK request, its failures turned into ours: ReconcileFailed when the API is
    unavailable (or, for a listing, refuses), _NotFetched when it refuses one item."""
    import httpx
    from elevenlabs.core.api_error import ApiError as SdkError
    from elevenlabs.core.parse_error import ParsingError

    try:
        return request()
    except httpx.HTTPError as exc:  # unreachable, reset, timed out; no headers in the text
        raise ReconcileFailed(f"{type(exc).__name__}: {exc}"[:200]) from None
    except ParsingError:
        raise ReconcileFailed("the API answered with an unexpected shape") from None
    except SdkError as exc:  # the SDK's str() carries the response headers and body
        status = exc.status_code
        if per_item and status is not None and status < 500 and status not in _RETRYABLE:
            raise _NotFetched(f"HTTP {status}") from None
        raise ReconcileFailed(f"HTTP {status}") from None


class _Lease:
    """The job's row in `lifecycle_jobs` (as omem.backup's): while a run holds it, and after
    a failed run until its retry, `lease_until` says when the next process may start one;
    `finished_at` (the start of the last successful run) and `runs` record successes. The
    run's clock is its `now` plus the time it has taken."""

    def __init__(self, settings: Settings, now: dt.datetime) -> None:
        self.holder = uuid.uuid4().hex
        self.now = now
        self.started = self.renewed = time.monotonic()
        self.length = dt.timedelta(seconds=settings.event_lease_secs)
        self.interval = dt.timedelta(minutes=settings.reconcile_interval_minutes)

    def _clock(self) -> dt.datetime:
        return self.now + dt.timedelta(seconds=time.monotonic() - self.started)

    def _due(self, row: LifecycleJob | None) -> bool:
        if row is None:
            return True
        free = row.lease_until is None or row.lease_until <= self.now
        return free and (row.finished_at is None or row.finished_at + self.interval <= self.now)

    def claim(self) -> bool:
        if not self._due(LifecycleJob.get_or_none(LifecycleJob.name == JOB)):
            return False  # the common case, decided without the write lock
        with write():
            row = LifecycleJob.get_or_none(LifecycleJob.name == JOB)
            if row is None:
                row = LifecycleJob.create(name=JOB)
            if not self._due(row):
                return False
            row.holder, row.run_started_at = self.holder, self.now
            row.lease_until = self.now + self.length
            row.save()
        return True

    def renew(self) -> None:
        """Between requests: push the lease on, every third of its length. Raises
        ReconcileFailed when another process has taken the job over."""
        if time.monotonic() - self.renewed < self.length.total_seconds() / 3:
            return
        with write():
            kept = self._update(lease_until=self._clock() + self.length)
        if not kept:
            raise ReconcileFailed("the run outlived its lease and another process took it over")
        self.renewed = time.monotonic()

    def finish(self) -> None:
        with write():
            self._update(
                holder="", lease_until=None, finished_at=self.now, runs=LifecycleJob.runs + 1
            )

    def release(self) -> None:
        with write():
            self._update(holder="", lease_until=None)

    def fail(self) -> dt.datetime:
        retry = self._clock() + self.interval
        with write():
            self._update(holder="", lease_until=retry)
        return retry

    def _update(self, **values: Any) -> int:
        """Change the row while this run still holds it; how many rows changed (0 or 1)."""
        query = LifecycleJob.update(**values).where(
            (LifecycleJob.name == JOB) & (LifecycleJob.holder == self.holder)
        )
        return int(query.execute())
