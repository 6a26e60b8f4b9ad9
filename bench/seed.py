"""Benchmark data written straight through omem's models: many callers, one rich caller.

Numbers are deterministic so the load generator can address any seeded caller without a
lookup: caller `i` is +1 415 200 xxxx, never-seen callers are +1 415 3xx xxxx.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from peewee import chunked

from omem.clock import utcnow
from omem.db import db
from omem.db import write
from omem.models import SECTORS
from omem.models import CallerId
from omem.models import Conversation
from omem.models import ConversationAnalysis
from omem.models import Memory
from omem.models import User
from omem.phones import normalize_caller_id

_BATCH = 500
HOT = 0  # the caller with the memories and the call history
HOT_NAME = "Dana Whitfield"

_PEOPLE = ("daughter Mia", "son Leo", "partner Alex", "mother Ruth", "brother Tom", "dog Biscuit")
_FACTS = (
    "prefers to be contacted by email rather than by phone",
    "was double charged on invoice INV-{n} and was promised a refund",
    "is moving to Leeds at the end of the month",
    "works night shifts and calls after 10 pm",
    "has a Team plan with {n} seats that renews in March",
    "asked for a technician visit on a weekday evening",
    "felt frustrated that the router kept dropping the connection",
    "wants invoices addressed to the finance department",
    "reported slow uploads when backing up photos",
    "mentioned that their {person} uses the account for homework",
    "said the last support call solved the billing problem",
    "is considering cancelling if the outage happens again",
    "pays with the card ending {n}",
    "likes short answers and dislikes being put on hold",
    "reflected that the new plan is cheaper but slower",
)


def caller_number(index: int) -> str:
    """E.164 number of seeded caller `index` (0 ≤ index < 1,000,000)."""
    return f"+1415{2_000_000 + index:07d}"


def new_caller_number(index: int) -> str:
    """A number no seeded caller has (the first call of a new caller)."""
    return f"+1415{3_000_000 + index:07d}"


def user_uid(index: int) -> str:
    return f"omem_usr_{0xBE00000000000000 + index:016x}"


def memory_sentence(rng: random.Random) -> str:
    fact = rng.choice(_FACTS).format(n=rng.randint(1000, 99999), person=rng.choice(_PEOPLE))
    return f"The caller {fact}."


@dataclass(frozen=True)
class Seeded:
    users: int
    memories: int
    conversations: int
    hot_number: str
    hot_uid: str


def _check_numbers(users: int) -> None:
    # Conversation-init normalises the caller id; the seeded form must be what it produces.
    for number in (caller_number(0), caller_number(users - 1), new_caller_number(0)):
        if normalize_caller_id(number, "US") != number:
            raise ValueError(f"{number} does not normalise to itself; pick another range")


def seed(users: int = 10_000, memories: int = 1_000, conversations: int = 5) -> Seeded:
    """Write the data set; `omem.db.db` must already point at a migrated, empty database."""
    _check_numbers(users)
    rng = random.Random(42)  # noqa: S311 - test data
    now = utcnow()
    with db.connection_context():
        _seed_users(users, now)
        hot = User.get(User.uid == user_uid(HOT))
        _seed_memories(hot, memories, now, rng)
        _seed_history(hot, conversations, now)
    return Seeded(users, memories, conversations, caller_number(HOT), user_uid(HOT))


def _seed_users(users: int, now: dt.datetime) -> None:
    rows = [
        {
            "uid": user_uid(i),
            "display_name": HOT_NAME if i == HOT else f"Caller {i}",
            "summary": "Long-time customer on the Team plan." if i == HOT else "",
            "is_guest": i != HOT,
            "created_at": now - dt.timedelta(days=400),
            "updated_at": now,
        }
        for i in range(users)
    ]
    with write():
        for batch in chunked(rows, _BATCH):
            User.insert_many(batch).execute()
    ids = dict(User.select(User.uid, User.id).tuples())
    caller_rows = [
        {"number": caller_number(i), "user": ids[user_uid(i)], "created_at": now}
        for i in range(users)
    ]
    with write():
        for batch in chunked(caller_rows, _BATCH):
            CallerId.insert_many(batch).execute()


def _seed_memories(user: User, count: int, now: dt.datetime, rng: random.Random) -> None:
    rows = []
    for i in range(count):
        occurred = now - dt.timedelta(days=365 * i / count, hours=rng.randint(0, 23))
        rows.append(
            {
                "user": user.id,
                "content": memory_sentence(rng),
                "context": "What can I help you with today?",
                "sector": SECTORS[i % len(SECTORS)],
                "salience": round(rng.random(), 3),
                "state": "active",
                "occurred_at": occurred,
                "last_accessed_at": occurred,
                "created_at": occurred,
                "updated_at": occurred,
            }
        )
    with write():
        for batch in chunked(rows, _BATCH):
            Memory.insert_many(batch).execute()


def _seed_history(user: User, count: int, now: dt.datetime) -> None:
    topics = (
        "Refund for a double charge",
        "Router keeps dropping",
        "Moving house",
        "Plan renewal",
    )
    with write():
        last = None
        for i in range(count):
            started = now - dt.timedelta(days=3 + 20 * i)
            last = last or started
            conversation = Conversation.create(
                conversation_id=f"conv_bench_seed_{i:04d}",
                user=user,
                agent_id="agent_bench",
                started_at=started,
                duration_secs=240,
                created_at=started,
            )
            title = topics[i % len(topics)]
            ConversationAnalysis.create(
                conversation=conversation,
                title=title,
                transcript_summary=f"{HOT_NAME} called about: {title.lower()}. It was resolved.",
                call_successful="success",
            )
        User.update(last_call_at=last, is_guest=False).where(User.id == user.id).execute()
