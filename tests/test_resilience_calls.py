"""Failures degrade, never break a call (issue 6, promise 2): with the LLM and embeddings
endpoint down, slow or answering garbage — an OpenAI-compatible server started here and
switched between modes — conversation-init answers within 2 s, memory-query answers from
keywords marked degraded, and a real consumer postpones extraction (the circuit breaker opens
and closes) without using up the events' attempts, then completes them when the endpoint is
back."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from omem import create_app
from omem.config import Settings
from omem.db import db
from omem.models import Memory
from tests.conftest import API_KEY
from tests.conftest import WEBHOOK_SECRET
from tests.conftest import make_settings
from tests.fake_openai import FakeOpenAI
from tests.helpers import el_signature
from tests.helpers import process_environ
from tests.helpers import run_queue
from tests.helpers import sample
from tests.helpers import wait_until

ROOT = Path(__file__).resolve().parent.parent
AUTH = {"Authorization": f"Bearer {API_KEY}"}
DANA = "+14155550123"  # the sample call's caller
pytestmark = pytest.mark.slow


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI.running() as server:
        server.memories = [
            {"content": "The caller is waiting for refund R-7741 on invoice INV-20931.",
             "sector": "episodic", "salience": 0.8, "source_turns": [1]},
        ]  # fmt: skip
        yield server


def _environ(fake: FakeOpenAI, **extra: str) -> dict[str, str]:
    """The LLM extractor and the OpenAI embedder, both on the fake server."""
    return fake.env(
        OMEM_EXTRACTOR="llm",
        OMEM_EMBEDDER="openai",
        OMEM_BREAKER_FAILURES="2",
        OMEM_BREAKER_RESET_SECS="0.5",
        OMEM_LLM_TIMEOUT_SECS="0.4",
        OMEM_QUERY_LLM_TIMEOUT_SECS="0.4",
        OMEM_RETRY_UNIT_SECS="0.05",  # failures would burn attempts fast: they must not
        OMEM_RATE_LIMITS_ENABLED="false",
        **extra,
    )


def _app(data_dir: Path, fake: FakeOpenAI) -> tuple[Flask, Settings]:
    settings = make_settings(data_dir, **_environ(fake))
    return create_app(settings), settings


def _deliver(app: Flask, conversation_id: str) -> int:
    payload = json.loads(sample("post-call-transcription.json"))
    payload["data"]["conversation_id"] = conversation_id
    raw = json.dumps(payload)
    headers = {"Content-Type": "application/json",
               "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw)}  # fmt: skip
    response = app.test_client().post("/api/v1/webhooks/post-call", data=raw, headers=headers)
    assert response.status_code == 200
    return int(response.get_json()["event_id"])


def _events(data_dir: Path) -> list[tuple[str, int, str]]:
    with sqlite3.connect(data_dir / "omem.db", timeout=5) as conn:
        rows = conn.execute("SELECT status, attempts, last_error FROM webhook_events ORDER BY id")
        return [(r[0], r[1], r[2]) for r in rows.fetchall()]


def _consumer(data_dir: Path, fake: FakeOpenAI, log: Path) -> subprocess.Popen[bytes]:
    env = process_environ(data_dir, OMEM_QUEUE_WORKERS="1", **_environ(fake))
    with open(log, "wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "omem.cli", "worker"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip


@pytest.mark.parametrize("mode", ["error", "slow", "malformed"])
def test_outage_postpones_extraction_in_a_real_consumer_and_burns_no_attempt(
    data_dir: Path, fake: FakeOpenAI, tmp_path: Path, mode: str
) -> None:
    app, _ = _app(data_dir, fake)
    fake.mode, fake.delay_secs = mode, 3.0
    ids = [_deliver(app, f"conv_outage_{mode}_{n}") for n in range(3)]
    worker = _consumer(data_dir, fake, tmp_path / "worker.log")
    try:
        # Several breaker cycles (reset 0.5 s) and many retry units (0.05 s) pass.
        assert wait_until(lambda: fake.count("/chat/completions") >= 4, 20), _events(data_dir)
        time.sleep(2.0)
        during = _events(data_dir)
        assert len(during) == len(ids)
        assert all(status in ("pending", "failed", "processing") for status, _, _ in during)
        assert all(attempts <= 1 for _, attempts, _ in during), during  # none used up
        assert any(error.startswith("postponed: LLMUnavailable") for _, _, error in during)
        fake.mode = "ok"  # the endpoint is back: everything completes, once
        assert wait_until(lambda: all(s == "completed" for s, _, _ in _events(data_dir)), 30), (
            _events(data_dir)
        )
    finally:
        worker.send_signal(signal.SIGINT)
        assert worker.wait(20) == 0
    with db.connection_context():
        contents = [m.content for m in Memory.select()]
    # The caller's three calls gave the model's fact once (then reinforced), never twice.
    assert contents.count(fake.memories[0]["content"]) == 1


def _known_caller(data_dir: Path, fake: FakeOpenAI) -> Flask:
    """The app, with the sample caller's call processed while the fake server is healthy."""
    app, _ = _app(data_dir, fake)
    _deliver(app, "conv_known_caller")
    run_queue()
    return app


@pytest.mark.parametrize("mode", ["error", "slow", "malformed"])
def test_conversation_init_answers_within_two_seconds_when_the_llm_and_embeddings_fail(
    data_dir: Path, fake: FakeOpenAI, mode: str
) -> None:
    app = _known_caller(data_dir, fake)
    fake.mode, fake.delay_secs = mode, 5.0
    client = app.test_client()
    body = {"caller_id": DANA, "agent_id": "agent_1", "called_number": "+14155550000"}
    started = time.monotonic()
    response = client.post("/api/v1/webhooks/conversation-init", json=body, headers=AUTH)
    assert time.monotonic() - started < 2.0
    variables = response.get_json()["dynamic_variables"]
    assert variables["is_returning_caller"] is True and "R-7741" in variables["memory_context"]


@pytest.mark.parametrize("mode", ["error", "slow"])
def test_memory_query_answers_from_keywords_marked_degraded_when_embeddings_fail(
    data_dir: Path, fake: FakeOpenAI, mode: str
) -> None:
    app = _known_caller(data_dir, fake)
    fake.mode, fake.delay_secs = mode, 5.0
    client = app.test_client()
    ask = {"caller_id": DANA, "query": "where is my refund R-7741"}
    for _ in range(3):  # before and after the breaker opens
        started = time.monotonic()
        answer = client.post("/api/v1/tools/memory-query", json=ask, headers=AUTH).get_json()
        assert time.monotonic() - started < 1.5  # one short try, never the 5 s server
        assert answer["degraded"] is True
        assert any("R-7741" in m["content"] for m in answer["memories"])
    fake.mode = "ok"
    time.sleep(0.6)  # the breaker lets a call through again
    assert (
        client.post("/api/v1/tools/memory-query", json=ask, headers=AUTH).get_json()["degraded"]
        is False
    )


@pytest.mark.parametrize("mode", ["ok", "error", "slow", "malformed"])
def test_memory_query_summary_comes_from_the_llm_and_falls_back_to_the_facts(
    data_dir: Path, fake: FakeOpenAI, mode: str
) -> None:
    app = _known_caller(data_dir, fake)
    fake.mode, fake.delay_secs = mode, 5.0
    fake.summary = "Refund R-7741 was escalated on ticket T-55102; billing will email Dana."
    ask = {"caller_id": DANA, "query": "what happened with my refund R-7741"}
    started = time.monotonic()
    answer = app.test_client().post("/api/v1/tools/memory-query", json=ask, headers=AUTH)
    assert time.monotonic() - started < 1.5
    summary = answer.get_json()["summary"]
    if mode == "ok":
        assert summary == fake.summary
        prompt = fake.last("/chat/completions").body["messages"][1]["content"]
        assert '"what happened with my refund R-7741"' in prompt and "R-7741" in prompt
    else:
        assert summary.startswith("From earlier calls: ") and "R-7741" in summary
