from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from omem import create_app
from omem.config import Settings
from omem.db import db
from omem.models import Memory
from omem.models import ToolInvocation
from omem.models import User
from omem.serving import warm_up
from tests.conftest import make_settings
from tests.helpers import process_environ


def test_health_reports_every_part_when_all_is_well(client: FlaskClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok"
    assert body["database"]["ok"] is True
    assert body["database"]["latency_ms"] >= 0
    assert body["migrations"] == {"current": True, "pending": []}
    assert body["queue"]["pending"] == 0
    assert {"pending", "processing", "completed", "failed", "dead", "queued"} <= set(body["queue"])
    assert body["embedder"]["provider"] == "local"
    assert body["llm"]["configured"] is False
    assert body["version"]


def test_live_answers_without_touching_the_database(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data")
    settings.db_path.mkdir(parents=True)  # a directory where the file should be
    client = create_app(settings).test_client()
    assert client.get("/health/live").status_code == 200


def test_ready_is_503_when_database_path_is_broken(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data")
    settings.db_path.mkdir(parents=True)
    client = create_app(settings).test_client()
    response = client.get("/health/ready")
    assert response.status_code == 503
    assert response.get_json()["reason"] == "database_unavailable"
    health = client.get("/health")
    assert health.status_code == 503
    assert health.get_json()["database"]["ok"] is False


def test_ready_is_503_when_migrations_are_pending(tmp_path: Path) -> None:
    client = create_app(make_settings(tmp_path / "fresh")).test_client()
    response = client.get("/health/ready")
    assert response.status_code == 503
    assert response.get_json()["reason"] == "migrations_pending"
    assert client.get("/health").get_json()["migrations"]["pending"][0] == "0001_initial"


def test_ready_is_200_on_a_migrated_database(client: FlaskClient) -> None:
    response = client.get("/health/ready")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ready"}


def test_health_says_whether_the_embedder_is_loaded_in_this_process(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    from omem.embeddings import _embedders

    _embedders.clear()
    assert client.get("/health").get_json()["embedder"]["loaded_in_this_process"] is False
    client.post(
        "/api/v1/tools/memory-store",
        json={"caller_id": "+14155550123", "content": "I like tea"},
        headers=auth,
    )
    embedder = client.get("/health").get_json()["embedder"]
    assert embedder == {
        "provider": "local",
        "model": "all-MiniLM-L6-v2 int8 (ONNX)",
        "loaded_in_this_process": True,
    }


def test_worker_warm_up_rehearses_a_query_and_leaves_nothing_behind(
    app: Flask, settings: Settings, client: FlaskClient, auth: dict[str, str]
) -> None:
    from omem.embeddings import _embedders

    query = "/api/v1/tools/memory-query"
    caller = {"caller_id": "+14155550123"}
    store = {**caller, "content": "I like tea"}
    client.post("/api/v1/tools/memory-store", json=store, headers=auth)
    client.post(query, json={**caller, "query": "tea"}, headers=auth)
    _embedders.clear()
    with db.connection_context():
        before = _rows()

    warm_up(app, settings)

    with db.connection_context():
        assert _rows() == before  # the rehearsed query's record was rolled back
    assert client.get("/health").get_json()["embedder"]["loaded_in_this_process"] is True
    asked = {**caller, "query": "what does the caller drink?"}
    answer = client.post(query, json=asked, headers=auth)
    assert answer.status_code == 200
    assert answer.get_json()["memories"][0]["content"] == "The caller likes tea."
    with db.connection_context():
        assert ToolInvocation.select().count() == before["tool_invocations"] + 1


# A fresh process: warm up as a gunicorn worker does, then answer a known caller's first
# query and init, and a new caller's init (a guest, from abroad): which modules each imported.
_FIRST_REQUESTS = """
import json, sys
from omem import create_app
from omem.config import load_settings
from omem.serving import warm_up
settings = load_settings()
app = create_app(settings)
warm_up(app, settings)
client = app.test_client()
auth = {"Authorization": "Bearer " + sys.argv[1]}
requests = [
    ("/api/v1/tools/memory-query", {"caller_id": "+14155550123", "query": "where do I live now?"}),
    ("/api/v1/webhooks/conversation-init", {"caller_id": "+14155550123"}),
    ("/api/v1/webhooks/conversation-init", {"caller_id": "+442079460000"}),
]
for path, body in requests:
    before = set(sys.modules)
    answer = client.post(path, json=body, headers=auth)
    print(json.dumps({"status": answer.status_code, "body": answer.get_json(),
                      "imported": sorted(set(sys.modules) - before)}))
"""


def test_a_warmed_worker_imports_nothing_to_answer_a_callers_first_requests(
    data_dir: Path, client: FlaskClient, auth: dict[str, str]
) -> None:
    """A module imported on first use costs whoever asks first: numpy.ma (which np.unique
    imports) added ~18 ms to the first query that looked up a fact's slot, and phonenumbers
    reads a country's metadata module with its first number."""
    for fact in ("I live at 12 Oak Street", "My dog is called Rex"):
        stored = client.post(
            "/api/v1/tools/memory-store",
            json={"caller_id": "+14155550123", "content": fact},
            headers=auth,
        )
        assert stored.status_code == 200
    db.close()
    done = subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, "-c", _FIRST_REQUESTS, auth["Authorization"].split()[1]],
        env=process_environ(data_dir),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    query, init, guest = (json.loads(line) for line in done.stdout.strip().splitlines()[-3:])
    assert query["status"] == init["status"] == guest["status"] == 200
    assert "12 Oak Street" in query["body"]["memories"][0]["content"]
    assert init["body"]["user_id"] != guest["body"]["user_id"]  # a guest for the new number
    assert [query["imported"], init["imported"], guest["imported"]] == [[], [], []]


def _rows() -> dict[str, Any]:
    return {
        "tool_invocations": ToolInvocation.select().count(),
        "users": User.select().count(),
        "accessed": [m.last_accessed_at for m in Memory.select().order_by(Memory.id)],
    }
