"""Console sign-in: server-side sessions, the CSRF token, and the sign-in/out views.

The session cookie holds a random token; the database keeps only its SHA-256 (a stolen
backup cannot sign anyone in), with the session's CSRF token and its idle and absolute
clocks. Signing in always starts a new session (no fixation); signing out, disabling an
operator or changing a password ends sessions. Every console mutation (POST, DELETE, PATCH)
must carry the session's CSRF token, as the `csrf_token` form field or the `X-CSRF-Token`
header (htmx sends it from `hx-headers` on <body>); the sign-in form, which has no session
yet, uses a double-submit cookie. Failed sign-ins are throttled per account and per address
(omem.ratelimit.SignInThrottle).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import structlog
from flask import Blueprint
from flask import Response
from flask import current_app
from flask import g
from flask import make_response
from flask import redirect
from flask import request
from flask import url_for

from omem import security
from omem.admin import accounts
from omem.admin import audit
from omem.admin.render import login_redirect
from omem.admin.render import render_page
from omem.clock import utcnow
from omem.config import Settings
from omem.db import write
from omem.errors import ApiError
from omem.errors import Forbidden
from omem.models import Operator
from omem.models import OperatorSession
from omem.ratelimit import SignInThrottle

log = structlog.get_logger("omem.console")

COOKIE = "omem_console"
LOGIN_CSRF_COOKIE = "omem_login_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
_TOUCH_EVERY = dt.timedelta(minutes=1)  # last_seen_at is written at most this often
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

bp = Blueprint("console_auth", __name__, url_prefix="/admin")


@dataclass(frozen=True)
class SignedIn:
    """The operator behind a console request."""

    operator_id: int
    name: str
    role: str
    csrf_token: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def actor(self) -> str:
        return f"operator:{self.name}"


def _settings() -> Settings:
    settings: Settings = current_app.config["OMEM_SETTINGS"]
    return settings


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(operator: Operator, now: dt.datetime) -> str:
    """A new session for `operator`; returns the cookie's token (never stored)."""
    token = secrets.token_urlsafe(32)
    with write():
        OperatorSession.create(
            token_hash=_digest(token),
            operator=operator,
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            last_seen_at=now,
        )
        Operator.update(last_login_at=now).where(Operator.id == operator.id).execute()
    return token


def find_session(token: str, settings: Settings, now: dt.datetime) -> SignedIn | None:
    """The live session for a cookie's token, or None (unknown, expired, or its operator
    disabled); an expired session is deleted."""
    if not token:
        return None
    row = (
        OperatorSession.select(OperatorSession, Operator)
        .join(Operator)
        .where(OperatorSession.token_hash == _digest(token))
        .first()
    )
    if row is None:
        return None
    idle = dt.timedelta(minutes=settings.console_idle_minutes)
    absolute = dt.timedelta(hours=settings.console_session_hours)
    operator = row.operator
    if (
        operator.disabled_at is not None
        or now - row.last_seen_at > idle
        or now - row.created_at > absolute
    ):
        with write():
            row.delete_instance()
        return None
    if now - row.last_seen_at > _TOUCH_EVERY:
        with write():
            OperatorSession.update(last_seen_at=now).where(OperatorSession.id == row.id).execute()
    return SignedIn(operator.id, operator.name, operator.role, row.csrf_token)


def end_session(token: str) -> None:
    with write():
        OperatorSession.delete().where(OperatorSession.token_hash == _digest(token)).execute()


def _set_cookie(response: Response, name: str, value: str, max_age: int | None) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path="/admin",
        httponly=True,
        samesite="Lax",
        secure=_settings().env == "production",
    )


def _safe_next(target: str | None) -> str:
    """Only a path inside the console: never another host (an open redirect)."""
    if target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc and target.startswith("/admin"):
            return target
    return url_for("console.dashboard")


# --- what every console page runs first ----------------------------------------------


def load_operator() -> Response | None:
    """`before_request` of the console: a signed-in operator, and a CSRF token on every
    mutation; a viewer may not change anything."""
    signed_in = find_session(request.cookies.get(COOKIE, ""), _settings(), utcnow())
    if signed_in is None:
        return login_redirect(url_for("console_auth.login", next=request.full_path))
    g.operator = signed_in
    if request.method not in SAFE_METHODS:
        sent = request.headers.get(CSRF_HEADER) or request.form.get(CSRF_FIELD, "")
        if not security.secrets_equal(sent, signed_in.csrf_token):
            raise Forbidden("The form is out of date; reload the page.", code="csrf_failed")
        if not signed_in.is_admin:
            raise Forbidden("Viewers cannot change anything.", code="viewer_read_only")
    return None


def require_admin() -> SignedIn:
    """The operator, if an admin (for reads a viewer may not see: transcripts, audio)."""
    operator: SignedIn = g.operator
    if not operator.is_admin:
        raise Forbidden("Only admins can see this.", code="admin_only")
    return operator


def audited(action: str, target_kind: str, ids: Sequence[int | str]) -> None:
    """Record a console change in the audit log (who, role, what, ids; never content)."""
    operator: SignedIn = g.operator
    audit.record(
        action,
        target_kind,
        ids,
        actor=operator.actor,
        role=operator.role,
        request_id=g.get("request_id", ""),
    )


def template_context() -> dict[str, Any]:
    operator = g.get("operator")
    return {"operator": operator, "csrf_token": operator.csrf_token if operator else ""}


# --- sign in / out ------------------------------------------------------------------------


@functools.cache
def _throttle(path: str) -> SignInThrottle:
    return SignInThrottle(_settings())


def _login_form(error: str = "", status: int = 200, name: str = "") -> Response:
    token = request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(32)
    response = render_page(
        "login",
        csrf_token=token,
        operator=None,
        error=error,
        username=name,
        next=request.values.get("next", ""),
        status=status,
    )
    _set_cookie(response, LOGIN_CSRF_COOKIE, token, max_age=3600)
    return response


@bp.get("/login")
def login() -> Response:
    return _login_form()


@bp.post("/login")
def login_submit() -> Response:
    sent = request.form.get(CSRF_FIELD, "")
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not security.secrets_equal(sent, expected):
        raise Forbidden("The form is out of date; reload the page.", code="csrf_failed")
    name = request.form.get("username", "").strip()[:64]
    password = request.form.get("password", "")[:1024]
    address = request.remote_addr or "unknown"
    throttle = _throttle(str(_settings().ratelimit_path))
    wait = throttle.wait_secs(name, address)
    if wait:
        log.info("console_sign_in_throttled", wait_secs=wait)
        response = _login_form(
            f"Too many failed sign-ins. Try again in {wait} seconds.", 429, name
        )
        response.headers["Retry-After"] = str(wait)
        return response
    operator = accounts.check_sign_in(name, password) if name and password else None
    if operator is None:
        throttle.failed(name, address)
        log.info("console_sign_in_failed")  # never the name: it may be a mistyped password
        return _login_form("Wrong name or password.", 401, name)
    throttle.succeeded(name, address)
    old = request.cookies.get(COOKIE)
    if old:
        end_session(old)
    token = start_session(operator, utcnow())
    log.info("console_sign_in", operator=operator.name, role=operator.role)
    response = make_response(redirect(_safe_next(request.form.get("next")), code=303))
    _set_cookie(response, COOKIE, token, max_age=_settings().console_session_hours * 3600)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/admin")
    return response


@bp.post("/logout")
def logout() -> Response:
    token = request.cookies.get(COOKIE, "")
    signed_in = find_session(token, _settings(), utcnow())
    if signed_in is not None:
        sent = request.headers.get(CSRF_HEADER) or request.form.get(CSRF_FIELD, "")
        if not security.secrets_equal(sent, signed_in.csrf_token):
            raise ApiError(
                "The form is out of date; reload the page.", code="csrf_failed", status=403
            )
        end_session(token)
    response = make_response(redirect(url_for("console_auth.login"), code=303))
    response.delete_cookie(COOKIE, path="/admin")
    return response
