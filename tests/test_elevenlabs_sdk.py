"""Our signature format against the official `elevenlabs` SDK's own verifier, both ways."""

from __future__ import annotations

import time

import pytest
from elevenlabs.client import ElevenLabs
from elevenlabs.errors import BadRequestError
from flask.testing import FlaskClient

from omem.db import db
from omem.models import WebhookEvent
from tests.conftest import WEBHOOK_SECRET
from tests.helpers import el_signature
from tests.helpers import sample

URL = "/api/v1/webhooks/post-call"
SDK = ElevenLabs(api_key="test").webhooks  # built offline; no network is used


def _ours(client: FlaskClient, raw: str, signature: str) -> int:
    headers = {"Content-Type": "application/json", "ElevenLabs-Signature": signature}
    return client.post(URL, data=raw, headers=headers).status_code


def test_sdk_and_omem_both_accept_a_correctly_signed_delivery(client: FlaskClient) -> None:
    raw = sample("post-call-transcription.json")
    signature = el_signature(WEBHOOK_SECRET, raw)
    event = SDK.construct_event(rawBody=raw, sig_header=signature, secret=WEBHOOK_SECRET)
    assert event["data"]["conversation_id"] == "conv_7201k7h3d5rbe0s9m2y4q8pkt1wz"
    assert _ours(client, raw, signature) == 200
    with db.connection_context():
        assert WebhookEvent.select().count() == 1


@pytest.mark.parametrize("case", ["tampered", "wrong_secret", "expired"])
def test_sdk_and_omem_both_refuse_a_bad_delivery(client: FlaskClient, case: str) -> None:
    raw = sample("post-call-transcription.json")
    signature = el_signature(WEBHOOK_SECRET, raw)
    body = raw
    if case == "tampered":
        body = raw.replace('"done"', '"dome"', 1)
    elif case == "wrong_secret":
        signature = el_signature("another-secret", raw)
    else:
        signature = el_signature(WEBHOOK_SECRET, raw, int(time.time()) - 31 * 60)
    with pytest.raises(BadRequestError):
        SDK.construct_event(rawBody=body, sig_header=signature, secret=WEBHOOK_SECRET)
    assert _ours(client, body, signature) == 401
    with db.connection_context():
        assert WebhookEvent.select().count() == 0
