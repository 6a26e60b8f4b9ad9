"""A fake OpenAI-compatible server on loopback: the only fake the tests use (H37).

`POST /v1/chat/completions` and `POST /v1/embeddings`, switchable per test to valid answers,
malformed JSON content, HTTP 500 or a slow answer; it records every request it got.
Embeddings are deterministic: a hashed bag of words, so shared words mean similar vectors.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer
from typing import Any

import numpy as np

MODES = ("ok", "malformed", "error", "slow")
_WORD = re.compile(r"[a-z0-9]+")


def bag_of_words(text: str, dimension: int) -> list[float]:
    """The fake's embedding: each word adds +-1 to a slot chosen by its hash."""
    vector = [0.0] * dimension
    for word in _WORD.findall(text.lower()):
        digest = hashlib.sha256(word.encode()).digest()
        vector[digest[0] % dimension] += 1.0 if digest[1] % 2 else -1.0
    if not any(vector):
        vector[0] = 1.0
    return vector


@dataclass
class Recorded:
    path: str
    body: dict[str, Any]
    headers: dict[str, str]


@dataclass
class FakeOpenAI:
    """State shared with the handler threads; tests set `mode`, `memories`, `summary`,
    `pattern`, `dimension`."""

    port: int = 0
    mode: str = "ok"
    memories: list[Any] = field(default_factory=list)  # chat answer: {"memories": ...}
    summary: str = "A summary written by the fake model."
    pattern: str = "A pattern written by the fake model."  # chat answer: {"pattern": ...}
    dimension: int = 8  # length of the vectors the embeddings endpoint returns
    delay_secs: float = 2.0  # how long "slow" sleeps before answering
    requests: list[Recorded] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _stopping: threading.Event = field(default_factory=threading.Event, repr=False)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def env(self, **extra: str) -> dict[str, str]:
        """Settings environment pointing omem at this server (fast timeouts, no retries)."""
        return {
            "OMEM_LLM_BASE_URL": self.base_url,
            "OMEM_LLM_API_KEY": "test",
            "OMEM_LLM_MODEL": "fake-chat-model",
            "OMEM_LLM_TIMEOUT_SECS": "0.5",
            "OMEM_LLM_RETRIES": "0",
            "OMEM_BREAKER_FAILURES": "50",
            "OMEM_BREAKER_RESET_SECS": "0.3",
            # The embedder cache is keyed by model: a name per server keeps tests apart.
            "OMEM_EMBEDDING_MODEL": f"fake-embed-{self.port}",
            "OMEM_EMBEDDING_DIMENSION": "8",
            **extra,
        }

    def record(self, entry: Recorded) -> None:
        with self._lock:
            self.requests.append(entry)

    def count(self, path: str) -> int:
        with self._lock:
            return sum(1 for r in self.requests if r.path.endswith(path))

    def last(self, path: str) -> Recorded:
        with self._lock:
            return [r for r in self.requests if r.path.endswith(path)][-1]

    @classmethod
    @contextmanager
    def running(cls) -> Iterator[FakeOpenAI]:
        state = cls()
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(state))
        server.daemon_threads = True
        state.port = server.server_address[1]
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        thread.start()
        try:
            yield state
        finally:
            state._stopping.set()  # wakes a "slow" handler at once
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)


def _chat(state: FakeOpenAI, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    schema = ((body.get("response_format") or {}).get("json_schema") or {}).get("name")
    if state.mode == "malformed":
        content = '{"memories": [{"content": "The caller'
    elif schema == "summary":
        content = json.dumps({"summary": state.summary})
    elif schema == "pattern":
        content = json.dumps({"pattern": state.pattern})
    else:
        content = json.dumps({"memories": state.memories})
    return 200, {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", ""),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _embeddings(state: FakeOpenAI, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    texts = body.get("input")
    texts = [texts] if isinstance(texts, str) else list(texts or [])
    data = []
    for index, text in enumerate(texts):
        vector = bag_of_words(str(text), state.dimension)
        encoded: Any = vector
        if body.get("encoding_format") == "base64":
            encoded = base64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode()
        data.append({"object": "embedding", "index": index, "embedding": encoded})
    return 200, {
        "object": "list",
        "data": data,
        "model": body.get("model", ""),
        "usage": {"prompt_tokens": 1, "total_tokens": 1},
    }


def _handler_for(state: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - base signature
            return

        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                body = {"_raw": raw.decode(errors="replace")}
            state.record(
                Recorded(self.path, body, {k.lower(): v for k, v in self.headers.items()})
            )
            if state.mode == "slow" and state._stopping.wait(state.delay_secs):
                return
            if state.mode == "error":
                status, answer = 500, {"error": {"message": "boom", "type": "server_error"}}
            elif self.path.endswith("/chat/completions"):
                status, answer = _chat(state, body)
            elif self.path.endswith("/embeddings"):
                status, answer = _embeddings(state, body)
            else:
                status, answer = 404, {"error": {"message": "no such path"}}
            payload = json.dumps(answer).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout): nothing to answer

    return Handler
