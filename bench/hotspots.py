"""`python -m bench.hotspots [--n 300] [--top 25]`: where the time goes, in-process.

Seeds the same data set as `bench.run` into a temporary directory, then runs conversation-init
(returning caller with 1,000 memories), the post-call ack (100 turns) through Flask's test
client, and the worker's `process_event` directly, each under cProfile, and prints the top
functions by cumulative and by own time. No gunicorn, no network.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import json
import pstats
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import procs
from bench import seed as seeding
from bench.payloads import PostCallTemplate
from bench.payloads import el_signature
from bench.payloads import init_body
from omem import create_app
from omem import pipeline
from omem import schema
from omem.config import Settings
from omem.config import load_settings
from omem.db import db
from omem.db import init_db
from omem.jobs import init_queue


def _profile(label: str, step: Callable[[int], None], n: int, top: int) -> None:
    for index in range(min(50, n)):  # warm caches, imports and prepared statements
        step(-1 - index)
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for index in range(n):
        step(index)
    profiler.disable()
    per_call = (time.perf_counter() - started) / n * 1000
    print(f"\n## {label}: {n} calls, {per_call:.2f} ms each under the profiler\n")
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order)
        stats.print_stats(top)
        body = out.getvalue()
        print(f"### by {order}\n")
        print(body[body.find("   ncalls") :].rstrip())
        print()


def _setup(root: Path) -> tuple[Settings, procs.Secrets]:
    keys = procs.Secrets.generate()
    env = procs.omem_environ(root / "data", keys)
    settings = load_settings(env, env_file=None)
    init_db(settings)
    init_queue(settings, create_tables=True)
    with db.connection_context():
        schema.upgrade()
    seeding.seed()
    return settings, keys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.hotspots", description=__doc__)
    parser.add_argument("--n", type=int, default=300, help="profiled calls per path")
    parser.add_argument("--top", type=int, default=25, help="functions shown per table")
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="omem-hotspots-"))
    try:
        settings, keys = _setup(root)
        app = create_app(settings)
        client = app.test_client()
        auth = {"Authorization": f"Bearer {keys.api_key}"}

        def init(index: int) -> None:
            response = client.post(
                "/api/v1/webhooks/conversation-init",
                data=init_body(seeding.caller_number(seeding.HOT), index),
                headers=auth,
                content_type="application/json",
            )
            assert response.get_json()["dynamic_variables"]["is_returning_caller"] is True

        template = PostCallTemplate(100)
        ids = itertools.count()
        event_ids: list[int] = []

        def post_call(_: int) -> None:
            index = next(ids)
            raw = template.render(
                f"conv_hotspot{index:08d}",
                seeding.user_uid(index % 10_000),
                seeding.caller_number(index % 10_000),
            )
            signature = el_signature(keys.webhook_secret, raw, int(time.time()))
            response = client.post(
                "/api/v1/webhooks/post-call",
                data=raw,
                headers={"ElevenLabs-Signature": signature},
                content_type="application/json",
            )
            answer = json.loads(response.data)
            assert answer["status"] == "accepted", answer
            event_ids.append(answer["event_id"])

        _profile("conversation-init, returning caller", init, args.n, args.top)
        _profile("post-call ack, 100 turns", post_call, args.n, args.top)
        pending = iter(list(event_ids))

        def process(_: int) -> None:
            with db.connection_context():
                outcome = pipeline.process_event(next(pending), settings)
            assert outcome.status == "completed", outcome

        _profile("worker: process_event", process, max(1, len(event_ids) - 50), args.top)
    finally:
        if not db.is_closed():
            db.close()
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
