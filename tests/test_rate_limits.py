"""Rate limits: per key (per client IP without a verified key), 429 in the error shape with
Retry-After, the shared SQLite counter file, failing open, and a real multi-worker gunicorn."""

from __future__ import annotations

import http.client
import json
import logging
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import limits
import pytest
from flask.testing import FlaskClient
from prometheus_client import REGISTRY

from omem import create_app
from omem.config import ConfigError
from omem.db import db
from omem.models import ToolInvocation
from omem.ratelimit import SqliteCounterStorage
from omem.security import create_api_key
from omem.security import hash_key
from tests.conftest import API_KEY
from tests.conftest import ENCRYPTION_KEY
from tests.conftest import WEBHOOK_SECRET
from tests.conftest import make_settings
from tests.helpers import assert_error
from tests.helpers import free_port

ROOT = Path(__file__).resolve().parent.parent
TOOL = "/api/v1/tools/memory-query"
INIT = "/api/v1/webhooks/conversation-init"
POST_CALL = "/api/v1/webhooks/post-call"
QUERY = {"user_id": "nobody-yet", "query": "what do you remember"}
# Signed long ago: refused as stale whatever the body, before any parsing.
BAD_SIGNATURE = {"Content-Type": "application/json", "ElevenLabs-Signature": "t=1,v0=" + "0" * 64}

Client = Callable[..., FlaskClient]


@pytest.fixture
def limited(data_dir: Path) -> Iterator[Client]:
    """A client of an app built with these extra OMEM_* settings."""

    def build(**environ: str) -> FlaskClient:
        app = create_app(make_settings(data_dir, **environ))
        app.config["TESTING"] = True
        return app.test_client()

    yield build
    if not db.is_closed():
        db.close()


@pytest.fixture
def _restore_logging() -> Iterator[None]:
    """create_app points the root handler at this test's captured stderr."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    yield
    root.handlers[:], root.level = saved


def _bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def _counters(data_dir: Path) -> dict[str, int]:
    """Bucket → count, read straight from the shared counter file."""
    with sqlite3.connect(data_dir / "ratelimit.db") as conn:
        rows = conn.execute("SELECT key, count FROM counters").fetchall()
    return {key: count for key, count in rows}


def _count_for(counters: dict[str, int], bucket: str) -> int:
    (count,) = [count for key, count in counters.items() if f"/{bucket}/" in key]
    return count


def test_call_past_the_limit_is_429_with_retry_after_when_the_window_is_full(
    limited: Client, data_dir: Path
) -> None:
    client = limited(OMEM_RATE_LIMIT_TOOLS="3/minute")
    for _ in range(3):
        assert client.post(TOOL, json=QUERY, headers=_bearer(API_KEY)).status_code == 200
    response = client.post(TOOL, json=QUERY, headers=_bearer(API_KEY))
    assert_error(response, 429, "rate_limited")
    assert 1 <= int(response.headers["Retry-After"]) <= 60
    assert _count_for(_counters(data_dir), f"key:{hash_key(API_KEY)[:16]}") == 4
    with db.connection_context():
        assert ToolInvocation.select().count() == 3  # the refused call never reached the tool


def test_each_api_key_spends_its_own_budget_when_two_keys_call(
    limited: Client, data_dir: Path
) -> None:
    client = limited(OMEM_RATE_LIMIT_TOOLS="2/minute")
    with db.connection_context():
        _, first = create_api_key("agent one", ["tools"])
        _, second = create_api_key("agent two", ["tools"])
    statuses = [client.post(TOOL, json=QUERY, headers=_bearer(first)).status_code for _ in "abc"]
    assert statuses == [200, 200, 429]
    assert client.post(TOOL, json=QUERY, headers=_bearer(second)).status_code == 200
    counters = _counters(data_dir)
    assert _count_for(counters, f"key:{hash_key(first)[:16]}") == 3
    assert _count_for(counters, f"key:{hash_key(second)[:16]}") == 1


def test_made_up_tokens_share_the_client_address_bucket_when_they_do_not_verify(
    limited: Client, data_dir: Path
) -> None:
    client = limited(OMEM_RATE_LIMIT_TOOLS="2/minute")
    for guess in ("omem_guess_1", "omem_guess_2"):
        assert_error(client.post(TOOL, json=QUERY, headers=_bearer(guess)), 401, "invalid_api_key")
    response = client.post(TOOL, json=QUERY, headers=_bearer("omem_guess_3"))
    assert_error(response, 429, "rate_limited")
    assert _count_for(_counters(data_dir), "ip:127.0.0.1") == 3
    # Another client, and a real key from the same address, still have their own budgets.
    other = client.post(
        TOOL, json=QUERY, headers=_bearer("omem_guess_4"), environ_base={"REMOTE_ADDR": "10.9.8.7"}
    )
    assert_error(other, 401, "invalid_api_key")
    assert client.post(TOOL, json=QUERY, headers=_bearer(API_KEY)).status_code == 200


def test_post_call_is_limited_per_client_address_when_forwarded_for_is_not_trusted(
    limited: Client, data_dir: Path
) -> None:
    client = limited(OMEM_RATE_LIMIT_WEBHOOKS="2/minute")
    for _ in range(2):
        assert_error(
            client.post(POST_CALL, data=b"{}", headers=BAD_SIGNATURE), 401, "stale_signature"
        )
    spoofed = {**BAD_SIGNATURE, "X-Forwarded-For": "203.0.113.50"}
    response = client.post(POST_CALL, data=b"{}", headers=spoofed)
    assert_error(response, 429, "rate_limited")
    assert int(response.headers["Retry-After"]) >= 1
    assert _count_for(_counters(data_dir), "ip:127.0.0.1") == 3
    other = client.post(
        POST_CALL, data=b"{}", headers=BAD_SIGNATURE, environ_base={"REMOTE_ADDR": "10.9.8.7"}
    )
    assert_error(other, 401, "stale_signature")


def test_forwarded_for_names_the_client_when_one_proxy_is_trusted(
    limited: Client, data_dir: Path
) -> None:
    client = limited(OMEM_RATE_LIMIT_WEBHOOKS="1/minute", OMEM_TRUSTED_PROXIES="1")

    def post(address: str) -> int:
        headers = {**BAD_SIGNATURE, "X-Forwarded-For": f"198.51.100.1, {address}"}
        return client.post(POST_CALL, data=b"{}", headers=headers).status_code

    assert [post("203.0.113.1"), post("203.0.113.1"), post("203.0.113.2")] == [401, 429, 401]
    assert set(_counters(data_dir).values()) == {2, 1}
    assert all("/ip:203.0.113." in key for key in _counters(data_dir))


def test_health_metrics_and_docs_are_never_limited_when_the_limits_are_tiny(
    limited: Client, data_dir: Path
) -> None:
    client = limited(OMEM_RATE_LIMIT_TOOLS="1/minute", OMEM_RATE_LIMIT_WEBHOOKS="1/minute")
    for path in ("/health", "/health/live", "/health/ready", "/metrics", "/openapi.json"):
        assert [client.get(path).status_code for _ in range(3)] == [200, 200, 200], path
    assert not (data_dir / "ratelimit.db").exists()  # nothing was even counted


def test_nothing_is_counted_when_rate_limits_are_disabled(limited: Client, data_dir: Path) -> None:
    client = limited(OMEM_RATE_LIMITS_ENABLED="false", OMEM_RATE_LIMIT_TOOLS="1/minute")
    statuses = [client.post(TOOL, json=QUERY, headers=_bearer(API_KEY)).status_code for _ in "abc"]
    assert statuses == [200, 200, 200]
    assert not (data_dir / "ratelimit.db").exists()


@pytest.mark.usefixtures("_restore_logging")
def test_requests_are_served_and_the_failure_logged_once_when_the_counter_file_is_unusable(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (data_dir / "ratelimit.db").mkdir()  # SQLite cannot open a directory, even as root
    settings = make_settings(data_dir, OMEM_RATE_LIMIT_TOOLS="1/minute", OMEM_LOG_FORMAT="json")
    app = create_app(settings)
    before = REGISTRY.get_sample_value("omem_degraded_total", {"path": "rate_limit"}) or 0.0
    client = app.test_client()
    statuses = [client.post(TOOL, json=QUERY, headers=_bearer(API_KEY)).status_code for _ in "abc"]
    db.close()
    assert statuses == [200, 200, 200]
    events = [json.loads(line).get("event") for line in capsys.readouterr().err.splitlines()]
    assert events.count("rate_limit_storage_failed") == 1
    after = REGISTRY.get_sample_value("omem_degraded_total", {"path": "rate_limit"})
    assert after == before + 3


def test_window_restarts_at_one_when_the_stored_window_has_expired(tmp_path: Path) -> None:
    path = tmp_path / "ratelimit.db"
    storage = SqliteCounterStorage(path=str(path))
    assert [storage.incr("k", 60) for _ in range(3)] == [1, 2, 3]
    assert storage.get("k") == 3
    assert time.time() + 55 < storage.get_expiry("k") <= time.time() + 60
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE counters SET expires = ?", (time.time() - 1,))
    assert storage.get("k") == 0
    assert storage.incr("k", 60) == 1
    storage.clear("k")
    assert storage.get("k") == 0 and storage.check() is True


def test_rate_settings_are_normalised_to_what_limits_parses_when_valid(data_dir: Path) -> None:
    settings = make_settings(
        data_dir, OMEM_RATE_LIMIT_TOOLS=" 7 per minute", OMEM_RATE_LIMIT_WEBHOOKS="10/5 seconds"
    )
    assert settings.rate_limit_tools == "7/minute"
    tools, hooks = (
        limits.parse(settings.rate_limit_tools),
        limits.parse(settings.rate_limit_webhooks),
    )
    assert (tools.amount, tools.get_expiry()) == (7, 60)
    assert (hooks.amount, hooks.get_expiry()) == (10, 5)


def test_rate_settings_are_a_config_error_when_malformed(data_dir: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        make_settings(data_dir, OMEM_RATE_LIMIT_TOOLS="lots", OMEM_RATE_LIMIT_WEBHOOKS="0/minute")
    problems = "\n".join(caught.value.problems)
    assert "OMEM_RATE_LIMIT_TOOLS='lots'" in problems
    assert "OMEM_RATE_LIMIT_WEBHOOKS='0/minute'" in problems


def _request(port: int, method: str, path: str, body: bytes = b"") -> tuple[int, dict, bytes]:
    """One request on its own connection (sync workers then take turns accepting)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        headers = {**_bearer(API_KEY), "Content-Type": "application/json"}
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def _access_lines(log: Path, path: str) -> list[tuple[str, str]]:
    """(worker pid, status) of each access-log line for `path`."""
    lines = log.read_text().splitlines() if log.exists() else []
    return [(pid, status) for pid, status, url in (ln.split() for ln in lines) if url == path]


@pytest.fixture
def gunicorn(tmp_path: Path, data_dir: Path) -> Iterator[tuple[int, Path]]:
    """gunicorn with omem's config, 3 sync workers and 20 conversation-inits per key a minute;
    the access log records which worker answered each request."""
    port, access = free_port(), tmp_path / "access.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OMEM_", "PROMETHEUS_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        OMEM_DATA_DIR=str(data_dir),
        OMEM_BIND=f"127.0.0.1:{port}",
        OMEM_WEB_WORKERS="3",
        OMEM_RATE_LIMIT_WEBHOOKS="20/minute",
        OMEM_API_KEYS=API_KEY,
        OMEM_ENCRYPTION_KEYS=ENCRYPTION_KEY,
        OMEM_ELEVENLABS_WEBHOOK_SECRETS=WEBHOOK_SECRET,
        OMEM_SECRET_KEY="s" * 40,
        OMEM_LOG_LEVEL="WARNING",
    )
    argv = [
        *(sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py")),
        *("--access-logfile", str(access), "--access-logformat", "%(p)s %(s)s %(U)s"),
    ]
    with open(tmp_path / "gunicorn.log", "wb") as out:
        proc = subprocess.Popen(argv, cwd=tmp_path, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        # Until every worker has answered: only then do requests spread over all three.
        deadline = time.monotonic() + 60
        while len({pid for pid, _ in _access_lines(access, "/health/live")}) < 3:
            assert proc.poll() is None, (tmp_path / "gunicorn.log").read_text()[-2000:]
            assert time.monotonic() < deadline, "the workers never all answered"
            with ThreadPoolExecutor(6) as pool:
                list(pool.map(lambda _: _probe(port), range(6)))
        yield port, access
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def _probe(port: int) -> None:
    try:
        _request(port, "GET", "/health/live")
    except OSError:
        time.sleep(0.2)  # not listening yet


@pytest.mark.slow
def test_limit_holds_across_gunicorn_workers_when_requests_spread_over_them(
    gunicorn: tuple[int, Path],
) -> None:
    port, access = gunicorn
    body = json.dumps({"caller_id": "+14155550123"}).encode()
    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(lambda _: _request(port, "POST", INIT, body), range(30)))
    statuses = sorted(status for status, _, _ in answers)
    assert statuses == [200] * 20 + [429] * 10
    for status, headers, raw in answers:
        if status == 429:
            assert json.loads(raw)["error"] == "rate_limited"
            assert int(headers["Retry-After"]) >= 1
    deadline = time.monotonic() + 10
    while len(served := _access_lines(access, INIT)) < 30 and time.monotonic() < deadline:
        time.sleep(0.05)  # gunicorn logs a request after answering it
    assert len({pid for pid, _ in served}) >= 2, served  # more than one worker counted
