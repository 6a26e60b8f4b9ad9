"""Blueprint `/api/v1/admin`: operator JSON endpoints (API keys; a caller's export and
deletion). Requires the `admin` scope."""

from __future__ import annotations

import datetime as dt
from typing import Any
from typing import Literal

from flask import Blueprint
from flask import Response
from flask import current_app
from flask import g
from flask import jsonify
from flask import request
from pydantic import BaseModel
from pydantic import Field
from pydantic import field_validator

from omem import callers
from omem import privacy
from omem import security
from omem.admin import audit
from omem.config import Settings
from omem.errors import NotFound
from omem.models import ApiKey
from omem.openapi import documented
from omem.validation import ID_PATTERN
from omem.validation import ApiSchema
from omem.validation import Timestamp
from omem.validation import parse

bp = Blueprint("admin_api", __name__, url_prefix="/api/v1/admin")

Scope = Literal["tools", "webhooks", "admin"]


class KeyCreate(ApiSchema):
    name: str = Field(min_length=1, max_length=100, pattern=ID_PATTERN)
    scopes: list[Scope] = Field(default=["tools", "webhooks"], min_length=1, max_length=3)
    expires_at: Timestamp | None = Field(default=None, description="UTC when no offset.")

    @field_validator("expires_at")
    @classmethod
    def _utc(cls, value: dt.datetime | None) -> dt.datetime | None:
        """Stored naive, in UTC (a date in the past makes a key that is already expired)."""
        if value is None or value.tzinfo is None:
            return value
        try:
            return value.astimezone(dt.UTC).replace(tzinfo=None)
        except OverflowError:  # within hours of year 1 or 9999: the offset does not matter
            return value.replace(tzinfo=None)


class KeyOut(BaseModel):
    id: int
    name: str
    prefix: str
    scopes: list[str]
    created_at: dt.datetime
    expires_at: dt.datetime | None
    revoked_at: dt.datetime | None
    last_used_at: dt.datetime | None


class KeyCreated(KeyOut):
    key: str = Field(description="The API key. Shown once; only its hash is stored.")


class KeyList(BaseModel):
    keys: list[KeyOut]


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    """Stored naive UTC, answered as RFC 3339 with its offset."""
    return moment.replace(tzinfo=dt.UTC) if moment is not None else None


def _key_out(key: ApiKey) -> dict[str, object]:
    return KeyOut(
        id=key.id,
        name=key.name,
        prefix=key.prefix,
        scopes=sorted(key.scope_set),
        created_at=key.created_at.replace(tzinfo=dt.UTC),
        expires_at=_utc(key.expires_at),
        revoked_at=_utc(key.revoked_at),
        last_used_at=_utc(key.last_used_at),
    ).model_dump(mode="json")


@bp.get("/keys")
@security.require_key("admin")
@documented("List API keys (never the keys themselves).", response=KeyList, auth="admin")
def list_keys() -> Response:
    return jsonify({"keys": [_key_out(k) for k in security.list_api_keys()]})


@bp.post("/keys")
@security.require_key("admin")
@documented(
    "Create an API key; the response shows it once.",
    body=KeyCreate,
    response=KeyCreated,
    auth="admin",
    status=201,
)
def create_key() -> tuple[Response, int]:
    data = parse(KeyCreate, request)
    key, plaintext = security.create_api_key(data.name, data.scopes, data.expires_at)
    _audit("key.create", "api_key", [key.id])
    return jsonify({**_key_out(key), "key": plaintext}), 201


@bp.delete("/keys/<ident>")
@security.require_key("admin")
@documented(
    "Revoke an API key by id or visible prefix.", response=KeyOut, auth="admin", errors=(404,)
)
def revoke_key(ident: str) -> Response:
    key = security.revoke_api_key(ident)
    _audit("key.revoke", "api_key", [key.id])
    return jsonify(_key_out(key))


class UserExport(BaseModel):
    exported_at: str
    user: dict[str, Any]
    caller_ids: list[str]
    conversations: list[dict[str, Any]]
    memories: list[dict[str, Any]]
    tool_invocations: list[dict[str, Any]]


class UserDeleted(BaseModel):
    deleted: bool
    counts: dict[str, int]


def _user(ref: str) -> Any:
    settings: Settings = current_app.config["OMEM_SETTINGS"]
    user = callers.find_user(ref, None, settings.default_region)
    if user is None:
        raise NotFound("No user has that id.", code="unknown_user")
    return user


@bp.get("/users/<ref>/export")
@security.require_key("admin")
@documented(
    "Everything stored about a caller (omem user id or your external id), decrypted.",
    response=UserExport,
    auth="admin",
    errors=(404,),
)
def export_user(ref: str) -> Response:
    return jsonify(privacy.export_user(_user(ref)))


@bp.delete("/users/<ref>")
@security.require_key("admin")
@documented(
    "Delete a caller and everything of theirs (conversations, turns, memories, embeddings, "
    "links, audio, tool calls, caller IDs); later webhooks for them store nothing.",
    response=UserDeleted,
    auth="admin",
    errors=(404,),
)
def delete_user(ref: str) -> Response:
    settings: Settings = current_app.config["OMEM_SETTINGS"]
    user = _user(ref)
    counts = privacy.delete_user(user, settings.data_dir, settings.default_region)
    _audit("caller.delete", "user", [user.id])  # the internal id: nothing that names them
    return jsonify({"deleted": True, "counts": counts})


def _audit(action: str, kind: str, ids: list[int]) -> None:
    """Who (the API key's name and scopes) changed what, in this request."""
    principal = g.principal
    audit.record(
        action,
        kind,
        ids,
        actor=f"key:{principal.name}",
        role=",".join(sorted(principal.scopes)),
        request_id=g.get("request_id", ""),
    )
