"""The hot queries, expressed in Peewee, use their named index (EXPLAIN QUERY PLAN, H14).

Index names are looked up by their columns with `db.get_indexes`, so the check holds whatever
the migration called them. A plan that sorts in a temp B-tree did not get its order from the
index and fails as well.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from peewee import ModelSelect

from omem.db import db
from omem.models import Conversation
from omem.models import ConversationTurn
from omem.models import Memory
from omem.models import MemoryLink
from omem.models import ToolInvocation
from omem.models import User
from omem.models import WebhookEvent
from tests.factories import make_conversation
from tests.factories import make_event
from tests.factories import make_link
from tests.factories import make_memory
from tests.factories import make_tool_invocation
from tests.factories import make_turns
from tests.factories import make_user

NOW = dt.datetime(2025, 6, 1, 12, 0)


@dataclass(frozen=True)
class Rows:
    user: User
    conversation: Conversation
    memory: Memory


@pytest.fixture
def rows(conn: None) -> Rows:
    """A few rows in every table the hot queries read."""
    users = [make_user() for _ in range(2)]
    conversations = [make_conversation(u, started_at=NOW) for u in users for _ in range(2)]
    for conversation in conversations:
        make_turns(conversation, 4)
    memories = [
        make_memory(u, sector=sector, salience=salience)
        for u in users
        for sector, salience in (("semantic", 0.9), ("episodic", 0.2), ("emotional", 0.6))
    ]
    for source in memories[:3]:
        for target in memories[:3]:
            if source is not target:
                make_link(source, target, source.salience * target.salience)
    for status in ("pending", "failed", "completed", "dead"):
        make_event(status=status, next_attempt_at=NOW - dt.timedelta(minutes=1))
    for conversation in conversations:
        make_tool_invocation(conversation.user, conversation_ref=conversation.conversation_id)
    return Rows(users[0], conversations[0], memories[0])


def _index_on(table: str, columns: tuple[str, ...]) -> str:
    names = [i.name for i in db.get_indexes(table) if tuple(i.columns) == columns]
    assert len(names) == 1, f"expected one index on {table}{columns}, found {names}"
    return names[0]


def _plan(query: ModelSelect) -> str:
    sql, params = query.sql()
    return "\n".join(row[-1] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params))


@dataclass(frozen=True)
class HotQuery:
    table: str
    columns: tuple[str, ...]
    build: Callable[[Rows], ModelSelect]
    expected_rows: int  # what `build` finds in the `rows` fixture


HOT_QUERIES = {
    "webhook_events_by_status_oldest_first": HotQuery(
        "webhook_events",
        ("status", "created_at"),
        lambda r: (
            WebhookEvent.select()
            .where(WebhookEvent.status == "pending")
            .order_by(WebhookEvent.created_at)
            .limit(100)
        ),
        1,
    ),
    "webhook_events_due_by_status": HotQuery(
        "webhook_events",
        ("status", "next_attempt_at"),
        lambda r: (
            WebhookEvent.select(WebhookEvent.id)
            .where((WebhookEvent.status == "failed") & (WebhookEvent.next_attempt_at <= NOW))
            .order_by(WebhookEvent.next_attempt_at)
        ),
        1,
    ),
    "conversations_recent_for_user": HotQuery(
        "conversations", ("user_id", "started_at"), lambda r: Conversation.recent_for(r.user), 2
    ),
    "memories_by_user_sector_state": HotQuery(
        "memories",
        ("user_id", "sector", "state"),
        lambda r: Memory.select().where(
            (Memory.user == r.user) & (Memory.sector == "semantic") & (Memory.state == "active")
        ),
        1,
    ),
    "memories_below_salience_oldest_access_first": HotQuery(
        "memories",
        ("salience", "last_accessed_at"),
        lambda r: (
            Memory.select()
            .where(Memory.salience < 0.3)
            .order_by(Memory.salience, Memory.last_accessed_at)
            .limit(100)
        ),
        2,
    ),
    "memories_lowest_salience_first": HotQuery(
        "memories",
        ("salience", "last_accessed_at"),
        lambda r: Memory.select().order_by(Memory.salience, Memory.last_accessed_at).limit(100),
        6,
    ),
    "memory_links_from_source_strongest_first": HotQuery(
        "memory_links",
        ("source_id", "weight"),
        lambda r: (
            MemoryLink.select()
            .where(MemoryLink.source == r.memory)
            .order_by(MemoryLink.weight.desc())
            .limit(10)
        ),
        2,
    ),
    "conversation_turns_in_order": HotQuery(
        "conversation_turns",
        ("conversation_id", "order"),
        lambda r: (
            ConversationTurn.select()
            .where(ConversationTurn.conversation == r.conversation)
            .order_by(ConversationTurn.order)
        ),
        4,
    ),
    "tool_invocations_for_call_oldest_first": HotQuery(
        "tool_invocations",
        ("conversation_ref", "created_at"),
        lambda r: (
            ToolInvocation.select()
            .where(ToolInvocation.conversation_ref == r.conversation.conversation_id)
            .order_by(ToolInvocation.created_at)
        ),
        1,
    ),
}


@pytest.mark.parametrize("name", HOT_QUERIES)
def test_hot_query_uses_its_named_index_when_planned(rows: Rows, name: str) -> None:
    hot = HOT_QUERIES[name]
    index = _index_on(hot.table, hot.columns)
    plan = _plan(hot.build(rows))
    assert (
        f"USING INDEX {index} " in f"{plan} " or f"USING COVERING INDEX {index} " in f"{plan} "
    ), plan
    assert "TEMP B-TREE" not in plan, plan
    full_scans = [line for line in plan.splitlines() if "SCAN" in line and "INDEX" not in line]
    assert full_scans == [], plan


@pytest.mark.parametrize("name", HOT_QUERIES)
def test_hot_query_returns_the_expected_rows_when_run(rows: Rows, name: str) -> None:
    """The planned queries are real: each finds the rows the fixture made for it."""
    hot = HOT_QUERIES[name]
    assert len(list(hot.build(rows))) == hot.expected_rows


def test_memory_links_come_strongest_first_when_read_through_the_index(rows: Rows) -> None:
    links = list(HOT_QUERIES["memory_links_from_source_strongest_first"].build(rows))
    weights = [link.weight for link in links]
    assert weights == sorted(weights, reverse=True)
    assert {link.source_id for link in links} == {rows.memory.id}
