"""`python -m bench.slow_clients [--quick] [--secs S] [--workers buffered,sync]`: 20 slow
clients against gunicorn, as a table.

For each worker kind (OMEM_WEB_WORKER) it starts gunicorn alone (4 workers, the defaults
`omem run` uses) on a temporary data directory, opens 20 connections that trickle — 10 send a
header line a second and never finish their headers, 10 send their headers and then a byte of
body a second — and for S seconds (60 by default) times `/health/live`, conversation-init and
memory-query requests made meanwhile, one every 0.2 s each, on new connections with a 2 s
timeout. A timeout counts as an error. Every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import http.client
import json
import socket
import sys
import threading
import time

from bench import procs
from bench.report import Row
from bench.report import markdown_table

log = procs.logger("slow_clients")
TARGETS_MS = {"/health/live": 100.0, "conversation-init": 50.0, "memory-query": 30.0}


def _trickle(host: str, port: int, index: int, stop: threading.Event) -> None:
    try:
        sock = socket.create_connection((host, port), timeout=5)
    except OSError:
        return
    with sock:
        try:
            if index % 2:
                sock.sendall(
                    b"POST /api/v1/tools/memory-query HTTP/1.1\r\nHost: x\r\n"
                    b"Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
                )
            else:
                sock.sendall(b"GET /health/live HTTP/1.1\r\n")
            while not stop.wait(1.0):
                sock.sendall(b" " if index % 2 else b"X-Slow: 1\r\n")
        except OSError:
            return


def _timed(stack: procs.Stack, method: str, path: str, body: dict[str, object] | None) -> float:
    conn = http.client.HTTPConnection(stack.host, stack.port, timeout=2)
    headers = {"Authorization": f"Bearer {stack.keys.api_key}"}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    started = time.perf_counter()
    try:
        conn.request(method, path, body=data, headers=headers)
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{path}: {response.status}")
        return (time.perf_counter() - started) * 1000
    finally:
        conn.close()


def _measure(worker: str, secs: float) -> list[Row]:
    probes: dict[str, tuple[str, str, dict[str, object] | None]] = {
        "/health/live": ("GET", "/health/live", None),
        "conversation-init": (
            "POST",
            "/api/v1/webhooks/conversation-init",
            {"caller_id": "+14155550100"},
        ),
        "memory-query": (
            "POST",
            "/api/v1/tools/memory-query",
            {"caller_id": "+14155550100", "query": "what is my dog called"},
        ),
    }
    latencies: dict[str, list[float]] = {name: [] for name in probes}
    errors: dict[str, list[str]] = {name: [] for name in probes}
    with procs.omem_stack(
        f"omem-slow-{worker}-",
        consumer=False,
        OMEM_WEB_WORKER=worker,
        OMEM_RATE_LIMITS_ENABLED="false",
        OMEM_LOG_LEVEL="WARNING",
    ) as stack:
        for method, path, body in probes.values():  # warm: the caller exists
            _timed(stack, method, path, body)
        stop = threading.Event()
        threads = [
            threading.Thread(target=_trickle, args=(stack.host, stack.port, i, stop), daemon=True)
            for i in range(20)
        ]
        for thread in threads:
            thread.start()
        time.sleep(1.0)
        log(f"{worker}: 20 slow connections open; probing for {secs:.0f} s")
        deadline = time.monotonic() + secs
        for _ in range(int(secs * 5)):
            if time.monotonic() >= deadline:
                break
            for name, (method, path, body) in probes.items():
                try:
                    latencies[name].append(_timed(stack, method, path, body))
                except (OSError, RuntimeError, http.client.HTTPException) as exc:
                    errors[name].append(type(exc).__name__)
            time.sleep(0.2)
        stop.set()
        for thread in threads:
            thread.join(5)
    rows = []
    for name, values in latencies.items():
        values.sort()

        def pct(p: float, xs: list[float] = values) -> float:
            return xs[min(len(xs) - 1, int(len(xs) * p / 100))] if xs else float("nan")

        p95 = pct(95)
        met = bool(values) and p95 <= TARGETS_MS[name] and not errors[name]
        rows.append(
            Row(
                benchmark=f"{name} with 20 slow clients, OMEM_WEB_WORKER={worker}",
                n=len(values),
                p50_ms=pct(50),
                p95_ms=p95,
                p99_ms=pct(99),
                max_ms=values[-1] if values else float("nan"),
                rate=len(values) / secs,
                errors=len(errors[name]),
                target=f"p95 ≤ {TARGETS_MS[name]:g} ms, no error: {'met' if met else 'MISSED'}",
                met=met,
                error_samples=errors[name][:5],
            )
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.slow_clients", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="15 s per worker kind")
    parser.add_argument("--secs", type=float, default=None, help="seconds per kind (60)")
    parser.add_argument("--workers", default="buffered,sync", help="kinds to measure")
    args = parser.parse_args(argv)
    procs.stop_on_sigterm()
    secs = args.secs or (15.0 if args.quick else 60.0)
    rows: list[Row] = []
    for worker in args.workers.split(","):
        rows.extend(_measure(worker.strip(), secs))
    print()
    print(markdown_table(rows))
    for row in rows:
        if row.error_samples:
            print(f"- {row.benchmark}: errors {row.error_samples}")
    print(
        "- sync: gunicorn's sync worker reads each request itself, so the 20 connections hold "
        "its 4 workers; omem refuses it on a public address without a declared proxy"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
