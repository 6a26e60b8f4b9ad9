"""`python -m bench.backup_size [--sizes 100000,1000000] [--json PATH] [--rebuild]`: how big a
backup of a large database is, and how long it takes to make and to restore.

For each size (memories in all), a database shaped like a deployment that has taken that
many memories from its calls is generated once and cached under `--cache-dir`
(/tmp/omem-bench-backup/<size>/, with the encryption key that wrote it), so that reruns only
measure. Then, as an operator's `omem backup` and `omem restore` do:
`omem.backup.create_backup(settings, to_dir)` into a temporary directory (timed: the online
copy, its quick_check, gzip and the archive), and `omem.restore.restore_backup(archive,
settings)` into a fresh data directory (timed: sha256, unpacking, integrity_check, the row
counts against the manifest, the swap). Both temporary directories are removed afterwards.

The shape comes from playing the first 80 calls of `bench/longeval` through the real
pipeline (offline extractor, local embedder): 8.5 memories and 16.5 transcript turns per
call, 1.1 provenance rows per memory, a turn vector for 32 % of memories; texts (before
encryption) of ~62 characters per memory, ~48 for its context, ~58 per turn. Here: calls =
memories / 8.5, each with 16 turns, an analysis, its post-call event (the sample ElevenLabs
payload with those 16 turns, ~11.6 KB of JSON, ~3.9 KB as omem keeps it: compressed and
encrypted) and 3 tool calls (request and answer kept, encrypted); 6 calls per caller; 10 % of
memories linked to another. Every column is written through its model field (`db_value`),
so text is stored encrypted exactly as omem stores it. The embedding model is bypassed (far
too slow for a million memories): vectors are random unit float32 of the configured
dimension, stored as omem stores them (`embeddings.as_blob`). Random floats do not compress
(real embeddings hardly do): the archive sizes are an upper bound.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import itertools
import json
import math
import multiprocessing
import os
import platform
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable
from collections.abc import Iterator
from concurrent.futures import Future
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from peewee import Field

from bench import procs
from bench.payloads import SAMPLE
from bench.seed import caller_number
from bench.seed import memory_sentence
from bench.seed import user_uid
from omem import schema
from omem.backup import create_backup
from omem.config import Settings
from omem.config import load_settings
from omem.config import new_fernet_key
from omem.db import db
from omem.db import init_db
from omem.db import write
from omem.embeddings import as_blob
from omem.embeddings import get_embedder
from omem.models import SECTORS
from omem.models import BaseModel
from omem.models import CallerId
from omem.models import Conversation
from omem.models import ConversationAnalysis
from omem.models import ConversationMemory
from omem.models import ConversationTurn
from omem.models import Memory
from omem.models import MemoryEmbedding
from omem.models import MemoryLink
from omem.models import ToolInvocation
from omem.models import User
from omem.models import WebhookEvent
from omem.restore import restore_backup

SHAPE_VERSION = 1  # bump when the generated data changes: cached databases are rebuilt
MEMORIES_PER_CALL = 8.5
TURNS_PER_CALL = 16
CALLS_PER_CALLER = 6
TOOL_CALLS_PER_CALL = 3
TURN_VECTOR_SHARE = 0.32
EXTRA_PROVENANCE_SHARE = 0.1  # memories also said in the caller's previous call
LINK_SHARE = 0.1
CHUNK = 5_000  # rows generated (and encrypted) per job
TRANSACTION_ROWS = 200_000
BASE = dt.datetime(2026, 3, 1)
YEAR = dt.timedelta(days=365)
AGENT_ID = "agent_4301k7h2q9x0fz8c1m5vbt6nwe2a"
_AGENT_LINES = (
    "Thanks for calling, how can I help you today? I can see your account here.",
    "Got it. Can you tell me a bit more about that, and when did it start happening?",
    "Let me make a note of that on your account. Is there anything else I should know?",
    "Which day works best for you for the technician visit, a weekday or the weekend?",
)
_NAMES = ("Dana Whitfield", "Omar Haddad", "Priya Patel", "Lucas Silva", "Grace Murphy")

log = procs.logger("backup_size")


@dataclass(frozen=True)
class Shape:
    """The data set for `memories` memories; rows are numbered from 0 (id = index + 1)."""

    memories: int

    @property
    def calls(self) -> int:
        return math.ceil(self.memories / MEMORIES_PER_CALL)

    @property
    def callers(self) -> int:
        return math.ceil(self.calls / CALLS_PER_CALLER)

    def call_of(self, memory: int) -> int:
        return memory * self.calls // self.memories

    def caller_of(self, call: int) -> int:
        return call % self.callers  # a caller's calls spread over the year

    def started(self, call: int) -> dt.datetime:
        return BASE - YEAR * (self.calls - call) / self.calls


def _text(rng: random.Random, mean: int, spread: int) -> str:
    """Caller-fact sentences cut to about `mean` characters (what encrypts to a realistic
    token length: the words themselves never reach the file)."""
    target = max(20, int(rng.gauss(mean, spread)))
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < target:
        parts.append(memory_sentence(rng))
    return " ".join(parts)[:target]


def _conversation_id(call: int) -> str:
    return f"conv_bk{call:010d}"


def _users(shape: Shape, rng: random.Random, i: int) -> tuple[Any, ...]:
    first_call = shape.started(i)
    briefing = json.dumps({"v": 1, "told": [rng.randrange(shape.memories) + 1 for _ in range(8)]})
    return (
        i + 1, user_uid(i), None, rng.choice(_NAMES), _text(rng, 250, 60), False, 5, 5, 5,
        briefing, first_call, BASE, BASE,
    )  # fmt: skip


def _caller_ids(shape: Shape, rng: random.Random, i: int) -> tuple[Any, ...]:
    return (i + 1, caller_number(i), i + 1, shape.started(i))


def _conversations(shape: Shape, rng: random.Random, j: int) -> tuple[Any, ...]:
    started = shape.started(j)
    return (
        j + 1, _conversation_id(j), shape.caller_of(j) + 1, AGENT_ID, started,
        rng.randint(60, 600), "done", "end_call tool was called.", round(rng.random(), 3),
        None, "en", started,
    )  # fmt: skip


def _turns(shape: Shape, rng: random.Random, k: int) -> tuple[Any, ...]:
    call, order = divmod(k, TURNS_PER_CALL)
    agent = order % 2 == 0
    message = _agent_line(rng) if agent else _text(rng, 55, 25)
    role = "agent" if agent else "user"
    return (k + 1, call + 1, order, role, message, order * 6, None, None)


def _analyses(shape: Shape, rng: random.Random, j: int) -> tuple[Any, ...]:
    collected = {"issue_category": "billing_refund", "ticket_id": f"T-{rng.randint(10000, 99999)}"}
    evaluation = {"resolved": {"result": "success", "rationale": _text(rng, 60, 10)}}
    return (
        j + 1, j + 1, "Refund delay escalated", _text(rng, 140, 30), "success",
        json.dumps(collected), json.dumps(evaluation),
    )  # fmt: skip


def _memories(shape: Shape, rng: random.Random, i: int) -> tuple[Any, ...]:
    call = shape.call_of(i)
    moment = shape.started(call)
    state = rng.choices(("active", "archived", "superseded"), (93, 5, 2))[0]
    salience = round(rng.random(), 3)
    return (
        i + 1, shape.caller_of(call) + 1, _text(rng, 62, 20), _text(rng, 48, 20),
        _conversation_id(call), rng.choice(SECTORS), salience, state, None, moment, moment,
        None, moment, moment, salience, False, "en", moment, moment, 1,
    )  # fmt: skip


def _embeddings(shape: Shape, start: int, stop: int, model: str, dim: int) -> list[Any]:
    """Rows [start, stop) of memory_embeddings: vectors are made a chunk at a time."""
    generator = np.random.default_rng(start)
    count = stop - start
    vectors = generator.standard_normal((count, dim), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    turns = generator.standard_normal((count, dim), dtype=np.float32)
    turns /= np.linalg.norm(turns, axis=1, keepdims=True)
    has_turn = generator.random(count) < TURN_VECTOR_SHARE
    return [
        (
            start + n + 1,
            start + n + 1,
            model,
            dim,
            as_blob(vectors[n]),
            as_blob(turns[n]) if has_turn[n] else None,
            shape.started(shape.call_of(start + n)),
        )  # fmt: skip
        for n in range(count)
    ]


def _provenance(shape: Shape, rng: random.Random, k: int) -> tuple[Any, ...]:
    # The first `memories` rows: each memory's own call; then the extra ones: the same
    # caller's previous call (round-robin numbering: `callers` calls earlier).
    if k < shape.memories:
        memory, call = k, shape.call_of(k)
    else:
        memory = int((k - shape.memories) / EXTRA_PROVENANCE_SHARE)
        own = shape.call_of(memory)
        # The caller's previous call (their first has none: their next one instead).
        call = own - shape.callers if own >= shape.callers else own + shape.callers
    source = f"[{1 + 2 * rng.randrange(TURNS_PER_CALL // 2)}]"
    return (k + 1, call + 1, memory + 1, "auto", round(rng.uniform(0.6, 1.0), 2), source)


def _links(shape: Shape, rng: random.Random, k: int) -> tuple[Any, ...]:
    source = int(k / LINK_SHARE) + 1  # never 0: linked to the memory before it
    created = shape.started(shape.call_of(source))
    return (k + 1, source + 1, source, round(rng.uniform(0.6, 0.95), 3), "similar", created)


def _tool_calls(shape: Shape, rng: random.Random, k: int) -> tuple[Any, ...]:
    call = k // TOOL_CALLS_PER_CALL
    query = {"query": _text(rng, 40, 10), "limit": 5, "sectors": []}
    answer = {
        "memories": [
            {
                "id": rng.randrange(shape.memories) + 1,
                "content": _text(rng, 62, 20),
                "sector": rng.choice(SECTORS),
                "salience": 0.5,
                "score": 0.71,
                "date": "2 March 2026",
                "created_at": "2026-03-02T10:00:00Z",
                "conversation_id": _conversation_id(call),
                "source_turns": [3],
            }  # fmt: skip
            for _ in range(5)
        ],
        "summary": _text(rng, 150, 40),
        "degraded": False,
    }
    return (
        k + 1, "memory_query", shape.caller_of(call) + 1, _conversation_id(call),
        json.dumps(query), json.dumps(answer), round(rng.uniform(5, 40), 2), "ok",
        shape.started(call),
    )  # fmt: skip


def _agent_line(rng: random.Random) -> str:
    return rng.choice(_AGENT_LINES)[: max(20, int(rng.gauss(60, 15)))]


@functools.cache
def _envelope() -> tuple[dict[str, Any], dict[str, Any]]:
    """The sample ElevenLabs post-call payload, and one of its transcript turns."""
    envelope = json.loads(SAMPLE.read_text(encoding="utf-8"))
    turns = envelope["data"]["transcript"]
    return envelope, next(t for t in turns if t["message"] and not t["tool_calls"])


def _payload(rng: random.Random, conversation_id: str, caller: str) -> str:
    """The post-call body ElevenLabs would send for a call (the sample's fields, 16 turns of
    the lengths above), as omem records it."""
    envelope, turn = _envelope()
    data = dict(envelope["data"], conversation_id=conversation_id, user_id=None)
    data["transcript"] = [
        dict(
            turn,
            role="agent" if order % 2 == 0 else "user",
            message=_agent_line(rng) if order % 2 == 0 else _text(rng, 55, 25),
            time_in_call_secs=order * 6,
        )
        for order in range(TURNS_PER_CALL)
    ]
    metadata = dict(data["metadata"])
    metadata["phone_call"] = dict(metadata["phone_call"], external_number=caller)
    data["metadata"] = metadata
    return json.dumps(dict(envelope, data=data))


def _events(shape: Shape, rng: random.Random, j: int) -> tuple[Any, ...]:
    caller = shape.caller_of(j)
    body = _payload(rng, _conversation_id(j), caller_number(caller))
    started = shape.started(j)
    done = started + dt.timedelta(seconds=30)
    return (
        j + 1, "post_call_transcription", f"post_call_transcription:{_conversation_id(j)}",
        _conversation_id(j), caller + 1, body, "completed", 1, started, "", started, done,
    )  # fmt: skip


@dataclass(frozen=True)
class Table:
    """How many rows a table gets, and how row `index` is made (or, for vectors, how a
    chunk of rows is)."""

    model: type[BaseModel]
    count: Callable[[Shape], int]
    row: Callable[[Shape, random.Random, int], tuple[Any, ...]] | None = None
    chunk: Callable[[Shape, int, int, str, int], list[Any]] | None = None


TABLES = (
    Table(User, lambda s: s.callers, _users),
    Table(CallerId, lambda s: s.callers, _caller_ids),
    Table(Conversation, lambda s: s.calls, _conversations),
    Table(ConversationTurn, lambda s: s.calls * TURNS_PER_CALL, _turns),
    Table(ConversationAnalysis, lambda s: s.calls, _analyses),
    Table(WebhookEvent, lambda s: s.calls, _events),
    Table(ToolInvocation, lambda s: s.calls * TOOL_CALLS_PER_CALL, _tool_calls),
    Table(Memory, lambda s: s.memories, _memories),
    Table(MemoryEmbedding, lambda s: s.memories, chunk=_embeddings),
    Table(
        ConversationMemory,
        lambda s: s.memories + int(s.memories * EXTRA_PROVENANCE_SHARE),
        _provenance,
    ),
    Table(MemoryLink, lambda s: int((s.memories - 1) * LINK_SHARE), _links),
)


Job = tuple[Shape, str, int, int, str, int]  # shape, table, start, stop, model, dimension


def _chunk(job: Job) -> list[tuple[Any, ...]]:
    """Rows [start, stop) of one table, as their fields' `db_value`s (encrypted columns
    encrypted): run in a worker process (forked, so with the parent's keys)."""
    shape, table, start, stop, model_name, dimension = job
    spec = next(t for t in TABLES if t.model._meta.table_name == table)
    if spec.chunk is not None:
        return spec.chunk(shape, start, stop, model_name, dimension)
    assert spec.row is not None
    rng = random.Random(f"{table}:{start}")  # noqa: S311 - test data
    fields: list[Field] = list(spec.model._meta.sorted_fields)
    converters = [field.db_value for field in fields]
    out = []
    for index in range(start, stop):
        values = spec.row(shape, rng, index)
        out.append(tuple(c(v) for c, v in zip(converters, values, strict=True)))
    return out


def _generated(pool: ProcessPoolExecutor, jobs: list[Job]) -> Iterator[list[tuple[Any, ...]]]:
    """The jobs' rows in order, with a few jobs ahead in the workers: never the whole
    table in memory (a million vectors are 3 GB)."""
    ahead: deque[Future[list[tuple[Any, ...]]]] = deque()
    for job in jobs:
        ahead.append(pool.submit(_chunk, job))
        if len(ahead) > 2 * (os.cpu_count() or 1):
            yield ahead.popleft().result()
    while ahead:
        yield ahead.popleft().result()


def _insert(
    pool: ProcessPoolExecutor, shape: Shape, spec: Table, model_name: str, dim: int
) -> int:
    """Insert the table's rows, TRANSACTION_ROWS to a write transaction; how many."""
    fields = list(spec.model._meta.sorted_fields)
    sql, _ = spec.model.insert_many([(None,) * len(fields)], fields=fields).sql()
    count = spec.count(shape)
    table = spec.model._meta.table_name
    jobs = [
        (shape, table, start, min(count, start + CHUNK), model_name, dim)
        for start in range(0, count, CHUNK)
    ]
    connection = db.connection()
    per_transaction = max(1, TRANSACTION_ROWS // CHUNK)
    batches = _generated(pool, jobs)
    done = 0
    while True:
        with write():
            for rows in itertools.islice(batches, per_transaction):
                connection.executemany(sql, rows)
                done += len(rows)
        if done == count:
            return done


def _checkpoint() -> None:
    while True:
        busy, _, _ = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy:
            return
        time.sleep(0.1)


@dataclass(frozen=True)
class Cached:
    directory: Path
    key: str
    rows: dict[str, int]
    generated_secs: float


def _settings(data_dir: Path, key: str) -> Settings:
    env = {
        "OMEM_DATA_DIR": str(data_dir),
        "OMEM_API_KEYS": "omem_bench_backup_size_0123456789abcdef",
        "OMEM_ELEVENLABS_WEBHOOK_SECRETS": "wsec_bench_backup_size_0123456789",
        "OMEM_ENCRYPTION_KEYS": key,
        "OMEM_SECRET_KEY": "b" * 40,
        "OMEM_LOG_LEVEL": "WARNING",
    }
    return load_settings(env, env_file=None)


def cached_database(shape: Shape, cache_dir: Path, rebuild: bool) -> Cached:
    """The database for `shape`, from the cache or generated into it (with its key)."""
    directory = cache_dir / str(shape.memories)
    meta_path = directory / "meta.json"
    if not rebuild and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("shape_version") == SHAPE_VERSION and (directory / "data/omem.db").exists():
            log(f"{shape.memories:,} memories: cached database in {directory}")
            return Cached(directory, meta["key"], meta["rows"], meta["generated_secs"])
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    key = new_fernet_key()
    settings = _settings(directory / "data", key)
    started = time.perf_counter()
    init_db(settings)
    embedder = get_embedder(settings)  # its model name and dimension; the model never loads
    rows: dict[str, int] = {}
    with db.connection_context():
        schema.upgrade()
        db.execute_sql("PRAGMA cache_size = -1048576")  # 1 GiB while the indexes grow
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(os.cpu_count() or 1, mp_context=context) as pool:
            for spec in TABLES:
                began = time.perf_counter()
                table = spec.model._meta.table_name
                rows[table] = _insert(pool, shape, spec, embedder.model, embedder.dimension)
                _checkpoint()
                log(f"  {table}: {rows[table]:,} rows in {time.perf_counter() - began:.0f} s")
    db.close_all()
    generated = round(time.perf_counter() - started, 1)
    meta = {"shape_version": SHAPE_VERSION, "key": key, "rows": rows, "generated_secs": generated}
    meta_path.write_text(json.dumps(meta, indent=2))
    return Cached(directory, key, rows, generated)


@dataclass
class Result:
    memories: int
    callers: int
    calls: int
    database_bytes: int
    backup_secs: float
    archive_bytes: int
    restore_secs: float
    generated_secs: float


def measure(shape: Shape, cache_dir: Path, rebuild: bool) -> Result:
    cached = cached_database(shape, cache_dir, rebuild)
    source = _settings(cached.directory / "data", cached.key)
    work = Path(tempfile.mkdtemp(prefix="run-", dir=cache_dir))
    try:
        started = time.perf_counter()
        made = create_backup(source, work / "backups")
        backup_secs = time.perf_counter() - started
        log(f"  backup: {made.path.stat().st_size / 2**20:,.0f} MiB in {backup_secs:.1f} s")
        target = _settings(work / "restored", cached.key)
        started = time.perf_counter()
        restored = restore_backup(made.path, target)
        restore_secs = time.perf_counter() - started
        db.close_all()
        log(f"  restore: {restore_secs:.1f} s")
        if restored.counts != made.manifest["tables"]:
            raise RuntimeError("the restored database does not hold the rows of its manifest")
        return Result(
            memories=shape.memories,
            callers=shape.callers,
            calls=shape.calls,
            database_bytes=(cached.directory / "data" / "omem.db").stat().st_size,
            backup_secs=round(backup_secs, 1),
            archive_bytes=made.path.stat().st_size,
            restore_secs=round(restore_secs, 1),
            generated_secs=cached.generated_secs,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _size(n: int) -> str:
    return f"{n / 2**30:.2f} GiB" if n >= 2**30 else f"{n / 2**20:.0f} MiB"


def table(results: list[Result]) -> str:
    lines = [
        "| memories | callers | calls | database | backup time | archive | archive/db | "
        "restore time |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r.memories:,} | {r.callers:,} | {r.calls:,} | {_size(r.database_bytes)} | "
            f"{r.backup_secs:.1f} s | {_size(r.archive_bytes)} | "
            f"{r.archive_bytes / r.database_bytes:.0%} | {r.restore_secs:.1f} s |"
        )
    return "\n".join(lines)


def _machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{os.cpu_count()} CPUs ({model or platform.machine()}), {memory:.0f} GiB RAM, "
        f"load average {load}; Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.backup_size", description=__doc__)
    parser.add_argument(
        "--sizes",
        default="100000,1000000",
        help="comma-separated numbers of memories (default 100000,1000000)",
    )
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "omem-bench-backup",
        help="where generated databases are kept between runs",
    )
    parser.add_argument("--rebuild", action="store_true", help="generate the databases again")
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    procs.stop_on_sigterm()
    sizes = [int(size.replace("_", "")) for size in args.sizes.split(",") if size]
    log(f"machine: {_machine()}")
    results = []
    for size in sizes:
        shape = Shape(size)
        log(f"{size:,} memories ({shape.callers:,} callers, {shape.calls:,} calls)")
        results.append(measure(shape, args.cache_dir, args.rebuild))
    print()
    print(table(results))
    print()
    print(f"- machine: {_machine()}")
    print(
        "- vectors are random unit float32 (384 values per memory, plus a turn vector for "
        f"{TURN_VECTOR_SHARE:.0%}): incompressible, so each archive size is an upper bound"
    )
    print(
        f"- per call: {MEMORIES_PER_CALL} memories, {TURNS_PER_CALL} turns, an analysis, its "
        f"post-call event ({len(_payload(random.Random(0), 'conv_x', '+14152000000')):,} bytes "
        "of JSON), "
        f"{TOOL_CALLS_PER_CALL} tool calls; {CALLS_PER_CALLER} calls per caller; text columns "
        "encrypted as omem stores them"
    )
    print(
        "- backup = omem.backup.create_backup (online copy, quick_check, gzip -6, sha256, tar); "
        "restore = omem.restore.restore_backup into an empty data directory (sha256, gunzip, "
        "integrity_check, row counts, swap); both on the same disk, page cache warm"
    )
    for r in results:
        print(f"- {r.memories:,} memories: generating the database took {r.generated_secs:.0f} s")
    if args.json is not None:
        body = {"machine": _machine(), "results": [asdict(r) for r in results]}
        args.json.write_text(json.dumps(body, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
