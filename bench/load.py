"""A bounded closed-loop load generator: N client threads, each on its own keep-alive
connection, sharing one request counter. Latency is measured per request with perf_counter,
from sending the request to reading the whole response; connecting is not timed."""

from __future__ import annotations

import http.client
import itertools
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field

# A request: (method, path, body, headers). A check returns a problem, or None if fine.
Request = tuple[str, str, bytes, dict[str, str]]
MakeRequest = Callable[[int], Request]
Check = Callable[[int, int, bytes], str | None]

_MAX_ERRORS_KEPT = 50


@dataclass
class LoadResult:
    name: str
    requested: int
    latencies: list[float] = field(default_factory=list)  # seconds, successful requests only
    per_client: dict[int, list[float]] = field(default_factory=dict)  # the same, by client
    errors: list[str] = field(default_factory=list)
    error_count: int = 0
    wall_secs: float = 0.0
    timed_out: bool = False

    @property
    def ok(self) -> int:
        return len(self.latencies)

    def percentile_ms(self, pct: float) -> float:
        """Nearest-rank percentile."""
        if not self.latencies:
            return math.nan
        ordered = sorted(self.latencies)
        rank = max(1, math.ceil(pct / 100 * len(ordered)))
        return ordered[rank - 1] * 1000

    @property
    def rate(self) -> float:
        return self.ok / self.wall_secs if self.wall_secs else 0.0


class _Recorder:
    def __init__(self, result: LoadResult) -> None:
        self.result = result
        self.lock = threading.Lock()

    def ok(self, latency: float, client: int) -> None:
        with self.lock:
            self.result.latencies.append(latency)
            self.result.per_client.setdefault(client, []).append(latency)

    def error(self, index: int, problem: str) -> None:
        with self.lock:
            self.result.error_count += 1
            if len(self.result.errors) < _MAX_ERRORS_KEPT:
                self.result.errors.append(f"request #{index}: {problem}")


def _client(
    number: int,
    host: str,
    port: int,
    counter: itertools.count[int],
    count: int,
    deadline: float,
    make: MakeRequest,
    check: Check,
    recorder: _Recorder,
    timeout: float,
) -> None:
    conn: http.client.HTTPConnection | None = None
    try:
        while time.monotonic() < deadline:
            index = next(counter)  # atomic under the GIL
            if index >= count:
                return
            method, path, body, headers = make(index)
            try:
                if conn is None:
                    conn = http.client.HTTPConnection(host, port, timeout=timeout)
                    conn.connect()
                started = time.perf_counter()
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                data = response.read()
                latency = time.perf_counter() - started
            except (OSError, http.client.HTTPException) as exc:
                recorder.error(index, f"{type(exc).__name__}: {exc}")
                if conn is not None:
                    conn.close()
                conn = None  # reconnect on the next request
                continue
            problem = check(index, response.status, data)
            if problem is None:
                recorder.ok(latency, number)
            else:
                recorder.error(index, problem)
            if response.will_close:
                conn.close()
                conn = None
    except Exception as exc:  # a bug in make/check: count it rather than lose the thread
        recorder.error(-1, f"client thread crashed: {type(exc).__name__}: {exc}")
    finally:
        if conn is not None:
            conn.close()


def run_load(
    name: str,
    host: str,
    port: int,
    make: MakeRequest,
    check: Check,
    count: int,
    concurrency: int,
    time_limit: float,
    timeout: float = 15.0,
) -> LoadResult:
    """Send `count` requests from `concurrency` threads, stopping early at `time_limit` s."""
    result = LoadResult(name, count)
    recorder = _Recorder(result)
    counter = itertools.count()
    started = time.perf_counter()
    deadline = time.monotonic() + time_limit
    threads = [
        threading.Thread(
            target=_client,
            args=(n, host, port, counter, count, deadline, make, check, recorder, timeout),
            name=f"bench-client-{n}",
            daemon=True,
        )
        for n in range(concurrency)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        # Every request is bounded by `timeout`, so this join is bounded too.
        thread.join(time_limit + 2 * timeout)
    result.wall_secs = time.perf_counter() - started
    result.timed_out = result.ok + result.error_count < count
    return result
