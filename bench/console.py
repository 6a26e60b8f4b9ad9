"""`python -m bench.console [--quick] [--json PATH] [--profile] [--keep]`: the operator
console's pages at scale, against the issue's target.

"10,000 callers and 1,000,000 memories in all, one caller with 10,000: callers list and search,
caller page, memory page, calls list, events list — server time p95 ≤ 50 ms on this 2-core
machine; the same pages stay within 2× when the data grows 10×."

For each of two scales (1/10 and full; `--quick`: 1/100 and 1/10), in a temporary data
directory: `omem db upgrade` and gunicorn (`procs.omem_stack`, no consumer, OMEM_LOG_LEVEL=INFO
with JSON logs so every request's `latency_ms` is in the access log), then the data set written
through omem's models (see `seed`), an admin operator made with `omem admins create`, a sign-in
through the login form, and one client timing each page from sending to the last byte, after a
warm-up. Every request carries its own X-Request-ID, which pairs it with the server's access-log
line: the tables show server time (Flask's before_request to after_request, the issue's measure)
and client time (adds the network, the ASGI buffering and the connection's close).

The growth check compares the two scales: everything (callers, memories, the big caller's
memories, calls, events) is 10× larger at the second one. 10× the full scale (10 million
memories) would not seed in this machine's time budget; 1/10 → full is the same 10× growth.
With `--profile` (or when a page misses its target) the slow pages then run in-process under
cProfile, and each query they send is timed alone with its EXPLAIN QUERY PLAN.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import datetime as dt
import html
import http.client
import io
import itertools
import json
import math
import multiprocessing
import os
import pstats
import random
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import quote
from urllib.parse import urlencode

from peewee import chunked
from peewee import fn

from bench import procs
from bench.load import LoadResult
from bench.load import run_load
from bench.payloads import PostCallTemplate
from bench.retrieval_quality import revision
from bench.seed import caller_number
from bench.seed import memory_sentence
from bench.seed import user_uid
from omem import create_app
from omem.admin.auth import COOKIE
from omem.admin.auth import LOGIN_CSRF_COOKIE
from omem.callers import index_name
from omem.config import load_settings
from omem.db import db
from omem.db import init_db
from omem.db import write
from omem.models import ALL_MODELS
from omem.models import SECTORS
from omem.models import BaseModel
from omem.models import CallerId
from omem.models import Conversation
from omem.models import ConversationAnalysis
from omem.models import ConversationMemory
from omem.models import ConversationTurn
from omem.models import Memory
from omem.models import MemoryLink
from omem.models import User
from omem.models import WebhookEvent
from omem.models import encrypted_fields

TARGET_MS = 50.0
GROWTH_LIMIT = 2.0
OPERATOR = "bench"
PASSWORD = "bench-console-password"  # noqa: S105 - a throwaway operator in a temp directory
AGENT_ID = "agent_bench_console"
BASE = dt.datetime(2025, 11, 20)
YEAR = dt.timedelta(days=365)
BIG_NAME = "Dana Whitfield"
# The growth check compares pages of the same size: a search must find as many callers at
# both scales, or it measures the page growing (25 → 50 rows), not the data. BIG_NAME is one
# caller at every scale; COMMON_LAST, given to one caller in ten, fills a page at both.
COMMON_LAST = "Smith"
COMMON_SHARE = 0.1
_FIRST = (
    "Dana Ava Liam Noah Emma Olivia Mateo Sofia Lucas Mia Ethan Zara Omar Priya Kenji Hana "
    "Ines Tomas Ruth Walter Grace Daniel Marcus Leah Isaac Nora Felix Iris Jonah Maya Theo "
    "Lena Rafael Chloe Amara Yusuf Elena Hugo Clara Aiden"
).split()
_LAST = (
    "Whitfield Smith Garcia Okafor Nguyen Patel Kowalski Rossi Silva Murphy Tanaka Haddad "
    "Larsen Novak Dubois Schmidt Moreno Chen Kim Walsh Byrne Costa Ahmed Ivanova Jensen Reyes "
    "Fischer Nakamura Osei Brennan Lindqvist Mendes Horvat Adeyemi Sato Park Varga Keller "
    "Duarte Quinn"
).split()
_AGENT_LINES = (
    "Thanks for calling, how can I help you today?",
    "Got it. Can you tell me a bit more about that?",
    "Let me make a note of that. Anything else I should know?",
    "Which day works best for you?",
)
_STATUSES = ("completed", "failed", "dead", "pending", "processing")
_STATUS_WEIGHTS = (95.0, 1.5, 1.0, 2.0, 0.5)
_NEXT_LINK = re.compile(r'<a href="([^"]+)" rel="next">')

log = procs.logger("console")


# ---------------------------------------------------------------- scales and options


@dataclass(frozen=True)
class Scale:
    """The issue's data set times `factor`: every count scales, the big caller's too."""

    factor: float

    def _n(self, full: int) -> int:
        return max(1, round(full * self.factor))

    @property
    def label(self) -> str:
        return "full" if self.factor == 1 else f"1/{round(1 / self.factor)}"

    @property
    def callers(self) -> int:
        return self._n(10_000)

    @property
    def memories(self) -> int:
        return self._n(1_000_000)

    @property
    def big_memories(self) -> int:
        return self._n(10_000)

    @property
    def conversations(self) -> int:
        return self._n(50_000)

    @property
    def big_conversations(self) -> int:
        return self._n(500)  # 20 memories from each of the big caller's calls

    @property
    def events(self) -> int:
        return self._n(100_000)


@dataclass(frozen=True)
class Options:
    scales: tuple[Scale, Scale] = (Scale(0.1), Scale(1.0))
    requests: int = 200
    warmup: int = 40  # each of gunicorn's 4 workers compiles templates, fills its page cache
    page_time_limit: float = 120.0
    profile_n: int = 30
    keep: bool = False
    profile: bool = False

    @classmethod
    def quick(cls) -> Options:
        return cls(scales=(Scale(0.01), Scale(0.1)), requests=50, warmup=20, profile_n=10)


# ---------------------------------------------------------------- seeding


@dataclass(frozen=True)
class Seeded:
    scale: Scale
    big_uid: str
    big_number: str
    memory_id: int  # one of the big caller's memories, with provenance and links
    seconds: dict[str, float]
    db_mb: float


def _bulk(model: type[BaseModel], fields: list[Any], rows: Iterator[tuple[Any, ...]]) -> int:
    """Insert `rows` (tuples in `fields` order) with the SQL Peewee builds for the model, built
    once; every value goes through its field's `db_value`, so encrypted columns are stored
    encrypted as `insert_many` stores them. Columns left out take their default, evaluated
    once. (`insert_many` builds the SQL again for every row: ~4,000 rows/s here.) Rows with
    encrypted columns are converted by a process per CPU (forked: same keys) while this one
    inserts: Fernet is most of the seeding time."""
    sql, params = model.insert_many([(None,) * len(fields)], fields=fields).sql()
    defaults = tuple(params[len(fields) :])
    names = [f.name for f in fields]
    jobs = ((model._meta.table_name, names, batch) for batch in chunked(rows, 2000))
    connection = db.connection()
    count = 0
    if set(fields) & set(encrypted_fields()):
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(os.cpu_count() or 1, mp_context=context) as pool:
            for converted in pool.map(_converted, jobs):
                connection.executemany(sql, [row + defaults for row in converted])
                count += len(converted)
        return count
    for job in jobs:
        connection.executemany(sql, [row + defaults for row in _converted(job)])
        count += len(job[2])
    return count


def _converted(job: tuple[str, list[str], list[tuple[Any, ...]]]) -> list[tuple[Any, ...]]:
    """The rows of `job` (table name, field names, rows) as their fields' `db_value`s."""
    table, names, rows = job
    model = next(m for m in ALL_MODELS if m._meta.table_name == table)
    convert = [model._meta.fields[name].db_value for name in names]
    return [tuple(c(v) for c, v in zip(convert, row, strict=True)) for row in rows]


def _spread(i: int, n: int) -> dt.datetime:
    """The i-th of n moments, oldest first, over the year before BASE."""
    return BASE - YEAR * (n - i) / n


def _next_id(model: type[BaseModel]) -> int:
    return int(model.select(fn.COALESCE(fn.MAX(model.id), 0)).scalar()) + 1


def seed(scale: Scale) -> Seeded:
    """The data set, written in big IMMEDIATE transactions into the database `db` points at
    (migrated, empty): `scale.callers` callers with a number and a name from a small list
    (indexed for search with `callers.index_name`), the last of them (the newest, so on the
    callers list's first page) "Dana Whitfield" with `scale.big_memories` memories spread
    through the memory table as a year of calls would leave them; `scale.conversations` calls
    (the big caller's 40 turns each, the others' 4) with provenance for every memory; links
    between the big caller's memories; `scale.events` post-call events (20-turn payloads) in
    mixed statuses. No embeddings: no console page reads them."""
    rng = random.Random(20251120)  # noqa: S311 - test data
    seconds: dict[str, float] = {}

    @contextmanager
    def step(name: str) -> Iterator[None]:
        started = time.perf_counter()
        yield
        seconds[name] = round(time.perf_counter() - started, 1)

    big = scale.callers - 1
    with db.connection_context():
        db.execute_sql("PRAGMA cache_size = -262144")  # 256 MiB while seeding: index inserts
        with step("callers"):
            users = _seed_callers(scale, big, rng)
        with step("calls"):
            owners, by_owner, first_call = _seed_calls(scale, users, big)
        with step("memories"):
            memory_id = _seed_memories(scale, users, big, by_owner, first_call, rng)
        with step("events"):
            _seed_events(scale, users, owners, rng)
        with step("checkpoint"):
            _checkpoint()
    db.close_all()
    size = Path(str(db.database)).stat().st_size / 2**20
    return Seeded(scale, user_uid(big), caller_number(big), memory_id, seconds, round(size, 1))


def _checkpoint(limit: float = 60.0) -> None:
    """Copy the WAL into the database file and empty it, so the pages read the file as a
    long-running omem would (omem's own checkpointer thread may be busy: retry)."""
    deadline = time.monotonic() + limit
    while True:
        busy, frames, done = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy and frames in (0, done):
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"the WAL was not checkpointed ({frames} frames, {done} copied)")
        time.sleep(0.1)


def _other_name(rng: random.Random) -> str:
    """A caller's name other than BIG_NAME (which stays unique, so searching it finds one
    caller at every scale); one in ten is a COMMON_LAST (a full page of matches at every
    scale)."""
    while True:
        last = COMMON_LAST if rng.random() < COMMON_SHARE else rng.choice(_LAST)
        name = f"{rng.choice(_FIRST)} {last}"
        if name != BIG_NAME:
            return name


def _seed_callers(scale: Scale, big: int, rng: random.Random) -> list[int]:
    names = [BIG_NAME if i == big else _other_name(rng) for i in range(scale.callers)]
    first = _next_id(User)
    with write():
        _bulk(
            User,
            [
                User.uid,
                User.display_name,
                User.summary,
                User.is_guest,
                User.created_at,
                User.updated_at,
                User.last_call_at,
            ],
            (
                (
                    user_uid(i),
                    names[i],
                    "Long-time customer on the Team plan." if i == big else "",
                    False,
                    _spread(i, scale.callers),
                    BASE,
                    BASE,
                )
                for i in range(scale.callers)
            ),
        )
        ids = list(range(first, first + scale.callers))
        if User.select(fn.MAX(User.id)).scalar() != ids[-1]:
            raise RuntimeError("users were not numbered consecutively")
        for user_id, name in zip(ids, names, strict=True):
            index_name(user_id, name)
        _bulk(
            CallerId,
            [CallerId.number, CallerId.user, CallerId.created_at],
            ((caller_number(i), ids[i], _spread(i, scale.callers)) for i in range(scale.callers)),
        )
    return ids


def _seed_calls(
    scale: Scale, users: list[int], big: int
) -> tuple[list[int], dict[int, list[int]], int]:
    """The calls: every `every`-th is the big caller's, the rest go round the others. Returns
    each call's owner (by call index j), each owner's call indexes, and call 0's id (call j
    is `conv_cb<j>`, id first + j)."""
    n = scale.conversations
    every = max(1, n // scale.big_conversations)
    others = [u for i, u in enumerate(users) if i != big]
    owners = [
        users[big] if j % every == 0 or not others else others[j % len(others)] for j in range(n)
    ]
    first = _next_id(Conversation)
    with write():
        _bulk(
            Conversation,
            [
                Conversation.conversation_id,
                Conversation.user,
                Conversation.agent_id,
                Conversation.started_at,
                Conversation.duration_secs,
                Conversation.created_at,
            ],
            (
                (f"conv_cb{j:08d}", owners[j], AGENT_ID, _spread(j, n), 240, _spread(j, n))
                for j in range(n)
            ),
        )
    by_owner: dict[int, list[int]] = {}
    for j, owner in enumerate(owners):
        by_owner.setdefault(owner, []).append(j)
    big_calls = {first + j for j in by_owner[users[big]]}

    def turns() -> Iterator[tuple[Any, ...]]:
        rng = random.Random(7)  # noqa: S311 - test data
        for j in range(n):
            for order in range(40 if first + j in big_calls else 4):
                agent = order % 2 == 0
                text = rng.choice(_AGENT_LINES) if agent else memory_sentence(rng)
                yield (first + j, order, "agent" if agent else "user", text, order * 6)

    with write():
        _bulk(
            ConversationTurn,
            [
                ConversationTurn.conversation,
                ConversationTurn.order,
                ConversationTurn.role,
                ConversationTurn.message,
                ConversationTurn.time_in_call_secs,
            ],
            turns(),
        )
        _bulk(
            ConversationAnalysis,
            [
                ConversationAnalysis.conversation,
                ConversationAnalysis.title,
                ConversationAnalysis.transcript_summary,
                ConversationAnalysis.call_successful,
                ConversationAnalysis.data_collection,
                ConversationAnalysis.evaluation,
            ],
            (
                (
                    c,
                    "Router keeps dropping",
                    f"{BIG_NAME} called about the router.",
                    "success",
                    "{}",
                    "{}",
                )
                for c in sorted(big_calls)
            ),
        )
    return owners, by_owner, first


def _seed_memories(
    scale: Scale,
    users: list[int],
    big: int,
    by_owner: dict[int, list[int]],
    first_call: int,
    rng: random.Random,
) -> int:
    """The memories, with provenance; every `every`-th is the big caller's (spread through the
    table as a year of calls leaves them), the others belong to callers drawn at random."""
    n = scale.memories
    every = max(1, n // scale.big_memories)
    others = [u for i, u in enumerate(users) if i != big] or [users[big]]
    owners = [
        users[big] if i % every == every // 2 else others[rng.randrange(len(others))]
        for i in range(n)
    ]
    states = rng.choices(("active", "archived", "superseded"), (93, 5, 2), k=n)
    fields = [
        Memory.user,
        Memory.content,
        Memory.context,
        Memory.conversation_ref,
        Memory.sector,
        Memory.salience,
        Memory.state,
        Memory.occurred_at,
        Memory.last_accessed_at,
        Memory.created_at,
        Memory.updated_at,
    ]
    first = _next_id(Memory)
    step = 100_000
    for start in range(0, n, step):
        with write():
            rows = []
            for i in range(start, min(n, start + step)):
                moment = _spread(i, n)
                calls = by_owner[owners[i]]
                rows.append(
                    (
                        owners[i],
                        memory_sentence(rng),
                        rng.choice(_AGENT_LINES),
                        f"conv_cb{calls[i % len(calls)]:08d}",
                        rng.choice(SECTORS),
                        round(rng.random(), 3),
                        states[i],
                        moment,
                        moment,
                        moment,
                        moment,
                    )
                )
            _bulk(Memory, fields, iter(rows))
    if Memory.select(fn.MAX(Memory.id)).scalar() != first + n - 1:
        raise RuntimeError("memories were not numbered consecutively")
    big_id = users[big]

    def provenance() -> Iterator[tuple[Any, ...]]:
        for i in range(n):
            calls = by_owner[owners[i]]
            orders = 40 if owners[i] == big_id else 4
            source = f"[{1 + 2 * (i % (orders // 2))}]"
            yield (first_call + calls[i % len(calls)], first + i, "auto", 0.8, source)

    big_memories = [first + i for i in range(n) if owners[i] == big_id]

    def links() -> Iterator[tuple[Any, ...]]:
        for k, memory in enumerate(big_memories[:-1]):
            weight = round(0.6 + 0.3 * ((k * 37) % 100) / 100, 3)
            yield (memory, big_memories[k + 1], weight, "similar", BASE)
            yield (big_memories[k + 1], memory, weight, "similar", BASE)

    with write():
        _bulk(
            ConversationMemory,
            [
                ConversationMemory.conversation,
                ConversationMemory.memory,
                ConversationMemory.extraction_type,
                ConversationMemory.confidence,
                ConversationMemory.source_turns,
            ],
            provenance(),
        )
        _bulk(
            MemoryLink,
            [
                MemoryLink.source,
                MemoryLink.target,
                MemoryLink.weight,
                MemoryLink.kind,
                MemoryLink.created_at,
            ],
            links(),
        )
        User.update(memory_version=User.memory_version + 1).where(User.id == big_id).execute()
    return big_memories[len(big_memories) // 2]


def _seed_events(scale: Scale, users: list[int], owners: list[int], rng: random.Random) -> None:
    n = scale.events
    template = PostCallTemplate(turns=20)
    statuses = rng.choices(_STATUSES, _STATUS_WEIGHTS, k=n)
    attempts = {"completed": 1, "failed": 3, "dead": 8, "pending": 0, "processing": 1}
    index_of = {user_id: i for i, user_id in enumerate(users)}

    def rows() -> Iterator[tuple[Any, ...]]:
        for i in range(n):
            j = i % len(owners)
            conversation = f"conv_cb{j:08d}"
            owner = owners[j]
            status = statuses[i]
            created = _spread(i, n)
            body = template.render(
                conversation, user_uid(index_of[owner]), caller_number(index_of[owner])
            )
            yield (
                "post_call_transcription",
                f"cb-evt-{i:09d}",
                conversation,
                owner if status == "completed" else None,
                body.decode(),
                status,
                attempts[status],
                created + dt.timedelta(seconds=30),
                "TimeoutError: the language model did not answer in time"
                if status in ("failed", "dead")
                else "",
                created,
                created + dt.timedelta(seconds=5),
            )

    fields = [
        WebhookEvent.event_type,
        WebhookEvent.idempotency_key,
        WebhookEvent.conversation_ref,
        WebhookEvent.user,
        WebhookEvent.payload,
        WebhookEvent.status,
        WebhookEvent.attempts,
        WebhookEvent.next_attempt_at,
        WebhookEvent.last_error,
        WebhookEvent.created_at,
        WebhookEvent.updated_at,
    ]
    source = rows()
    while True:
        batch = list(itertools.islice(source, 50_000))
        if not batch:
            return
        with write():
            _bulk(WebhookEvent, fields, iter(batch))


# ---------------------------------------------------------------- the console over HTTP


def _request(
    host: str, port: int, method: str, path: str, body: bytes = b"", **headers: str
) -> tuple[int, http.client.HTTPMessage, bytes]:
    conn = http.client.HTTPConnection(host, port, timeout=30)
    try:
        conn.request(method, path, body=body or None, headers=headers)
        response = conn.getresponse()
        return response.status, response.headers, response.read()
    finally:
        conn.close()


def _cookies(headers: http.client.HTTPMessage) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    for value in headers.get_all("Set-Cookie") or []:
        jar.load(value)
    return {name: morsel.value for name, morsel in jar.items()}


def create_operator(stack: procs.Stack) -> None:
    done = subprocess.run(  # noqa: S603 - fixed argv, no shell
        [
            sys.executable,
            "-m",
            "omem.cli",
            "admins",
            "create",
            OPERATOR,
            "--role",
            "admin",
            "--password-stdin",
        ],
        input=PASSWORD + "\n",
        cwd=stack.root,
        env=stack.env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"omem admins create failed:\n{done.stdout}{done.stderr}")


def sign_in(host: str, port: int) -> str:
    """The console session cookie's value, through the login form (double-submit CSRF)."""
    status, headers, _ = _request(host, port, "GET", "/admin/login")
    csrf = _cookies(headers).get(LOGIN_CSRF_COOKIE)
    if status != 200 or not csrf:
        raise RuntimeError(f"GET /admin/login answered {status} without the CSRF cookie")
    form = urlencode(
        {"csrf_token": csrf, "username": OPERATOR, "password": PASSWORD, "next": "/admin"}
    )
    status, headers, body = _request(
        host,
        port,
        "POST",
        "/admin/login",
        form.encode(),
        **{
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"{LOGIN_CSRF_COOKIE}={csrf}",
        },
    )
    session = _cookies(headers).get(COOKIE)
    if status != 303 or not session:
        raise RuntimeError(f"sign-in answered {status}: {body[:300]!r}")
    return session


@dataclass(frozen=True)
class Page:
    slug: str
    label: str
    path: str
    marker: str  # text the page must contain


def _national(number: str) -> str:
    """+1 415 200 0123 written as an operator types it: (415) 200-0123."""
    return f"({number[2:5]}) {number[5:8]}-{number[8:]}"


def pages(seeded: Seeded, next_link: Callable[[str], str]) -> list[Page]:
    uid = seeded.big_uid
    return [
        Page("callers", "callers list", "/admin/callers", 'rel="next"'),
        Page("callers-p2", "callers list, page 2", next_link("/admin/callers"), "<table"),
        Page("search-name", f"callers?q={BIG_NAME}", f"/admin/callers?q={quote(BIG_NAME)}", uid),
        Page(
            "search-common",
            f"callers?q={COMMON_LAST} (a full page)",
            f"/admin/callers?q={COMMON_LAST}",
            'rel="next"',
        ),
        Page(
            "search-number",
            f"callers?q={_national(seeded.big_number)}",
            f"/admin/callers?q={quote(_national(seeded.big_number))}",
            uid,
        ),
        Page("caller", "caller page (big caller)", f"/admin/callers/{uid}", "Memories"),
        Page(
            "caller-memories",
            "caller's memories (big caller)",
            f"/admin/callers/{uid}/memories",
            'rel="next"',
        ),
        Page(
            "caller-memories-sector",
            "caller's memories?sector=semantic",
            f"/admin/callers/{uid}/memories?sector=semantic",
            'rel="next"',
        ),
        Page("memory", "memory page", f"/admin/memories/{seeded.memory_id}", "Where it came from"),
        Page("calls", "calls list", "/admin/calls", "conv_cb"),
        Page("calls-p2", "calls list, page 2", next_link("/admin/calls"), "conv_cb"),
        Page("events", "events list", "/admin/events", "post_call_transcription"),
        Page("events-dead", "events?status=dead", "/admin/events?status=dead", "dead"),
        Page(
            "events-completed",
            "events?status=completed",
            "/admin/events?status=completed",
            "completed",
        ),
    ]


@dataclass
class PageRow:
    scale: str
    slug: str
    label: str
    n: int
    errors: int
    client_p50: float
    client_p95: float
    client_max: float
    server_n: int
    server_p50: float
    server_p95: float
    server_max: float
    others_pct: float = math.nan  # CPU used by other processes meanwhile, % of the machine
    error_samples: list[str] = field(default_factory=list)

    @property
    def met(self) -> bool:
        return self.errors == 0 and self.server_p95 <= TARGET_MS


def _cpu(stack: procs.Stack) -> tuple[float, float]:
    """(CPU seconds the whole machine was busy, CPU seconds of gunicorn + this process)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    busy = (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")  # minus idle, iowait
    own = os.times()
    return busy, stack.cpu_secs() + own.user + own.system


def _others_pct(stack: procs.Stack, before: tuple[float, float], wall: float) -> float:
    """How much of the machine other tenants used since `before` (0-100)."""
    after = _cpu(stack)
    others = (after[0] - before[0]) - (after[1] - before[1])
    return max(0.0, 100 * others / (wall * (os.cpu_count() or 1)))


def _server_times(log_path: Path, prefix: str) -> list[float]:
    """latency_ms of every access-log line whose request id starts with `prefix`."""
    out = []
    for line in log_path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.startswith("{"):
            continue
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if str(record.get("request_id", "")).startswith(prefix) and "latency_ms" in record:
            out.append(float(record["latency_ms"]))
    return out


def measure(stack: procs.Stack, seeded: Seeded, opts: Options) -> list[PageRow]:
    host, port = stack.host, stack.port
    session = sign_in(host, port)
    cookie = f"{COOKIE}={session}"

    def next_link(path: str) -> str:
        status, _, body = _request(host, port, "GET", path, Cookie=cookie)
        found = _NEXT_LINK.search(body.decode("utf-8", "replace"))
        if status != 200 or not found:
            raise RuntimeError(f"{path} answered {status} without a next-page link")
        return html.unescape(found.group(1))

    rows = []
    for page in pages(seeded, next_link):
        rows.append(_measure_page(stack, seeded.scale, page, cookie, opts))
        row = rows[-1]
        log(
            f"{seeded.scale.label} {page.label}: server p95 {row.server_p95:.1f} ms, "
            f"client p95 {row.client_p95:.1f} ms, {row.errors} errors"
        )
    return rows


def _measure_page(
    stack: procs.Stack, scale: Scale, page: Page, cookie: str, opts: Options
) -> PageRow:
    marker = page.marker.encode()

    def check(index: int, status: int, body: bytes) -> str | None:
        if status != 200:
            return f"status {status}: {body[:200]!r}"
        return None if marker in body else f"no {page.marker!r} in the page"

    def requests(prefix: str) -> Callable[[int], tuple[str, str, bytes, dict[str, str]]]:
        def make(index: int) -> tuple[str, str, bytes, dict[str, str]]:
            return "GET", page.path, b"", {"Cookie": cookie, "X-Request-ID": f"{prefix}{index}"}

        return make

    run_load(
        "warm-up",
        stack.host,
        stack.port,
        requests(f"cbw-{page.slug}-"),
        check,
        opts.warmup,
        1,
        opts.page_time_limit,
    )
    prefix = f"cb-{page.slug}-"
    before = _cpu(stack)
    result = run_load(
        page.label,
        stack.host,
        stack.port,
        requests(prefix),
        check,
        opts.requests,
        1,
        opts.page_time_limit,
    )
    others = _others_pct(stack, before, result.wall_secs)
    time.sleep(0.2)  # the last access-log line reaches the file
    server = LoadResult(
        "server",
        opts.requests,
        [ms / 1000 for ms in _server_times(stack.logs / "gunicorn.log", prefix)],
    )
    return PageRow(
        scale=scale.label,
        slug=page.slug,
        label=page.label,
        n=result.ok,
        errors=result.error_count,
        client_p50=result.percentile_ms(50),
        client_p95=result.percentile_ms(95),
        client_max=max(result.latencies, default=math.nan) * 1000,
        server_n=server.ok,
        server_p50=server.percentile_ms(50),
        server_p95=server.percentile_ms(95),
        server_max=max(server.latencies, default=math.nan) * 1000,
        others_pct=round(others, 1),
        error_samples=result.errors[:5],
    )


# ---------------------------------------------------------------- in-process diagnosis


@contextmanager
def _recorded_queries() -> Iterator[list[tuple[str, tuple[Any, ...]]]]:
    """Every (sql, params) sent through `db` meanwhile (an instance attribute shadows the
    method for the duration)."""
    seen: list[tuple[str, tuple[Any, ...]]] = []
    original = db.execute_sql

    def execute_sql(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        seen.append((sql, tuple(params or ())))
        return original(sql, params, *args, **kwargs)

    db.execute_sql = execute_sql
    try:
        yield seen
    finally:
        del db.execute_sql


def _time_query(sql: str, params: tuple[Any, ...], repeat: int = 10) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        db.execute_sql(sql, params).fetchall()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def diagnose(stack: procs.Stack, rows: list[PageRow], seeded: Seeded, opts: Options) -> str:
    """In-process: each page of `rows` under cProfile, then each query it sent timed alone
    (fetching every row, no decryption) with its EXPLAIN QUERY PLAN."""
    settings = load_settings({**stack.settings_env, "OMEM_LOG_LEVEL": "WARNING"}, env_file=None)
    app = create_app(settings)
    client = app.test_client()
    login = client.get("/admin/login")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', login.get_data(as_text=True))
    answer = client.post(
        "/admin/login",
        data={
            "csrf_token": csrf.group(1) if csrf else "",
            "username": OPERATOR,
            "password": PASSWORD,
            "next": "/admin",
        },
    )
    if answer.status_code != 303:
        return f"in-process sign-in failed ({answer.status_code})"
    by_slug = {page.slug: page for page in pages(seeded, lambda path: path)}
    out = io.StringIO()
    for row in rows:
        page = by_slug[row.slug]
        if row.slug.endswith("-p2"):
            continue  # its cursor came from the HTTP run; page 1 shows the same queries
        for _ in range(3):
            client.get(page.path)
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        for _ in range(opts.profile_n):
            client.get(page.path)
        profiler.disable()
        per_request = (time.perf_counter() - started) / opts.profile_n * 1000
        with _recorded_queries() as seen:
            client.get(page.path)
        with db.connection_context():
            timed = sorted(
                ((_time_query(sql, params), sql, params) for sql, params in seen), reverse=True
            )
            total = sum(ms for ms, _, _ in timed)
            print(
                f"\n### {row.label} ({row.scale}): {per_request:.1f} ms a request in-process "
                f"under cProfile; {len(seen)} queries, {total:.1f} ms of SQL alone\n",
                file=out,
            )
            for ms, sql, params in timed[:4]:
                plan = db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
                text = sql if len(sql) < 400 else sql[:400] + " …"
                print(f"- {ms:.2f} ms: `{text}`", file=out)
                for _, _, _, detail in plan:
                    print(f"    - {detail}", file=out)
        print(_hot_functions(profiler, opts.profile_n), file=out)
    return out.getvalue()


def _hot_functions(profiler: cProfile.Profile, calls: int, top: int = 12) -> str:
    """omem's functions and templates by cumulative time, then everything by own time; ms a
    request (under the profiler, so inflated)."""
    stats: dict[Any, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    root = str(procs.ROOT) + "/"
    entries = [
        (file.replace(root, "").split("site-packages/")[-1], line, name, own, cumulative)
        for (file, line, name), (_, _, own, cumulative, _) in stats.items()
    ]
    ours = sorted(
        (e for e in entries if e[0].startswith(("omem/", "templates/"))), key=lambda e: -e[4]
    )
    lines = [
        "\n| omem or template function | cumulative ms | | any function | own ms |",
        "|---|---:|---|---|---:|",
    ]
    hot = sorted(entries, key=lambda e: -e[3])
    for mine, theirs in zip(ours[:top], hot[:top], strict=False):
        lines.append(
            f"| {mine[0]}:{mine[1]} {mine[2]} | {mine[4] * 1000 / calls:.2f} | | "
            f"{theirs[0]}:{theirs[1]} {theirs[2]} | {theirs[3] * 1000 / calls:.2f} |"
        )
    return "\n".join(lines)


# ---------------------------------------------------------------- report


def _ms(value: float) -> str:
    return "–" if math.isnan(value) else f"{value:.1f}"


def table(rows: list[PageRow]) -> str:
    lines = [
        "| page | n | errors | server p50 | server p95 | server max | client p50 | client p95 "
        "| client max | server p95 ≤ 50 ms | other load |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r.label} | {r.n} | {r.errors} | {_ms(r.server_p50)} | {_ms(r.server_p95)} | "
            f"{_ms(r.server_max)} | {_ms(r.client_p50)} | {_ms(r.client_p95)} | "
            f"{_ms(r.client_max)} | {'met' if r.met else 'MISSED'} | {r.others_pct:.0f}% |"
        )
    return "\n".join(lines)


def _ratio(a: float, b: float) -> float:
    return b / a if a else math.nan


def _grew_ok(small: PageRow, large: PageRow) -> bool:
    return _ratio(small.server_p95, large.server_p95) <= GROWTH_LIMIT


def growth_table(small: list[PageRow], large: list[PageRow]) -> str:
    lines = [
        f"| page | server p95 {small[0].scale} | server p95 {large[0].scale} | ratio "
        f"| client p95 ratio | within {GROWTH_LIMIT:g}× |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for a, b in zip(small, large, strict=True):
        ratio = _ratio(a.server_p95, b.server_p95)
        client = _ratio(a.client_p95, b.client_p95)
        verdict = "met" if _grew_ok(a, b) else "MISSED"
        lines.append(
            f"| {a.label} | {_ms(a.server_p95)} | {_ms(b.server_p95)} | {ratio:.2f}× | "
            f"{client:.2f}× | {verdict} |"
        )
    return "\n".join(lines)


def _parse(argv: list[str] | None) -> tuple[Options, Path | None, bool]:
    parser = argparse.ArgumentParser(prog="python -m bench.console", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="scales 1/100 and 1/10, 50 requests")
    parser.add_argument("--requests", type=int, default=None, help="measured requests per page")
    parser.add_argument("--json", type=Path, default=None, help="also write results here")
    parser.add_argument(
        "--profile", action="store_true", help="diagnose every page, not only those that miss"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary directories")
    args = parser.parse_args(argv)
    opts = Options.quick() if args.quick else Options()
    changes: dict[str, Any] = {"keep": args.keep, "profile": args.profile}
    if args.requests:
        changes["requests"] = args.requests
    return dataclasses.replace(opts, **changes), args.json, args.quick


def run_scale(
    scale: Scale, opts: Options, smaller: list[PageRow] | None
) -> tuple[Seeded, list[PageRow], str]:
    """Seed and measure one scale; at the larger one (`smaller` holds the rows of the other),
    diagnose the pages that missed the target or the growth limit (every page with
    --profile)."""
    settings = {"OMEM_LOG_LEVEL": "INFO", "OMEM_LOG_FORMAT": "json"}
    with procs.omem_stack(
        "omem-bench-console-", consumer=False, keep=opts.keep, **settings
    ) as stack:
        log(
            f"{scale.label}: seeding {scale.callers:,} callers, {scale.memories:,} memories "
            f"({scale.big_memories:,} for one caller), {scale.conversations:,} calls, "
            f"{scale.events:,} events"
        )
        init_db(load_settings(stack.settings_env, env_file=None))
        seeded = seed(scale)
        log(
            f"{scale.label}: seeded in {sum(seeded.seconds.values()):.0f} s {seeded.seconds}, "
            f"omem.db {seeded.db_mb:,.0f} MiB"
        )
        create_operator(stack)
        rows = measure(stack, seeded, opts)
        stack.check_running()
        report = ""
        if smaller is not None:
            grew = {a.slug for a, b in zip(smaller, rows, strict=True) if not _grew_ok(a, b)}
            slow = [r for r in rows if opts.profile or not r.met or r.slug in grew]
            report = diagnose(stack, slow, seeded, opts) if slow else ""
    return seeded, rows, report


def main(argv: list[str] | None = None) -> int:
    opts, json_path, quick = _parse(argv)
    procs.stop_on_sigterm()
    began = time.perf_counter()
    load = [round(x, 2) for x in os.getloadavg()]
    results = [run_scale(opts.scales[0], opts, None)]
    results.append(run_scale(opts.scales[1], opts, results[0][1]))
    (small_seed, small, _), (large_seed, large, report) = results
    mode = "quick" if quick else "full"
    print(f"\n## Console pages ({mode} run, omem {revision()}, load average before {load})\n")
    for seeded, rows in ((small_seed, small), (large_seed, large)):
        s = seeded.scale
        print(
            f"### {s.label}: {s.callers:,} callers, {s.memories:,} memories ({s.big_memories:,} "
            f"for one caller), {s.conversations:,} calls, {s.events:,} events — seeded in "
            f"{sum(seeded.seconds.values()):.0f} s, omem.db {seeded.db_mb:,.0f} MiB\n"
        )
        print(table(rows))
        print()
    print(f"### Growth {small_seed.scale.label} → {large_seed.scale.label} (10× the data)\n")
    print(growth_table(small, large))
    print(
        f"\nOne client, {opts.requests} requests a page after {opts.warmup} warm-up requests; "
        "ms; server = the access log's latency_ms, client = send to last byte; other load = "
        "CPU that processes other than gunicorn and this benchmark used meanwhile (share of "
        f"the machine's {os.cpu_count()} CPUs: above ~10% the numbers are pessimistic). "
        f"Total {time.perf_counter() - began:.0f} s."
    )
    failed = [r for r in small + large if r.errors]
    for r in failed:
        print(f"\nERRORS in {r.label} ({r.scale}): {r.errors}")
        for sample in r.error_samples:
            print(f"  {sample}")
    if report:
        print(f"\n## Diagnosis ({large_seed.scale.label} data)\n{report}")
    if json_path is not None:
        data = {
            "seeding": {r[0].scale.label: r[0].seconds for r in results},
            "rows": [dataclasses.asdict(r) for r in small + large],
        }
        json_path.write_text(json.dumps(data, indent=1, default=str) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
