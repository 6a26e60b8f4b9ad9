"""The lifecycle jobs in-process, on a real SQLite file: decay as a function of time (never a
step applied twice), archival and what brings a memory back, guest expiry, and the runner's
lease, schedule and resumable cursor. The same jobs under real consumers (schedule, kill -9,
two at once) are in test_lifecycle_consumer.py."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Callable

import pytest
from flask.testing import FlaskClient

from omem import lifecycle
from omem.clock import utcnow
from omem.config import Settings
from omem.db import db
from omem.jobs import LIFECYCLE_JOBS
from omem.memory import decay
from omem.memory.decay import HALF_LIFE_DAYS
from omem.memory.decay import decayed
from omem.memory.edit import reactivate_memory
from omem.models import LifecycleJob
from omem.models import Memory
from omem.models import User
from omem.retention import expire_guests_batch
from tests.factories import make_caller_id
from tests.factories import make_conversation
from tests.factories import make_link
from tests.factories import make_memory
from tests.factories import make_user

DECAY = lifecycle.Job("decay", decay.decay_batch)
GUESTS = lifecycle.Job("guests", expire_guests_batch)
NOW = dt.datetime(2026, 6, 1, 12, 0)
QUERY = "/api/v1/tools/memory-query"
STORE = "/api/v1/tools/memory-store"


def at(moment: dt.datetime) -> Callable[[], dt.datetime]:
    return lambda: moment


def _memory(user: User, days_ago: float, **fields: object) -> Memory:
    since = NOW - dt.timedelta(days=days_ago)
    values: dict[str, object] = {"salience": 0.6, "base_salience": 0.6, "reinforced_at": since}
    values.update(fields)
    return make_memory(user, created_at=since, occurred_at=since, **values)


def _fresh(memory: Memory) -> Memory:
    return Memory.get_by_id(memory.id)


@pytest.mark.parametrize("sector", sorted(HALF_LIFE_DAYS))
def test_salience_halves_once_per_half_life_of_its_sector(sector: str) -> None:
    half_life = HALF_LIFE_DAYS[sector]
    reinforced = NOW - dt.timedelta(days=half_life)
    assert decayed(0.8, reinforced, sector, NOW) == 0.4
    assert decayed(0.8, reinforced, sector, NOW, floor=0.5) == 0.5
    assert decayed(0.8, NOW + dt.timedelta(days=3), sector, NOW) == 0.8  # never above base


def test_what_happened_fades_faster_than_how_the_caller_feels_or_wants_things_done() -> None:
    assert HALF_LIFE_DAYS["episodic"] < HALF_LIFE_DAYS["emotional"]
    assert HALF_LIFE_DAYS["episodic"] < HALF_LIFE_DAYS["procedural"]


def test_a_decay_pass_writes_base_times_the_fade_and_a_second_pass_writes_nothing(
    settings: Settings, conn: None
) -> None:
    user = make_user()
    episodic = _memory(user, 45, sector="episodic")
    semantic = _memory(user, 45, sector="semantic")
    recent = _memory(user, 0.1, sector="episodic")
    version = user.memory_version

    counts = lifecycle.run(DECAY, settings, at(NOW))

    assert counts == {"decayed": 2, "archived": 0}
    assert _fresh(episodic).salience == round(0.6 * 2 ** (-45 / 90), 4)
    assert _fresh(semantic).salience == round(0.6 * 2 ** (-45 / 730), 4)
    assert _fresh(recent).salience == 0.6  # under MIN_CHANGE: not written
    assert _fresh(episodic).version == episodic.version + 1
    assert User.get_by_id(user.id).memory_version > version  # workers reload the rows
    later = NOW + dt.timedelta(hours=7)
    assert lifecycle.run(DECAY, settings, at(later)) == {"decayed": 0, "archived": 0}
    assert _fresh(episodic).version == episodic.version + 1


def test_decay_is_a_function_of_time_not_a_step_repeated(settings: Settings, conn: None) -> None:
    user = make_user()
    memory = _memory(user, 30, sector="episodic")
    for days in (10, 20, 40):  # three passes, each computed from the same base and clock
        lifecycle.run(DECAY, settings, at(NOW + dt.timedelta(days=days)))
    assert _fresh(memory).salience == round(0.6 * 2 ** (-(30 + 40) / 90), 4)
    assert _fresh(memory).base_salience == 0.6


def test_what_the_caller_asked_to_store_never_falls_below_the_floor_nor_is_archived(
    settings: Settings, conn: None
) -> None:
    user = make_user()
    kept = _memory(user, 2000, sector="episodic", caller_asked=True)
    lifecycle.run(DECAY, settings, at(NOW))
    assert _fresh(kept).salience == settings.salience_floor
    assert _fresh(kept).state == "active"


def test_old_faded_memories_are_archived_and_recent_or_salient_ones_stay(
    settings: Settings, conn: None
) -> None:
    user = make_user()
    faded = _memory(user, 200, sector="episodic")  # 0.6 -> 0.129
    young = _memory(user, 100, sector="episodic", salience=0.2, base_salience=0.2)
    salient = _memory(user, 200, sector="semantic")  # 0.6 -> 0.50
    counts = lifecycle.run(DECAY, settings, at(NOW))
    assert counts is not None and counts["archived"] == 1
    assert (_fresh(faded).state, _fresh(young).state, _fresh(salient).state) == (
        "archived",
        "active",
        "active",
    )
    assert _fresh(faded).salience == round(0.6 * 2 ** (-200 / 90), 4)


def test_an_archived_memory_leaves_recall_and_comes_back_when_said_again(
    client: FlaskClient, auth: dict[str, str], settings: Settings
) -> None:
    caller = {"caller_id": "+14155550188"}
    fact = "My daughter Mia plays the cello"
    stored = client.post(STORE, json={**caller, "content": fact}, headers=auth).get_json()
    memory_id = stored["memory"]["id"]
    question = {**caller, "query": "what instrument does Mia play?"}
    assert client.post(QUERY, json=question, headers=auth).get_json()["memories"]
    with db.connection_context():
        long_ago = utcnow() - dt.timedelta(days=400)
        Memory.update(
            salience=0.2, base_salience=0.2, reinforced_at=long_ago, caller_asked=False
        ).where(Memory.id == memory_id).execute()
        lifecycle.run(DECAY, settings)
        assert Memory.get_by_id(memory_id).state == "archived"

    assert client.post(QUERY, json=question, headers=auth).get_json()["memories"] == []
    asked = {**question, "include_archived": True}
    found = client.post(QUERY, json=asked, headers=auth).get_json()["memories"]
    assert [(m["id"], m["archived"]) for m in found] == [(memory_id, True)]

    again = client.post(STORE, json={**caller, "content": fact}, headers=auth).get_json()
    assert again["reinforced"] is True and again["memory"]["id"] == memory_id
    with db.connection_context():
        memory = Memory.get_by_id(memory_id)
        assert memory.state == "active"
        assert memory.reinforced_at > long_ago
        assert memory.salience == memory.base_salience > 0.2
    found = client.post(QUERY, json=question, headers=auth).get_json()["memories"]
    assert [m["id"] for m in found] == [memory_id]
    assert "archived" not in found[0]  # said only when include_archived asks


def test_reactivating_by_hand_restarts_the_clock_so_the_next_pass_keeps_it(
    settings: Settings, conn: None
) -> None:
    user = make_user()
    faded = _memory(user, 300, sector="episodic")
    lifecycle.run(DECAY, settings, at(NOW))
    assert _fresh(faded).state == "archived"
    reactivate_memory(faded.id, now=NOW)
    lifecycle.run(DECAY, settings, at(NOW + dt.timedelta(hours=7)))
    assert _fresh(faded).state == "active"


def test_a_job_runs_again_only_when_its_interval_has_passed(
    settings: Settings, conn: None
) -> None:
    make_memory(make_user())
    assert lifecycle.run(DECAY, settings, at(NOW)) is not None
    hours = settings.lifecycle_interval_hours
    assert lifecycle.run(DECAY, settings, at(NOW + dt.timedelta(hours=hours - 0.1))) is None
    assert lifecycle.run(DECAY, settings, at(NOW + dt.timedelta(hours=hours))) is not None
    assert LifecycleJob.get(LifecycleJob.name == "decay").runs == 2


def test_a_leased_job_is_left_alone_and_an_abandoned_run_resumes_after_its_cursor(
    settings: Settings, conn: None
) -> None:
    user = make_user()
    memories = [_memory(user, 45, sector="episodic") for _ in range(5)]
    lease = dt.timedelta(seconds=settings.event_lease_secs)
    started = NOW - dt.timedelta(seconds=1)
    # Another process took the job, committed two memories' batch, and still holds it.
    LifecycleJob.create(
        name="decay",
        holder="another-process",
        lease_until=started + lease,
        cursor=memories[1].id,
        run_started_at=started,
    )
    assert lifecycle.run(DECAY, settings, at(NOW)) is None

    # It died: once the lease is over, the run resumes after its cursor, as of its own start.
    counts = lifecycle.run(DECAY, settings, at(started + lease))
    assert counts == {"decayed": 3, "archived": 0}
    expected = round(0.6 * 2 ** (-(45 * 86_400 - 1) / (90 * 86_400)), 4)
    assert [_fresh(m).salience for m in memories[2:]] == [expected] * 3
    assert [_fresh(m).salience for m in memories[:2]] == [0.6, 0.6]  # its batch, not ours
    job = LifecycleJob.get(LifecycleJob.name == "decay")
    assert (job.holder, job.cursor, job.runs) == ("", 0, 1)


def test_batches_are_bounded_and_each_commits_its_cursor(settings: Settings, conn: None) -> None:
    user = make_user()
    memories = [_memory(user, 45, sector="episodic") for _ in range(7)]
    small = dataclasses.replace(settings, lifecycle_batch=3)
    cursors: list[int] = []

    def watched(after: int, limit: int, now: dt.datetime, s: Settings) -> lifecycle.Batch:
        assert limit == 3
        cursors.append(after)
        return decay.decay_batch(after, limit, now, s)

    lifecycle.run(lifecycle.Job("decay", watched), small, at(NOW))
    assert cursors == [0, memories[2].id, memories[5].id]


def test_a_guest_with_no_call_and_no_memory_expires_and_every_other_caller_stays(
    settings: Settings, conn: None
) -> None:
    old = NOW - dt.timedelta(days=settings.guest_retention_days + 1)
    junk = make_user(is_guest=True, created_at=old, updated_at=old)
    make_caller_id(junk, "+14155550111")
    remembered = make_user(is_guest=True, created_at=old, updated_at=old)
    make_memory(remembered)
    called = make_user(is_guest=True, created_at=old, updated_at=old)
    make_conversation(called)
    recent = make_user(is_guest=True, created_at=NOW, updated_at=NOW)
    known = make_user(is_guest=False, created_at=old, updated_at=old)

    assert lifecycle.run(GUESTS, settings, at(NOW)) == {"guests_removed": 1}

    left = {u.id for u in User.select(User.id)}
    assert junk.id not in left
    assert {remembered.id, called.id, recent.id, known.id} <= left


def test_guest_expiry_is_off_when_its_retention_is_zero(settings: Settings) -> None:
    jobs = {job.name: job for job in LIFECYCLE_JOBS}
    assert jobs["guests"].enabled(settings)
    assert not jobs["guests"].enabled(dataclasses.replace(settings, guest_retention_days=0))


def test_a_new_memory_starts_its_clock_when_stored_and_a_repeat_restarts_it(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    caller = {"caller_id": "+14155550199"}
    before = utcnow()
    body = {**caller, "content": "I take my tea with lemon"}
    first = client.post(STORE, json=body, headers=auth).get_json()
    with db.connection_context():
        memory = Memory.get_by_id(first["memory"]["id"])
        assert memory.reinforced_at >= before
        assert memory.base_salience == memory.salience
        assert memory.caller_asked is True
        stamp = memory.reinforced_at
    client.post(STORE, json=body, headers=auth)
    with db.connection_context():
        again = Memory.get_by_id(memory.id)
        assert again.reinforced_at > stamp
        assert again.base_salience == again.salience
        assert math.isclose(again.salience, memory.salience + (1 - memory.salience) * 0.2)


def test_the_consumer_republishes_the_snapshots_of_the_callers_a_decay_pass_changed(
    client: FlaskClient, auth: dict[str, str], settings: Settings
) -> None:
    from omem.embeddings import get_embedder
    from omem.memory import snapshots

    caller = {"caller_id": "+14155550177"}
    client.post(STORE, json={**caller, "content": "I moved to Leeds"}, headers=auth)
    decay_job = {job.name: job for job in LIFECYCLE_JOBS}["decay"]
    with db.connection_context():
        Memory.update(reinforced_at=utcnow() - dt.timedelta(days=30), caller_asked=False).execute()
        user = User.get()
        lifecycle.run(decay_job, settings)
        version = User.get_by_id(user.id).memory_version
        assert version > user.memory_version
    assert snapshots.version_of(user.id, get_embedder(settings).model) == version


CONSOLIDATE = {job.name: job for job in LIFECYCLE_JOBS}["consolidate"]
NO_PATTERNS = {"patterns": 0, "patterns_updated": 0}  # episodes about one subject: test_patterns


def _vector(seed: int, noise: float = 0.0) -> bytes:
    import numpy as np

    rng = np.random.default_rng(seed)
    base = rng.standard_normal(384).astype("<f4")
    if noise:
        base = base + noise * np.random.default_rng(seed + 1000).standard_normal(384)
    return (base / np.linalg.norm(base)).astype("<f4").tobytes()


def _stored(user: User, content: str, vector: bytes, salience: float, call: str) -> Memory:
    from omem.embeddings import get_embedder
    from omem.models import ConversationMemory
    from omem.models import MemoryEmbedding

    memory = make_memory(user, content=content, salience=salience, base_salience=salience)
    model = get_embedder(Settings()).model
    MemoryEmbedding.create(memory=memory, model=model, dimension=384, vector=vector)
    conversation = make_conversation(user, conversation_id=call)
    ConversationMemory.create(conversation=conversation, memory=memory, source_turns="[1]")
    return memory


def test_twins_stored_twice_merge_into_the_most_salient_with_every_provenance_row_and_link(
    settings: Settings, conn: None
) -> None:
    from omem.models import ConversationMemory
    from omem.models import MemoryLink

    user = make_user()
    low = _stored(user, "The caller's dog is Rex.", _vector(1), 0.4, "conv_a")
    high = _stored(user, "The caller's dog is called Rex.", _vector(1, 0.05), 0.7, "conv_b")
    other = _stored(user, "The caller lives in Leeds.", _vector(2), 0.5, "conv_c")
    make_link(low, other)
    User.update(memory_version=User.memory_version + 1).where(User.id == user.id).execute()

    assert lifecycle.run(CONSOLIDATE, settings, at(NOW)) == {"merged": 1, **NO_PATTERNS}

    assert {m.id for m in Memory.select()} == {high.id, other.id}
    survivor = _fresh(high)
    assert survivor.salience == 0.7
    calls = {p.conversation.conversation_id for p in ConversationMemory.select()}
    assert calls == {"conv_a", "conv_b", "conv_c"}
    assert {p.memory_id for p in ConversationMemory.select()} == {high.id, other.id}
    assert [(link.source_id, link.target_id) for link in MemoryLink.select()] == [
        (high.id, other.id)
    ]
    fresh_user = User.get_by_id(user.id)
    assert fresh_user.consolidated_version == fresh_user.memory_version
    # Nothing changed since: the next run skips the caller.
    later = NOW + dt.timedelta(hours=settings.lifecycle_interval_hours)
    assert lifecycle.run(CONSOLIDATE, settings, at(later)) == {"merged": 0, **NO_PATTERNS}


def test_two_values_of_one_field_and_two_callers_alike_are_never_merged(
    settings: Settings, conn: None
) -> None:
    first, second = make_user(), make_user()
    _stored(first, "Move date: 2026-04-01.", _vector(3), 0.2, "conv_f1")
    _stored(first, "Move date: 2026-04-08.", _vector(3, 0.01), 0.2, "conv_f2")
    _stored(first, "The caller likes tea.", _vector(4), 0.5, "conv_t1")
    _stored(second, "The caller likes tea.", _vector(4), 0.5, "conv_t2")
    User.update(memory_version=1).execute()
    assert lifecycle.run(CONSOLIDATE, settings, at(NOW)) == {"merged": 0, **NO_PATTERNS}
    assert Memory.select().count() == 4


RETENTION = {job.name: job for job in LIFECYCLE_JOBS}["retention"]


def test_memory_retention_is_off_unless_set_and_then_deletes_what_was_not_said_again(
    settings: Settings, conn: None
) -> None:
    from omem.models import ConversationMemory

    assert not RETENTION.enabled(settings)
    policy = dataclasses.replace(settings, memory_retention_days=365)
    assert RETENTION.enabled(policy)
    user = make_user()
    old = _memory(user, 400, sector="semantic", caller_asked=True)
    said_again = _memory(user, 30, sector="semantic")
    conversation = make_conversation(user)
    ConversationMemory.create(conversation=conversation, memory=old, source_turns="[1]")
    superseded = _memory(user, 10, state="superseded", superseded_by=old)

    assert lifecycle.run(RETENTION, policy, at(NOW)) == {"memories_expired": 1}

    assert {m.id for m in Memory.select()} == {said_again.id, superseded.id}
    assert ConversationMemory.select().count() == 0  # its provenance went with it
    assert _fresh(superseded).superseded_by_id is None


def test_the_export_says_what_retention_applies(
    client: FlaskClient, settings: Settings, auth: dict[str, str]
) -> None:
    from omem.privacy import export_user

    client.post(STORE, json={"caller_id": "+14155550166", "content": "I like tea"}, headers=auth)
    with db.connection_context():
        user = User.get()
        assert export_user(user, settings)["retention"] == {
            "memories_not_said_again_expire_after_days": None,
            "guests_without_calls_expire_after_days": settings.guest_retention_days,
        }
        kept_a_year = dataclasses.replace(settings, memory_retention_days=365)
        policy = export_user(user, kept_a_year)["retention"]
        assert policy["memories_not_said_again_expire_after_days"] == 365


VECTORS = {job.name: job for job in LIFECYCLE_JOBS}["vectors"]


def test_the_vectors_job_gives_memories_of_an_older_model_a_vector_of_the_current_one(
    client: FlaskClient, auth: dict[str, str], settings: Settings
) -> None:
    """As after an upgrade that changed the local model's arithmetic: every vector is of the
    old model id, so memory-query finds the memories by their words only until the job ran."""
    import numpy as np

    from omem.embeddings import get_embedder
    from omem.memory import snapshots
    from omem.memory.index import indexes
    from omem.models import MemoryEmbedding

    caller = {"caller_id": "+14155550166"}
    facts = ["I keep bees in the back garden", "My sister lives in Lisbon", "I work nights"]
    for fact in facts:
        client.post(STORE, json={**caller, "content": fact}, headers=auth)
    asked = {**caller, "query": "does the caller have any hives?"}  # no word in common
    assert "bees" in client.post(QUERY, json=asked, headers=auth).get_json()["summary"]
    embedder = get_embedder(settings)
    with db.connection_context():  # what an upgraded process finds: no vector of its model
        MemoryEmbedding.update(model="all-MiniLM-L6-v2-onnx-int8").execute()
    snapshots.clear()
    indexes.clear()
    assert client.post(QUERY, json=asked, headers=auth).get_json()["memories"] == []

    with db.connection_context():
        assert lifecycle.run(VECTORS, settings) == {"embedded": 3}
        current = list(MemoryEmbedding.select().where(MemoryEmbedding.model == embedder.model))
        assert len(current) == 3
        for row in current:
            expected = embedder.embed([Memory.get_by_id(row.memory_id).content])[0]
            assert np.array_equal(np.frombuffer(row.vector, dtype="<f4"), expected)
        user = User.get()
        assert snapshots.version_of(user.id, embedder.model) == user.memory_version
        LifecycleJob.update(finished_at=None).where(LifecycleJob.name == "vectors").execute()
        assert lifecycle.run(VECTORS, settings) == {"embedded": 0}  # nothing left to do
    assert "bees" in client.post(QUERY, json=asked, headers=auth).get_json()["summary"]
