"""The one error shape on every error path: routing, bodies, limits, auth, crashes, outages."""

from __future__ import annotations

import json
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient
from werkzeug.exceptions import TooManyRequests

from omem import create_app
from omem.config import Settings
from omem.db import db
from omem.models import ApiKey
from omem.security import create_api_key
from tests.conftest import make_settings
from tests.helpers import assert_error

KEYS = "/api/v1/admin/keys"


def _key_count() -> int:
    with db.connection_context():
        return ApiKey.select().count()


def test_unknown_path_is_a_json_404_when_no_route_matches(client: FlaskClient) -> None:
    body = assert_error(client.get("/no/such/path"), 404, "not_found")
    assert "details" not in body


def test_wrong_method_is_a_json_405_with_allow_when_route_exists(client: FlaskClient) -> None:
    response = client.post("/health/live")
    assert_error(response, 405, "method_not_allowed")
    assert set(response.headers["Allow"].replace(" ", "").split(",")) == {"GET", "HEAD", "OPTIONS"}


def test_delete_on_the_collection_is_405_listing_get_and_post_when_only_those_exist(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    response = client.delete(KEYS, headers=auth)
    assert_error(response, 405, "method_not_allowed")
    assert {"GET", "POST"} <= set(response.headers["Allow"].replace(" ", "").split(","))


def test_form_body_is_415_and_stores_nothing_when_json_is_expected(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    response = client.post(
        KEYS, data="name=x", content_type="application/x-www-form-urlencoded", headers=auth
    )
    body = assert_error(response, 415, "unsupported_media_type")
    assert "application/json" in body["message"]
    assert _key_count() == 0


def test_malformed_json_is_400_invalid_json_when_body_does_not_parse(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    response = client.post(KEYS, data='{"name": ', content_type="application/json", headers=auth)
    assert_error(response, 400, "invalid_json")
    assert _key_count() == 0


def test_non_utf8_body_is_400_invalid_json_when_bytes_do_not_decode(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    response = client.post(
        KEYS, data=b'{"name": "\xff\xfe"}', content_type="application/json", headers=auth
    )
    assert_error(response, 400, "invalid_json")
    assert _key_count() == 0


def test_invalid_fields_are_422_with_details_when_schema_rejects_them(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    response = client.post(
        KEYS, json={"name": "", "scopes": ["root"], "colour": "red"}, headers=auth
    )
    body = assert_error(response, 422, "invalid_request")
    fields = {detail["field"] for detail in body["details"]}
    assert fields == {"name", "scopes.0", "colour"}
    for detail in body["details"]:
        assert detail["problem"] and detail["type"]
    assert _key_count() == 0


def test_non_object_body_is_422_on_the_body_when_json_is_a_list(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    body = assert_error(client.post(KEYS, json=["name"], headers=auth), 422, "invalid_request")
    assert [detail["field"] for detail in body["details"]] == ["(body)"]


def test_body_above_the_limit_is_413_and_stores_nothing_when_max_body_is_1_mib(
    data_dir: Path, auth: dict[str, str]
) -> None:
    client = create_app(make_settings(data_dir, OMEM_MAX_BODY_MB="1")).test_client()
    payload = json.dumps({"name": "x" * (2 * 1024 * 1024)})
    response = client.post(KEYS, data=payload, content_type="application/json", headers=auth)
    assert_error(response, 413, "payload_too_large")
    assert _key_count() == 0


def test_missing_key_is_401_invalid_api_key_when_no_authorization_header(
    client: FlaskClient,
) -> None:
    response = client.post(KEYS, json={"name": "nope"})
    assert_error(response, 401, "invalid_api_key")
    assert _key_count() == 0


def test_key_without_scope_is_403_insufficient_scope_when_admin_is_required(
    client: FlaskClient,
) -> None:
    # Not the `conn` fixture: the request's teardown closes the shared connection under it.
    with db.connection_context():
        _, plaintext = create_api_key("tools only", ["tools"])
    response = client.post(
        KEYS, json={"name": "escalate"}, headers={"Authorization": f"Bearer {plaintext}"}
    )
    assert_error(response, 403, "insufficient_scope")
    with db.connection_context():
        assert [key.name for key in ApiKey.select()] == ["tools only"]


def test_rate_limit_is_429_keeping_retry_after_when_a_limit_is_hit(app: Flask) -> None:
    def limited() -> str:
        raise TooManyRequests(retry_after=30)

    app.add_url_rule("/_test/limited", "limited", limited)
    response = app.test_client().get("/_test/limited")
    body = assert_error(response, 429, "rate_limited")
    assert response.headers["Retry-After"] == "30"
    assert "retry" in body["message"].lower()


def test_crash_is_500_without_the_exception_text_when_a_view_raises(app: Flask) -> None:
    def crash() -> str:
        raise RuntimeError("secret detail")

    app.add_url_rule("/_test/crash", "crash", crash)
    response = app.test_client().get("/_test/crash")
    body = assert_error(response, 500, "internal_error")
    text = response.get_data(as_text=True)
    assert "secret detail" not in text
    assert "RuntimeError" not in text
    assert set(body) == {"error", "message", "request_id"}


def test_database_error_is_503_with_retry_after_when_the_file_is_unusable(
    tmp_path: Path, auth: dict[str, str]
) -> None:
    settings: Settings = make_settings(tmp_path / "data")
    settings.db_path.mkdir(parents=True)  # a directory where the database file should be
    client = create_app(settings).test_client()
    response = client.get(KEYS, headers=auth)
    body = assert_error(response, 503, "database_unavailable")
    assert response.headers["Retry-After"] == "5"
    assert "secret" not in json.dumps(body).lower()
    assert settings.db_path.is_dir()
