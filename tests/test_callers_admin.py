"""The callers as operators see them (omem.callers): the name index, search and pages,
details, edits and numbers."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from flask.testing import FlaskClient
from playhouse.test_utils import count_queries

from omem import callers
from omem import crypto
from omem.config import Settings
from omem.config import new_fernet_key
from omem.db import db
from omem.db import write
from omem.errors import ApiError
from omem.errors import NotFound
from omem.models import CallerId
from omem.models import CallerNameToken
from omem.models import Conversation
from omem.models import User
from tests.conftest import WEBHOOK_SECRET
from tests.factories import make_caller_id
from tests.factories import make_conversation
from tests.factories import make_memory
from tests.factories import make_user
from tests.helpers import el_signature
from tests.helpers import run_queue
from tests.helpers import sample

T0 = dt.datetime(2026, 3, 1, 9, 0)


def _named(name: str, **overrides: object) -> User:
    user = make_user(display_name=name, **overrides)
    with write():
        callers.index_name(user.id, name)
    return user


def _uids(rows: list[dict[str, object]]) -> list[object]:
    return [row["uid"] for row in rows]


def test_name_tokens_fold_case_accents_and_apostrophes(conn: None) -> None:
    assert callers.name_tokens("Zoë O'Brien") == ["zoe", "obrien"]
    assert callers.name_tokens("ZOE  o’brien") == ["zoe", "obrien"]
    assert callers.name_tokens("Anne-Marie de la Cruz") == ["anne", "marie", "de", "la", "cruz"]
    assert callers.name_tokens("J. R. R.") == []


def test_name_search_finds_a_caller_when_accents_case_and_apostrophes_differ(
    conn: None,
    settings: Settings,
) -> None:
    zoe = _named("Zoë O'Brien")
    _named("Zoltan Brien")
    for q in ("zoe", "ZOË", "obrien", "O'Brien", "brien zoe", "Zoe O’Brien"):
        rows, cursor = callers.search_callers(q, settings.default_region)
        assert _uids(rows) == [zoe.uid], q
        assert cursor is None
    assert [r["name"] for r in callers.search_callers("zoe", "US")[0]] == ["Zoë O'Brien"]
    assert len(callers.search_callers("brien", "US")[0]) == 2  # the part of O'Brien counts
    assert callers.search_callers("zo", "US") == ([], None)  # whole tokens only
    assert callers.search_callers("zoe smith", "US") == ([], None)  # every token must match


def test_name_index_holds_keyed_hashes_only_when_names_are_stored(conn: None) -> None:
    user = _named("Zoë O'Brien")
    stored = [
        row[0]
        for row in db.execute_sql(
            "SELECT token_hash FROM caller_name_tokens WHERE user_id = ?", (user.id,)
        )
    ]
    assert len(stored) == 3  # zoe, obrien, brien
    plain = {"zoe", "obrien", "brien", "Zoë", "O'Brien"}
    unkeyed = {hashlib.sha256(t.encode()).hexdigest() for t in plain}
    for value in stored:
        assert len(value) == 64 and int(value, 16) >= 0
        assert not any(t.casefold() in value for t in plain)
        assert value not in unkeyed
    assert set(stored) == {crypto.blind_index(t) for t in ("zoe", "obrien", "brien")}
    raw_name = db.execute_sql("SELECT display_name FROM users WHERE id = ?", (user.id,))
    assert "Zo" not in raw_name.fetchone()[0]


def test_renaming_a_caller_replaces_their_tokens_when_update_caller_sets_a_name(
    conn: None,
) -> None:
    user = _named("Sam Carter")
    callers.update_caller(user, name="Priya Nair", now=T0)
    assert callers.search_callers("carter", "US") == ([], None)
    assert _uids(callers.search_callers("priya", "US")[0]) == [user.uid]
    callers.update_caller(user, name="", now=T0)
    assert CallerNameToken.select().where(CallerNameToken.user == user.id).count() == 0


def test_reindex_names_rebuilds_the_index_when_names_were_never_indexed(conn: None) -> None:
    users = [make_user(display_name=name) for name in ("Ada Lovelace", "Alan Turing", "")]
    assert callers.search_callers("lovelace", "US") == ([], None)
    assert callers.reindex_names(batch=2) >= 3
    assert _uids(callers.search_callers("lovelace", "US")[0]) == [users[0].uid]
    assert _uids(callers.search_callers("turing alan", "US")[0]) == [users[1].uid]
    assert CallerNameToken.select().where(CallerNameToken.user == users[2].id).count() == 0


def test_names_stay_findable_under_the_old_key_when_a_new_primary_key_is_added(
    conn: None,
    settings: Settings,
) -> None:
    user = _named("Grace Hopper")
    old_keys = settings.encryption_keys
    crypto.configure([new_fernet_key(), *old_keys])
    try:
        assert _uids(callers.search_callers("hopper", "US")[0]) == [user.uid]
        callers.reindex_names()
        assert _uids(callers.search_callers("hopper", "US")[0]) == [user.uid]
        token = CallerNameToken.select().where(CallerNameToken.user == user.id).first()
        assert token.token_hash in {crypto.blind_index("grace"), crypto.blind_index("hopper")}
    finally:
        crypto.configure(old_keys)


@pytest.mark.parametrize(
    ("q", "region"),
    [
        ("+44 20 7946 0958", "US"),
        ("020 7946 0958", "GB"),
        ("0044 20 7946 0958", "GB"),
        ("0044 20 7946 0958", "US"),
        ("+442079460958", "GB"),
        ("(020) 7946-0958", "GB"),
    ],
)
def test_search_finds_the_caller_by_number_when_it_is_written_any_way(
    conn: None, q: str, region: str
) -> None:
    user = make_user()
    make_caller_id(user, "+442079460958")
    make_user()
    rows, cursor = callers.search_callers(q, region)
    assert _uids(rows) == [user.uid]
    assert rows[0]["numbers"] == ["+442079460958"]
    assert cursor is None


def test_search_finds_the_caller_by_omem_or_external_id(conn: None) -> None:
    user = make_user(uid="omem_usr_00aa11bb22cc33dd", external_id="crm-4711")
    make_user()
    assert _uids(callers.search_callers("omem_usr_00aa11bb22cc33dd", "US")[0]) == [user.uid]
    assert _uids(callers.search_callers("crm-4711", "US")[0]) == [user.uid]
    assert callers.search_callers("omem_usr_ffffffffffffffff", "US") == ([], None)


def test_pages_return_every_caller_once_newest_first_when_following_the_cursor(conn: None) -> None:
    made = [make_user().uid for _ in range(23)]
    seen: list[object] = []
    cursor: int | None = None
    pages = 0
    while True:
        rows, cursor = callers.search_callers(None, "US", after=cursor, limit=5)
        seen += _uids(rows)
        pages += 1
        if cursor is None:
            break
    assert pages == 5
    assert seen == list(reversed(made))


def test_name_search_pages_return_every_match_once_when_following_the_cursor(conn: None) -> None:
    made = [_named(f"Jordan Lee{n}" if n % 2 else "Jordan Smith").uid for n in range(12)]
    _named("Riley Smith")
    seen: list[object] = []
    rows, cursor = callers.search_callers("jordan", "US", limit=4)
    seen += _uids(rows)
    while cursor is not None:
        rows, cursor = callers.search_callers("jordan", "US", after=cursor, limit=4)
        seen += _uids(rows)
    assert seen == list(reversed(made))
    smiths = _uids(callers.search_callers("smith jordan", "US", limit=50)[0])
    assert smiths == [uid for uid in reversed(made)][1::2]


def test_rows_carry_numbers_and_counts_in_a_fixed_number_of_queries(conn: None) -> None:
    users = [make_user(last_call_at=T0) for _ in range(6)]
    for n, user in enumerate(users):
        for _ in range(n):
            make_conversation(user)
            make_memory(user)
        make_caller_id(user)
    with count_queries() as few:
        callers.search_callers(None, "US", limit=2)
    with count_queries() as many:
        rows, _ = callers.search_callers(None, "US", limit=6)
    assert few.count == many.count <= 5
    newest = rows[0]
    assert newest["calls"] == 5 and newest["memories"] == 5
    assert len(newest["numbers"]) == 1
    assert set(newest) == {
        "uid",
        "external_id",
        "name",
        "is_guest",
        "numbers",
        "calls",
        "memories",
        "last_call_at",
        "created_at",
    }
    assert newest["last_call_at"] == "2026-03-01T09:00:00Z"


def test_caller_detail_has_summary_version_and_counts(conn: None) -> None:
    user = make_user(summary="Prefers evening calls.", external_id="crm-1")
    make_caller_id(user, "+14155550100")
    make_memory(user)
    make_memory(user, state="archived")
    conversation = make_conversation(user, started_at=T0)
    detail = callers.caller_detail(user)
    assert detail["summary"] == "Prefers evening calls."
    assert detail["numbers"] == ["+14155550100"]
    assert detail["counts"] == {
        "calls": 1,
        "memories": 2,
        "active_memories": 1,
        "by_sector": {
            "episodic": 0,
            "semantic": 2,
            "procedural": 0,
            "emotional": 0,
            "reflective": 0,
        },
    }
    assert detail["memory_version"] == 0
    calls = callers.recent_calls(user, 5)
    assert calls == [
        {
            "conversation_id": conversation.conversation_id,
            "agent_id": "agent_test",
            "started_at": "2026-03-01T09:00:00Z",
            "duration_secs": 0,
            "status": "done",
            "memories": 0,
        }
    ]


def test_caller_detail_is_not_found_when_the_caller_is_gone(conn: None) -> None:
    user = make_user()
    User.delete().where(User.id == user.id).execute()
    with pytest.raises(NotFound) as caught:
        callers.caller_detail(user)
    assert caught.value.code == "unknown_user"


def test_update_caller_changes_only_what_is_given(conn: None) -> None:
    user = make_user(display_name="Sam", summary="Old.", is_guest=True)
    User.update(memory_version=4).where(User.id == user.id).execute()
    callers.update_caller(user, summary="Operator's note.", now=T0)
    stored = User.get_by_id(user.id)
    assert (stored.display_name, stored.summary, stored.is_guest) == (
        "Sam",
        "Operator's note.",
        True,
    )
    assert stored.summary_version == 4  # the operator's summary is current
    assert stored.updated_at == T0
    callers.update_caller(user, is_guest=False, now=T0)
    assert User.get_by_id(user.id).is_guest is False


def test_update_caller_refuses_a_name_that_is_too_long(conn: None) -> None:
    user = make_user()
    with pytest.raises(ApiError) as caught:
        callers.update_caller(user, name="x" * 201, now=T0)
    assert (caught.value.status, caught.value.code) == (422, "name_too_long")


def test_add_number_stores_e164_when_written_nationally(conn: None) -> None:
    user = make_user()
    assert callers.add_number(user, "020 7946 0958", "GB", T0) == "+442079460958"
    assert callers.add_number(user, "+44 20 7946 0958", "US", T0) == "+442079460958"  # no-op
    assert [c.number for c in CallerId.select().where(CallerId.user == user.id)] == [
        "+442079460958"
    ]


@pytest.mark.parametrize("raw", ["", "anonymous", "12", "x" * 100])
def test_add_number_refuses_what_is_not_a_number(conn: None, raw: str) -> None:
    user = make_user()
    with pytest.raises(ApiError) as caught:
        callers.add_number(user, raw, "US", T0)
    assert (caught.value.status, caught.value.code) == (422, "invalid_phone_number")
    assert CallerId.select().count() == 0


def test_add_number_refuses_when_another_caller_has_it(conn: None) -> None:
    owner, other = make_user(), make_user()
    make_caller_id(owner, "+14155550123")
    with pytest.raises(ApiError) as caught:
        callers.add_number(other, "(415) 555-0123", "US", T0)
    assert (caught.value.status, caught.value.code) == (409, "number_taken")
    assert CallerId.get(CallerId.number == "+14155550123").user_id == owner.id


def test_remove_number_takes_it_in_any_format(conn: None) -> None:
    user = make_user()
    make_caller_id(user, "+14155550123")
    assert callers.remove_number(user, "415.555.0123", "US") == "+14155550123"
    assert CallerId.select().count() == 0


def test_remove_number_is_not_found_when_the_caller_does_not_have_it(conn: None) -> None:
    owner, other = make_user(), make_user()
    make_caller_id(owner, "+14155550123")
    with pytest.raises(NotFound) as caught:
        callers.remove_number(other, "+14155550123", "US")
    assert (caught.value.status, caught.value.code) == (404, "unknown_number")
    assert CallerId.select().count() == 1


def test_a_name_learned_from_a_call_is_searchable_when_the_pipeline_stores_it(
    client: FlaskClient, settings: Settings
) -> None:
    payload = json.loads(sample("post-call-transcription.json"))
    payload["data"]["analysis"]["data_collection_results"]["caller_name"] = {
        "value": "Dana Whitfield"
    }
    raw = json.dumps(payload)
    headers = {
        "Content-Type": "application/json",
        "ElevenLabs-Signature": el_signature(WEBHOOK_SECRET, raw),
    }
    assert client.post("/api/v1/webhooks/post-call", data=raw, headers=headers).status_code == 200
    run_queue()
    with db.connection_context():
        user = Conversation.get(
            Conversation.conversation_id == payload["data"]["conversation_id"]
        ).user
        assert user.display_name == "Dana Whitfield"
        rows, _ = callers.search_callers("whitfield dana", settings.default_region)
        assert _uids(rows) == [user.uid]
