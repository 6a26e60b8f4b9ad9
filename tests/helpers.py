"""Assertions shared by tests."""

from __future__ import annotations

from werkzeug.test import TestResponse


def assert_error(response: TestResponse, status: int, code: str) -> dict[str, object]:
    """The canonical error shape: status, JSON, stable code, message and request id."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert body["error"] == code
    assert isinstance(body["message"], str) and body["message"]
    assert body["request_id"] == response.headers["X-Request-ID"]
    assert "Traceback" not in response.get_data(as_text=True)
    return body
