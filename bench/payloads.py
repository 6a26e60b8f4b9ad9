"""Request bodies as ElevenLabs sends them: conversation-init, and a signed post-call
transcription grown from the real sample payload to any number of turns."""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import random
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "fixtures" / "elevenlabs" / "post-call-transcription.json"
AGENT_ID = "agent_4301k7h2q9x0fz8c1m5vbt6nwe2a"
CALLED_NUMBER = "+18885550142"

_CONV = "@@CONV@@"
_UID = "@@UID@@"
_CALLER = "@@CALLER@@"
_VARIANT = "@@VARIANT@@"

_USER_LINES = (
    "Yeah hi, I'm calling again about the refund on my February invoice",
    "it still has not shown up on my card and it has been almost two weeks now",
    "my daughter needs the connection for her homework every evening",
    "the router drops out around eight o'clock and comes back after ten minutes",
    "I already restarted it twice like the last person told me to do",
    "can you send the confirmation by email instead of calling me back",
    "we are moving to a new flat in Leeds at the end of the month",
    "honestly I am getting a bit frustrated with how long this is taking",
    "the ticket number I was given last time was T 55102 I think",
    "I would prefer a technician visit on a weekday after six if possible",
)
_AGENT_LINES = (
    "Thanks for your patience, let me pull up the details from your last call",
    "I can see the refund R 7741 for forty nine dollars was issued on the twenty seventh",
    "banks usually take five to seven business days to post a refund to the card",
    "I have added a note to the ticket and escalated it to our billing team",
    "would you like me to book a technician for one of the evening slots",
    "I understand, and I am sorry this has taken longer than we promised",
    "I will send a confirmation to the email address we have on file",
    "is there anything else about the move that I can help you plan today",
    "let me check the line diagnostics while we are talking",
    "the signal levels look normal right now but I can see drops last night",
)


def init_body(caller: str, index: int) -> bytes:
    """The conversation-initiation request (Twilio inbound call)."""
    return json.dumps(
        {
            "caller_id": caller,
            "agent_id": AGENT_ID,
            "called_number": CALLED_NUMBER,
            "call_sid": f"CA{index:032x}",
        }
    ).encode()


def _utterance(rng: random.Random, lines: tuple[str, ...], low: int = 15, high: int = 40) -> str:
    target = rng.randint(low, high)
    words: list[str] = []
    while len(words) < target:
        words.extend(rng.choice(lines).split())
    text = " ".join(words[:target])
    return text[0].upper() + text[1:] + "."


def _caller_turn(rng: random.Random) -> str:
    """One to three sentences, one of them naming the call's own reference: every call says
    something no other call said, so its embeddings are computed, not served from a cache."""
    sentences = [_utterance(rng, _USER_LINES, 8, 20) for _ in range(rng.randint(1, 3))]
    marked = rng.randrange(len(sentences))
    sentences[marked] = sentences[marked][:-1] + f", reference {_VARIANT}."
    return " ".join(sentences)


def _turns(sample_turn: dict[str, Any], turns: int, rng: random.Random) -> list[dict[str, Any]]:
    out = []
    for order in range(turns):
        turn = copy.deepcopy(sample_turn)
        agent = order % 2 == 0
        turn["role"] = "agent" if agent else "user"
        turn["message"] = _utterance(rng, _AGENT_LINES) if agent else _caller_turn(rng)
        turn["time_in_call_secs"] = order * 6
        out.append(turn)
    return out


class PostCallTemplate:
    """A post-call transcription body with placeholders, rendered per request by byte
    substitution (cheap enough to do inside the load loop)."""

    def __init__(self, turns: int = 100, seed: int = 7) -> None:
        rng = random.Random(seed)  # noqa: S311 - test data
        envelope = json.loads(SAMPLE.read_text(encoding="utf-8"))
        data = envelope["data"]
        sample_turn = next(t for t in data["transcript"] if t["message"] and not t["tool_calls"])
        data["transcript"] = _turns(sample_turn, turns, rng)
        data["conversation_id"] = _CONV
        data["user_id"] = _UID
        data["metadata"]["call_duration_secs"] = turns * 6
        data["metadata"]["phone_call"]["external_number"] = _CALLER
        init = data["conversation_initiation_client_data"]
        init["user_id"] = _UID
        variables = init["dynamic_variables"]
        variables.update(
            user_id=_UID,
            system__conversation_id=_CONV,
            system__caller_id=_CALLER,
            system__call_duration_secs=turns * 6,
            system__agent_turns=turns // 2,
        )
        self.turns = turns
        self._raw = json.dumps(envelope).encode()

    def render(self, conversation_id: str, uid: str, caller: str) -> bytes:
        """The body for one call; the caller's turns name a reference derived from the
        conversation id (a different call, different words)."""
        variant = str(zlib.crc32(conversation_id.encode()) % 1_000_000)
        return (
            self._raw.replace(_CONV.encode(), conversation_id.encode())
            .replace(_UID.encode(), uid.encode())
            .replace(_CALLER.encode(), caller.encode())
            .replace(_VARIANT.encode(), variant.encode())
        )

    @property
    def size(self) -> int:
        return len(self.render("conv_" + "0" * 28, "omem_usr_" + "0" * 16, "+14152000000"))


def el_signature(secret: str, raw: bytes, timestamp: int) -> str:
    """`ElevenLabs-Signature` over the exact bytes sent: HMAC-SHA256 of "<t>.<raw>"."""
    message = str(timestamp).encode() + b"." + raw
    return f"t={timestamp},v0={hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()}"


def mix_caller(series: int, index: int) -> str:
    """E.164 caller number `index` (0 ≤ index < 1,000,000) of series 6 or 7 (+1 415 6xx xxxx,
    +1 415 7xx xxxx): the load mix's seeded and new callers, apart from bench.seed's."""
    if series not in (6, 7) or not 0 <= index < 1_000_000:
        raise ValueError(f"no caller number for series {series}, index {index}")
    return f"+1415{series}{index:06d}"
