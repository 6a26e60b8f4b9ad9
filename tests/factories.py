"""Plain factory functions that write rows through the models (H35).

Every value that must be unique gets one by default from a process-wide counter; any field
can be overridden by keyword. The caller needs an open connection (the `conn` fixture).
"""

from __future__ import annotations

import itertools
import json
import struct
from typing import Any

from omem.models import CallerId
from omem.models import Conversation
from omem.models import ConversationTurn
from omem.models import Memory
from omem.models import MemoryEmbedding
from omem.models import MemoryLink
from omem.models import ToolInvocation
from omem.models import User
from omem.models import WebhookEvent

_counter = itertools.count(1)


def _next() -> int:
    return next(_counter)


def make_user(**overrides: Any) -> User:
    n = _next()
    values: dict[str, Any] = {"uid": f"usr_test_{n:06d}", "display_name": f"Caller {n}"}
    values.update(overrides)
    return User.create(**values)


def make_caller_id(user: User, number: str | None = None) -> CallerId:
    return CallerId.create(user=user, number=number or f"+1415{_next():07d}")


def make_conversation(user: User, **overrides: Any) -> Conversation:
    values: dict[str, Any] = {
        "conversation_id": f"conv_test_{_next():06d}",
        "user": user,
        "agent_id": "agent_test",
    }
    values.update(overrides)
    return Conversation.create(**values)


def make_turns(conversation: Conversation, n: int) -> list[ConversationTurn]:
    return [
        ConversationTurn.create(
            conversation=conversation,
            order=order,
            role="agent" if order % 2 == 0 else "user",
            message=f"turn {order} of {conversation.conversation_id}",
            time_in_call_secs=order * 5,
        )
        for order in range(n)
    ]


def make_memory(user: User, **overrides: Any) -> Memory:
    values: dict[str, Any] = {
        "user": user,
        "content": f"The caller mentioned fact number {_next()}.",
        "sector": "semantic",
        "salience": 0.5,
    }
    values.update(overrides)
    return Memory.create(**values)


def make_embedding(memory: Memory, dim: int = 4, **overrides: Any) -> MemoryEmbedding:
    values: dict[str, Any] = {
        "memory": memory,
        "model": "test-model",
        "dimension": dim,
        "vector": struct.pack(f"<{dim}f", *(float(i + 1) / dim for i in range(dim))),
    }
    values.update(overrides)
    return MemoryEmbedding.create(**values)


def make_link(a: Memory, b: Memory, weight: float = 0.5, **overrides: Any) -> MemoryLink:
    values: dict[str, Any] = {"source": a, "target": b, "weight": weight}
    values.update(overrides)
    return MemoryLink.create(**values)


def make_event(**overrides: Any) -> WebhookEvent:
    n = _next()
    values: dict[str, Any] = {
        "event_type": "post_call_transcription",
        "idempotency_key": f"idem_test_{n:06d}",
        "conversation_ref": f"conv_test_{n:06d}",
        "payload": json.dumps({"type": "post_call_transcription", "n": n}),
    }
    values.update(overrides)
    return WebhookEvent.create(**values)


def make_tool_invocation(user: User | None, **overrides: Any) -> ToolInvocation:
    values: dict[str, Any] = {
        "tool": "memory_search",
        "user": user,
        "conversation_ref": f"conv_test_{_next():06d}",
        "request": json.dumps({"query": "broadband"}),
        "response": json.dumps({"results": []}),
        "latency_ms": 3.5,
    }
    values.update(overrides)
    return ToolInvocation.create(**values)
