"""Locust file: simulated ElevenLabs phone calls against a running omem.

One Locust user is one phone line taking calls back to back. A call is conversation-init, 2-5
memory-queries, a memory-store in about one call in five, and a signed post-call webhook with a
20-60-turn transcript for the caller the init answered for. Think times are compressed
(`BENCH_THINK_SECS`, default 0.5-1.5 s between requests): a real call lasts minutes.

`python -m bench.load_mix` starts omem and runs this headless; to run it by hand against a
server of your own, set BENCH_API_KEY and BENCH_WEBHOOK_SECRET (the server's OMEM_API_KEYS and
OMEM_ELEVENLABS_WEBHOOK_SECRETS) and run
`PYTHONPATH=. locust -f bench/locustfile.py --headless -H http://127.0.0.1:8000 -u 10 -t 60s`.

Real calls begin independently: each line starts its first call after a random delay of up to
BENCH_START_SPREAD_SECS (3 s), so the lines Locust spawns together do not all send their
conversation-init in the same millisecond. Latencies are kept for requests sent after
BENCH_WARMUP_SECS (0) from the start (the ramp is not the steady state; those are only counted);
failures are kept whenever they happen.

Other settings (environment): BENCH_RETURNING_CALLERS (callers 0..n-1 of series 6 already have
memories; 0: every call is a new caller), BENCH_RETURNING_SHARE (0.7), BENCH_TAG (makes
conversation ids and new callers unique per run), BENCH_MAX_CALLS (stop after this many calls)
and BENCH_TIMINGS_OUT (a JSON file of every request's latency, written at the end).
"""

from __future__ import annotations

import json
import os
import random
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import gevent
from locust import FastHttpUser
from locust import between
from locust import events
from locust import task
from locust.exception import StopUser

from bench.payloads import PostCallTemplate
from bench.payloads import el_signature
from bench.payloads import init_body
from bench.payloads import mix_caller

API_KEY = os.environ.get("BENCH_API_KEY", "")
WEBHOOK_SECRET = os.environ.get("BENCH_WEBHOOK_SECRET", "")
RETURNING_CALLERS = int(os.environ.get("BENCH_RETURNING_CALLERS", "0"))
RETURNING_SHARE = float(os.environ.get("BENCH_RETURNING_SHARE", "0.7"))
TAG = os.environ.get("BENCH_TAG", f"{int(time.time()) % 100:02d}")  # digits
MAX_CALLS = int(os.environ.get("BENCH_MAX_CALLS", "1000000"))
THINK = tuple(float(x) for x in os.environ.get("BENCH_THINK_SECS", "0.5,1.5").split(","))
TIMINGS_OUT = os.environ.get("BENCH_TIMINGS_OUT", "")
START_SPREAD = float(os.environ.get("BENCH_START_SPREAD_SECS", "3"))
WARMUP = float(os.environ.get("BENCH_WARMUP_SECS", "0"))
STORE_SHARE = 0.2

INIT = "conversation-init"
QUERY = "memory-query"
STORE = "memory-store"
POST_CALL = "post-call"

_TEMPLATES = {turns: PostCallTemplate(turns, seed=turns) for turns in (20, 30, 40, 50, 60)}
_QUERIES = (
    "refund on the February invoice",
    "router keeps dropping in the evening",
    "technician visit after six",
    "moving to Leeds",
    "send the confirmation by email",
    "what is the ticket number",
    "daughter homework connection",
    "is the caller frustrated",
    "how should we contact them",
    "what happened on the last call",
)
_FACTS = (
    "Prefers to be called back after 6 pm on weekdays.",
    "Asked us to send every confirmation by email.",
    "Their new address in Leeds takes effect at the end of the month.",
    "Wants the router replaced rather than repaired.",
    "Is waiting for refund R 7741 to reach their card.",
)


class _Tally:
    """Every request's outcome in this process, written to BENCH_TIMINGS_OUT at the end."""

    def __init__(self) -> None:
        self.ms: dict[str, list[float]] = defaultdict(list)
        self.warmup_requests = 0  # sent before the warm-up ended: counted, not timed
        self.errors: dict[str, int] = defaultdict(int)
        self.samples: list[str] = []
        self.post_call_acks: list[float] = []  # wall-clock time of each accepted post-call
        self.calls_started = 0
        self.queries_returning = 0  # memory-queries for a caller seeded with memories
        self.query_hits = 0  # ... of which returned at least one memory
        self.degraded = 0
        self.started_at = time.time()

    def error(self, name: str, problem: str) -> None:
        self.errors[name] += 1
        if len(self.samples) < 30:
            self.samples.append(f"{name}: {problem}")

    def dump(self, path: str) -> None:
        data = {
            "ms": self.ms,
            "warmup_requests": self.warmup_requests,
            "errors": self.errors,
            "samples": self.samples,
            "post_call_acks": self.post_call_acks,
            "calls_started": self.calls_started,
            "queries_returning": self.queries_returning,
            "query_hits": self.query_hits,
            "degraded": self.degraded,
            "started_at": self.started_at,
        }
        with open(path, "w", encoding="utf-8") as out:
            json.dump(data, out)


TALLY = _Tally()


@events.test_start.add_listener
def _started(**_: Any) -> None:
    TALLY.started_at = time.time()


@events.request.add_listener
def _timed(
    name: str,
    response_time: float,
    exception: BaseException | None,
    start_time: float | None = None,
    **_: Any,
) -> None:
    if exception is not None:
        TALLY.error(name, f"{type(exception).__name__}: {str(exception)[:200]}")
        return
    sent = start_time if start_time is not None else time.time() - response_time / 1000
    if sent < TALLY.started_at + WARMUP:
        TALLY.warmup_requests += 1
    else:
        TALLY.ms[name].append(response_time)


@events.quitting.add_listener
def _write(**_: Any) -> None:
    if TIMINGS_OUT:
        TALLY.dump(TIMINGS_OUT)


def _think() -> None:
    gevent.sleep(random.uniform(*THINK))  # noqa: S311 - load shape, not security


def _json(body: bytes | str | None) -> Any:
    try:
        return json.loads(body or b"")
    except ValueError:
        return None


class Caller(FastHttpUser):
    """One phone line; `call` is one whole call."""

    wait_time = between(0.5, 2.0)  # the line is idle between calls

    def on_start(self) -> None:
        self.auth = {"Content-Type": "application/json", "Authorization": f"Bearer {API_KEY}"}
        gevent.sleep(random.uniform(0, START_SPREAD))  # noqa: S311 - load shape

    @task
    def call(self) -> None:
        index = TALLY.calls_started
        if index >= MAX_CALLS:
            raise StopUser()
        TALLY.calls_started += 1
        returning = RETURNING_CALLERS > 0 and random.random() < RETURNING_SHARE  # noqa: S311
        caller = (
            mix_caller(6, random.randrange(RETURNING_CALLERS))  # noqa: S311
            if returning
            else mix_caller(7, (int(TAG) % 100) * 10_000 + index % 10_000)
        )
        conversation_id = f"conv_mix{TAG}{index:07d}"
        uid = self._init(caller, index)
        if uid is None:
            return
        for _ in range(random.randint(2, 5)):  # noqa: S311
            _think()
            self._query(uid, conversation_id, returning)
        if random.random() < STORE_SHARE:  # noqa: S311
            _think()
            self._store(uid, conversation_id)
        _think()
        self._post_call(uid, caller, conversation_id)

    def _init(self, caller: str, index: int) -> str | None:
        with self.client.post(
            "/api/v1/webhooks/conversation-init",
            data=init_body(caller, index),
            headers=self.auth,
            name=INIT,
            catch_response=True,
        ) as response:
            answer = _json(response.content)
            variables = answer.get("dynamic_variables") if isinstance(answer, dict) else None
            uid = variables.get("user_id") if isinstance(variables, dict) else None
            if response.status_code != 200 or not isinstance(uid, str):
                response.failure(f"HTTP {response.status_code}: {response.text[:200]!r}")
                return None
            return uid

    def _tool(
        self,
        path: str,
        name: str,
        body: dict[str, Any],
        problem: Callable[[dict[str, Any]], str | None] = lambda _: None,
    ) -> dict[str, Any] | None:
        """POST to a server tool; the JSON answer, or None after marking the request failed
        (not a 200 JSON object, or `problem` found one)."""
        with self.client.post(
            path, data=json.dumps(body), headers=self.auth, name=name, catch_response=True
        ) as response:
            answer = _json(response.content)
            if response.status_code != 200 or not isinstance(answer, dict):
                response.failure(f"HTTP {response.status_code}: {response.text[:200]!r}")
                return None
            if (found := problem(answer)) is not None:
                response.failure(found)
                return None
            return answer

    def _query(self, uid: str, conversation_id: str, returning: bool) -> None:
        query = random.choice(_QUERIES)  # noqa: S311
        body = {"user_id": uid, "conversation_id": conversation_id, "query": query}
        answer = self._tool("/api/v1/tools/memory-query", QUERY, body)
        if answer is None:
            return
        if answer.get("degraded"):
            TALLY.degraded += 1
        if returning:
            TALLY.queries_returning += 1
            TALLY.query_hits += bool(answer.get("memories"))

    def _store(self, uid: str, conversation_id: str) -> None:
        content = random.choice(_FACTS)  # noqa: S311
        body = {"user_id": uid, "conversation_id": conversation_id, "content": content}
        self._tool(
            "/api/v1/tools/memory-store",
            STORE,
            body,
            lambda a: None if a.get("stored") or a.get("reinforced") else f"neither: {a}",
        )

    def _post_call(self, uid: str, caller: str, conversation_id: str) -> None:
        template = _TEMPLATES[random.choice(tuple(_TEMPLATES))]  # noqa: S311
        raw = template.render(conversation_id, uid, caller)
        headers = {
            "Content-Type": "application/json",
            "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw, int(time.time())),
        }
        with self.client.post(
            "/api/v1/webhooks/post-call",
            data=raw,
            headers=headers,
            name=POST_CALL,
            catch_response=True,
        ) as response:
            answer = _json(response.content)
            if response.status_code != 200 or not isinstance(answer, dict):
                response.failure(f"HTTP {response.status_code}: {response.text[:200]!r}")
            elif answer.get("status") != "accepted":
                response.failure(f"not accepted: {answer}")
            else:
                TALLY.post_call_acks.append(time.time())
