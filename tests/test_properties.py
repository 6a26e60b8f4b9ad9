"""Property-based tests (hypothesis): whatever the input, the signature parser, phone
normalisation and request validation answer with their own errors or a result, and never
raise anything else; over HTTP, nothing is a 5xx."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from typing import Any

from flask import Flask
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings as examples
from hypothesis import strategies as st

from omem import create_app
from omem.config import Settings
from omem.errors import ApiError
from omem.payloads import InitRequest
from omem.phones import normalize_caller_id
from omem.security import SignatureError
from omem.security import verify_signature
from omem.tools import MemoryQuery
from omem.tools import MemoryStore
from omem.validation import validate
from tests.conftest import API_KEY
from tests.conftest import make_settings

SECRET = "wsec_property_secret"
E164 = re.compile(r"^\+[1-9]\d{1,14}$")  # the format; how short depends on the country
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
QUICK = examples(max_examples=200, deadline=None, derandomize=True, database=None)


def _sign(body: bytes, t: int) -> str:
    mac = hmac.new(SECRET.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={t},v0={mac}"


@QUICK
@given(header=st.one_of(st.none(), st.text(), st.from_regex(r"t=-?\d{0,12},v0=[0-9a-fA-F]*")))
def test_any_signature_header_is_accepted_or_a_signature_error(header: str | None) -> None:
    try:
        verify_signature(b"{}", header, [SECRET], time.time(), 1800, 300)
    except SignatureError as exc:
        assert exc.status == 401 and exc.code.endswith("_signature")


@QUICK
@given(body=st.binary(max_size=200), offset=st.integers(-1790, 290))
def test_a_correct_signature_verifies_and_any_one_byte_change_does_not(
    body: bytes, offset: int
) -> None:
    now = time.time()
    header = _sign(body, int(now) + offset)
    verify_signature(body, header, ["other", SECRET], now, 1800, 300)
    changed = bytes([body[0] ^ 1]) + body[1:] if body else b"x"
    try:
        verify_signature(changed, header, [SECRET], now, 1800, 300)
    except SignatureError as exc:
        assert exc.code == "invalid_signature"
    else:
        raise AssertionError("a changed body verified")


@QUICK
@given(raw=st.one_of(JSON, st.from_regex(r"\+?[\d\s().\-]{0,24}", fullmatch=True)))
def test_phone_normalisation_gives_e164_or_nothing_for_any_input(raw: Any) -> None:
    number = normalize_caller_id(raw, "US")
    assert number is None or E164.match(number), number
    assert number is None or normalize_caller_id(number, "GB") == number  # a fixed point


@QUICK
@given(data=JSON)
def test_request_validation_raises_only_api_errors_for_any_json(data: Any) -> None:
    for schema in (MemoryQuery, MemoryStore, InitRequest):
        try:
            validate(schema, data)
        except ApiError as exc:
            assert 400 <= exc.status < 500


@examples(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    path=st.sampled_from(
        [
            "/api/v1/tools/memory-query",
            "/api/v1/tools/memory-store",
            "/api/v1/webhooks/conversation-init",
            "/api/v1/webhooks/post-call",
            "/api/v1/admin/keys",
        ]
    ),
    body=st.one_of(JSON.map(json.dumps), st.text(max_size=300)).map(str.encode)
    | st.binary(max_size=300),
    content_type=st.sampled_from(["application/json", "text/plain", ""]),
)
def test_no_body_makes_any_endpoint_answer_5xx(
    settings: Settings, path: str, body: bytes, content_type: str
) -> None:
    app = _app(settings)
    headers = {"Authorization": f"Bearer {API_KEY}"}
    if content_type:
        headers["Content-Type"] = content_type
    if path.endswith("post-call"):
        headers["ElevenLabs-Signature"] = _sign(body, int(time.time()))
    response = app.test_client().post(path, data=body, headers=headers)
    assert response.status_code < 500, response.get_data(as_text=True)
    assert response.is_json


_apps: dict[str, Flask] = {}


def _app(settings: Settings) -> Flask:
    """One app per test data dir (hypothesis reuses the function-scoped fixture)."""
    key = str(settings.data_dir)
    if key not in _apps:
        _apps.clear()
        _apps[key] = create_app(
            make_settings(
                settings.data_dir,
                OMEM_RATE_LIMITS_ENABLED="false",
                OMEM_ELEVENLABS_WEBHOOK_SECRETS=SECRET,
            )
        )
    return _apps[key]
