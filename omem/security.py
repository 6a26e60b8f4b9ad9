"""API keys (generate, hash, verify, create, revoke) and the `require_key(scope)` decorator.

Every comparison of a secret or a hash goes through `secrets_equal` (hmac.compare_digest).
Keys are stored only as SHA-256 hashes: they are 256-bit random tokens, so a slow KDF adds
nothing. Secrets are never logged.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from typing import TypeVar

import structlog
from flask import current_app
from flask import g
from flask import request
from peewee import PeeweeException

from omem.clock import utcnow
from omem.config import Settings
from omem.db import write
from omem.errors import Forbidden
from omem.errors import NotFound
from omem.errors import Unauthorized
from omem.models import SCOPES
from omem.models import ApiKey

KEY_PREFIX = "omem_"
_VISIBLE = 12  # characters of the key kept as its visible prefix
_TOUCH_EVERY = dt.timedelta(minutes=1)
# A stored key verified in this process is trusted for this long without a lookup: a
# revocation takes effect within it in the other processes (at once in this one).
_REMEMBER_VALID = dt.timedelta(seconds=10)
_recent: dict[str, tuple[Principal, float]] = {}

F = TypeVar("F", bound=Callable[..., Any])
log = structlog.get_logger("omem.security")


@dataclass(frozen=True)
class Principal:
    """Who made an authenticated request."""

    name: str
    scopes: frozenset[str]
    key_id: int | None = None
    # Names the key without revealing it (the start of its SHA-256): the rate-limit bucket.
    fingerprint: str = ""


def secrets_equal(a: str | bytes, b: str | bytes) -> bool:
    """Constant-time equality for secrets, hashes and signatures."""
    left = a.encode() if isinstance(a, str) else a
    right = b.encode() if isinstance(b, str) else b
    return hmac.compare_digest(left, right)


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def generate_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


def _check_scopes(scopes: Sequence[str]) -> str:
    unknown = sorted(set(scopes) - set(SCOPES))
    if unknown or not scopes:
        raise ValueError(f"scopes must be a non-empty subset of {', '.join(SCOPES)}")
    return ",".join(s for s in SCOPES if s in scopes)


def create_api_key(
    name: str, scopes: Sequence[str], expires_at: dt.datetime | None = None
) -> tuple[ApiKey, str]:
    """Store a new key (hashed) and return it with the plaintext, which is shown once."""
    plaintext = generate_key()
    with write():
        key = ApiKey.create(
            name=name,
            prefix=plaintext[:_VISIBLE],
            key_hash=hash_key(plaintext),
            scopes=_check_scopes(scopes),
            expires_at=expires_at,
        )
    return key, plaintext


def list_api_keys() -> list[ApiKey]:
    return list(ApiKey.select().order_by(ApiKey.created_at.desc(), ApiKey.id.desc()))


def revoke_api_key(ident: str, now: dt.datetime | None = None) -> ApiKey:
    """Revoke by id or visible prefix. Raises NotFound when nothing (or several) match."""
    now = now or utcnow()
    with write():
        as_id = ident.isascii() and ident.isdigit() and int(ident) < 2**63
        query = ApiKey.select().where(
            (ApiKey.id == int(ident)) if as_id else (ApiKey.prefix == ident)
        )
        matches = list(query)
        if len(matches) != 1:
            raise NotFound("No single API key matches that id or prefix.", code="unknown_api_key")
        key = matches[0]
        if key.revoked_at is None:
            key.revoked_at = now
            key.save()
    forget_keys()
    return key


def authenticate(token: str, settings: Settings, now: dt.datetime) -> Principal | None:
    """The principal for a presented token, or None. Same work whether or not it exists."""
    digest = hash_key(token)
    bootstrap = False
    for configured in settings.api_keys:
        # No early exit: every configured key is compared.
        bootstrap |= secrets_equal(digest, hash_key(configured))
    cached = _recent.get(digest)
    if cached is not None and cached[1] > time.monotonic():
        return cached[0]
    try:
        stored = ApiKey.get_or_none(ApiKey.key_hash == digest)
    except PeeweeException as exc:
        # Database down: bootstrap keys still work, so conversation-init can still answer.
        log.warning("api_key_lookup_failed", error_type=type(exc).__name__)
        stored = None
    if stored is not None and secrets_equal(stored.key_hash, digest) and stored.is_usable(now):
        if stored.last_used_at is None or now - stored.last_used_at > _TOUCH_EVERY:
            _touch(stored.id, now)
        principal = Principal(stored.name, stored.scope_set, stored.id, digest[:16])
        expires = now + _REMEMBER_VALID
        if stored.expires_at is None or stored.expires_at > expires:
            _remember(digest, principal)
        return principal
    if bootstrap:
        principal = Principal("bootstrap", frozenset(SCOPES), fingerprint=digest[:16])
        _remember(digest, principal)  # configured until restart: no lookup per request
        return principal
    return None


def _remember(digest: str, principal: Principal) -> None:
    if len(_recent) >= 1000:
        _recent.clear()
    _recent[digest] = (principal, time.monotonic() + _REMEMBER_VALID.total_seconds())


def forget_keys() -> None:
    """Drop remembered verifications (after a revocation in this process)."""
    _recent.clear()


def _touch(key_id: int, now: dt.datetime) -> None:
    try:
        with write():
            ApiKey.update(last_used_at=now).where(ApiKey.id == key_id).execute()
    except PeeweeException as exc:  # bookkeeping only; never fail a request over it
        log.warning("api_key_touch_failed", error_type=type(exc).__name__)


def _bearer_token() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def request_principal() -> Principal | None:
    """The principal of this request's bearer token, or None; authenticated once per request
    (the rate limiter's key function asks before `require_key` does)."""
    if "token_principal" not in g:
        settings: Settings = current_app.config["OMEM_SETTINGS"]
        g.token_principal = authenticate(_bearer_token(), settings, utcnow())
    principal: Principal | None = g.token_principal
    return principal


def require_key(scope: str) -> Callable[[F], F]:
    """Reject the request with 401 (no/invalid key) or 403 (key lacks `scope`)."""

    def decorator(view: F) -> F:
        @functools.wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            principal = request_principal()
            if principal is None:
                raise Unauthorized(code="invalid_api_key", headers={"WWW-Authenticate": "Bearer"})
            if scope not in principal.scopes:
                raise Forbidden(code="insufficient_scope")
            g.principal = principal
            return view(*args, **kwargs)

        return wrapped  # type: ignore[return-value]

    return decorator


class SignatureError(Unauthorized):
    """The post-call webhook's `ElevenLabs-Signature` is missing, malformed, stale or wrong."""


def _parse_signature(header: str) -> tuple[int, list[str]]:
    timestamp: int | None = None
    digests: list[str] = []
    stamps = 0
    # Same shape as ElevenLabs' SDK: comma-separated `t=` and `v0=` parts, no spaces.
    for part in header.split(","):
        key, sep, value = part.partition("=")
        if not sep:
            continue
        stamps += key == "t"
        if key == "t" and value.isascii() and value.isdigit() and len(value) <= 12:
            timestamp = int(value)
        elif key == "v0" and len(value) == 64 and all(c in "0123456789abcdef" for c in value):
            digests.append(value)
    if timestamp is None or not digests:
        raise SignatureError("The signature header is malformed.", code="malformed_signature")
    if stamps > 1:  # e.g. two headers joined by the server: which time was signed is unclear
        raise SignatureError(
            "The signature header has more than one timestamp.", code="malformed_signature"
        )
    return timestamp, digests


def verify_signature(
    raw_body: bytes,
    header: str | None,
    secrets_: Sequence[str],
    now: float,
    tolerance_secs: int,
    future_secs: int,
) -> None:
    """Check `t=<unix>,v0=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` against every secret.

    Raises SignatureError (401) with code missing_signature, malformed_signature,
    stale_signature or invalid_signature.
    """
    if not header:
        raise SignatureError(
            "The ElevenLabs-Signature header is missing.", code="missing_signature"
        )
    timestamp, digests = _parse_signature(header)
    if timestamp < now - tolerance_secs or timestamp > now + future_secs:
        raise SignatureError(
            "The signature timestamp is outside the accepted window.", code="stale_signature"
        )
    message = str(timestamp).encode("ascii") + b"." + raw_body
    matched = False
    for secret in secrets_:
        expected = hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()
        for digest in digests:
            matched |= secrets_equal(expected, digest)
    if not matched:
        raise SignatureError("The signature does not match.", code="invalid_signature")
