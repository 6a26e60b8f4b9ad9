"""API keys: bootstrap keys, create (shown once, stored hashed), scopes, list, revoke, expiry."""

from __future__ import annotations

import datetime as dt
import hmac
import os
import time
from collections.abc import Callable
from collections.abc import Iterator

import pytest
from flask import Flask
from flask import g
from flask import jsonify
from flask.testing import FlaskClient

from omem import security
from omem.clock import utcnow
from omem.config import Settings
from omem.db import db
from omem.models import ApiKey
from tests.conftest import API_KEY
from tests.helpers import assert_error

KEYS = "/api/v1/admin/keys"
KEY_OUT_FIELDS = {
    "id",
    "name",
    "prefix",
    "scopes",
    "created_at",
    "expires_at",
    "revoked_at",
    "last_used_at",
}


def _bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def _create(client: FlaskClient, auth: dict[str, str], **body: object) -> dict[str, object]:
    response = client.post(KEYS, json={"name": "test key", **body}, headers=auth)
    assert response.status_code == 201, response.get_data(as_text=True)
    created: dict[str, object] = response.get_json()
    return created


def _row(key_id: object) -> ApiKey:
    with db.connection_context():
        row: ApiKey = ApiKey.get_by_id(key_id)
        return row


@pytest.fixture
def server_tz() -> Iterator[Callable[[str], None]]:
    saved = os.environ.get("TZ")

    def set_tz(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield set_tz
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    time.tzset()


@pytest.mark.parametrize("scope", ["tools", "webhooks", "admin"])
def test_bootstrap_key_passes_every_scope_when_configured_in_settings(
    app: Flask, scope: str
) -> None:
    def whoami() -> object:
        return jsonify(name=g.principal.name, scopes=sorted(g.principal.scopes))

    app.add_url_rule(f"/_test/{scope}", f"whoami_{scope}", security.require_key(scope)(whoami))
    response = app.test_client().get(f"/_test/{scope}", headers=_bearer(API_KEY))
    assert response.status_code == 200
    assert response.get_json() == {"name": "bootstrap", "scopes": ["admin", "tools", "webhooks"]}


def test_bootstrap_key_is_accepted_when_the_scheme_is_lowercase(client: FlaskClient) -> None:
    response = client.get(KEYS, headers={"Authorization": f"bearer {API_KEY}"})
    assert response.status_code == 200
    assert response.get_json() == {"keys": []}


def test_created_key_is_shown_once_and_stored_as_its_hash_when_posted(
    client: FlaskClient, auth: dict[str, str], settings: Settings
) -> None:
    created = _create(client, auth, name="ops laptop", scopes=["admin", "tools"])
    plaintext = str(created["key"])
    assert plaintext.startswith(security.KEY_PREFIX)
    assert len(plaintext) >= 40
    assert created["prefix"] == plaintext[:12]
    assert created["scopes"] == ["admin", "tools"]
    assert set(created) == KEY_OUT_FIELDS | {"key"}
    row = _row(created["id"])
    assert row.key_hash == security.hash_key(plaintext)
    assert row.name == "ops laptop"
    assert row.scopes == "tools,admin"
    stored = b"".join(p.read_bytes() for p in sorted(settings.data_dir.rglob("*")) if p.is_file())
    assert row.key_hash.encode() in stored
    assert plaintext.encode() not in stored
    assert plaintext[12:].encode() not in stored


def test_each_created_key_is_different_when_two_are_created(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    first, second = _create(client, auth), _create(client, auth)
    assert first["key"] != second["key"]
    assert first["id"] != second["id"]


@pytest.mark.parametrize(
    ("scopes", "status"),
    [(["admin"], 200), (["tools", "webhooks", "admin"], 200), (["tools", "webhooks"], 403)],
)
def test_created_key_lists_keys_only_when_it_has_admin_scope(
    client: FlaskClient, auth: dict[str, str], scopes: list[str], status: int
) -> None:
    created = _create(client, auth, scopes=scopes)
    response = client.get(KEYS, headers=_bearer(str(created["key"])))
    if status == 200:
        assert response.status_code == 200
        assert [key["id"] for key in response.get_json()["keys"]] == [created["id"]]
    else:
        assert_error(response, 403, "insufficient_scope")


def test_list_never_shows_a_key_or_its_hash_when_keys_exist(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    created = [_create(client, auth, name=f"key {n}") for n in range(3)]
    response = client.get(KEYS, headers=auth)
    assert response.status_code == 200
    listed = response.get_json()["keys"]
    assert [key["id"] for key in listed] == [key["id"] for key in reversed(created)]
    assert all(set(key) == KEY_OUT_FIELDS for key in listed)
    text = response.get_data(as_text=True)
    for key in created:
        assert str(key["key"]) not in text
        assert security.hash_key(str(key["key"])) not in text


@pytest.mark.parametrize("by", ["id", "prefix"])
def test_revoked_key_gets_401_when_used_after_delete(
    client: FlaskClient, auth: dict[str, str], by: str
) -> None:
    created = _create(client, auth, scopes=["admin"])
    plaintext = str(created["key"])
    assert client.get(KEYS, headers=_bearer(plaintext)).status_code == 200
    response = client.delete(f"{KEYS}/{created[by]}", headers=auth)
    assert response.status_code == 200
    assert response.get_json()["revoked_at"] is not None
    assert "key" not in response.get_json()
    assert _row(created["id"]).revoked_at is not None
    assert_error(client.get(KEYS, headers=_bearer(plaintext)), 401, "invalid_api_key")


def test_revoked_at_is_kept_when_a_key_is_revoked_twice(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    created = _create(client, auth)
    first = client.delete(f"{KEYS}/{created['id']}", headers=auth).get_json()["revoked_at"]
    second = client.delete(f"{KEYS}/{created['prefix']}", headers=auth).get_json()["revoked_at"]
    assert first == second
    assert _row(created["id"]).revoked_at.isoformat() + "Z" == first  # stored naive UTC


@pytest.mark.parametrize(
    "ident",
    ["12345", "omem_nothing", "²", "9" * 20],
    ids=["unknown-id", "unknown-prefix", "unicode-digit", "beyond-int64"],
)
def test_revoke_is_404_unknown_api_key_when_nothing_matches(
    client: FlaskClient, auth: dict[str, str], ident: str
) -> None:
    created = _create(client, auth)
    assert_error(client.delete(f"{KEYS}/{ident}", headers=auth), 404, "unknown_api_key")
    assert _row(created["id"]).revoked_at is None


def test_expired_key_gets_401_and_is_not_touched_when_expires_at_has_passed(
    client: FlaskClient,
) -> None:
    with db.connection_context():
        key, plaintext = security.create_api_key(
            "expired", ["admin"], expires_at=utcnow() - dt.timedelta(seconds=1)
        )
    assert_error(client.get(KEYS, headers=_bearer(plaintext)), 401, "invalid_api_key")
    assert _row(key.id).last_used_at is None


def test_key_works_until_expiry_when_expires_at_is_in_the_future(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    expires = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).replace(microsecond=0)
    created = _create(client, auth, scopes=["admin"], expires_at=expires.isoformat())
    assert client.get(KEYS, headers=_bearer(str(created["key"]))).status_code == 200
    assert _row(created["id"]).expires_at == expires.replace(tzinfo=None)


def test_stored_expiry_is_the_same_when_the_server_time_zone_differs(
    client: FlaskClient, auth: dict[str, str], server_tz: Callable[[str], None]
) -> None:
    """A naive `expires_at` must not be read in the server's local time zone."""
    outcomes = []
    for zone in ("UTC0", "EST5"):
        server_tz(zone)
        response = client.post(
            KEYS, json={"name": zone, "expires_at": "2030-01-01T00:00:00"}, headers=auth
        )
        expires = (
            _row(response.get_json()["id"]).expires_at if response.status_code == 201 else None
        )
        outcomes.append((response.status_code, expires))
    assert outcomes[0] == outcomes[1]


def test_every_rejection_has_the_same_code_and_message_when_the_key_is_not_valid(
    client: FlaskClient,
) -> None:
    attempts = [
        {},
        {"Authorization": ""},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer omem_unknown_0123456789abcdefghij"},
        {"Authorization": "Basic x"},
        {"Authorization": f"Basic {API_KEY}"},
        {"Authorization": API_KEY},
    ]
    bodies = [assert_error(client.get(KEYS, headers=h), 401, "invalid_api_key") for h in attempts]
    assert {(body["error"], body["message"]) for body in bodies} == {
        ("invalid_api_key", bodies[0]["message"])
    }
    assert all(set(body) == {"error", "message", "request_id"} for body in bodies)


def test_compare_digest_checks_the_presented_key_when_authenticating(
    client: FlaskClient, auth: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    created = _create(client, auth, scopes=["admin"])
    digest = security.hash_key(str(created["key"])).encode()
    calls: list[tuple[bytes, bytes]] = []
    original = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return original(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    assert client.get(KEYS, headers=_bearer(str(created["key"]))).status_code == 200
    assert (digest, digest) in calls  # the stored hash against the presented key's hash
    assert (digest, security.hash_key(API_KEY).encode()) in calls  # every bootstrap key


def test_compare_digest_runs_for_every_bootstrap_key_when_the_key_is_unknown(
    client: FlaskClient, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[bytes, bytes]] = []
    original = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return original(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    token = "omem_unknown_0123456789abcdefghij"
    assert_error(client.get(KEYS, headers=_bearer(token)), 401, "invalid_api_key")
    digest = security.hash_key(token).encode()
    assert calls == [(digest, security.hash_key(k).encode()) for k in settings.api_keys]


def test_last_used_at_is_set_when_a_key_is_used(client: FlaskClient, auth: dict[str, str]) -> None:
    created = _create(client, auth, scopes=["admin"])
    assert _row(created["id"]).last_used_at is None
    before = utcnow()
    response = client.get(KEYS, headers=_bearer(str(created["key"])))
    after = utcnow()
    used = _row(created["id"]).last_used_at
    assert used is not None and before <= used <= after
    assert response.get_json()["keys"][0]["last_used_at"] == used.isoformat() + "Z"


def test_last_used_at_is_refreshed_when_the_previous_use_is_over_a_minute_old(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    created = _create(client, auth, scopes=["admin"])
    stale = utcnow() - dt.timedelta(minutes=5)
    with db.connection_context():
        ApiKey.update(last_used_at=stale).where(ApiKey.id == created["id"]).execute()
    client.get(KEYS, headers=_bearer(str(created["key"])))
    assert _row(created["id"]).last_used_at > stale + dt.timedelta(minutes=4)


def test_bootstrap_key_is_not_stored_when_it_is_used(
    client: FlaskClient, auth: dict[str, str], settings: Settings
) -> None:
    assert client.get(KEYS, headers=auth).status_code == 200
    _create(client, auth)
    stored = b"".join(p.read_bytes() for p in settings.data_dir.rglob("*") if p.is_file())
    assert API_KEY.encode() not in stored
