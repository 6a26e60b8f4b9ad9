"""Who is calling: find or create the user behind a call, from our user id, the caller's
phone number, or the operator's own user id — in that order; and the callers as operators
see them (search, details, edits, numbers) with the keyed-hash index of name tokens that
makes encrypted names searchable. No Flask here.

Calls without a usable number or id always get a fresh guest, so anonymous callers are never
merged into one shared user.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Any
from typing import cast

from peewee import fn

from omem.clock import utcnow
from omem.crypto import blind_index
from omem.crypto import blind_indexes
from omem.db import write
from omem.errors import ApiError
from omem.errors import NotFound
from omem.models import SECTORS
from omem.models import CallerId
from omem.models import CallerNameToken
from omem.models import Conversation
from omem.models import ConversationMemory
from omem.models import Memory
from omem.models import User
from omem.phones import normalize_caller_id

OUR_PREFIX = "omem_usr_"


@functools.cache
def _sql(lookup: str) -> str:
    """The SQL of a hot lookup, built by Peewee once (building it costs more than running it
    on every call); run with `User.raw(sql, value)`, which still converts and decrypts."""
    where = {
        "uid": User.uid == "",
        "external_id": User.external_id == "",
        "number": CallerId.number == "",
    }[lookup]
    query = User.select()
    if lookup == "number":
        query = query.join(CallerId)
    sql, _ = query.where(where).sql()  # unique columns: one row at most
    return str(sql)


def _user_by(lookup: str, value: str) -> User | None:
    return next(iter(User.raw(_sql(lookup), value)), None)


def _by_ref(ref: str) -> User | None:
    return _user_by("uid", ref) or _user_by("external_id", ref)


def find_by_number(number: str) -> User | None:
    return _user_by("number", number)


def find_user(ref: str | None, caller_id: object, region: str) -> User | None:
    """The existing user for a tool call (our uid or the operator's id, else the number);
    never creates one."""
    if ref and (user := _by_ref(ref)) is not None:
        return user
    number = normalize_caller_id(caller_id, region)
    return find_by_number(number) if number else None


def resolve_user(
    *,
    uid: str | None = None,
    caller_id: object = None,
    external_ref: str | None = None,
    region: str,
    now: dt.datetime | None = None,
) -> tuple[User, bool]:
    """The user for a call and whether it was created just now.

    Reads first (the common, returning-caller case writes nothing); creation happens in one
    IMMEDIATE transaction that re-checks, so concurrent first calls from one number agree.
    """
    now = now or utcnow()
    if uid and (user := _user_by("uid", uid)) is not None:
        return user, False
    number = normalize_caller_id(caller_id, region)
    if number and (user := find_by_number(number)) is not None:
        return user, False
    if not number and external_ref and (user := _by_ref(external_ref)) is not None:
        return user, False
    with write():
        if number:
            existing = find_by_number(number)
            if existing is not None:
                return existing, False
            user = User.create(created_at=now, updated_at=now)
            CallerId.create(number=number, user=user, created_at=now)
            return user, True
        if external_ref:
            existing = _by_ref(external_ref)
            if existing is not None:
                return existing, False
            return User.create(external_id=external_ref, created_at=now, updated_at=now), True
        return User.create(created_at=now, updated_at=now), True


# --- operators' view: search, detail, edits -------------------------------------------------

# The name index. A name is case-folded, stripped of accents (NFKD, combining marks
# dropped) and cut into runs of letters and digits; runs shorter than MIN_TOKEN go. An
# apostrophe joins ("O'Brien" -> "obrien", as people type it) and the index also keeps the
# parts ("brien"); hyphens and spaces separate ("Smith-Jones" -> "smith", "jones"). Only
# whole tokens match: "zo" does not find "Zoë".
MIN_TOKEN = 2
_MAX_NAME_TOKENS = 32
_MAX_QUERY_TOKENS = 8
_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = str.maketrans("", "", "'\u2019\u02bc\u2018`\u00b4")
# A search that is plausibly a phone number: digits and the punctuation people write
# numbers with, five digits at least. Anything else is never handed to the number parser.
_PHONE_LIKE = re.compile(r"^\+?[\d\s().\-/]+$")
_MIN_PHONE_DIGITS = 5


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    return [word for word in _WORD.findall(text) if len(word) >= MIN_TOKEN]


def name_tokens(text: str) -> list[str]:
    """The search tokens of a query: normalised as above, distinct, in order."""
    return list(dict.fromkeys(_words(_fold(text).translate(_APOSTROPHES))))


def _index_tokens(name: str) -> list[str]:
    """A name's tokens as indexed: the query tokens, plus the parts of apostrophe words."""
    folded = _fold(name)
    tokens = dict.fromkeys(_words(folded.translate(_APOSTROPHES)) + _words(folded))
    return list(tokens)[:_MAX_NAME_TOKENS]


def _token_rows(user_id: int, name: str) -> list[dict[str, Any]]:
    return [{"user": user_id, "token_hash": blind_index(t)} for t in _index_tokens(name)]


def index_name(user_id: int, name: str) -> None:
    """Replace the user's name tokens (keyed hashes only; "" clears them). Call inside the
    write transaction that set the name."""
    CallerNameToken.delete().where(CallerNameToken.user == user_id).execute()
    rows = _token_rows(user_id, name)
    if rows:
        CallerNameToken.insert_many(rows).on_conflict_ignore().execute()


def reindex_names(batch: int = 500) -> int:
    """Rebuild every caller's name tokens under the current primary key: after the
    migration that added the index, and after a new first encryption key (which changes
    every hash; until then search also tries the older keys). One write per `batch` users;
    returns how many users were re-indexed."""
    done, after = 0, 0
    while True:
        users = list(
            User.select(User.id, User.display_name)
            .where(User.id > after)
            .order_by(User.id)
            .limit(batch)
        )
        if not users:
            return done
        rows = [row for user in users for row in _token_rows(user.id, user.display_name or "")]
        with write():
            CallerNameToken.delete().where(
                CallerNameToken.user.in_([user.id for user in users])
            ).execute()
            if rows:
                CallerNameToken.insert_many(rows).on_conflict_ignore().execute()
        done += len(users)
        after = users[-1].id


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") + "Z" if moment is not None else None


def parse_number(raw: str, region: str) -> str | None:
    """E.164 for a number written any way: national (in `region`), `+…` or `00…` (the
    international prefix of most countries, whatever `region` dials)."""
    raw = raw.strip()
    if raw.startswith("00") and (number := normalize_caller_id("+" + raw[2:], region)):
        return number
    return normalize_caller_id(raw, region)


def _direct_match(q: str, region: str) -> User | None:
    """The caller an id (omem's or the operator's) or a phone number names exactly."""
    if (user := _by_ref(q)) is not None:
        return user
    if not _PHONE_LIKE.match(q) or sum(c.isdigit() for c in q) < _MIN_PHONE_DIGITS:
        return None
    number = parse_number(q, region)
    return find_by_number(number) if number else None


def search_callers(
    q: str | None, region: str, *, after: int | None = None, limit: int = 50
) -> tuple[list[dict[str, Any]], int | None]:
    """A page of callers and the cursor of the next page (None on the last).

    Newest first: keyset on `users.id` descending (the primary key, so no other index);
    the cursor is the last row's `users.id`, passed back as `after`. Without `q`, every
    caller. Otherwise the caller `q` names exactly — an omem user id, an external id, a
    phone number in any format — as a page of its own; failing that, the callers whose name
    has every token of `q` (the keyed-hash index; only the page's names are decrypted).
    Five queries per page whatever its size (up to three more for an exact lookup)."""
    limit = max(1, min(limit, 200))
    q = (q or "").strip()
    if q:
        direct = _direct_match(q, region)
        if direct is not None:
            return ([] if after is not None and direct.id >= after else _rows([direct.id])), None
        tokens = name_tokens(q)[:_MAX_QUERY_TOKENS]
        if not tokens:
            return [], None
        # Hashes under every configured key: a name indexed before the first key changed
        # is still found until `reindex_names` runs. A user's tokens are all under one key.
        hashes = [h for token in tokens for h in blind_indexes(token)]
        query = (
            CallerNameToken.select(CallerNameToken.user)
            .where(CallerNameToken.token_hash.in_(hashes))
            .group_by(CallerNameToken.user)
            .having(fn.COUNT(CallerNameToken.token_hash.distinct()) == len(tokens))
            .order_by(CallerNameToken.user.desc())
            .limit(limit + 1)
        )
        if after is not None:
            query = query.where(CallerNameToken.user < after)
        ids = [row.user_id for row in query]  # type: ignore[attr-defined]
    else:
        newest = User.select(User.id).order_by(User.id.desc()).limit(limit + 1)
        if after is not None:
            newest = newest.where(User.id < after)
        ids = [row.id for row in newest]
    page = ids[:limit]
    return _rows(page), (page[-1] if len(ids) > limit else None)


def _rows(ids: list[int], memories: dict[int, int] | None = None) -> list[dict[str, Any]]:
    """The callers `ids` (in that order) as plain rows, in four queries: the users, their
    numbers, and one GROUP BY per count (three when `memories` brings the memory counts)."""
    if not ids:
        return []
    listed = (
        User.id,
        User.uid,
        User.external_id,
        User.display_name,
        User.is_guest,
        User.last_call_at,
        User.created_at,
    )
    users = {u.id: u for u in User.select(*listed).where(User.id.in_(ids))}  # not the summary
    numbers: dict[int, list[str]] = {}
    for caller in CallerId.select().where(CallerId.user.in_(ids)).order_by(CallerId.id):
        numbers.setdefault(caller.user_id, []).append(caller.number)  # type: ignore[attr-defined]
    calls = _counts(Conversation, Conversation.user, ids)
    if memories is None:
        memories = _counts(Memory, Memory.user, ids)
    return [
        {
            "uid": users[i].uid,
            "external_id": users[i].external_id,
            "name": users[i].display_name,
            "is_guest": users[i].is_guest,
            "numbers": numbers.get(i, []),
            "calls": calls.get(i, 0),
            "memories": memories.get(i, 0),
            "last_call_at": _iso(users[i].last_call_at),
            "created_at": _iso(users[i].created_at),
        }
        for i in ids
        if i in users
    ]


def _counts(model: Any, column: Any, ids: list[int]) -> dict[int, int]:
    query = model.select(column, fn.COUNT(model.id)).where(column.in_(ids)).group_by(column)
    return dict(query.tuples())


def caller_detail(user: User) -> dict[str, Any]:
    """One caller, read afresh: the search row (uid, external_id, name, is_guest, numbers,
    calls, memories, last_call_at, created_at) plus summary, memory_version and `counts`
    (calls, memories, active_memories, and `by_sector`: memories of each sector, every
    state). Raises NotFound `unknown_user` if it is gone. The memory counts are one pass over
    the caller's (user, sector, state) index entries."""
    fresh = User.get_or_none(User.id == user.id)
    if fresh is None:
        raise NotFound("No caller has that id.", code="unknown_user")
    by_sector = dict.fromkeys(SECTORS, 0)
    active = 0
    grouped = (
        Memory.select(Memory.sector, Memory.state, fn.COUNT(Memory.id))
        .where(Memory.user == user.id)
        .group_by(Memory.sector, Memory.state)
        .tuples()
    )
    for sector, state, count in cast(Iterable[tuple[str, str, int]], grouped):
        by_sector[sector] = by_sector.get(sector, 0) + count
        active += count if state == "active" else 0
    rows = _rows([user.id], memories={user.id: sum(by_sector.values())})
    if not rows:
        raise NotFound("No caller has that id.", code="unknown_user")
    return {
        **rows[0],
        "summary": fresh.summary,
        "memory_version": fresh.memory_version,
        "counts": {
            "calls": rows[0]["calls"],
            "memories": rows[0]["memories"],
            "active_memories": active,
            "by_sector": by_sector,
        },
    }


def recent_calls(user: User, limit: int = 5) -> list[dict[str, Any]]:
    """The caller's latest calls, newest first: conversation_id, agent_id, started_at,
    duration_secs, status, and how many memories each gave. One query."""
    memories = ConversationMemory.select(fn.COUNT(ConversationMemory.id)).where(
        ConversationMemory.conversation == Conversation.id
    )
    query = Conversation.recent_for(user, limit).select(
        Conversation.conversation_id,
        Conversation.agent_id,
        Conversation.started_at,
        Conversation.duration_secs,
        Conversation.status,
        memories.alias("memories"),
    )
    return [
        {**row, "started_at": _iso(row["started_at"])}
        for row in cast(Iterable[dict[str, Any]], query.dicts())
    ]


def update_caller(
    user: User,
    *,
    name: str | None = None,
    summary: str | None = None,
    is_guest: bool | None = None,
    now: dt.datetime,
) -> User:
    """Change a caller's name (re-indexed for search), summary or guest flag, in one write
    (None leaves a field as it is); returns the caller as stored. An operator's summary
    stands until the caller's memories next change (then the summary job rewrites it).
    Raises 422 `name_too_long` or `summary_too_long`."""
    changes: dict[Any, Any] = {User.updated_at: now}
    if name is not None:
        if len(name) > 200:
            raise ApiError("A name has at most 200 characters.", code="name_too_long", status=422)
        changes[User.display_name] = name
    if summary is not None:
        if len(summary) > 4000:
            raise ApiError(
                "A summary has at most 4,000 characters.", code="summary_too_long", status=422
            )
        changes[User.summary] = summary
        changes[User.summary_version] = User.memory_version
    if is_guest is not None:
        changes[User.is_guest] = is_guest
    with write():
        User.update(changes).where(User.id == user.id).execute()
        if name is not None:
            index_name(user.id, name)
    return User.get_by_id(user.id)


def add_number(user: User, raw: str, region: str, now: dt.datetime) -> str:
    """Give the caller another phone number (any format; stored and returned as E.164);
    one they already have changes nothing. Raises 422 `invalid_phone_number`, or 409
    `number_taken` when another caller has it (merge the two instead)."""
    number = parse_number(raw, region)
    if number is None:
        raise ApiError("That is not a phone number.", code="invalid_phone_number", status=422)
    with write():
        owner = find_by_number(number)
        if owner is not None and owner.id != user.id:
            raise ApiError(
                "Another caller has that number; merge the two instead.",
                code="number_taken",
                status=409,
            )
        if owner is None:
            CallerId.create(number=number, user=user, created_at=now)
    return number


def remove_number(user: User, raw: str, region: str) -> str:
    """Take a number (any format) from the caller, returning it as E.164; their next call
    from it starts a new guest. Raises 404 `unknown_number` if they do not have it."""
    number = parse_number(raw, region) or raw.strip()
    with write():
        removed = (
            CallerId.delete()
            .where((CallerId.user == user.id) & (CallerId.number == number))
            .execute()
        )
    if not removed:
        raise NotFound("This caller has no such number.", code="unknown_number")
    return number
