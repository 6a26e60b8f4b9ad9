from __future__ import annotations

from pathlib import Path

from flask.testing import FlaskClient

from omem import create_app
from tests.conftest import make_settings


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
