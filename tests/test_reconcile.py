"""Never miss a call: the reconciliation job against a fake ElevenLabs API on loopback whose
answers are the SDK's own response models, serialised as the SDK reads them."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs
from urllib.parse import urlsplit

import pytest
from elevenlabs.types import ConversationSummaryResponseModel
from elevenlabs.types import GetConversationResponseModel
from elevenlabs.types import GetConversationsPageResponseModel
from flask.testing import FlaskClient
from prometheus_client import REGISTRY

from omem import reconcile
from omem.clock import utcnow
from omem.config import Settings
from omem.db import db
from omem.db import init_db
from omem.jobs import enqueue_event
from omem.jobs import init_queue
from omem.jobs import reconcile_missed_calls
from omem.models import Conversation
from omem.models import ConversationTurn
from omem.models import LifecycleJob
from omem.models import Memory
from omem.models import WebhookEvent
from tests.conftest import WEBHOOK_SECRET
from tests.conftest import make_settings
from tests.helpers import el_signature
from tests.helpers import free_port
from tests.helpers import run_queue
from tests.helpers import sample

API_KEY = "sk_reconcile_test_key_0123456789abcdef"
LIST = "/v1/convai/conversations"
URL = "/api/v1/webhooks/post-call"
SAMPLE = json.loads(sample("post-call-transcription.json"))
CALL = SAMPLE["data"]["conversation_id"]
AGENT = SAMPLE["data"]["agent_id"]
INTERVAL = dt.timedelta(minutes=15)  # OMEM_RECONCILE_INTERVAL_MINUTES' default


def conversation(
    conversation_id: str = CALL, status: str = "done", agent_id: str = AGENT
) -> GetConversationResponseModel:
    """The sample call as the GET endpoint's model, started an hour ago."""
    data = json.loads(json.dumps(SAMPLE["data"]))
    data.update(conversation_id=conversation_id, status=status, agent_id=agent_id)
    data["metadata"]["start_time_unix_secs"] = int(time.time()) - 3600
    return GetConversationResponseModel.model_validate(data)


def _summary(call: GetConversationResponseModel) -> ConversationSummaryResponseModel:
    return ConversationSummaryResponseModel(
        agent_id=call.agent_id,
        conversation_id=call.conversation_id,
        start_time_unix_secs=call.metadata.start_time_unix_secs,
        call_duration_secs=call.metadata.call_duration_secs,
        message_count=len(call.transcript),
        status=call.status,
        call_successful="success",
    )


def _dump(model: Any) -> Any:
    return model.model_dump(mode="json", by_alias=True)


@dataclass
class FakeElevenLabs:
    """The conversations API: `GET /v1/convai/conversations` (agent and start-time filters,
    cursor pages of `page_size`) and `GET /v1/convai/conversations/{id}`; `failing` answers
    every request with that status. Records every request it got."""

    port: int
    calls: dict[str, GetConversationResponseModel] = field(default_factory=dict)
    page_size: int = 100
    failing: int | None = None
    failing_gets: int | None = None  # the same, for the fetches of single conversations
    refused: set[str] = field(default_factory=set)  # ids whose GET answers 404
    requests: list[tuple[str, dict[str, list[str]]]] = field(default_factory=list)
    keys: set[str | None] = field(default_factory=set)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def add(self, *calls: GetConversationResponseModel) -> None:
        for call in calls:
            self.calls[call.conversation_id] = call

    def gets(self) -> list[str]:
        return [path.rsplit("/", 1)[1] for path, _ in self.requests if path != LIST]

    def listings(self) -> list[dict[str, list[str]]]:
        return [query for path, query in self.requests if path == LIST]

    def answer(self, path: str, query: dict[str, list[str]]) -> tuple[int, Any]:
        if self.failing is not None:
            return self.failing, {"detail": {"status": "failing", "message": "try later"}}
        if path == LIST:
            return 200, self._page(query)
        if self.failing_gets is not None:
            return self.failing_gets, {"detail": {"status": "failing", "message": "try later"}}
        conversation_id = path.removeprefix(LIST + "/")
        if conversation_id in self.calls and conversation_id not in self.refused:
            return 200, _dump(self.calls[conversation_id])
        return 404, {"detail": {"status": "not_found", "message": "no such conversation"}}

    def _page(self, query: dict[str, list[str]]) -> Any:
        after = int(query.get("call_start_after_unix", ["0"])[0])
        listed = [
            call
            for call in self.calls.values()
            if call.metadata.start_time_unix_secs >= after
            and query.get("agent_id", [call.agent_id])[0] == call.agent_id
        ]
        start = int(query.get("cursor", ["0"])[0])
        size = min(self.page_size, int(query.get("page_size", ["30"])[0]))
        end = start + size
        more = end < len(listed)
        return _dump(
            GetConversationsPageResponseModel(
                conversations=[_summary(call) for call in listed[start:end]],
                next_cursor=str(end) if more else None,
                has_more=more,
            )
        )

    def start(self) -> None:
        if self.server is not None:
            return
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                parts = urlsplit(self.path)
                fake.requests.append((parts.path, parse_qs(parts.query)))
                fake.keys.add(self.headers.get("xi-api-key"))
                status, body = fake.answer(parts.path, parse_qs(parts.query))
                raw = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None


@pytest.fixture
def fake() -> Iterator[FakeElevenLabs]:
    api = FakeElevenLabs(free_port())
    api.start()
    yield api
    api.stop()


@pytest.fixture
def settings(data_dir: Path, fake: FakeElevenLabs) -> Settings:
    """The test's settings, with the job on and pointed at the fake."""
    resolved = make_settings(
        data_dir, OMEM_ELEVENLABS_API_KEY=API_KEY, OMEM_ELEVENLABS_BASE_URL=fake.url
    )
    init_db(resolved)
    init_queue(resolved, create_tables=False)
    return resolved


def _run(settings: Settings, now: dt.datetime | None = None) -> reconcile.Counts | None:
    with db.connection_context():
        return reconcile.run_due(settings, enqueue=enqueue_event, now=now)


def _deliver(client: FlaskClient, raw: str) -> dict[str, Any]:
    headers = {
        "Content-Type": "application/json",
        "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw),
    }
    response = client.post(URL, data=raw, headers=headers)
    assert response.status_code == 200, response.get_data(as_text=True)
    body: dict[str, Any] = response.get_json()
    return body


def _logged(caplog: pytest.LogCaptureFixture, event: str) -> list[dict[str, Any]]:
    return [
        record.msg
        for record in caplog.records
        if isinstance(record.msg, dict) and record.msg["event"] == event
    ]


def test_a_missed_call_is_recovered_once_with_its_memories_when_its_webhook_never_came(
    client: FlaskClient, fake: FakeElevenLabs, caplog: pytest.LogCaptureFixture
) -> None:
    call = conversation()
    fake.add(call)
    reconcile_missed_calls.call_local()  # the consumer's periodic task
    assert fake.gets() == [CALL]
    assert fake.keys == {API_KEY}
    assert run_queue() == ["process_webhook_event"]
    with db.connection_context():
        event = WebhookEvent.get()
        assert (event.idempotency_key, event.status) == (
            f"post_call_transcription:{CALL}",
            "completed",
        )
        payload = json.loads(event.payload)
        # Exactly what the webhook's `data` carries: the sample delivery, field for field.
        started = call.metadata.start_time_unix_secs
        metadata = {**SAMPLE["data"]["metadata"], "start_time_unix_secs": started}
        assert payload["type"] == "post_call_transcription"
        assert payload["data"] == {**SAMPLE["data"], "metadata": metadata}
        assert payload["omem_source"] == "reconcile"
        stored = Conversation.get(Conversation.conversation_id == CALL)
        assert ConversationTurn.select().where(
            ConversationTurn.conversation == stored
        ).count() == (len(call.transcript))
        assert Memory.select().where(Memory.user == stored.user).count() > 0
    [run] = _logged(caplog, "reconcile_run")
    assert (run["listed"], run["known"], run["fetched"], run["recorded"], run["failed"]) == (
        1, 0, 1, 1, 0,
    )  # fmt: skip
    assert _logged(caplog, "webhook_recovered")[0]["source"] == "reconcile"
    assert API_KEY not in caplog.text
    # The webhook arriving late (a retry, or ElevenLabs re-enabled) is a duplicate.
    late = _deliver(client, sample("post-call-transcription.json"))
    assert late == {"status": "duplicate", "event_id": event.id}
    with db.connection_context():
        assert WebhookEvent.select().count() == 1


def test_a_call_omem_has_is_not_fetched_when_its_webhook_came(
    client: FlaskClient, fake: FakeElevenLabs, settings: Settings
) -> None:
    delivered = _deliver(client, sample("post-call-transcription.json"))
    fake.add(conversation(), conversation("conv_missed_0001"))
    counts = _run(settings)
    assert counts is not None
    assert (counts.listed, counts.known, counts.fetched, counts.recorded) == (2, 1, 1, 1)
    assert fake.gets() == ["conv_missed_0001"]
    with db.connection_context():
        assert WebhookEvent.get_by_id(delivered["event_id"]).conversation_ref == CALL
        assert WebhookEvent.select().count() == 2


def test_a_second_run_fetches_nothing_when_the_first_recovered_every_call(
    fake: FakeElevenLabs, settings: Settings
) -> None:
    fake.add(conversation(), conversation("conv_missed_0001"))
    now = utcnow()
    first = _run(settings, now)
    assert first is not None and first.recorded == 2
    assert _run(settings, now + INTERVAL - dt.timedelta(seconds=1)) is None  # not due yet
    assert len(fake.requests) == 3  # one listing, two fetches
    second = _run(settings, now + INTERVAL)
    assert second is not None
    assert (second.known, second.fetched, second.recorded) == (2, 0, 0)
    assert fake.gets() == [CALL, "conv_missed_0001"]
    with db.connection_context():
        assert WebhookEvent.select().count() == 2
        row = LifecycleJob.get(LifecycleJob.name == "reconcile")
        assert (row.holder, row.lease_until, row.runs, row.finished_at) == (
            "", None, 2, now + INTERVAL,
        )  # fmt: skip


@pytest.mark.parametrize("outage", [503, 429, "down", "fetch 500"])
def test_a_call_is_recovered_an_interval_later_when_the_api_was_unavailable(
    fake: FakeElevenLabs,
    settings: Settings,
    caplog: pytest.LogCaptureFixture,
    outage: int | str,
) -> None:
    fake.add(conversation())
    if outage == "down":
        fake.stop()
    elif outage == "fetch 500":
        fake.failing_gets = 500
    else:
        assert isinstance(outage, int)
        fake.failing = outage
    now = utcnow()
    before = _runs()
    assert _run(settings, now) is None
    assert _runs() == {**before, "failed": before["failed"] + 1}  # in /metrics
    [failure] = _logged(caplog, "reconcile_failed")
    expected = {"down": "ConnectError: ", "fetch 500": "HTTP 500"}.get(
        str(outage), f"HTTP {outage}"
    )
    assert failure["reason"].startswith(expected)
    assert API_KEY not in caplog.text
    with db.connection_context():
        assert WebhookEvent.select().count() == 0
        row = LifecycleJob.get(LifecycleJob.name == "reconcile")
        assert (row.holder, row.runs) == ("", 0)
        retry_at = row.lease_until
    assert now + INTERVAL <= retry_at < now + INTERVAL + dt.timedelta(seconds=5)

    fake.failing = fake.failing_gets = None
    fake.start()  # back up, for "down"
    tried = len(fake.requests)
    assert _run(settings, retry_at - dt.timedelta(seconds=1)) is None  # not yet
    assert len(fake.requests) == tried
    recorded = _recovered()
    counts = _run(settings, retry_at)
    assert counts is not None and counts.recorded == 1
    assert _runs()["complete"] == before["complete"] + 1
    assert _recovered() == recorded + 1
    with db.connection_context():
        assert WebhookEvent.get().conversation_ref == CALL


def _runs() -> dict[str, float]:
    return {
        outcome: REGISTRY.get_sample_value("omem_reconcile_runs_total", {"outcome": outcome}) or 0
        for outcome in ("complete", "partial", "failed")
    }


def _recovered() -> float:
    sample = REGISTRY.get_sample_value(
        "omem_reconcile_conversations_total", {"outcome": "recorded"}
    )
    return sample or 0.0


def test_every_page_is_read_when_the_listing_has_a_cursor(
    fake: FakeElevenLabs, settings: Settings
) -> None:
    fake.page_size = 2
    fake.add(*(conversation(f"conv_page_{n}") for n in range(3)))
    counts = _run(settings)
    assert counts is not None and (counts.listed, counts.recorded) == (3, 3)
    listings = fake.listings()
    assert [query.get("cursor") for query in listings] == [None, ["2"]]
    assert all(query["page_size"] == ["100"] for query in listings)  # bounded by the API's max
    after = int(listings[0]["call_start_after_unix"][0])
    assert abs(after - (time.time() - 48 * 3600)) < 60  # OMEM_RECONCILE_LOOKBACK_HOURS
    with db.connection_context():
        refs = {event.conversation_ref for event in WebhookEvent.select()}
    assert refs == {"conv_page_0", "conv_page_1", "conv_page_2"}


def test_an_unfinished_call_is_skipped_until_it_is_done(
    fake: FakeElevenLabs, settings: Settings
) -> None:
    fake.add(
        conversation("conv_live", "in-progress"), conversation("conv_analysing", "processing")
    )
    now = utcnow()
    counts = _run(settings, now)
    assert counts is not None and (counts.listed, counts.unfinished, counts.fetched) == (2, 2, 0)
    assert fake.gets() == []
    fake.add(conversation("conv_live", "done"))
    later = _run(settings, now + INTERVAL)
    assert later is not None and (later.unfinished, later.recorded) == (1, 1)
    assert fake.gets() == ["conv_live"]


def test_a_call_the_api_refuses_is_counted_failed_and_the_others_are_recovered(
    fake: FakeElevenLabs, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    fake.add(conversation("conv_deleted"), conversation("conv_missed_0001"))
    fake.refused.add("conv_deleted")
    counts = _run(settings)
    assert counts is not None and (counts.failed, counts.recorded) == (1, 1)
    assert _logged(caplog, "reconcile_fetch_failed")[0]["reason"] == "HTTP 404"
    with db.connection_context():
        assert [e.conversation_ref for e in WebhookEvent.select()] == ["conv_missed_0001"]
        assert LifecycleJob.get(LifecycleJob.name == "reconcile").runs == 1  # a success


def test_only_the_configured_agents_are_listed_when_agent_ids_are_set(
    fake: FakeElevenLabs, data_dir: Path
) -> None:
    fake.add(
        conversation("conv_a", agent_id="agent_a"),
        conversation("conv_b", agent_id="agent_b"),
        conversation("conv_c", agent_id="agent_c"),
    )
    settings = make_settings(
        data_dir,
        OMEM_ELEVENLABS_API_KEY=API_KEY,
        OMEM_ELEVENLABS_BASE_URL=fake.url,
        OMEM_RECONCILE_AGENT_IDS="agent_a,agent_b",
    )
    init_db(settings)
    counts = _run(settings)
    assert counts is not None and counts.recorded == 2
    assert [query["agent_id"] for query in fake.listings()] == [["agent_a"], ["agent_b"]]
    assert sorted(fake.gets()) == ["conv_a", "conv_b"]


@pytest.mark.parametrize("environ", [{}, {"OMEM_RECONCILE_INTERVAL_MINUTES": "0"}])
def test_nothing_is_asked_of_the_api_when_the_job_is_off(
    fake: FakeElevenLabs, data_dir: Path, environ: dict[str, str]
) -> None:
    fake.add(conversation())
    key = {"OMEM_ELEVENLABS_API_KEY": API_KEY} if environ else {}
    settings = make_settings(data_dir, OMEM_ELEVENLABS_BASE_URL=fake.url, **key, **environ)
    init_db(settings)
    init_queue(settings, create_tables=False)
    assert not reconcile.enabled(settings)
    assert _run(settings) is None
    reconcile_missed_calls.call_local()
    assert fake.requests == []
    with db.connection_context():
        assert WebhookEvent.select().count() == 0
        assert LifecycleJob.get_or_none(LifecycleJob.name == "reconcile") is None
