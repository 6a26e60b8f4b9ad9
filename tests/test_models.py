"""Models on a real migrated SQLite file: cascades, unique keys, query helpers, pragmas."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from flask import Flask
from peewee import IntegrityError
from peewee import InterfaceError
from peewee import ModelInsert

from omem.config import Settings
from omem.db import db
from omem.db import init_db
from omem.models import ALL_MODELS
from omem.models import EVENT_STATUSES
from omem.models import ApiKey
from omem.models import AuditEntry
from omem.models import BaseModel
from omem.models import CallerId
from omem.models import CallerNameToken
from omem.models import Conversation
from omem.models import ConversationAnalysis
from omem.models import ConversationMemory
from omem.models import ConversationTurn
from omem.models import LifecycleJob
from omem.models import Memory
from omem.models import MemoryEmbedding
from omem.models import MemoryLink
from omem.models import Operator
from omem.models import OperatorSession
from omem.models import Tombstone
from omem.models import ToolInvocation
from omem.models import User
from omem.models import WebhookEvent
from omem.models import row_counts
from tests.conftest import make_settings
from tests.factories import make_caller_id
from tests.factories import make_conversation
from tests.factories import make_embedding
from tests.factories import make_event
from tests.factories import make_link
from tests.factories import make_memory
from tests.factories import make_tool_invocation
from tests.factories import make_turns
from tests.factories import make_user

Graph = dict[type[BaseModel], set[int]]


def _make_graph(user: User) -> Graph:
    """One caller with a row in every user-owned table; returns the ids per model."""
    caller = make_caller_id(user)
    conversation = make_conversation(user)
    turns = make_turns(conversation, 3)
    analysis = ConversationAnalysis.create(conversation=conversation, transcript_summary="s")
    first, second = make_memory(user), make_memory(user, sector="episodic")
    embeddings = [make_embedding(first), make_embedding(second, dim=8)]
    link = make_link(first, second, 0.9)
    provenance = ConversationMemory.create(conversation=conversation, memory=first)
    invocation = make_tool_invocation(user, conversation_ref=conversation.conversation_id)
    event = make_event(user=user)
    token = CallerNameToken.create(user=user, token_hash=f"h{user.id}")
    return {
        User: {user.id},
        CallerId: {caller.id},
        Conversation: {conversation.id},
        ConversationTurn: {t.id for t in turns},
        ConversationAnalysis: {analysis.id},
        Memory: {first.id, second.id},
        MemoryEmbedding: {e.id for e in embeddings},
        MemoryLink: {link.id},
        ConversationMemory: {provenance.id},
        ToolInvocation: {invocation.id},
        WebhookEvent: {event.id},
        CallerNameToken: {token.id},
    }


def _ids(model: type[BaseModel]) -> set[int]:
    return {row.id for row in model.select(model.id)}


def test_deleting_a_user_removes_every_row_of_theirs_when_foreign_keys_cascade(conn: None) -> None:
    doomed, kept = make_user(), make_user()
    doomed_rows = _make_graph(doomed)
    kept_rows = _make_graph(kept)
    orphan_event = make_event(user=None)
    # Every user-owned table is covered (keys, tombstones, audit log, operators and their
    # sessions, the lifecycle jobs: nobody's).
    nobodys = {ApiKey, Tombstone, AuditEntry, Operator, OperatorSession, LifecycleJob}
    assert set(doomed_rows) | nobodys == set(ALL_MODELS)

    assert doomed.delete_instance() == 1

    for model, ids in kept_rows.items():
        expected = ids | ({orphan_event.id} if model is WebhookEvent else set())
        assert _ids(model) == expected, model._meta.table_name
    for model, ids in doomed_rows.items():
        assert not (_ids(model) & ids), model._meta.table_name


def test_row_counts_drop_to_zero_when_the_only_user_is_deleted(conn: None) -> None:
    user = make_user()
    _make_graph(user)
    assert all(
        n > 0
        for t, n in row_counts().items()
        if t
        not in (
            "api_keys",
            "tombstones",
            "audit_log",
            "operators",
            "operator_sessions",
            "lifecycle_jobs",
        )
    )
    user.delete_instance()
    assert set(row_counts().values()) == {0}


def test_superseded_by_is_set_null_when_the_newer_memory_is_deleted(conn: None) -> None:
    user = make_user()
    newer = make_memory(user)
    older = make_memory(user, state="superseded", superseded_by=newer)
    newer.delete_instance()
    assert Memory.get_by_id(older.id).superseded_by_id is None


def test_memory_link_insert_raises_when_source_target_pair_exists(conn: None) -> None:
    user = make_user()
    a, b = make_memory(user), make_memory(user)
    make_link(a, b, 0.8)
    with pytest.raises(IntegrityError, match="UNIQUE"):
        make_link(a, b, 0.3)
    make_link(b, a, 0.3)  # the reverse direction is a different pair
    assert sorted((link.source_id, link.target_id) for link in MemoryLink.select()) == sorted(
        [(a.id, b.id), (b.id, a.id)]
    )


def test_webhook_event_create_raises_when_idempotency_key_exists(conn: None) -> None:
    make_event(idempotency_key="idem_dup")
    with pytest.raises(IntegrityError, match="UNIQUE"):
        make_event(idempotency_key="idem_dup")
    assert WebhookEvent.select().where(WebhookEvent.idempotency_key == "idem_dup").count() == 1


def _insert_event(key: str) -> ModelInsert:
    return WebhookEvent.insert(
        event_type="post_call_transcription", idempotency_key=key, payload="{}"
    ).on_conflict_ignore()


def test_insert_or_ignore_rowcount_is_zero_when_idempotency_key_exists(conn: None) -> None:
    assert _insert_event("idem_rowcount").as_rowcount().execute() == 1
    assert _insert_event("idem_rowcount").as_rowcount().execute() == 0
    assert (
        WebhookEvent.select().where(WebhookEvent.idempotency_key == "idem_rowcount").count() == 1
    )


def test_insert_or_ignore_returning_yields_no_row_when_idempotency_key_exists(conn: None) -> None:
    first = list(_insert_event("idem_returning").returning(WebhookEvent.id).execute())
    again = list(_insert_event("idem_returning").returning(WebhookEvent.id).execute())
    assert len(first) == 1
    assert again == []
    assert WebhookEvent.select().count() == 1


def test_plain_insert_or_ignore_returns_the_previous_rowid_when_idempotency_key_exists(
    conn: None,
) -> None:
    """A trap for the inbox: without `as_rowcount()` peewee returns sqlite3's `lastrowid`,
    which after an ignored insert is the connection's *previous* insert id, not 0."""
    new_id = _insert_event("idem_plain").execute()
    duplicate = _insert_event("idem_plain").execute()
    assert duplicate == new_id
    assert duplicate  # truthy: it cannot tell "duplicate" from "new"
    assert WebhookEvent.select().count() == 1


def test_conversation_turn_insert_raises_when_order_exists_in_that_conversation(
    conn: None,
) -> None:
    user = make_user()
    conversation, other = make_conversation(user), make_conversation(user)
    make_turns(conversation, 2)
    with pytest.raises(IntegrityError, match="UNIQUE"):
        ConversationTurn.create(conversation=conversation, order=1, role="user", message="again")
    ConversationTurn.create(conversation=other, order=1, role="user", message="fine")
    assert (
        ConversationTurn.select().where(ConversationTurn.conversation == conversation).count() == 2
    )
    assert ConversationTurn.select().where(ConversationTurn.conversation == other).count() == 1


def test_caller_id_insert_raises_when_number_belongs_to_someone(conn: None) -> None:
    make_caller_id(make_user(), number="+14155550199")
    with pytest.raises(IntegrityError, match="UNIQUE"):
        make_caller_id(make_user(), number="+14155550199")
    assert CallerId.select().count() == 1


def test_embedding_insert_raises_when_memory_already_has_one_for_that_model(conn: None) -> None:
    memory = make_memory(make_user())
    make_embedding(memory)
    with pytest.raises(IntegrityError, match="UNIQUE"):
        make_embedding(memory)
    make_embedding(memory, model="other-model")
    assert sorted(e.model for e in memory.embeddings) == ["other-model", "test-model"]


def test_counts_by_status_fills_zeros_when_some_statuses_have_no_events(conn: None) -> None:
    for status in ("pending", "pending", "dead", "completed"):
        make_event(status=status)
    counts = WebhookEvent.counts_by_status()
    assert counts == {"pending": 2, "processing": 0, "completed": 1, "failed": 0, "dead": 1}
    assert list(counts) == list(EVENT_STATUSES)


def test_counts_by_status_is_all_zeros_when_there_are_no_events(conn: None) -> None:
    assert WebhookEvent.counts_by_status() == dict.fromkeys(EVENT_STATUSES, 0)


def test_active_for_excludes_archived_superseded_and_other_users_when_listing(conn: None) -> None:
    user, other = make_user(), make_user()
    active = {make_memory(user).id, make_memory(user, sector="procedural").id}
    make_memory(user, state="archived")
    make_memory(user, state="superseded")
    make_memory(other)
    assert {m.id for m in Memory.active_for(user)} == active


def test_recent_for_returns_newest_conversations_first_when_limited(conn: None) -> None:
    user, other = make_user(), make_user()
    base = dt.datetime(2025, 1, 1, 12, 0)
    made = [make_conversation(user, started_at=base + dt.timedelta(days=d)) for d in range(4)]
    make_conversation(other, started_at=base + dt.timedelta(days=10))
    recent = list(Conversation.recent_for(user, limit=3))
    assert [c.id for c in recent] == [made[3].id, made[2].id, made[1].id]


def _pragmas() -> dict[str, object]:
    names = (
        "journal_mode",
        "synchronous",
        "foreign_keys",
        "busy_timeout",
        "cache_size",
        "mmap_size",
        "temp_store",
    )
    return {name: db.execute_sql(f"PRAGMA {name}").fetchone()[0] for name in names}


def test_connection_has_the_configured_pragmas_when_opened_with_defaults(
    settings: Settings, conn: None
) -> None:
    assert _pragmas() == {
        "journal_mode": "wal",
        "synchronous": 1,
        "foreign_keys": 1,
        "busy_timeout": settings.db_busy_timeout_ms,
        "cache_size": -1024 * settings.db_cache_mb,
        "mmap_size": 1024 * 1024 * settings.db_mmap_mb,
        "temp_store": 2,
    }
    assert settings.db_busy_timeout_ms == 5000


def test_connection_has_the_configured_pragmas_when_settings_override_them(
    data_dir: Path,
) -> None:
    custom = make_settings(
        data_dir,
        OMEM_DB_BUSY_TIMEOUT_MS="2500",
        OMEM_DB_CACHE_MB="8",
        OMEM_DB_MMAP_MB="16",
    )
    init_db(custom)
    with db.connection_context():
        pragmas = _pragmas()
    assert pragmas["busy_timeout"] == 2500
    assert pragmas["cache_size"] == -8 * 1024
    assert pragmas["mmap_size"] == 16 * 1024 * 1024
    assert pragmas["foreign_keys"] == 1
    assert pragmas["journal_mode"] == "wal"


def test_connection_has_foreign_keys_on_when_opened_in_another_thread(conn: None) -> None:
    seen: list[object] = []

    def worker() -> None:
        with db.connection_context():
            seen.append(db.execute_sql("PRAGMA foreign_keys").fetchone()[0])
            seen.append(db.execute_sql("PRAGMA busy_timeout").fetchone()[0])

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == [1, 5000]


def test_query_raises_interface_error_when_no_connection_is_open(app: Flask) -> None:
    assert db.is_closed()
    with pytest.raises(InterfaceError, match="not opened"):
        User.select().count()
    assert db.is_closed()


def test_query_raises_interface_error_when_the_connection_was_closed(app: Flask) -> None:
    with db.connection_context():
        make_user(uid="usr_before_close")
    with pytest.raises(InterfaceError, match="not opened"):
        User.create(uid="usr_after_close")
    assert db.is_closed()
    with db.connection_context():
        assert [u.uid for u in User.select()] == ["usr_before_close"]
