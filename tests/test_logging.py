"""Request IDs, the access log line, JSON output, redaction and the quiet peewee logger."""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from omem import create_app
from omem.logs import API_VERSION
from omem.security import hash_key
from tests.conftest import API_KEY
from tests.conftest import ENCRYPTION_KEY
from tests.conftest import WEBHOOK_SECRET
from tests.conftest import make_settings
from tests.helpers import assert_error
from tests.helpers import el_signature
from tests.helpers import run_queue
from tests.helpers import sample

HEX32 = re.compile(r"^[0-9a-f]{32}$")


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """create_app points the root handler at this test's captured stderr, which closes after it."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level, logging.getLogger("peewee").level)
    yield
    root.handlers[:], root.level = saved[0], saved[1]
    logging.getLogger("peewee").setLevel(saved[2])


def _logged_app(data_dir: Path, **environ: str) -> Flask:
    """Built inside the test body: the log handler binds to the sys.stderr capsys replaces
    during the call phase (an app built by a fixture would write to a stream already closed)."""
    app = create_app(make_settings(data_dir, **environ))
    app.config["TESTING"] = True
    return app


def _json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_request_id_is_echoed_when_the_client_sends_a_valid_one(client: FlaskClient) -> None:
    response = client.get("/nowhere", headers={"X-Request-ID": "call-42.retry:1_A"})
    assert response.headers["X-Request-ID"] == "call-42.retry:1_A"
    assert assert_error(response, 404, "not_found")["request_id"] == "call-42.retry:1_A"


def test_request_id_is_echoed_when_it_is_exactly_64_characters(client: FlaskClient) -> None:
    incoming = "a" * 64
    assert (
        client.get("/health/live", headers={"X-Request-ID": incoming}).headers["X-Request-ID"]
        == incoming
    )


def test_request_id_is_generated_when_the_client_sends_none(client: FlaskClient) -> None:
    first = client.get("/nowhere")
    second = client.get("/nowhere")
    assert HEX32.match(first.headers["X-Request-ID"])
    assert first.headers["X-Request-ID"] != second.headers["X-Request-ID"]
    assert assert_error(first, 404, "not_found")["request_id"] == first.headers["X-Request-ID"]


@pytest.mark.parametrize(
    "incoming",
    ["has spaces", "a" * 65, "semi;colon", "slash/path", "<script>"],
    ids=["spaces", "65-chars", "semicolon", "slash", "markup"],
)
def test_request_id_is_replaced_when_the_client_sends_an_invalid_one(
    client: FlaskClient, incoming: str
) -> None:
    response = client.get("/nowhere", headers={"X-Request-ID": incoming})
    assert HEX32.match(response.headers["X-Request-ID"])
    assert (
        assert_error(response, 404, "not_found")["request_id"] == response.headers["X-Request-ID"]
    )


def test_api_version_header_is_set_when_answering_success_or_error(client: FlaskClient) -> None:
    assert client.get("/health/live").headers["API-Version"] == API_VERSION
    response = client.get("/nowhere")
    assert_error(response, 404, "not_found")
    assert response.headers["API-Version"] == API_VERSION


def test_access_line_has_method_path_status_latency_and_id_when_a_request_ends(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client = _logged_app(data_dir).test_client()
    client.get("/health/live?probe=1", headers={"X-Request-ID": "console-line-1"})
    lines = [line for line in capsys.readouterr().err.splitlines() if "console-line-1" in line]
    assert len(lines) == 1
    line = lines[0]
    assert "[omem.access]" in line and " request " in line
    assert "method=GET" in line
    assert "path=/health/live" in line and "probe" not in line
    assert "status=200" in line
    assert re.search(r"latency_ms=\d+(\.\d+)?", line)
    assert "request_id=console-line-1" in line


def test_every_line_is_json_when_log_format_is_json(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = _logged_app(data_dir, OMEM_LOG_FORMAT="json")

    def crash() -> str:
        raise RuntimeError("boom")

    app.add_url_rule("/_test/crash", "crash", crash)
    client = app.test_client()
    client.get("/health/live", headers={"X-Request-ID": "json-ok"})
    client.get("/nowhere", headers={"X-Request-ID": "json-404"})
    client.get("/_test/crash", headers={"X-Request-ID": "json-500"})
    records = _json_lines(capsys.readouterr().err)  # raises if any line is not JSON
    access = {r["request_id"]: r for r in records if r.get("logger") == "omem.access"}
    assert set(access) == {"json-ok", "json-404", "json-500"}
    assert access["json-ok"]["method"] == "GET"
    assert access["json-ok"]["path"] == "/health/live"
    assert access["json-ok"]["status"] == 200
    assert access["json-ok"]["latency_ms"] >= 0
    assert access["json-ok"]["event"] == "request"
    assert (access["json-404"]["status"], access["json-500"]["status"]) == (404, 500)
    crash_records = [r for r in records if r.get("event") == "unhandled_exception"]
    assert len(crash_records) == 1
    assert crash_records[0]["request_id"] == "json-500"
    assert crash_records[0]["level"] == "error"


def test_bodies_and_credentials_never_reach_the_log_when_requests_carry_them(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client = _logged_app(data_dir, OMEM_LOG_LEVEL="DEBUG", OMEM_LOG_FORMAT="json").test_client()
    rejected = client.post(
        "/api/v1/admin/keys",
        json={"name": "LEAKCHECK-body-rejected"},
        headers={"Authorization": "Bearer LEAKCHECK-token-unknown"},
    )
    assert_error(rejected, 401, "invalid_api_key")
    created = client.post(
        "/api/v1/admin/keys",
        json={"name": "LEAKCHECK-body-created"},
        headers={"Authorization": f"Bearer {API_KEY}", "X-Request-ID": "leakcheck-created"},
    )
    assert created.status_code == 201
    plaintext = created.get_json()["key"]
    used = client.get("/api/v1/admin/keys", headers={"Authorization": f"Bearer {plaintext}"})
    assert_error(used, 403, "insufficient_scope")
    err = capsys.readouterr().err
    access = [r for r in _json_lines(err) if r.get("logger") == "omem.access"]
    assert [r["status"] for r in access] == [401, 201, 403]
    for needle in ("LEAKCHECK", API_KEY, plaintext, hash_key(plaintext), hash_key(API_KEY)):
        assert needle not in err


def test_peewee_stays_at_info_when_log_level_is_debug(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client = _logged_app(data_dir, OMEM_LOG_LEVEL="DEBUG").test_client()
    assert logging.getLogger().getEffectiveLevel() == logging.DEBUG
    assert logging.getLogger("peewee").getEffectiveLevel() >= logging.INFO
    response = client.post(
        "/api/v1/admin/keys",
        json={"name": "sql-param-probe"},
        headers={"Authorization": f"Bearer {API_KEY}"},
    )
    assert response.status_code == 201
    err = capsys.readouterr().err
    assert "status=201" in err
    assert "sql-param-probe" not in err
    assert "INSERT INTO" not in err and "SELECT" not in err


def test_slow_request_is_logged_as_a_warning_when_above_the_threshold(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = _logged_app(data_dir, OMEM_SLOW_REQUEST_MS="1", OMEM_LOG_FORMAT="json")

    def slow() -> str:
        time.sleep(0.02)
        return "done"

    app.add_url_rule("/_test/slow", "slow", slow)
    assert app.test_client().get("/_test/slow").status_code == 200
    access = [r for r in _json_lines(capsys.readouterr().err) if r.get("logger") == "omem.access"]
    assert len(access) == 1
    assert access[0]["event"] == "slow_request"
    assert access[0]["level"] == "warning"
    assert access[0]["path"] == "/_test/slow"
    assert access[0]["latency_ms"] >= 20


def test_fast_request_is_logged_as_request_when_below_the_threshold(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client = _logged_app(data_dir, OMEM_LOG_FORMAT="json").test_client()
    assert client.get("/health/live").status_code == 200
    access = [r for r in _json_lines(capsys.readouterr().err) if r.get("logger") == "omem.access"]
    assert [(r["event"], r["level"]) for r in access] == [("request", "info")]


def test_logs_of_a_whole_call_hold_no_transcript_memory_key_or_secret(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = _logged_app(
        data_dir, OMEM_LOG_LEVEL="DEBUG", OMEM_LOG_FORMAT="json", OMEM_RATE_LIMITS_ENABLED="false"
    )
    client = app.test_client()
    auth = {"Authorization": f"Bearer {API_KEY}"}
    init = {"caller_id": "+14155550123", "agent_id": "agent_1", "called_number": "+1415555"}
    assert client.post("/api/v1/webhooks/conversation-init", json=init, headers=auth).is_json
    raw = sample("post-call-transcription.json")
    signed = {"Content-Type": "application/json",
              "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw)}  # fmt: skip
    assert client.post("/api/v1/webhooks/post-call", data=raw, headers=signed).status_code == 200
    run_queue()
    ask = {"caller_id": "+14155550123", "query": "refund R-7741 escalation"}
    answer = client.post("/api/v1/tools/memory-query", json=ask, headers=auth).get_json()
    assert answer["memories"]  # memories were made and found
    keep = {"caller_id": "+14155550123", "content": "My LEAKCHECK gate code is 4412."}
    assert client.post("/api/v1/tools/memory-store", json=keep, headers=auth).status_code == 200
    err = capsys.readouterr().err
    assert any(r.get("event") == "memories_extracted" for r in _json_lines(err))
    secrets = (API_KEY, WEBHOOK_SECRET, ENCRYPTION_KEY, hash_key(API_KEY))
    said = ("same card", "escalate it now", "R-7741", "INV-20931", "LEAKCHECK", "gate code")
    remembered = [m["content"] for m in answer["memories"]]
    for needle in (*secrets, *said, *remembered):
        assert needle not in err, needle
