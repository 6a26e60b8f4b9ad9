"""Security headers on every answer (CSP without inline script on pages, no framing), and
CORS only for the origins the operator allows (none by default)."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask.testing import FlaskClient

from omem import create_app
from omem.headers import CSP
from tests.conftest import make_settings

ORIGIN = "https://console.example.com"


def test_html_pages_carry_a_csp_without_inline_script_and_refuse_framing(
    client: FlaskClient,
) -> None:
    for path in ("/docs", "/redoc"):
        response = client.get(path)
        assert response.status_code == 200 and response.mimetype == "text/html"
        csp = response.headers["Content-Security-Policy"]
        assert csp == CSP
        assert (
            "script-src 'self'" in csp
            and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
        )
        assert "frame-ancestors 'none'" in csp
        assert response.headers["X-Frame-Options"] == "DENY"
        assert "<script>" not in response.get_data(as_text=True)  # every script is a file


@pytest.mark.parametrize("path", ["/health", "/openapi.json", "/api/v1/tools/memory-query"])
def test_every_answer_is_nosniff_and_sends_no_referrer(client: FlaskClient, path: str) -> None:
    response = client.get(path) if not path.startswith("/api") else client.post(path, json={})
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_no_origin_is_allowed_when_cors_is_not_configured(client: FlaskClient) -> None:
    response = client.get("/health", headers={"Origin": ORIGIN})
    assert "Access-Control-Allow-Origin" not in response.headers
    preflight = client.options(
        "/api/v1/tools/memory-query",
        headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST"},
    )
    assert "Access-Control-Allow-Origin" not in preflight.headers


def test_only_listed_origins_get_cors_headers_when_an_allow_list_is_set(data_dir: Path) -> None:
    settings = make_settings(data_dir, OMEM_CORS_ORIGINS=f"{ORIGIN}, https://other.example")
    client = create_app(settings).test_client()
    allowed = client.get("/health", headers={"Origin": ORIGIN})
    assert allowed.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert "Origin" in allowed.headers.get_all("Vary")
    stranger = client.get("/health", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in stranger.headers
    preflight = client.options(
        "/api/v1/tools/memory-query",
        headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "authorization, content-type"},
    )  # fmt: skip
    assert preflight.status_code == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert "Authorization" in preflight.headers["Access-Control-Allow-Headers"]
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
