"""`python -m bench.memory_speed [--quick] [--json PATH] [--profile] [--rebuild]`: how fast
omem's memory engine is, against its targets.

(a) memory-query end to end: a real gunicorn (4 sync workers) on loopback, one caller with 10,000
    memories (generated sentences, embedded with omem's own embedder; the seeded data directory
    is cached under the system temp directory, keyed by a version string, and copied for each
    run), 10 closed-loop keep-alive clients: warm-up, then varied query texts that no worker
    has embedded before (so the embedding LRU hides nothing), the same from one client
    (service time without queueing), the 10 clients paced to 40 queries a second in all (open
    loop, below capacity), and a separate run that repeats 20 cached texts. Then an
    in-process breakdown (index load, embedding, ranking, the whole tool call; cProfile when
    the 10-client p95 is over the 15 ms goal, or with --profile).
(a'') no cold start: the same gunicorn restarted (3 times) on a copy whose callers have index
    snapshots, as the consumer leaves them. Once every worker has warmed its model (the
    `worker_ready` log line), the hot caller's first query on each worker (each worker's first
    query at all), then the first query on each worker of callers with copies of the hot
    caller's memories (one with 10,000, six with 600); the worker is read from the request log
    (`pid`, by X-Request-ID). Done twice: one query at a time (what a restart costs a caller;
    the target judges these rows), then two at a time (two queries share the two cores with
    the client: shown beside a control that repeats the pattern for a caller every worker has
    loaded, so what is cold start and what is contention can be told apart).
(b) vector search alone: numpy matrix @ query + top-10 by argpartition over 100,000 random
    unit vectors of dimension 384 (and over 10,000, omem's case above), with one OpenBLAS
    thread as omem runs it, and with OpenBLAS's default (a thread per core) for comparison.
(c) extraction + embedding + linking of one 40-turn call (offline extractor, local embedder),
    in-process, on a caller that already has about 200 memories; the memories each measured
    call adds are deleted afterwards, so every call meets the same history. Storing the
    transcript (`store_transcription`) is reported separately.
(d) calls ingested per minute by one consumer: N signed 40-turn post-call webhooks accepted by
    gunicorn while no consumer runs, then one `omem worker` with OMEM_QUEUE_WORKERS=1, then 2
    (same snapshot), timed until every `webhook_events` row is completed (SQLite polled
    read-only, bounded by a time limit).

The closed-loop 10-client rows measure the server at saturation (Little's law: mean latency is
about clients / throughput); the 1-client and paced rows show latency below capacity.

Every loop is bounded by a count and a time limit; every process started here is stopped
(SIGTERM for gunicorn, SIGINT for the consumer, then SIGKILL to its process group).
"""

from __future__ import annotations

import argparse
import base64
import cProfile
import dataclasses
import datetime as dt
import hashlib
import http.client
import io
import json
import math
import os
import pstats
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

import numpy as np

from bench import procs
from bench.load import LoadResult
from bench.load import Request
from bench.load import run_load
from bench.payloads import el_signature
from bench.retrieval_quality import SAMPLE
from bench.retrieval_quality import payload
from bench.retrieval_quality import revision
from omem import pipeline
from omem import schema
from omem.clock import utcnow
from omem.config import Settings
from omem.config import load_settings
from omem.db import db
from omem.db import init_db
from omem.db import write
from omem.embeddings import LOCAL_MODEL_ID
from omem.embeddings import as_blob
from omem.embeddings import get_embedder
from omem.jobs import init_queue
from omem.logs import configure_logging
from omem.memory import recall
from omem.memory import retrieve
from omem.memory.extract import classify
from omem.memory.extract import salience_of
from omem.memory.index import bump_version
from omem.memory.index import indexes
from omem.memory.index import load_index
from omem.models import CallerId
from omem.models import Conversation
from omem.models import ConversationMemory
from omem.models import Memory
from omem.models import MemoryEmbedding
from omem.models import MemoryLink
from omem.models import User
from omem.payloads import Transcription
from omem.validation import validate

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
QUERY_PATH = "/api/v1/tools/memory-query"
POST_CALL_PATH = "/api/v1/webhooks/post-call"
SEED_VERSION = "memory-speed-seed-v3"
# The cached seed is encrypted at rest like any omem data, so every run must use the key it was
# seeded with: a fixed key for benchmark data only (derived, never used for real data).
SEED_KEY = base64.urlsafe_b64encode(
    hashlib.sha256(b"omem bench seed " + SEED_VERSION.encode()).digest()
).decode()


def seed_secrets() -> procs.Secrets:
    return dataclasses.replace(procs.Secrets.generate(), encryption_key=SEED_KEY)


CACHE_ROOT = Path(tempfile.gettempdir()) / "omem-bench-memory-speed"
HOT_UID = "omem_usr_5eed000000000001"
HOT_NUMBER = "+14155559000"
HOT_NAME = "Dana Whitfield"
# Callers whose memories are copies of the hot caller's first N (for first-query rows: each
# is new to every worker). Their provenance points at the hot caller's calls: only the
# index reads it, and the cost of a load does not depend on whose calls they were.
CLONES = {
    "omem_usr_5eed0000000c10e0": 10_000,
    **{f"omem_usr_5eed0000000c060{i}": 600 for i in range(6)},
}
FIRST_QUERY_TARGET_MS = 30.0
CONTROL_WAVES = 20
# Waves of first queries before giving up on reaching every worker: one query at a time, the
# kernel hands most to the same few idle workers (80 waves reached 2-4 of 4 per restart).
MAX_WAVES = 400
# Queries in flight at once in (a''): one (cold-start costs alone), then two (as many as
# there are cores: what contention adds; judged against its own warm control).
PATTERNS = (1, 2)
AGENT_ID = "agent_0901k5keystone0concierge01"
# The 1-client and paced rows: issue 14 asks p95 <= 15 ms at 10 clients paced to 40 req/s (the
# first memory-query target was 30 ms; 15 ms was the goal beside it).
QUERY_TARGET_MS = 15.0
VECTOR_TARGET_MS = 15.0
EXTRACT_TARGET_MS = 1000.0
_POLL_SECS = 0.2


log = procs.logger("memory_speed")


@dataclass(frozen=True)
class Options:
    memories: int = 10_000
    clients: int = 10
    web_workers: int = 4
    warmup: int = 300
    measured: int = 1_500
    serial: int = 300
    paced: int = 800  # open loop: the same 10 clients, sending 40 queries a second in all
    paced_rate: float = 40.0
    cached_texts: int = 20
    cached_warmup: int = 200
    cached_n: int = 1_000
    vectors: int = 100_000
    vector_queries: int = 300
    extract_base_calls: int = 5  # 40-turn calls that give the caller ~200 memories first
    extract_calls: int = 20
    turns: int = 40
    events: int = 200
    queue_workers: tuple[int, ...] = (1, 2)
    phase_time_limit: float = 240.0
    worker_timeout: float = 600.0
    profile_n: int = 300
    restarts: int = 5

    @classmethod
    def quick(cls) -> Options:
        return cls(
            warmup=100,
            measured=300,
            serial=100,
            paced=200,
            cached_warmup=100,
            cached_n=300,
            vector_queries=100,
            extract_calls=5,
            events=40,
            worker_timeout=240.0,
            profile_n=100,
            restarts=2,
        )


# ---------------------------------------------------------------- generated text

_NAMES = (
    "Ava Liam Noah Emma Olivia Mateo Sofia Lucas Mia Ethan Zara Omar Priya Kenji Hana Ines "
    "Tomas Ruth Walter Grace Daniel Marcus Leah Isaac Nora Felix Iris Jonah Maya Theo Lena "
    "Rafael Chloe Amara Yusuf Elena Hugo Clara Aiden Naomi Rosa Tyler Karen Arjun Kayla Joe"
).split()
_RELATIONS = (
    "daughter", "son", "wife", "husband", "partner", "mother", "father", "brother", "sister",
    "neighbour", "best friend", "grandson", "granddaughter", "colleague", "boss", "aunt",
    "uncle", "cousin", "nephew", "niece",
)  # fmt: skip
_PETS = ("dog", "cat", "parrot", "rabbit", "tortoise", "puppy", "kitten")
_PET_NAMES = (
    "Rufus Bella Mochi Biscuit Pepper Luna Max Olive Ziggy Pickles Scout Maple Hazel Bruno "
    "Coco Juniper Koda Pretzel Waffles Nova"
).split()
_PLACES = (
    "Oakland", "Berkeley", "Tacoma", "Denver", "Quincy", "Decatur", "Brooklyn", "Lisbon",
    "Porto", "Portland", "Chicago", "Austin", "Boise", "Leeds", "Dublin", "Toronto", "Madrid",
    "Kyoto", "Nashville", "Savannah", "Tucson", "Asheville", "Duluth", "Halifax", "Lyon",
    "Bergen", "Seville", "Kochi", "Lagos", "Accra", "Beaverton", "Tucker", "Sacramento",
)  # fmt: skip
_ITEMS = (
    "router", "laptop", "dishwasher", "washing machine", "thermostat", "printer", "fridge",
    "car", "e-bike", "phone", "smart TV", "boiler", "heat pump", "doorbell camera",
    "treadmill", "coffee machine", "hearing aid", "sewing machine", "garage door opener",
)  # fmt: skip
_BRANDS = (
    "Netgear", "TP-Link", "Eero", "Bosch", "Samsung", "LG", "Miele", "Nest", "Ecobee",
    "Brother", "HP", "Toyota", "Hyundai", "Apple", "Pixel", "Sony", "Vaillant", "Daikin",
    "Ring", "Breville", "Phonak", "Singer",
)  # fmt: skip
_ACTIVITIES = (
    "piano lessons", "swimming practice", "chess club", "yoga", "physical therapy",
    "choir rehearsal", "football training", "a pottery class", "Spanish lessons", "book club",
    "karate", "a cooking class", "a shift at the food bank", "tutoring", "a hiking group",
)  # fmt: skip
_FEELINGS = (
    "worried", "excited", "relieved", "frustrated", "anxious", "thrilled", "nervous",
    "grateful", "overwhelmed", "disappointed", "hopeful", "lonely", "proud",
)  # fmt: skip
_EVENTS = (
    "the move", "the surgery", "the job interview", "the wedding", "the new school year",
    "the renovation", "the trip", "the court date", "the baby's arrival", "the exam results",
    "the retirement party", "the first day at work", "the funeral", "the house sale",
)  # fmt: skip
_COMPANIES = (
    "Bayline", "CityWave", "SunPeak Solar", "Bright Spark Electric", "Volt Brothers",
    "Ziply Fiber", "Golden Gate Movers", "Happy Tails", "Green Lake Vet", "Keystone Roofing",
    "Harbor Plumbing", "Maple Dental", "Northside Auto", "Cedar Home Care",
)  # fmt: skip
_SERVICES = (
    "a new roof", "an EV charger", "a bathroom remodel", "gutter cleaning", "a fence repair",
    "tree removal", "new windows", "a kitchen backsplash", "a water heater", "a deck repair",
)  # fmt: skip
_MEDS = (
    "metformin", "lisinopril", "atorvastatin", "levothyroxine", "vitamin D", "omeprazole",
    "amlodipine", "sertraline", "apixaban", "gabapentin",
)  # fmt: skip
_ALLERGENS = ("peanuts", "shellfish", "penicillin", "gluten", "eggs", "sesame", "cat hair")
_FOODS = ("pad thai", "lobster rolls", "pastries", "omelettes", "hummus", "sushi", "pesto")
_PROBLEMS = (
    "a power cut", "the firmware update", "the move", "a thunderstorm", "the cat knocked it over",
    "a week of heavy use", "the warranty ran out", "water got into it",
)  # fmt: skip
_STEPS = (
    "unplug it", "wait thirty seconds", "hold the reset button", "open the app",
    "log in on the laptop", "check the cable", "turn off the breaker", "press the blue button",
    "restart the modem", "write down the code",
)  # fmt: skip
_CHANNELS = ("email", "text messages", "a phone call", "WhatsApp")
_WHEN_NOT = ("before noon", "after eight at night", "on weekends", "during school pickup")
_TIMES = ("morning", "evening", "night", "lunchtime")
_CATEGORIES = ("team", "restaurant", "movie", "singer", "holiday spot", "book", "dessert")
_FAVOURITES = (
    "the Red Sox", "the Cubs", "Lula Cafe", "Casablanca", "Aretha Franklin", "Lake George",
    "Pride and Prejudice", "pastel de nata", "the Seahawks", "Avec", "Big Sur", "tiramisu",
)  # fmt: skip
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

_MEMORY_TEMPLATES = (
    "The caller's {rel} {name} lives in {place} and visits every {weekday}.",
    "On {date}, the caller said their {pet} {pet} had a vet visit after {problem}.",
    "The caller prefers {channel} and does not want calls {when_not}.",
    "The caller ordered a {brand} {item}, order number {order}.",
    "The caller feels {feeling} about {event}.",
    "On {date}, the caller's {item} stopped working after {problem}.",
    "The caller is planning a trip to {place} in {month} with their {rel} {name}.",
    "{name} from {company} quoted {amount} dollars for {service}.",
    "The caller takes {med} every {time}, {dose} milligrams.",
    "The caller's favourite {category} is {favourite}.",
    "The caller's {rel} {name} has {activity} on {weekday}s at {hour}.",
    "To reset the {item}, the caller first {step}, then {step2}, and finally {step3}.",
    "The caller said their {rel} {name}'s birthday is on {date}.",
    "The caller moved to {number} {street} Street in {place} in {month}.",
    "The caller is allergic to {allergen} and avoids {food}.",
    "The caller's account number with {company} is {account}.",
    "On {date}, a technician from {company} came to look at the {item}.",
    "The caller wants a reminder about {activity} every {weekday} {time}.",
)
_SPOKEN_TEMPLATES = (
    "So my {rel} {name} lives in {place} now, they moved there in {month}.",
    "I ordered the {brand} {item} last week, the order number is {order}.",
    "Honestly I'm feeling pretty {feeling} about {event}, it's been on my mind a lot.",
    "My {pet} {pet} has been off since {problem}, we saw the vet on {weekday}.",
    "I'd rather you send me {channel}, I never answer calls {when_not}.",
    "The {item} stopped working after {problem}, I tried unplugging it twice.",
    "We're planning a trip to {place} in {month}, just me and my {rel} {name}.",
    "{name} from {company} came out on {weekday} and quoted {amount} dollars for {service}.",
    "I take {med} every {time}, {dose} milligrams, the doctor changed it last month.",
    "So what I do is, first I {step}, then I {step2}, and then I {step3}.",
    "My {rel} has {activity} every {weekday} at {hour}, so I can't do that slot.",
    "Oh and remember that I'm allergic to {allergen}, I can't eat {food} at all.",
    "My account number with {company} is {account}, I have it written down here.",
    "My favourite {category} is {favourite}, it always has been.",
    "A technician from {company} is coming on {weekday} to look at the {item}.",
    "We just moved to {number} {street} Street in {place}, it's a lot smaller.",
)
_FILLERS = ("", "", "Yeah. ", "Um, ", "Okay, so ", "Right. ", "Hmm, ", "Oh, ", "Well, ")
_AGENT_LINES = (
    "Thanks for calling Keystone Concierge, how can I help you today?",
    "Got it. Can you tell me a bit more about that?",
    "I understand. When did that start?",
    "Let me make a note of that. Anything else I should know?",
    "That sounds stressful. How are you holding up?",
    "Would you like me to book something for you?",
    "Which day works best for you?",
    "I can take care of that. Should I confirm by email or by phone?",
    "Thanks. Is there an order or account number I should keep on file?",
    "Okay, and who else in the family is involved?",
    "Noted. Is there anything you'd like me to remind you about?",
    "Perfect. I'll follow up on that this week.",
)
_QUERY_TEMPLATES = (
    "what's my {rel}'s name",
    "where does my {rel} {name} live",
    "when is the trip to {place}",
    "what's the order number for the {brand} {item}",
    "how do I reset the {item}",
    "what did {name} from {company} quote for {service}",
    "when does my {rel} have {activity}",
    "what happened to {pet} the {pet_kind}",
    "how does the caller want to be contacted about {service}",
    "which {item} brand do I have",
    "when did the technician from {company} come about the {item}",
    "how do I feel about {event}",
    "what medication do I take in the {time}",
    "what's my account number with {company}",
    "what's my new address in {place}",
    "is {name} coming to {place} in {month}",
    "what am I allergic to, can I eat {food}",
    "what is my favourite {category}",
    "when is {name}'s birthday",
    "remind me what {company} said about {service}",
)


def _fill(template: str, rng: random.Random) -> str:
    values = {
        "rel": rng.choice(_RELATIONS),
        "name": rng.choice(_NAMES),
        "place": rng.choice(_PLACES),
        "weekday": rng.choice(_WEEKDAYS),
        "date": f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} 2025",
        "pet": rng.choice(_PET_NAMES),
        "pet_kind": rng.choice(_PETS),
        "problem": rng.choice(_PROBLEMS),
        "channel": rng.choice(_CHANNELS),
        "when_not": rng.choice(_WHEN_NOT),
        "brand": rng.choice(_BRANDS),
        "item": rng.choice(_ITEMS),
        "order": f"{rng.choice('ABCDEFGHKLMNPRSTW')}{rng.choice('ABCDEFGHKLMNPRSTW')}-"
        f"{rng.randint(10000, 99999)}",
        "feeling": rng.choice(_FEELINGS),
        "event": rng.choice(_EVENTS),
        "month": rng.choice(_MONTHS),
        "company": rng.choice(_COMPANIES),
        "amount": f"{rng.randint(2, 60) * 50:,}",
        "service": rng.choice(_SERVICES),
        "med": rng.choice(_MEDS),
        "time": rng.choice(_TIMES),
        "dose": str(rng.choice((5, 10, 16, 20, 25, 40, 50, 100, 500))),
        "category": rng.choice(_CATEGORIES),
        "favourite": rng.choice(_FAVOURITES),
        "activity": rng.choice(_ACTIVITIES),
        "hour": f"{rng.randint(7, 20)}:{rng.choice(('00', '15', '30', '45'))}",
        "step": rng.choice(_STEPS),
        "step2": rng.choice(_STEPS),
        "step3": rng.choice(_STEPS),
        "number": str(rng.randint(10, 9999)),
        "street": rng.choice(_NAMES),
        "allergen": rng.choice(_ALLERGENS),
        "food": rng.choice(_FOODS),
        "account": f"{rng.choice(('BL', 'CW', 'SP', 'ZF', 'KR'))}-{rng.randint(100000, 999999)}",
    }
    text = template.format(**values)
    return text[:1].upper() + text[1:]


def unique_texts(
    templates: tuple[str, ...], count: int, rng: random.Random, avoid: set[str] | None = None
) -> list[str]:
    """`count` distinct filled templates (bounded: gives up after 50 tries per text)."""
    seen = set(avoid or ())
    out: list[str] = []
    for _ in range(count * 50):
        if len(out) == count:
            break
        text = _fill(rng.choice(templates), rng)
        if text not in seen:
            seen.add(text)
            out.append(text)
    if len(out) < count:
        raise RuntimeError(f"only {len(out)} distinct texts of {count}")
    return out


def synthetic_call(
    rng: random.Random, conversation_id: str, caller: str, turns: int, start: float
) -> dict[str, Any]:
    """A `turns`-turn call (agent first, alternating) in bench/eval's calls.json shape."""
    out = []
    for order in range(turns):
        if order % 2 == 0:
            out.append({"role": "agent", "message": rng.choice(_AGENT_LINES)})
            continue
        parts = [_fill(rng.choice(_SPOKEN_TEMPLATES), rng) for _ in range(rng.randint(1, 3))]
        out.append({"role": "user", "message": rng.choice(_FILLERS) + " ".join(parts)})
    for index, turn in enumerate(out):
        turn["time_in_call_secs"] = index * 7
    return {
        "conversation_id": conversation_id,
        "agent_id": AGENT_ID,
        "caller": caller,
        "direction": "inbound",
        "start_time_unix_secs": int(start),
        "call_duration_secs": turns * 7 + 5,
        "turns": out,
        "analysis": {
            "title": "Follow-up call",
            "summary": "The caller gave updates about family, orders and upcoming plans.",
            "data_collection": {"issue_category": rng.choice(("general", "home", "travel"))},
        },
    }


# ---------------------------------------------------------------- settings and processes


def settings_env(data_dir: Path, keys: procs.Secrets, **extra: str) -> dict[str, str]:
    return procs.omem_environ(data_dir, keys, **extra)


def in_process_settings(data_dir: Path) -> Settings:
    settings = load_settings(settings_env(data_dir, seed_secrets()), env_file=None)
    configure_logging(settings)
    init_db(settings)
    return settings


@contextmanager
def running(proc: procs.Process, sig: int) -> Iterator[procs.Process]:
    try:
        yield proc
    finally:
        proc.stop(sig, grace=20)


# ---------------------------------------------------------------- (a) seeding, cached


def _cache_key(count: int) -> str:
    migrations = sorted(p.name for p in (ROOT / "migrations").glob("*.py"))
    raw = json.dumps([SEED_VERSION, count, LOCAL_MODEL_ID, migrations])
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def seeded_cache(count: int, rebuild: bool) -> Path:
    """The cached seed directory (`data/` + `meta.json`); built when missing or stale."""
    target = CACHE_ROOT / f"{SEED_VERSION}-{count}-{_cache_key(count)}"
    if rebuild:
        shutil.rmtree(target, ignore_errors=True)
    if (target / "meta.json").exists():
        log(f"seed: using the cached {target}")
        return target
    CACHE_ROOT.mkdir(parents=True, exist_ok=True)
    building = target.with_name(f"{target.name}.building-{os.getpid()}")
    shutil.rmtree(building, ignore_errors=True)
    started = time.perf_counter()
    try:
        meta = _seed(building / "data", count)
        meta["seconds"] = round(time.perf_counter() - started, 1)
        (building / "meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
        if target.exists():  # another run finished first
            shutil.rmtree(building, ignore_errors=True)
        else:
            os.replace(building, target)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    log(f"seed: built {target} in {time.perf_counter() - started:.1f} s")
    return target


def _seed(data_dir: Path, count: int) -> dict[str, Any]:
    settings = in_process_settings(data_dir)
    init_queue(settings, create_tables=True)
    rng = random.Random(20251124)  # noqa: S311 - test data
    texts = unique_texts(_MEMORY_TEMPLATES, count, rng)
    embedder = get_embedder(settings)
    started = time.perf_counter()
    vectors = np.vstack(
        [embedder.inner.embed(texts[i : i + 256]) for i in range(0, count, 256)]
    ).astype(np.float32)
    log(f"seed: embedded {count:,} sentences in {time.perf_counter() - started:.1f} s")
    base = dt.datetime(2025, 11, 20)
    with db.connection_context():
        schema.upgrade()
        with write():
            user = User.create(
                uid=HOT_UID,
                display_name=HOT_NAME,
                is_guest=False,
                created_at=base,
                updated_at=base,
            )
            CallerId.create(number=HOT_NUMBER, user=user, created_at=base)
            per_call = 20
            calls = math.ceil(count / per_call)
            Conversation.insert_many(
                [
                    {
                        "conversation_id": f"conv_seed{i:08d}",
                        "user": user.id,
                        "agent_id": AGENT_ID,
                        "started_at": base - dt.timedelta(days=365 * (calls - i) / calls),
                        "created_at": base,
                    }
                    for i in range(calls)
                ]
            ).execute()
            conversations = [
                c.id for c in Conversation.select(Conversation.id).order_by(Conversation.id)
            ]
            rows = []
            for i, text in enumerate(texts):
                sector = classify(text)
                occurred = base - dt.timedelta(days=365 * (count - i) / count)
                rows.append(
                    {
                        "user": user.id,
                        "content": text,
                        "context": rng.choice(_AGENT_LINES),
                        "conversation_ref": f"conv_seed{i // per_call:08d}",
                        "sector": sector,
                        "salience": salience_of(text, sector),
                        "occurred_at": occurred,
                        "last_accessed_at": occurred,
                        "created_at": occurred,
                        "updated_at": occurred,
                    }
                )
            for start in range(0, count, 500):
                Memory.insert_many(rows[start : start + 500]).execute()
            ids = [m.id for m in Memory.select(Memory.id).order_by(Memory.id)]
            for start in range(0, count, 500):
                chunk = range(start, min(count, start + 500))
                MemoryEmbedding.insert_many(
                    [
                        {
                            "memory": ids[i],
                            "model": embedder.model,
                            "dimension": embedder.dimension,
                            "vector": as_blob(vectors[i]),
                            # Stored and blended like a real turn's (two memories per turn);
                            # the cost of a query or a reload does not depend on the text.
                            "turn_vector": as_blob(vectors[i - i % 2]),
                            "created_at": base,
                        }
                        for i in chunk
                    ]
                ).execute()
                ConversationMemory.insert_many(
                    [
                        {
                            "conversation": conversations[i // per_call],
                            "memory": ids[i],
                            "extraction_type": "auto",
                            "confidence": 0.7,
                            "source_turns": json.dumps([1 + 2 * (i % per_call)]),
                        }
                        for i in chunk
                    ]
                ).execute()
            links = _links(vectors, ids, settings.link_threshold, base)
            for start in range(0, len(links), 500):
                MemoryLink.insert_many(links[start : start + 500]).on_conflict_ignore().execute()
            bump_version(user.id)
            for uid, size in CLONES.items():
                _clone(user.id, uid, min(size, count), base)
    db.close_all()
    return {"version": SEED_VERSION, "uid": HOT_UID, "memories": count, "links": len(links)}


def _without_id(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "id"}


def _clone(source_id: int, uid: str, count: int, base: dt.datetime) -> None:
    """A caller with a copy of `source_id`'s first `count` memories, vectors and provenance
    (no links: the index does not read them)."""
    clone = User.create(uid=uid, display_name="", is_guest=False, created_at=base, updated_at=base)
    columns = [row[1] for row in db.execute_sql("PRAGMA table_info(memories)")]
    copied = [c for c in columns if c not in ("id", "user_id")]
    names = ", ".join(copied)
    db.execute_sql(
        f"INSERT INTO memories (user_id, {names}) SELECT ?, {names} FROM memories"  # noqa: S608
        " WHERE user_id = ? ORDER BY id LIMIT ?",
        (clone.id, source_id, count),
    )
    old_ids = [
        m.id
        for m in Memory.select(Memory.id)
        .where(Memory.user == source_id)
        .order_by(Memory.id)
        .limit(count)
    ]
    new_ids = [
        m.id for m in Memory.select(Memory.id).where(Memory.user == clone.id).order_by(Memory.id)
    ]
    renumber = dict(zip(old_ids, new_ids, strict=True))
    for start in range(0, count, 500):
        chunk = old_ids[start : start + 500]
        vectors = MemoryEmbedding.select().where(MemoryEmbedding.memory.in_(chunk)).dicts()
        MemoryEmbedding.insert_many(
            [{**_without_id(v), "memory": renumber[v["memory"]]} for v in vectors]
        ).execute()
        sources = ConversationMemory.select().where(ConversationMemory.memory.in_(chunk)).dicts()
        ConversationMemory.insert_many(
            [{**_without_id(c), "memory": renumber[c["memory"]]} for c in sources]
        ).execute()
    bump_version(clone.id)


def _links(
    vectors: np.ndarray, ids: list[int], threshold: float, now: dt.datetime
) -> list[dict[str, Any]]:
    """What `save_memories` links: each memory to its (at most 5) neighbours above the
    threshold, both directions."""
    rows: dict[tuple[int, int], float] = {}
    for start in range(0, len(ids), 1000):
        block = vectors[start : start + 1000] @ vectors.T
        for offset, similarity in enumerate(block):
            row = start + offset
            similarity[row] = -1.0
            top = np.argpartition(-similarity, 5)[:5]
            for other in top:
                weight = float(similarity[other])
                if weight > threshold:
                    rows[(ids[row], ids[int(other)])] = weight
                    rows[(ids[int(other)], ids[row])] = weight
    return [
        {"source": s, "target": t, "weight": w, "created_at": now} for (s, t), w in rows.items()
    ]


# ---------------------------------------------------------------- reporting


@dataclass
class Row:
    name: str
    n: int
    p50: float = math.nan
    p95: float = math.nan
    p99: float = math.nan
    value: str = ""
    target: str = "info"
    met: bool | None = None
    errors: int = 0
    notes: list[str] = field(default_factory=list)


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile of seconds, in ms."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(1, math.ceil(q / 100 * len(ordered))) - 1] * 1000


def latency_row(
    name: str,
    seconds: list[float],
    target_ms: float | None = None,
    goal_ms: float | None = None,
    errors: int = 0,
) -> Row:
    row = Row(name, len(seconds), pct(seconds, 50), pct(seconds, 95), pct(seconds, 99))
    row.errors = errors
    if target_ms is not None:
        row.met = row.p95 <= target_ms and errors == 0
        row.target = f"p95 ≤ {target_ms:g} ms" + (f" (goal {goal_ms:g})" if goal_ms else "")
    return row


def _ms(value: float) -> str:
    return "–" if math.isnan(value) else f"{value:.1f}"


def render(rows: list[Row]) -> str:
    lines = [
        "| benchmark | n | errors | p50 ms | p95 ms | p99 ms | rate | target | met |",
        "|---|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for row in rows:
        met = "–" if row.met is None else ("yes" if row.met else "**NO**")
        lines.append(
            f"| {row.name} | {row.n:,} | {row.errors} | {_ms(row.p50)} | {_ms(row.p95)} | "
            f"{_ms(row.p99)} | {row.value} | {row.target} | {met} |"
        )
    notes = [f"- {row.name}: {note}" for row in rows for note in row.notes]
    return "\n".join(lines + ([""] + notes if notes else []))


# ---------------------------------------------------------------- (a) memory-query over HTTP


def _query_request(uid: str, api_key: str, texts: list[str]) -> Callable[[int], Request]:
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {api_key}"}

    def make(index: int) -> Request:
        body = json.dumps({"user_id": uid, "query": texts[index % len(texts)], "limit": 5})
        return "POST", QUERY_PATH, body.encode(), headers

    return make


def _paced(make: Callable[[int], Request], rate: float) -> Callable[[int], Request]:
    """Open loop: request `index` is sent no earlier than `index / rate` s after the first
    (a client that falls behind sends late, and that wait is not counted: if the server
    cannot keep up, the closed-loop rows above tell)."""
    start: list[float] = []

    def make_paced(index: int) -> Request:
        if not start:
            start.append(time.perf_counter())
        delay = start[0] + index / rate - time.perf_counter()
        if delay > 0:
            time.sleep(min(delay, 5.0))
        return make(index)

    return make_paced


def _check_query(index: int, status: int, body: bytes) -> str | None:
    if status != 200:
        return f"HTTP {status}: {body[:200]!r}"
    answer = json.loads(body)
    if answer.get("degraded"):
        return "degraded answer (keyword leg only)"
    if not answer.get("memories"):
        return "no memories returned"
    return None


def _load_row(name: str, result: LoadResult, *, saturated: bool = False) -> Row:
    """Closed-loop rows at saturation measure capacity (Little's law: latency = clients /
    throughput), not the latency of a query; the target applies to the 1-client and paced
    rows, and the saturated ones say how many queries a second the machine serves."""
    target = None if saturated else QUERY_TARGET_MS
    row = latency_row(name, result.latencies, target, errors=result.error_count)
    if saturated:
        row.target = "capacity at saturation (info)"
    row.value = f"{result.rate:,.0f} req/s"
    if result.timed_out:
        row.notes.append(f"stopped by the time limit after {result.ok + result.error_count}")
    row.notes.extend(result.errors[:3])
    return row


BLAS_ONE = {"OPENBLAS_NUM_THREADS": "1"}  # as omem sets it
BLAS_DEFAULT = {"OPENBLAS_NUM_THREADS": str(os.cpu_count() or 1)}


def bench_query_http(opts: Options, seed_dir: Path, run_dir: Path, logs: Path) -> list[Row]:
    """As shipped."""
    data_dir = run_dir / "query-data"
    shutil.copytree(seed_dir / "data", data_dir)
    rng = random.Random(7)  # noqa: S311 - test data
    per_variant = opts.warmup + opts.measured + opts.serial + opts.paced
    texts = unique_texts(_QUERY_TEMPLATES, per_variant + opts.cached_texts, rng)
    cached = texts[-opts.cached_texts :]
    rows: list[Row] = []
    variants: tuple[tuple[str, dict[str, str]], ...] = (("", {}),)
    for number, (suffix, extra) in enumerate(variants):
        own = texts[number * per_variant : (number + 1) * per_variant]
        rows += _http_variant(opts, data_dir, logs, own, cached, suffix, extra)
    return rows


def _http_variant(
    opts: Options,
    data_dir: Path,
    logs: Path,
    texts: list[str],
    cached: list[str],
    suffix: str,
    extra: dict[str, str],
) -> list[Row]:
    keys = seed_secrets()
    port = procs.free_port()
    env = procs.process_environ(
        settings_env(
            data_dir,
            keys,
            OMEM_BIND=f"{HOST}:{port}",
            OMEM_WEB_WORKERS=str(opts.web_workers),
        )
    )
    env.update(extra)
    warm = texts[: opts.warmup]
    measured = texts[opts.warmup : opts.warmup + opts.measured]
    serial = texts[opts.warmup + opts.measured : opts.warmup + opts.measured + opts.serial]
    paced = texts[opts.warmup + opts.measured + opts.serial :]
    rows: list[Row] = []
    with running(procs.start_gunicorn(env, logs, ROOT), signal.SIGTERM) as web:
        procs.wait_for_health(HOST, port, web)
        log(f"(a) gunicorn ready on {HOST}:{port} ({opts.web_workers} workers){suffix}")

        def load(
            name: str, texts: list[str], count: int, clients: int, rate: float = 0.0
        ) -> LoadResult:
            make = _query_request(HOT_UID, keys.api_key, texts)
            result = run_load(
                name,
                HOST,
                port,
                _paced(make, rate) if rate else make,
                _check_query,
                count,
                clients,
                opts.phase_time_limit,
            )
            log(
                f"(a) {name}{suffix}: {result.ok}/{count} ok, "
                f"p50 {result.percentile_ms(50):.1f} ms, "
                f"p95 {result.percentile_ms(95):.1f} ms, {result.error_count} errors"
            )
            return result

        load("warm-up (model and 10k index in each worker)", warm, len(warm), opts.clients)
        base = f"memory-query HTTP, {opts.memories // 1000}k memories"
        varied = load("new texts", measured, len(measured), opts.clients)
        rows.append(
            _load_row(
                f"{base}, {opts.clients} clients, new query texts{suffix}", varied, saturated=True
            )
        )
        one = load("new texts, 1 client", serial, len(serial), 1)
        rows.append(_load_row(f"{base}, 1 client, new query texts{suffix}", one))
        rate = opts.paced_rate
        open_loop = load(f"new texts, {rate:g}/s", paced, len(paced), opts.clients, rate)
        rows.append(
            _load_row(
                f"{base}, {opts.clients} clients paced to {rate:g} req/s in all, "
                f"new query texts{suffix}",
                open_loop,
            )
        )
        load("cached warm-up", cached, opts.cached_warmup, opts.clients)
        repeated = load("cached", cached, opts.cached_n, opts.clients)
        rows.append(
            _load_row(
                f"{base}, {opts.clients} clients, {len(cached)} repeated texts "
                f"(embedding cached){suffix}",
                repeated,
                saturated=True,
            )
        )
    return rows


# ---------------------------------------------------------------- (a'') first queries


def _publish_snapshots(data_dir: Path) -> None:
    """What the consumer leaves after each call: every caller's index snapshot."""
    settings = in_process_settings(data_dir)
    embedder = get_embedder(settings)
    with db.connection_context():
        for user in User.select(User.id):
            indexes.publish(user.id, embedder.model, embedder.dimension)
    indexes.clear()
    db.close_all()


def _served_by(log_path: Path, request_ids: set[str], limit: float = 5.0) -> dict[str, int]:
    """request id -> pid of the worker that served it, from the JSON request log."""
    found: dict[str, int] = {}
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        for line in log_path.read_text(encoding="utf-8", errors="replace").splitlines():
            if '"event": "request"' not in line and '"event":"request"' not in line:
                continue
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if entry.get("request_id") in request_ids:
                found[entry["request_id"]] = int(entry["pid"])
        if len(found) == len(request_ids):
            break
        time.sleep(0.02)
    return found


def _one_query(port: int, api_key: str, uid: str, text: str, request_id: str) -> float:
    body = json.dumps({"user_id": uid, "query": text, "limit": 5}).encode()
    headers = {
        "Content-Type": "application/json",
        "Authorization": f"Bearer {api_key}",
        "X-Request-ID": request_id,
    }
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    started = time.perf_counter()
    try:
        connection.request("POST", QUERY_PATH, body, headers)
        response = connection.getresponse()
        answer = response.read()
    finally:
        connection.close()
    elapsed = time.perf_counter() - started
    problem = _check_query(0, response.status, answer)
    if problem:
        raise RuntimeError(f"memory-query for {uid}: {problem}")
    return elapsed


def _wave(port: int, api_key: str, uid: str, texts: Iterator[str], ids: list[str]) -> list[float]:
    """One query per request id, all at once (new texts, new connections)."""
    work = [(rid, next(texts)) for rid in ids]
    with ThreadPoolExecutor(len(work)) as pool:
        return list(pool.map(lambda job: _one_query(port, api_key, uid, job[1], job[0]), work))


def _first_on_each_worker(
    port: int,
    api_key: str,
    uid: str,
    texts: Iterator[str],
    log_path: Path,
    workers: int,
    at_once: int,
) -> dict[int, float]:
    """Each worker's first memory-query for `uid` (pid -> seconds). Queries go `at_once` at
    a time (a busy worker accepts nothing, so two land on two workers); waves continue until
    every worker has served the caller once."""
    first: dict[int, float] = {}
    for wave in range(MAX_WAVES):
        ids = [f"first-{uid[-6:]}-{wave}-{n}-{at_once}-{os.getpid()}" for n in range(at_once)]
        times = _wave(port, api_key, uid, texts, ids)
        pids = _served_by(log_path, set(ids))
        for rid, seconds in zip(ids, times, strict=True):
            pid = pids.get(rid)
            if pid is not None and pid not in first:
                first[pid] = seconds
        if len(first) == workers:
            break
    return first


def _ready_workers(log_path: Path) -> int:
    text = log_path.read_text(encoding="utf-8", errors="replace")
    return text.count('"worker_ready"') + text.count('"event":"worker_ready"')


def bench_first_queries(opts: Options, seed_dir: Path, run_dir: Path, logs: Path) -> list[Row]:
    """No cold start: gunicorn (4 workers) restarted `opts.restarts` times on a data directory
    whose callers have index snapshots (as the consumer leaves them), for each pattern of
    PATTERNS. After each start, once every worker has warmed its model: the hot caller's first
    query on each worker (the first query each worker serves at all), then each clone caller's
    first query on each worker, then a control: the same pattern for a caller every worker
    has loaded."""
    data_dir = run_dir / "first-data"
    shutil.copytree(seed_dir / "data", data_dir)
    started = time.perf_counter()
    _publish_snapshots(data_dir)
    log(
        f"(a'') snapshots of {1 + len(CLONES)} callers written "
        f"in {time.perf_counter() - started:.1f} s"
    )
    rng = random.Random(17)  # noqa: S311 - test data
    texts = iter(unique_texts(_QUERY_TEMPLATES, 8000, rng))
    rows: list[Row] = []
    for at_once in PATTERNS:
        rows += _first_queries(opts, data_dir, logs, texts, at_once)
    return rows


def _first_queries(
    opts: Options, data_dir: Path, logs: Path, texts: Iterator[str], at_once: int
) -> list[Row]:
    keys = seed_secrets()
    after_restart: list[float] = []
    control: list[float] = []
    by_size: dict[int, list[float]] = {}
    workers = opts.web_workers
    for restart in range(opts.restarts):
        port = procs.free_port()
        run_logs = logs / f"first-{at_once}-{restart}"
        run_logs.mkdir()
        env = procs.process_environ(
            settings_env(
                data_dir,
                keys,
                OMEM_BIND=f"{HOST}:{port}",
                OMEM_WEB_WORKERS=str(workers),
                OMEM_LOG_LEVEL="INFO",
                OMEM_LOG_FORMAT="json",
            )
        )
        with running(procs.start_gunicorn(env, run_logs, ROOT), signal.SIGTERM) as web:
            procs.wait_for_health(HOST, port, web)
            deadline = time.monotonic() + 120
            while _ready_workers(web.log_path) < workers:
                if time.monotonic() > deadline:
                    raise RuntimeError("gunicorn workers did not all warm up:\n" + web.log_tail())
                time.sleep(0.05)
            hot = _first_on_each_worker(
                port, keys.api_key, HOT_UID, texts, web.log_path, workers, at_once
            )
            after_restart += hot.values()
            for uid, size in CLONES.items():
                first = _first_on_each_worker(
                    port, keys.api_key, uid, texts, web.log_path, workers, at_once
                )
                by_size.setdefault(min(size, opts.memories), []).extend(first.values())
            for wave in range(CONTROL_WAVES):  # the same pattern, a caller every worker has
                ids = [f"control-{at_once}-{restart}-{wave}-{n}" for n in range(at_once)]
                control += _wave(port, keys.api_key, HOT_UID, texts, ids)
        log(f"(a'') {at_once} at once, restart {restart + 1}/{opts.restarts}: {len(hot)} reached")
    # One at a time is what the target judges (what a restart costs a caller); two at a time
    # also measures two queries sharing two cores with the client, so it is judged by its
    # control (the same pattern on warm workers) and carries no target of its own.
    target = FIRST_QUERY_TARGET_MS if at_once == 1 else None
    pattern = "one query at a time" if at_once == 1 else f"{at_once} queries at a time"
    rows = [
        latency_row(
            f"memory-query, {pattern}: first query after a restart, on each of {workers} "
            f"workers ({opts.restarts} restarts; model warmed at boot, the caller's "
            f"{opts.memories // 1000}k index from its snapshot)",
            after_restart,
            target,
        )
    ]
    for size, samples in sorted(by_size.items(), reverse=True):
        callers = sum(1 for n in CLONES.values() if min(n, opts.memories) == size)
        rows.append(
            latency_row(
                f"memory-query, {pattern}: a caller's first query on each of {workers} "
                f"workers, {size:,} memories ({len(samples)} first queries, {callers} callers)",
                samples,
                target,
            )
        )
    rows.append(
        latency_row(
            f"memory-query, {pattern}, once every worker has the "
            f"{opts.memories // 1000}k caller (control)",
            control,
        )
    )
    return rows


# ---------------------------------------------------------------- (a') in-process breakdown


def bench_query_in_process(
    opts: Options, seed_dir: Path, run_dir: Path, profile: bool
) -> tuple[list[Row], str]:
    """Where a memory-query's time goes, without HTTP: index load, embedding a new text,
    ranking (embedding cached), and the whole `recall.query` (embedding + ranking + the
    ToolInvocation/last_accessed write)."""
    data_dir = run_dir / "inproc-data"
    shutil.copytree(seed_dir / "data", data_dir)
    settings = in_process_settings(data_dir)
    embedder = get_embedder(settings)
    rng = random.Random(11)  # noqa: S311 - test data
    n = min(opts.profile_n, 300)
    texts = unique_texts(_QUERY_TEMPLATES, 3 * n, rng)
    rows: list[Row] = []
    report = ""
    with db.connection_context():
        user = User.get(User.uid == HOT_UID)
        version = user.memory_version
        loads = []
        for _ in range(3):
            started = time.perf_counter()
            load_index(user.id, embedder.model, embedder.dimension, version)
            loads.append(time.perf_counter() - started)
        rows.append(latency_row("in-process: load the 10k index (cold, per worker)", loads))
        embedder.embed(["warm the model"])
        indexes.get(user.id, embedder.model, embedder.dimension)
        embeds, ranks, whole = [], [], []
        now = utcnow()
        for text in texts[:n]:
            started = time.perf_counter()
            embedder.embed([text])
            embeds.append(time.perf_counter() - started)
            started = time.perf_counter()
            retrieve.search(user.id, text, embedder, settings, names=[HOT_NAME], limit=5, now=now)
            ranks.append(time.perf_counter() - started)
        who = recall.Who(HOT_UID, None)
        for text in texts[n : 2 * n]:
            started = time.perf_counter()
            recall.query(who, text, settings, limit=5)
            whole.append(time.perf_counter() - started)
        rows.append(latency_row("in-process: embed one new query text (MiniLM int8)", embeds))
        rows.append(latency_row("in-process: retrieve.search, embedding cached (rank 10k)", ranks))
        rows.append(latency_row("in-process: recall.query, new text (all of it)", whole))
        if profile:
            profiler = cProfile.Profile()
            profiler.enable()
            for text in texts[2 * n :]:
                recall.query(who, text, settings, limit=5)
            profiler.disable()
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("tottime")
            stats.print_stats(18)
            body = out.getvalue()
            report = (
                f"### cProfile: {n} recall.query calls (new texts), by own time\n\n```\n"
                + body[body.find("   ncalls") :].rstrip()
                + "\n```"
            )
    db.close_all()
    return rows, report


# ---------------------------------------------------------------- (b) vector search


def bench_vectors(opts: Options) -> list[Row]:
    """In a child process per OpenBLAS setting: the thread count is fixed at numpy import."""
    rows = []
    for label, extra in (("", BLAS_ONE), (" [OpenBLAS default threads]", BLAS_DEFAULT)):
        env = {**os.environ, **extra}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
        argv = [sys.executable, "-m", "bench.memory_speed", "--vector-child"]
        argv += [str(opts.vectors), str(opts.vector_queries)]
        done = subprocess.run(  # noqa: S603 - fixed argv, no shell
            argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=True
        )
        for item in json.loads(done.stdout.strip().splitlines()[-1]):
            count, seconds = item["count"], item["seconds"]
            rows.append(
                latency_row(
                    f"vector search, numpy {count:,} x 384 float32, top-10{label}",
                    seconds,
                    VECTOR_TARGET_MS if count == opts.vectors else None,
                )
            )
    return rows


def vector_child(count: int, queries: int) -> None:
    """Time matrix @ q + argpartition top-10; prints JSON (seconds per query)."""
    rng = np.random.default_rng(3)
    out = []
    for size in (count, 10_000):
        matrix = rng.standard_normal((size, 384), dtype=np.float32)
        matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
        vectors = rng.standard_normal((queries + 20, 384), dtype=np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        seconds = []
        for index, query in enumerate(vectors):
            started = time.perf_counter()
            scores = matrix @ query
            top = np.argpartition(-scores, 10)[:10]
            top = top[np.argsort(-scores[top])]
            if index >= 20:  # the first 20 warm caches and BLAS threads
                seconds.append(time.perf_counter() - started)
        out.append({"count": size, "seconds": seconds})
        del matrix
    print(json.dumps(out))


# ---------------------------------------------------------------- (c) extraction per call


@dataclass
class Timed:
    """Wraps an embedder's `embed` to add up the time spent in it."""

    inner: Any
    seconds: float = 0.0

    def __post_init__(self) -> None:
        self._embed = self.inner.embed

    def __call__(self, texts: Any) -> np.ndarray:
        started = time.perf_counter()
        try:
            return self._embed(texts)  # type: ignore[no-any-return]
        finally:
            self.seconds += time.perf_counter() - started


def bench_extraction(opts: Options, run_dir: Path) -> list[Row]:
    settings = in_process_settings(run_dir / "extract-data")
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    rng = random.Random(5)  # noqa: S311 - test data
    embedder = get_embedder(settings)
    timer = Timed(embedder.inner)
    store_secs, extract_secs, embed_secs, sizes, created = [], [], [], [], []
    start = time.time() - 86_400 * 30
    with db.connection_context():
        schema.upgrade()
        embedder.embed(["warm the model"])
        calls = opts.extract_base_calls + opts.extract_calls
        for index in range(calls):  # bounded
            call = synthetic_call(
                rng, f"conv_extract{index:06d}", "+14155558000", opts.turns, start + index * 3600
            )
            data = validate(Transcription, payload(call, sample))
            started = time.perf_counter()
            conversation = pipeline.store_transcription(data, settings, utcnow())
            stored = time.perf_counter() - started
            user_pk = int(conversation.__data__["user"])
            before = Memory.select().where(Memory.user == user_pk).count()
            timer.seconds = 0.0
            embedder.inner.embed = timer  # type: ignore[method-assign]
            try:
                started = time.perf_counter()
                new = pipeline.extract_memories(conversation, settings)
                extracted = time.perf_counter() - started
            finally:
                embedder.inner.embed = timer._embed  # type: ignore[method-assign]
            if index < opts.extract_base_calls:
                continue
            store_secs.append(stored)
            extract_secs.append(extracted)
            embed_secs.append(timer.seconds)
            sizes.append(before)
            created.append(new)
            with write():  # back to the same history for the next measured call
                Memory.delete().where(
                    (Memory.user == user_pk) & (Memory.conversation_ref == call["conversation_id"])
                ).execute()
                bump_version(user_pk)
    db.close_all()
    row = latency_row(
        f"extraction + embedding + linking, one {opts.turns}-turn call (offline defaults)",
        extract_secs,
    )
    row.met = row.p50 <= EXTRACT_TARGET_MS
    row.target = f"p50 ≤ {EXTRACT_TARGET_MS:g} ms"
    row.notes.append(
        f"caller had {min(sizes)}-{max(sizes)} memories; {statistics.mean(created):.0f} new "
        f"memories per call; embedding took p50 {pct(embed_secs, 50):.0f} ms of it"
    )
    store = latency_row(f"store_transcription, one {opts.turns}-turn call (info)", store_secs)
    return [row, store]


# ---------------------------------------------------------------- (d) ingest throughput


def bench_throughput(opts: Options, run_dir: Path, logs: Path) -> list[Row]:
    root = run_dir / "ingest"
    data_dir = root / "data"
    root.mkdir()
    keys = procs.Secrets.generate()
    port = procs.free_port()
    base_env = settings_env(data_dir, keys, OMEM_BIND=f"{HOST}:{port}")
    env = procs.process_environ(base_env)
    procs.run_cli(["db", "upgrade"], env, ROOT)
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    rng = random.Random(9)  # noqa: S311 - test data
    tag = f"{int(time.time()):x}"
    callers = [f"+1415555{8100 + i:04d}" for i in range(max(1, opts.events // 4))]
    start = time.time() - 86_400 * 20
    bodies = []
    for index in range(opts.events):
        call = synthetic_call(
            rng,
            f"conv_ingest{tag}{index:06d}",
            callers[index % len(callers)],
            opts.turns,
            start + index * 600,
        )
        envelope = {
            "type": "post_call_transcription",
            "event_timestamp": int(time.time()),
            "data": payload(call, sample),
        }
        bodies.append(json.dumps(envelope).encode())

    def make(index: int) -> Request:
        raw = bodies[index]
        headers = {
            "Content-Type": "application/json",
            "ElevenLabs-Signature": el_signature(keys.webhook_secret, raw, int(time.time())),
        }
        return "POST", POST_CALL_PATH, raw, headers

    def check(index: int, status: int, body: bytes) -> str | None:
        if status != 200 or json.loads(body).get("status") != "accepted":
            return f"HTTP {status}: {body[:200]!r}"
        return None

    with running(procs.start_gunicorn(env, logs, ROOT), signal.SIGTERM) as web:
        procs.wait_for_health(HOST, port, web)
        accepted = run_load(
            "enqueue", HOST, port, make, check, opts.events, 4, opts.phase_time_limit
        )
    log(f"(d) {accepted.ok}/{opts.events} post-call webhooks accepted, no consumer running")
    if accepted.error_count:
        raise RuntimeError(f"post-call webhooks refused: {accepted.errors[:3]}")
    snapshot = root / "snapshot"
    shutil.copytree(data_dir, snapshot)
    rows = []
    runs: list[tuple[int, dict[str, str]]] = [(w, {}) for w in opts.queue_workers]
    for workers, extra in runs:
        shutil.rmtree(data_dir)
        shutil.copytree(snapshot, data_dir)
        rows.append(_consume(opts, data_dir, base_env, workers, logs, extra))
    return rows


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        return dict(
            conn.execute("SELECT status, COUNT(*) FROM webhook_events GROUP BY status").fetchall()
        )
    finally:
        conn.close()


def _completion_span(path: Path) -> tuple[float, float, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        first, last = conn.execute(
            "SELECT MIN(updated_at), MAX(updated_at) FROM webhook_events WHERE status = ?",
            ("completed",),
        ).fetchone()
        memories = conn.execute("SELECT COUNT(*) FROM memories").fetchone()[0]
    finally:
        conn.close()

    def epoch(text: str) -> float:
        return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC).timestamp()

    return epoch(first), epoch(last), int(memories)


def _consume(
    opts: Options,
    data_dir: Path,
    base_env: dict[str, str],
    workers: int,
    logs: Path,
    extra: dict[str, str],
) -> Row:
    env = procs.process_environ({**base_env, "OMEM_QUEUE_WORKERS": str(workers)})
    env.update(extra)
    suffix = " [experiment: OPENBLAS_NUM_THREADS=1]" if extra else ""
    db_path = data_dir / "omem.db"
    started_wall = time.time()
    started = time.perf_counter()
    counts: dict[str, int] = {}
    timed_out = False
    with running(
        procs.start_consumer(env, logs, ROOT, f"worker-{workers}{'-blas1' if extra else ''}"),
        signal.SIGINT,
    ) as worker:
        deadline = time.monotonic() + opts.worker_timeout
        while True:  # bounded by the deadline
            counts = _counts(db_path)
            if counts.get("completed", 0) >= opts.events or counts.get("dead", 0):
                break
            if not worker.running():
                raise RuntimeError(f"the consumer exited early:\n{worker.log_tail()}")
            if time.monotonic() > deadline:
                timed_out = True
                break
            time.sleep(_POLL_SECS)
        polled = time.perf_counter() - started
    done = counts.get("completed", 0)
    name = (
        f"ingest throughput, 1 consumer, OMEM_QUEUE_WORKERS={workers}, {opts.turns}-turn calls"
        + suffix
    )
    row = Row(name, done, errors=counts.get("dead", 0) + counts.get("failed", 0))
    if done:
        first, last, memories = _completion_span(db_path)
        wall = max(last - started_wall, 1e-6)
        steady = (done - 1) / (last - first) if done > 1 and last > first else math.nan
        row.value = f"{done / wall * 60:,.0f} calls/min ({done / wall * 3600:,.0f}/h)"
        row.notes.append(
            f"{done} calls in {wall:.1f} s from consumer start (first done after "
            f"{first - started_wall:.1f} s: process start + model load); between first and "
            f"last completion {steady * 60:,.0f} calls/min; {memories:,} memories stored"
        )
    if timed_out:
        row.notes.append(f"time limit {opts.worker_timeout:g} s reached after {polled:.0f} s")
    log(f"(d) {name}: {done}/{opts.events} completed; {row.value}")
    return row


# ---------------------------------------------------------------- main


SECTIONS = ("query", "first", "inproc", "vectors", "extraction", "throughput")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.memory_speed", description=None)
    parser.add_argument("--quick", action="store_true", help="smaller counts (~2 min)")
    parser.add_argument("--json", type=Path, help="also write the rows here")
    parser.add_argument("--profile", action="store_true", help="always print the cProfile")
    parser.add_argument("--rebuild", action="store_true", help="re-seed the cached 10k caller")
    parser.add_argument("--keep", action="store_true", help="keep the run directory")
    parser.add_argument(
        "--only", help=f"comma-separated sections to run (default all): {','.join(SECTIONS)}"
    )
    parser.add_argument("--vector-child", nargs=2, type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.only and not set(args.only.split(",")) <= set(SECTIONS):
        parser.error(f"--only takes sections among {', '.join(SECTIONS)}")
    if args.vector_child:
        vector_child(*args.vector_child)
        return 0
    opts = Options.quick() if args.quick else Options()
    began = time.perf_counter()
    load1, load5, _ = os.getloadavg()
    log(f"load average before the run: {load1:.2f} (1 min), {load5:.2f} (5 min), 2 cores")
    run_dir = Path(tempfile.mkdtemp(prefix="omem-memory-speed-"))
    logs = run_dir / "logs"
    logs.mkdir()
    rows: list[Row] = []
    profile = ""
    try:
        seed_dir = seeded_cache(opts.memories, args.rebuild)
        wanted = set(args.only.split(",")) if args.only else set(SECTIONS)
        http_p95 = 0.0
        if "query" in wanted:
            rows += bench_query_http(opts, seed_dir, run_dir, logs)
            http_p95 = rows[0].p95
        if "first" in wanted:
            rows += bench_first_queries(opts, seed_dir, run_dir, logs)
        if "inproc" in wanted:
            inproc, profile = bench_query_in_process(
                opts, seed_dir, run_dir, args.profile or http_p95 > QUERY_TARGET_MS
            )
            log("(a') in-process breakdown done")
            rows += inproc
        if "vectors" in wanted:
            rows += bench_vectors(opts)
            log("(b) vector search done")
        if "extraction" in wanted:
            rows += bench_extraction(opts, run_dir)
            log("(c) extraction done")
        if "throughput" in wanted:
            rows += bench_throughput(opts, run_dir, logs)
    finally:
        if args.keep:
            log(f"kept {run_dir}")
        else:
            shutil.rmtree(run_dir, ignore_errors=True)
    print()
    print(
        f"## Memory engine speed ({'quick' if args.quick else 'full'} run, omem {revision()}, "
        f"load average before {load1:.2f})\n"
    )
    print(render(rows))
    if profile:
        print()
        print(profile)
    print(f"\nTotal {time.perf_counter() - began:.0f} s.")
    if args.json:
        args.json.write_text(
            json.dumps([row.__dict__ for row in rows], indent=1, default=str) + "\n",
            encoding="utf-8",
        )
    failed = [row for row in rows if row.errors]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
