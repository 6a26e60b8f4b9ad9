"""The OpenAI-compatible client (OpenAI, Ollama, vLLM, llama.cpp server): timeouts, retries
with backoff, and a circuit breaker so an outage fails fast instead of stalling the queue.

Only `memory/`, `embeddings.py` and `health` use it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any
from typing import TypeVar

import openai
import structlog

from omem.config import Settings
from omem.metrics import LLM_CALLS

log = structlog.get_logger("omem.llm")
T = TypeVar("T")


class LLMUnavailable(Exception):
    """The server failed (after retries) or the breaker is open: callers degrade."""


class CircuitBreaker:
    """Opens after `failures` consecutive failures; after `reset_secs` lets one call through."""

    def __init__(self, failures: int, reset_secs: float) -> None:
        self._threshold = failures
        self._reset = reset_secs
        self._failures = 0
        self._opened_at: float | None = None
        self._lock = threading.Lock()

    @property
    def state(self) -> str:
        with self._lock:
            if self._opened_at is None:
                return "closed"
            return "half_open" if time.monotonic() - self._opened_at >= self._reset else "open"

    def allow(self) -> bool:
        return self.state != "open"

    def record(self, ok: bool) -> None:
        with self._lock:
            if ok:
                self._failures, self._opened_at = 0, None
                return
            self._failures += 1
            if self._failures >= self._threshold:
                if self._opened_at is None:
                    log.warning("circuit_opened", failures=self._failures)
                self._opened_at = time.monotonic()


class LLMClient:
    def __init__(self, settings: Settings) -> None:
        self._client = openai.OpenAI(
            api_key=settings.llm_api_key or "not-needed",
            base_url=settings.llm_base_url or None,
            timeout=settings.llm_timeout_secs,
            max_retries=0,  # retries are ours, so the breaker sees every failure
        )
        self._retries = settings.llm_retries
        self.breaker = CircuitBreaker(settings.breaker_failures, settings.breaker_reset_secs)

    def _call(self, kind: str, fn: Callable[[], T], retries: int | None = None) -> T:
        if not self.breaker.allow():
            LLM_CALLS.labels(kind=kind, outcome="refused").inc()
            raise LLMUnavailable("circuit breaker open")
        retries = self._retries if retries is None else retries
        for attempt in range(retries + 1):
            try:
                result = fn()
            except (openai.APIError, ValueError, KeyError, TypeError, IndexError) as exc:
                # Network errors, HTTP errors, timeouts and malformed answers alike.
                self.breaker.record(False)
                LLM_CALLS.labels(kind=kind, outcome="error").inc()
                log.warning("llm_call_failed", kind=kind, attempt=attempt,
                            error_type=type(exc).__name__)  # fmt: skip
                if attempt == retries or not self.breaker.allow():
                    raise LLMUnavailable(type(exc).__name__) from exc
                time.sleep(min(4.0, 0.25 * 2**attempt))
            else:
                self.breaker.record(True)
                LLM_CALLS.labels(kind=kind, outcome="ok").inc()
                return result
        raise LLMUnavailable("no attempt made")  # pragma: no cover - loop always returns

    def embeddings(
        self,
        model: str,
        texts: list[str],
        *,
        timeout: float | None = None,
        retries: int | None = None,
    ) -> list[list[float]]:
        """Vectors for `texts`; `timeout`/`retries` override the defaults (a query that a
        caller is waiting for gets one short try)."""
        client = self._client if timeout is None else self._client.with_options(timeout=timeout)

        def run() -> list[list[float]]:
            response = client.embeddings.create(model=model, input=texts)
            return [item.embedding for item in sorted(response.data, key=lambda d: d.index)]

        return self._call("embeddings", run, retries)

    def chat_json(
        self,
        model: str,
        system: str,
        user: str,
        schema: dict[str, Any],
        name: str,
        *,
        timeout: float | None = None,
        retries: int | None = None,
    ) -> str:
        """The model's answer, constrained to `schema` (JSON schema / structured output);
        `timeout`/`retries` override the defaults for a call someone is waiting on."""
        client = self._client if timeout is None else self._client.with_options(timeout=timeout)

        def run() -> str:
            response = client.chat.completions.create(
                model=model,
                temperature=0,
                messages=[
                    {"role": "system", "content": system},
                    {"role": "user", "content": user},
                ],
                response_format={
                    "type": "json_schema",
                    "json_schema": {"name": name, "schema": schema, "strict": True},
                },
            )
            content = response.choices[0].message.content
            if not content:
                raise ValueError("empty completion")
            return content

        return self._call("chat", run, retries)


_clients: dict[tuple[str, str], LLMClient] = {}
_clients_lock = threading.Lock()


def client_for(settings: Settings) -> LLMClient:
    """This process's client (one breaker per server), created on first use."""
    key = (settings.llm_base_url, settings.llm_api_key)
    with _clients_lock:
        if key not in _clients:
            _clients[key] = LLMClient(settings)
        return _clients[key]
