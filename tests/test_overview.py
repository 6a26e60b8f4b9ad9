"""The dashboard's numbers (omem.overview) and the latency quantiles read from the
multi-process metrics directory (omem.metrics)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from playhouse.test_utils import count_queries
from prometheus_client import CollectorRegistry
from prometheus_client.multiprocess import MultiProcessCollector

from omem import create_app
from omem import jobs
from omem import metrics
from omem import overview
from omem.config import Settings
from omem.db import db
from omem.metrics import LATENCY_BUCKETS
from omem.metrics import REQUEST_LATENCY
from omem.metrics import quantile_from_buckets
from tests.factories import make_conversation
from tests.factories import make_event
from tests.factories import make_memory
from tests.factories import make_tool_invocation
from tests.factories import make_user
from tests.helpers import process_environ

NOW = dt.datetime(2026, 3, 10, 15, 0)
ENDPOINTS = ["webhooks.conversation_init", "tools.memory_query", "webhooks.post_call"]


def _answer(degraded: bool) -> str:
    return json.dumps({"memories": [], "summary": "", "degraded": degraded})


def _known_dataset() -> None:
    regular = make_user(is_guest=False)
    other = make_user(is_guest=False)
    make_user(is_guest=True)
    make_user(is_guest=True)
    make_user(is_guest=True)
    midnight = NOW.replace(hour=0)
    for started in (
        midnight,  # today, at its first instant
        NOW - dt.timedelta(minutes=1),  # today
        NOW + dt.timedelta(hours=2),  # today, ahead of the clock
        midnight - dt.timedelta(seconds=1),  # yesterday: the last 7 days only
        NOW - dt.timedelta(days=6, hours=23),  # the last 7 days only
        NOW - dt.timedelta(days=7, seconds=1),  # neither
        NOW - dt.timedelta(days=40),  # neither
    ):
        make_conversation(regular, started_at=started)
    for sector, state, n in (
        ("semantic", "active", 3),
        ("semantic", "archived", 1),
        ("episodic", "active", 2),
        ("procedural", "superseded", 1),
        ("emotional", "active", 1),
    ):
        for _ in range(n):
            make_memory(other, sector=sector, state=state)
    hour = dt.timedelta(hours=1)
    transcription = "post_call_transcription"
    for status, event_type, updated in (
        ("pending", transcription, NOW),
        ("processing", transcription, NOW),
        ("completed", transcription, NOW - hour),
        ("failed", transcription, NOW - hour),  # counted
        ("dead", transcription, NOW - 23 * hour),  # counted
        ("dead", transcription, NOW - 25 * hour),  # too old
        ("failed", transcription, NOW - 30 * hour),  # too old
        ("dead", "post_call_audio", NOW - hour),  # not an extraction
    ):
        make_event(status=status, event_type=event_type, updated_at=updated)
    for tool, degraded, created in (
        ("memory_query", True, NOW - hour),  # counted
        ("memory_query", True, NOW - 23 * hour),  # counted
        ("memory_query", False, NOW - hour),
        ("memory_query", True, NOW - 30 * hour),  # too old
        ("memory_store", True, NOW - hour),  # not an answer to a query
    ):
        make_tool_invocation(regular, tool=tool, response=_answer(degraded), created_at=created)
    make_tool_invocation(None, tool="memory_query", response="{}", status="refused")


def test_dashboard_counts_match_a_known_dataset(app: Flask, settings: Settings) -> None:
    with db.connection_context():
        _known_dataset()
        pending = make_event(status="pending").id
    jobs.enqueue_event(pending)
    with db.connection_context():
        with count_queries() as counted:
            data = overview.dashboard(NOW, settings)
        assert counted.count == 7
    lifecycle = data.pop("lifecycle")
    assert [(j["name"], j["state"], j["runs"]) for j in lifecycle] == [
        ("decay", "idle", 0),
        ("consolidate", "idle", 0),
        ("guests", "idle", 0),
        ("retention", "off", 0),
        ("vectors", "idle", 0),
    ]
    assert data == {
        "calls_today": 3,
        "calls_7d": 5,
        "callers": 5,
        "guests": 3,
        "memories_by_sector": {
            "episodic": 2,
            "semantic": 4,
            "procedural": 1,
            "emotional": 1,
            "reflective": 0,
        },
        "memories_by_state": {"active": 6, "archived": 1, "superseded": 1},
        "queue": {"pending": 2, "processing": 1, "completed": 1, "failed": 2, "dead": 3},
        "queue_waiting": True,
        "huey_pending": 1,
        "dead_events": 3,
        "degraded_24h": 2,
        "degraded_since_start": {},  # no metrics directory in a single test process
        "extraction_failures_24h": 2,
        "p95_ms": {"conversation-init": None, "memory-query": None, "post-call ack": None},
    }


def test_dashboard_is_all_zeros_and_idle_when_the_database_is_empty(
    app: Flask, settings: Settings
) -> None:
    with db.connection_context():
        data = overview.dashboard(NOW, settings)
    assert (data["calls_today"], data["calls_7d"], data["callers"], data["guests"]) == (0, 0, 0, 0)
    assert set(data["memories_by_sector"].values()) == {0}
    assert set(data["memories_by_state"].values()) == {0}
    assert data["queue_waiting"] is False
    assert (data["huey_pending"], data["dead_events"]) == (0, 0)
    assert (data["degraded_24h"], data["extraction_failures_24h"]) == (0, 0)


@pytest.mark.parametrize(
    ("buckets", "q", "expected"),
    [
        ([(0.01, 50), (0.02, 90), (0.05, 100), (math.inf, 100)], 0.95, 0.035),
        ([(0.01, 50), (0.02, 90), (0.05, 100), (math.inf, 100)], 0.5, 0.01),
        ([(0.01, 0), (0.02, 10), (math.inf, 10)], 0.95, 0.0195),
        ([(math.inf, 4), (0.01, 4)], 0.95, 0.0095),  # order does not matter
        ([(0.01, 0), (0.02, 0), (math.inf, 3)], 0.95, 0.02),  # beyond the last bound
        ([(0.01, 0), (math.inf, 0)], 0.95, None),
        ([], 0.95, None),
    ],
)
def test_quantile_is_interpolated_inside_its_bucket_when_estimated(
    buckets: list[tuple[float, float]], q: float, expected: float | None
) -> None:
    found = quantile_from_buckets(buckets, q)
    if expected is None:
        assert found is None
    else:
        assert found == pytest.approx(expected)


_OBSERVE = """
import json, sys
from prometheus_client import Histogram
name, buckets, observations = json.loads(sys.argv[1])
histogram = Histogram(name, "test", ["method", "endpoint", "status"], buckets=buckets)
for endpoint, status, value in observations:
    histogram.labels("POST", endpoint, status).observe(value)
"""


def _run(script: str, data_dir: Path, metrics_dir: Path, *args: str) -> None:
    env = process_environ(data_dir, PROMETHEUS_MULTIPROC_DIR=str(metrics_dir))
    done = subprocess.run(
        [sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_p95_is_read_from_a_real_multiprocess_histogram_across_statuses(
    data_dir: Path, tmp_path: Path
) -> None:
    metrics_dir = tmp_path / "metrics"
    metrics_dir.mkdir()
    observations = (
        [("tools.memory_query", "200", 0.004)] * 85
        + [("tools.memory_query", "422", 0.004)] * 5
        + [("tools.memory_query", "200", 0.04)] * 10
        + [("webhooks.post_call", "200", 3.0)]  # past the last bound
    )
    spec = json.dumps([REQUEST_LATENCY, list(LATENCY_BUCKETS), observations])
    _run(_OBSERVE, data_dir, metrics_dir, spec)
    found = metrics.latency_p95([str(metrics_dir)], ENDPOINTS)
    # 90 of 100 at or below 0.005 s (so at or below 0.03), 100 at or below 0.05: rank 95 is
    # halfway through the (0.03, 0.05] bucket.
    assert found["tools.memory_query"] == pytest.approx(0.04)
    assert found["webhooks.post_call"] == 2.5
    assert found["webhooks.conversation_init"] is None
    median = metrics.latency_quantiles([str(metrics_dir)], ["tools.memory_query"], 0.5)
    assert median["tools.memory_query"] == pytest.approx(0.0025 + 0.0025 * 50 / 90)


_DEGRADE = """
from prometheus_client import Counter
degraded = Counter("omem_degraded_total", "test", ["path"])
degraded.labels(path="conversation_init").inc(2)
degraded.labels(path="memory_query").inc()
"""


def test_degraded_answers_since_start_are_summed_over_processes(
    data_dir: Path, tmp_path: Path
) -> None:
    metrics_dir = tmp_path / "metrics"
    metrics_dir.mkdir()
    for _ in range(2):  # two processes writing their own files
        _run(_DEGRADE, data_dir, metrics_dir)
    assert metrics.degraded_counts([str(metrics_dir)]) == {
        "conversation_init": 4,
        "memory_query": 2,
    }


_CONSUMER = """
from omem import metrics
metrics.QUEUE_TASKS.labels("complete").inc(3)
metrics.DEGRADED.labels(path="memory_query").inc()
"""


def test_metrics_add_the_consumers_own_directory_to_the_webs(
    settings: Settings, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Ansible units give the consumer a samples directory of its own: /metrics and the
    dashboard read it beside the web's, and a metric both write is summed once."""
    web, consumer = tmp_path / "web", tmp_path / "consumer"
    web.mkdir()
    consumer.mkdir()
    _run(_DEGRADE, data_dir, web)
    _run(_CONSUMER, data_dir, consumer)
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(web))
    both = settings.replace(metrics_dir=str(web), consumer_metrics_dir=str(consumer))
    text = create_app(both).test_client().get("/metrics").text
    assert 'omem_queue_tasks_total{signal="complete"} 3.0' in text
    assert 'omem_degraded_total{path="memory_query"} 2.0' in text
    assert text.count("# TYPE omem_degraded_total counter") == 1
    assert metrics.degraded_counts(metrics.sample_dirs(both)) == {
        "conversation_init": 2,
        "memory_query": 2,
    }
    shared = settings.replace(metrics_dir=str(web), consumer_metrics_dir=str(web) + "/.")
    assert metrics.sample_dirs(shared) == (str(web),)  # `omem run`: one directory, read once


def test_p95_is_none_for_every_endpoint_without_a_metrics_directory(tmp_path: Path) -> None:
    nothing = dict.fromkeys(ENDPOINTS)
    assert metrics.latency_p95([""], ENDPOINTS) == nothing
    assert metrics.latency_p95([str(tmp_path / "absent")], ENDPOINTS) == nothing
    assert metrics.latency_p95([str(tmp_path)], ENDPOINTS) == nothing  # empty directory
    assert metrics.degraded_counts([]) == {}


_REQUESTS = """
import json, os, sys
from omem import create_app
app = create_app()
client = app.test_client()
auth = {"Authorization": "Bearer " + os.environ["OMEM_API_KEYS"]}
body = json.loads(sys.argv[1])
for n in range(int(sys.argv[2])):
    answer = client.post("/api/v1/webhooks/conversation-init", json=body, headers=auth)
    assert answer.status_code == 200, answer.get_data(as_text=True)
    query = {"user_id": answer.get_json()["user_id"], "query": "refund"}
    answer = client.post("/api/v1/tools/memory-query", json=query, headers=auth)
    assert answer.status_code == 200, answer.get_data(as_text=True)
"""


def test_dashboard_p95_comes_from_real_requests_recorded_in_the_metrics_directory(
    app: Flask, settings: Settings, data_dir: Path, tmp_path: Path
) -> None:
    metrics_dir = tmp_path / "metrics"
    metrics_dir.mkdir()
    request = (Path(__file__).parent / "fixtures" / "elevenlabs" / "init-request.json").read_text()
    _run(_REQUESTS, data_dir, metrics_dir, json.dumps(json.loads(request)), "12")
    registry = CollectorRegistry()
    MultiProcessCollector(registry, path=str(metrics_dir))
    counts = {
        sample.labels["endpoint"]: sample.value
        for metric in registry.collect()
        if metric.name == REQUEST_LATENCY
        for sample in metric.samples
        if sample.name == f"{REQUEST_LATENCY}_count"
    }
    assert counts == {"webhooks.conversation_init": 12, "tools.memory_query": 12}
    with db.connection_context():
        data = overview.dashboard(NOW, dataclasses.replace(settings, metrics_dir=str(metrics_dir)))
    p95 = data["p95_ms"]
    assert p95["post-call ack"] is None  # no post-call requests were made
    for name in ("conversation-init", "memory-query"):
        assert 0 < p95[name] <= 2500
        # An interpolated estimate lies inside one of the exporter's buckets.
        assert any(
            low * 1000 <= p95[name] <= high * 1000
            for low, high in zip((0.0, *LATENCY_BUCKETS), LATENCY_BUCKETS, strict=False)
        )
    assert data["degraded_since_start"] == {}


def test_dashboard_shows_each_lifecycle_job_running_interrupted_or_done(
    app: Flask, settings: Settings, client: FlaskClient
) -> None:
    from omem.admin import accounts
    from omem.models import LifecycleJob
    from tests.test_console_pages import PASSWORD
    from tests.test_console_pages import sign_in

    with db.connection_context():
        accounts.create_operator("ada", "admin", PASSWORD)
        LifecycleJob.create(name="decay", runs=3, finished_at=NOW - dt.timedelta(hours=1))
        LifecycleJob.create(
            name="consolidate", holder="a-consumer", lease_until=NOW - dt.timedelta(seconds=1)
        )
        data = overview.dashboard(NOW, settings)
    jobs = {j["name"]: j for j in data["lifecycle"]}
    assert (jobs["decay"]["state"], jobs["decay"]["runs"]) == ("idle", 3)
    assert jobs["decay"]["next_due"] == NOW + dt.timedelta(
        hours=settings.lifecycle_interval_hours - 1
    )
    assert jobs["consolidate"]["state"] == "interrupted"
    sign_in(client, "ada")
    page = client.get("/admin").get_data(as_text=True)
    assert "Lifecycle jobs" in page and "interrupted" in page
