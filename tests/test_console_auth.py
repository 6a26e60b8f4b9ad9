"""The console's door: sessions, CSRF, roles, the sign-in throttle, and that no console
route answers without a session (walked from the URL map, so a new route is covered)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from omem import create_app
from omem.admin import accounts
from omem.admin import auth
from omem.config import Settings
from omem.db import db
from omem.models import AuditEntry
from omem.models import OperatorSession
from tests.conftest import make_settings

PASSWORD = "correct horse battery"


@pytest.fixture
def operators(conn: None) -> dict[str, str]:
    accounts.create_operator("ada", "admin", PASSWORD)
    accounts.create_operator("vic", "viewer", PASSWORD)
    return {"admin": "ada", "viewer": "vic"}


def _login_token(client: FlaskClient) -> str:
    page = client.get("/admin/login")
    assert page.status_code == 200
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.get_data(as_text=True))
    assert match
    return match.group(1)


def sign_in(client: FlaskClient, name: str, password: str = PASSWORD, **extra: str):  # type: ignore[no-untyped-def]
    token = _login_token(client)
    return client.post(
        "/admin/login",
        data={"username": name, "password": password, "csrf_token": token, **extra},
    )


def _csrf(client: FlaskClient) -> str:
    page = client.get("/admin/keys")
    match = re.search(r'"X-CSRF-Token": "([^"]+)"', page.get_data(as_text=True))
    assert match, page.get_data(as_text=True)[:500]
    return match.group(1)


def _console_urls(app: Flask) -> list[tuple[str, str]]:
    urls = []
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/admin") or rule.endpoint.startswith("console_auth."):
            continue
        values = {arg: ("1" if arg.endswith("id") else "x") for arg in rule.arguments}
        path = rule.rule
        for arg, value in values.items():
            path = re.sub(rf"<(?:[a-z]+:)?{arg}>", value, path)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            urls.append((method, path))
    return urls


def test_every_console_route_sends_a_stranger_to_the_sign_in_form(
    app: Flask, client: FlaskClient
) -> None:
    urls = _console_urls(app)
    assert ("GET", "/admin") in urls or ("GET", "/admin/") in urls
    assert len(urls) >= 5
    for method, path in urls:
        response = client.open(path, method=method)
        assert response.status_code == 302, (method, path, response.status_code)
        assert response.headers["Location"].startswith("/admin/login"), (method, path)
        # htmx asks for a fragment: 401 and a whole-page redirect instead of a login form
        # swapped into the page.
        partial = client.open(path, method=method, headers={"HX-Request": "true"})
        assert partial.status_code == 401, (method, path)
        assert partial.headers["HX-Redirect"].startswith("/admin/login")


def test_signing_in_sets_a_strict_cookie_and_a_new_session_each_time(
    client: FlaskClient, operators: dict[str, str]
) -> None:
    first = sign_in(client, "ada")
    assert first.status_code == 303 and first.headers["Location"] == "/admin"
    cookie = next(c for c in first.headers.getlist("Set-Cookie") if c.startswith("omem_console="))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/admin" in cookie
    assert "Secure" not in cookie  # development: plain http on loopback
    old_token = client.get_cookie("omem_console", path="/admin").value
    second = sign_in(client, "ada")
    new_token = client.get_cookie("omem_console", path="/admin").value
    assert second.status_code == 303 and new_token != old_token
    # The old session is gone: only the new one is stored, and only as a hash.
    assert OperatorSession.select().count() == 1
    assert OperatorSession.get().token_hash not in (old_token, new_token)
    assert client.get("/admin/keys").status_code == 200


def test_the_cookie_is_secure_in_production(data_dir: Path) -> None:
    client = _client_with(data_dir, OMEM_ENV="production", OMEM_BIND="127.0.0.1:8000")
    response = sign_in(client, "ada")
    cookie = next(
        c for c in response.headers.getlist("Set-Cookie") if c.startswith("omem_console=")
    )
    assert "Secure" in cookie and "HttpOnly" in cookie


def test_a_session_ends_when_idle_or_too_old(
    settings: Settings, operators: dict[str, str]
) -> None:
    operator = accounts.list_operators()[0]
    start = dt.datetime(2026, 12, 4, 9, 0)
    token = auth.start_session(operator, start)
    idle = dt.timedelta(minutes=settings.console_idle_minutes)
    # Active every few minutes, it lives until the absolute limit.
    moment = start
    while moment < start + dt.timedelta(hours=settings.console_session_hours - 1):
        moment += idle / 2
        assert auth.find_session(token, settings, moment) is not None
    assert auth.find_session(token, settings, start + dt.timedelta(hours=13)) is None
    assert OperatorSession.select().count() == 0  # the expired row is deleted
    quiet = auth.start_session(operator, start)
    assert auth.find_session(quiet, settings, start + idle + dt.timedelta(seconds=1)) is None


def test_disabling_an_operator_or_changing_the_password_ends_their_sessions(
    client: FlaskClient, operators: dict[str, str]
) -> None:
    sign_in(client, "ada")
    assert client.get("/admin/keys").status_code == 200
    accounts.set_password("ada", PASSWORD + "!")
    assert client.get("/admin/keys").status_code == 302
    sign_in(client, "ada", PASSWORD + "!")
    accounts.disable_operator("ada")
    assert client.get("/admin/keys").status_code == 302
    assert sign_in(client, "ada", PASSWORD + "!").status_code == 401


def test_a_mutation_without_the_csrf_token_is_refused(
    client: FlaskClient, operators: dict[str, str]
) -> None:
    sign_in(client, "ada")
    refused = client.post("/admin/keys", data={"name": "k1"})
    assert refused.status_code == 403 and "csrf_failed" in refused.get_data(as_text=True)
    wrong = client.post("/admin/keys", data={"name": "k1", "csrf_token": "guess"})
    assert wrong.status_code == 403
    token = _csrf(client)
    made = client.post("/admin/keys", data={"name": "k1", "csrf_token": token})
    assert made.status_code == 200 and "omem_" in made.get_data(as_text=True)
    by_header = client.post("/admin/keys", data={"name": "k2"}, headers={"X-CSRF-Token": token})
    assert by_header.status_code == 200
    assert [e.action for e in AuditEntry.select()] == ["key.create", "key.create"]
    assert {e.actor for e in AuditEntry.select()} == {"operator:ada"}


def test_the_sign_in_form_needs_its_own_token(
    client: FlaskClient, operators: dict[str, str]
) -> None:
    response = client.post("/admin/login", data={"username": "ada", "password": PASSWORD})
    assert response.status_code == 403
    assert client.get_cookie("omem_console", path="/admin") is None


def test_a_viewer_reads_but_changes_nothing(
    client: FlaskClient, operators: dict[str, str]
) -> None:
    sign_in(client, "vic")
    page = client.get("/admin/keys")
    assert page.status_code == 200
    assert "Create key" not in page.get_data(as_text=True)
    refused = client.post("/admin/keys", data={"name": "k1", "csrf_token": _csrf(client)})
    assert refused.status_code == 403 and "viewer_read_only" in refused.get_data(as_text=True)
    assert AuditEntry.select().count() == 0


def test_sign_out_ends_the_session(client: FlaskClient, operators: dict[str, str]) -> None:
    sign_in(client, "ada")
    token = _csrf(client)
    assert client.post("/admin/logout", data={"csrf_token": token}).status_code == 303
    assert OperatorSession.select().count() == 0
    assert client.get("/admin/keys").status_code == 302


def test_next_only_leads_inside_the_console(
    client: FlaskClient, operators: dict[str, str]
) -> None:
    assert sign_in(client, "ada", next="/admin/keys").headers["Location"] == "/admin/keys"
    for hostile in ("https://evil.example/admin", "//evil.example/admin", "/health"):
        assert sign_in(client, "ada", next=hostile).headers["Location"] == "/admin"


def _client_with(data_dir: Path, **environ: str) -> FlaskClient:
    """A client of an app with these settings, and the two operators."""
    app = create_app(make_settings(data_dir, **environ))
    with db.connection_context():
        accounts.create_operator("ada", "admin", PASSWORD)
    return app.test_client()


def test_failures_back_off_then_lock_and_never_tell_whether_the_account_exists(
    data_dir: Path,
) -> None:
    client = _client_with(data_dir, OMEM_SIGN_IN_FAILURES_ACCOUNT="2/15 minutes")

    def answers(name: str) -> list[tuple[int, str]]:
        out = []
        for password in ("wrong-password-1", "wrong-password-2", PASSWORD):
            response = sign_in(client, name, password)
            text = re.sub(rf"\b{name}\b", "NAME", response.get_data(as_text=True))
            text = re.sub(r'value="[^"]{20,}"', "", text)  # the per-form CSRF token
            text = re.sub(r"in \d+ seconds", "in N seconds", text)
            out.append((response.status_code, text))
        return out

    known, unknown = answers("ada"), answers("nobody")
    assert [status for status, _ in known] == [401, 401, 429]  # the right password too
    assert [status for status, _ in unknown] == [401, 401, 429]
    assert known == unknown  # same statuses, same words: nothing tells the two apart


def test_backoff_starts_at_the_third_failure(data_dir: Path) -> None:
    client = _client_with(data_dir)
    statuses = [sign_in(client, "ada", "wrong-password-x").status_code for _ in range(4)]
    assert statuses == [401, 401, 401, 429]
    waited = sign_in(client, "ada", PASSWORD)
    assert waited.status_code == 429 and int(waited.headers["Retry-After"]) in (1, 2)


def test_an_address_is_locked_across_account_names(data_dir: Path) -> None:
    client = _client_with(data_dir, OMEM_SIGN_IN_FAILURES_ADDRESS="3/15 minutes")
    for name in ("a1", "a2", "a3"):
        assert sign_in(client, name, "wrong-password-x").status_code == 401
    assert sign_in(client, "ada", PASSWORD).status_code == 429
