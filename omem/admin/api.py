"""Blueprint `/api/v1/admin`: operator JSON endpoints (API keys). Requires the `admin` scope."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from flask import Blueprint
from flask import Response
from flask import jsonify
from flask import request
from pydantic import BaseModel
from pydantic import Field

from omem import security
from omem.models import ApiKey
from omem.openapi import documented
from omem.validation import ApiSchema
from omem.validation import parse

bp = Blueprint("admin_api", __name__, url_prefix="/api/v1/admin")

Scope = Literal["tools", "webhooks", "admin"]


class KeyCreate(ApiSchema):
    name: str = Field(min_length=1, max_length=100)
    scopes: list[Scope] = Field(default=["tools", "webhooks"], min_length=1, max_length=3)
    expires_at: dt.datetime | None = Field(default=None, description="UTC when no offset.")


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


def _key_out(key: ApiKey) -> dict[str, object]:
    return KeyOut(
        id=key.id,
        name=key.name,
        prefix=key.prefix,
        scopes=sorted(key.scope_set),
        created_at=key.created_at,
        expires_at=key.expires_at,
        revoked_at=key.revoked_at,
        last_used_at=key.last_used_at,
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
    expires = data.expires_at
    if expires is not None and expires.tzinfo is not None:  # naive values are read as UTC
        expires = expires.astimezone(dt.UTC).replace(tzinfo=None)
    key, plaintext = security.create_api_key(data.name, data.scopes, expires)
    return jsonify({**_key_out(key), "key": plaintext}), 201


@bp.delete("/keys/<ident>")
@security.require_key("admin")
@documented(
    "Revoke an API key by id or visible prefix.", response=KeyOut, auth="admin", errors=(404,)
)
def revoke_key(ident: str) -> Response:
    return jsonify(_key_out(security.revoke_api_key(ident)))
