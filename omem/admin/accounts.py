"""Console operator accounts: create, list, disable, set a password, check a sign-in.

Passwords are hashed with scrypt (werkzeug's, memory-hard) and never logged or stored. A
sign-in check takes the same time whether or not the account exists.
"""

from __future__ import annotations

import functools
import re

from werkzeug.security import check_password_hash
from werkzeug.security import generate_password_hash

from omem.clock import utcnow
from omem.db import write
from omem.errors import ApiError
from omem.errors import NotFound
from omem.models import Operator
from omem.models import OperatorSession

ROLES = ("admin", "viewer")
MIN_PASSWORD = 12
_NAME = re.compile(r"[A-Za-z0-9._@-]{1,64}")


@functools.cache
def _dummy_hash() -> str:
    """Checked against when no account matches, so a wrong name costs what a wrong password
    does (made on first use: a scrypt hash takes tens of milliseconds)."""
    return generate_password_hash("omem-no-such-operator", method="scrypt")


def _hash(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ApiError(
            f"The password must have at least {MIN_PASSWORD} characters.", code="weak_password"
        )
    return generate_password_hash(password, method="scrypt")


def create_operator(name: str, role: str, password: str) -> Operator:
    if not _NAME.fullmatch(name):
        raise ApiError(
            "A name is 1-64 letters, digits, '.', '_', '@' or '-'.", code="invalid_name"
        )
    if role not in ROLES:
        raise ApiError(f"The role is one of {', '.join(ROLES)}.", code="invalid_role")
    hashed = _hash(password)
    with write():
        if Operator.select().where(Operator.name == name).exists():
            raise ApiError("An operator has that name already.", code="name_taken", status=409)
        return Operator.create(name=name, role=role, password_hash=hashed, created_at=utcnow())


def list_operators() -> list[Operator]:
    return list(Operator.select().order_by(Operator.name))


def _get(name: str) -> Operator:
    operator = Operator.get_or_none(Operator.name == name)
    if operator is None:
        raise NotFound("No operator has that name.", code="unknown_operator")
    return operator


def disable_operator(name: str) -> Operator:
    with write():
        operator = _get(name)
        if operator.disabled_at is None:
            operator.disabled_at = utcnow()
            operator.save()
        OperatorSession.delete().where(OperatorSession.operator == operator).execute()
        return operator


def set_password(name: str, password: str) -> Operator:
    hashed = _hash(password)
    with write():
        operator = _get(name)
        operator.password_hash = hashed
        operator.save()
        # Whoever knew the old password is signed out everywhere.
        OperatorSession.delete().where(OperatorSession.operator == operator).execute()
        return operator


def check_sign_in(name: str, password: str) -> Operator | None:
    """The operator, if the name and password match an enabled account; else None."""
    operator = Operator.get_or_none(Operator.name == name)
    matched = check_password_hash(operator.password_hash if operator else _dummy_hash(), password)
    if operator is None or not matched or operator.disabled_at is not None:
        return None
    return operator
