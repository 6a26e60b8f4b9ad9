"""Card numbers and similar secrets are masked in memories and summaries (written and spoken
forms), so an agent can never read one back; the encrypted transcript keeps what was said."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from omem.db import db
from omem.memory import summary
from omem.memory.redact import CARD
from omem.memory.redact import luhn_valid
from omem.memory.redact import redact
from omem.models import ConversationTurn
from omem.models import Memory
from omem.models import User
from tests.conftest import WEBHOOK_SECRET
from tests.conftest import make_settings
from tests.helpers import el_signature
from tests.helpers import run_queue
from tests.helpers import sample

VISA = "4111111111111111"
SPOKEN_VISA = "four one one one, one one one one, one one one one, one one one one"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("My card is 4111 1111 1111 1111.", f"My card is {CARD}."),
        ("It's 4111-1111-1111-1111, expiry 12 26.", f"It's {CARD}, expiry 12 26."),
        (f"Card number {VISA}", f"Card number {CARD}"),
        (f"The number is {SPOKEN_VISA}.", f"The number is {CARD}."),
        ("Four double one one, one one one one, one one one one, one one one one.", f"{CARD}."),
        ("Mastercard 5555 5555 5555 4444 please", f"Mastercard {CARD} please"),
        ("Amex 3782 822463 10005.", f"Amex {CARD}."),
        ("The CVV is 123.", "The CVV is [security code removed]."),
        ("security code seven three one", "security code [security code removed]"),
        ("my SSN is 123-45-6789", "my SSN is [social security number removed]"),
    ],
)
def test_secrets_are_masked_when_written_or_spoken(said: str, expected: str) -> None:
    assert redact(said) == expected


@pytest.mark.parametrize(
    "said",
    [
        "My order number is 1234 5678 9012 3456.",  # 16 digits, not Luhn-valid
        "Call me at 415 555 0123 after six.",
        "I have one dog, two cats and three kids.",
        "Oh, one more thing: invoice INV-20931 and refund R-7741.",
        "The gate code is 4412.",
    ],
)
def test_ordinary_numbers_are_kept(said: str) -> None:
    assert redact(said) == said


def test_luhn() -> None:
    assert luhn_valid(VISA) and luhn_valid("378282246310005")
    assert not luhn_valid("4111111111111112")


def test_card_said_in_a_call_never_reaches_memories_summary_or_tools_but_the_transcript_keeps_it(
    client: FlaskClient, auth: dict[str, str], data_dir: Path
) -> None:
    payload = json.loads(sample("post-call-transcription.json"))
    turns = payload["data"]["transcript"]
    turns[1]["message"] = f"My new card is {SPOKEN_VISA}, please use it for the refund."
    turns[3]["message"] = "And the written one is 4111 1111 1111 1111, CVV 123."
    raw = json.dumps(payload)
    headers = {"Content-Type": "application/json",
               "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw)}  # fmt: skip
    assert client.post("/api/v1/webhooks/post-call", data=raw, headers=headers).status_code == 200
    run_queue()
    number = payload["data"]["metadata"]["phone_call"]["external_number"]
    card = {"caller_id": number, "content": "Remember my card 5555 5555 5555 4444"}
    stored = client.post("/api/v1/tools/memory-store", headers=auth, json=card)
    assert stored.status_code == 200 and CARD in stored.get_json()["memory"]["content"]
    with db.connection_context():
        user = User.get()
        summary.refresh_summary(user.id, make_settings(data_dir))
        user = User.get()
        memories = [m.content for m in Memory.select()]
        transcript = " ".join(t.message or "" for t in ConversationTurn.select())
    assert any(CARD in m for m in memories)
    for text in [*memories, user.summary]:
        for secret in ("4111", "four one one one", "5555 5555", "CVV 123"):
            assert secret not in text
    assert SPOKEN_VISA in transcript and "4111 1111 1111 1111" in transcript
    ask = {"user_id": user.uid, "query": "what card should the refund go to"}
    query = client.post("/api/v1/tools/memory-query", headers=auth, json=ask)
    assert "4111" not in query.get_data(as_text=True)
