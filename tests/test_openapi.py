"""`/openapi.json` covers every public route; `/docs` and `/redoc` load only vendored assets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

IGNORED_METHODS = {"HEAD", "OPTIONS"}
REMOTE = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)


def _is_public(endpoint: str) -> bool:
    # static files, the spec and its viewers, the Prometheus scrape endpoint, and the
    # console's HTML pages (the JSON API under them is documented).
    return not (
        endpoint == "static"
        or endpoint.startswith(("openapi.", "prometheus", "console.", "console_auth."))
    )


def _openapi_path(rule: str) -> str:
    return re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule)


def _public_operations(app: Flask) -> set[tuple[str, str]]:
    return {
        (_openapi_path(rule.rule), method.lower())
        for rule in app.url_map.iter_rules()
        if _is_public(rule.endpoint)
        for method in (rule.methods or set()) - IGNORED_METHODS
    }


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {name: value or "" for name, value in attrs}))


def _tags(html: str) -> list[tuple[str, dict[str, str]]]:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser.tags


@pytest.fixture
def spec(client: FlaskClient) -> dict[str, Any]:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    body: dict[str, Any] = response.get_json()
    return body


def test_spec_is_openapi_3_1_when_served(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.1.0"
    assert spec["info"]["title"] == "omem"
    assert spec["info"]["version"]
    assert spec["components"]["securitySchemes"]["bearer"] == {"type": "http", "scheme": "bearer"}


def test_every_public_route_and_method_is_documented_when_registered(
    app: Flask, spec: dict[str, Any]
) -> None:
    expected = _public_operations(app)
    assert ("/api/v1/admin/keys", "post") in expected  # the derivation sees real routes
    documented = {(path, method) for path, ops in spec["paths"].items() for method in ops}
    assert sorted(expected - documented) == []


def test_spec_names_no_route_when_it_is_not_registered(app: Flask, spec: dict[str, Any]) -> None:
    documented = {(path, method) for path, ops in spec["paths"].items() for method in ops}
    assert sorted(documented - _public_operations(app)) == []


def test_every_operation_has_summary_id_and_path_parameters_when_documented(
    spec: dict[str, Any],
) -> None:
    operation_ids = []
    for path, operations in spec["paths"].items():
        declared = re.findall(r"{([^}]+)}", path)
        for operation in operations.values():
            assert operation["summary"], path
            assert operation["responses"], path
            operation_ids.append(operation["operationId"])
            names = [p["name"] for p in operation.get("parameters", []) if p["in"] == "path"]
            assert names == declared, path
    assert len(operation_ids) == len(set(operation_ids))


def test_every_ref_resolves_when_the_spec_is_built(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    refs = set(_refs(spec))
    assert "#/components/schemas/Error" in refs
    for ref in refs:
        assert ref.startswith("#/components/schemas/"), ref
        assert ref.removeprefix("#/components/schemas/") in schemas, ref


def test_key_creation_documents_body_schema_and_errors_when_admin_only(
    spec: dict[str, Any],
) -> None:
    operation = spec["paths"]["/api/v1/admin/keys"]["post"]
    body_schema = operation["requestBody"]["content"]["application/json"]["schema"]
    assert body_schema == {"$ref": "#/components/schemas/KeyCreate"}
    assert operation["requestBody"]["required"] is True
    key_create = spec["components"]["schemas"]["KeyCreate"]
    assert {"name", "scopes", "expires_at"} <= set(key_create["properties"])
    assert key_create["required"] == ["name"]
    assert key_create["additionalProperties"] is False
    error_ref = {"$ref": "#/components/schemas/Error"}
    for status in ("401", "403", "422"):
        assert operation["responses"][status]["content"]["application/json"]["schema"] == error_ref
    assert operation["security"] == [{"bearer": []}]


def test_spec_documents_201_when_a_key_is_created(
    client: FlaskClient, auth: dict[str, str], spec: dict[str, Any]
) -> None:
    actual = client.post("/api/v1/admin/keys", json={"name": "documented"}, headers=auth)
    assert actual.status_code == 201
    responses = spec["paths"]["/api/v1/admin/keys"]["post"]["responses"]
    success = sorted(status for status in responses if status.startswith("2"))
    assert success == ["201"]
    schema = responses["201"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/KeyCreated"}


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_page_loads_only_local_static_assets_when_rendered(
    client: FlaskClient, page: str
) -> None:
    response = client.get(page)
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    tags = _tags(response.get_data(as_text=True))
    scripts = [attrs for tag, attrs in tags if tag == "script"]
    assert scripts, "the page loads its viewer"
    assert all(attrs.get("src") for attrs in scripts), "inline <script> without src"
    assets = [attrs["src"] for attrs in scripts]
    assets += [attrs["href"] for tag, attrs in tags if tag == "link" and "href" in attrs]
    assert all(url.startswith("/static/") for url in assets), assets
    for _, attrs in tags:
        for name in ("src", "href", "data-spec-url"):
            assert not REMOTE.match(attrs.get(name, "")), attrs
        assert not [name for name in attrs if name.startswith("on")], attrs
    assert any(attrs.get("data-spec-url") == "/openapi.json" for _, attrs in tags)
    for url in assets:
        asset = client.get(url)
        try:
            assert asset.status_code == 200, url
            assert asset.get_data(), url
        finally:
            asset.close()
