"""Who is calling: find or create the user behind a call, from our user id, the caller's
phone number, or the operator's own user id — in that order.

Calls without a usable number or id always get a fresh guest, so anonymous callers are never
merged into one shared user.
"""

from __future__ import annotations

import datetime as dt
import functools

from omem.clock import utcnow
from omem.db import write
from omem.models import CallerId
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
