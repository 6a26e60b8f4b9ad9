"""The OpenAPI 3.1 document, built from the registered routes and their pydantic schemas,
and the `/openapi.json`, `/docs` (Swagger UI) and `/redoc` routes (vendored assets).

Views declare themselves with `@documented(...)`; nothing is hand-copied.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from typing import TypeVar

from flask import Blueprint
from flask import Flask
from flask import Response
from flask import current_app
from flask import jsonify
from flask import render_template
from flask import url_for
from pydantic import BaseModel

from omem.version import __version__

bp = Blueprint("openapi", __name__)
F = TypeVar("F", bound=Callable[..., Any])

ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["error", "message", "request_id"],
    "properties": {
        "error": {"type": "string", "description": "Stable snake_case error code."},
        "message": {"type": "string"},
        "request_id": {"type": "string"},
        "details": {"type": "array", "items": {"type": "object"}},
    },
}


@dataclass(frozen=True)
class Operation:
    summary: str
    body: type[BaseModel] | None = None
    response: type[BaseModel] | None = None
    auth: str | None = None  # required API-key scope
    errors: tuple[int, ...] = ()
    status: int = 200
    query: type[BaseModel] | None = None  # the query-string parameters


def documented(
    summary: str,
    *,
    body: type[BaseModel] | None = None,
    response: type[BaseModel] | None = None,
    auth: str | None = None,
    errors: tuple[int, ...] = (),
    status: int = 200,
    query: type[BaseModel] | None = None,
) -> Callable[[F], F]:
    """Attach the OpenAPI description of a view (what `/openapi.json` publishes)."""

    def decorator(view: F) -> F:
        view._openapi = Operation(summary, body, response, auth, errors, status, query)  # type: ignore[attr-defined]
        return view

    return decorator


def _schema_ref(model: type[BaseModel], components: dict[str, Any]) -> dict[str, str]:
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    for name, sub in schema.pop("$defs", {}).items():
        components[name] = sub
    components[model.__name__] = schema
    return {"$ref": f"#/components/schemas/{model.__name__}"}


def _operation(endpoint: str, op: Operation, components: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "operationId": endpoint.replace(".", "_"),
        "summary": op.summary,
        "tags": [endpoint.split(".", 1)[0]],
        "responses": {},
    }
    if op.body is not None:
        out["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": _schema_ref(op.body, components)}},
        }
    ok: dict[str, Any] = {"description": "Success"}
    if op.response is not None:
        ok["content"] = {"application/json": {"schema": _schema_ref(op.response, components)}}
    out["responses"][str(op.status)] = ok
    statuses = set(op.errors)
    if op.auth:
        out["security"] = [{"bearer": []}]
        statuses |= {401, 403}
    if op.body is not None:
        statuses |= {400, 413, 415, 422}
    if op.query is not None:
        statuses |= {422}
    for status in sorted(statuses):
        out["responses"][str(status)] = {
            "description": "Error",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        }
    return out


def _not_null(schema: dict[str, Any]) -> dict[str, Any]:
    """A query string cannot say null: an optional parameter is simply left out, so its
    schema is the non-null branch."""
    branches = [b for b in schema.get("anyOf", []) if b != {"type": "null"}]
    if len(branches) != 1:
        return schema
    rest = {k: v for k, v in schema.items() if k != "anyOf"}
    if rest.get("default") is None:
        rest.pop("default", None)
    return {**branches[0], **rest}


def _query_parameters(model: type[BaseModel]) -> list[dict[str, Any]]:
    schema = model.model_json_schema()
    required = set(schema.get("required", []))
    return [
        {
            "name": name,
            "in": "query",
            "required": name in required,
            "schema": _not_null({k: v for k, v in prop.items() if k != "title"}),
            **({"description": prop["description"]} if "description" in prop else {}),
        }
        for name, prop in schema.get("properties", {}).items()
    ]


def build_spec(app: Flask) -> dict[str, Any]:
    components: dict[str, Any] = {"Error": ERROR_SCHEMA}
    paths: dict[str, dict[str, Any]] = {}
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.rule):
        op: Operation | None = getattr(app.view_functions[rule.endpoint], "_openapi", None)
        if op is None:
            continue
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            operation = _operation(rule.endpoint, op, components)
            params = re.findall(r"{([^}]+)}", path)
            parameters = [
                {"name": p, "in": "path", "required": True, "schema": {"type": "string"}}
                for p in params
            ]
            if op.query is not None:
                parameters += _query_parameters(op.query)
            if parameters:
                operation["parameters"] = parameters
            paths.setdefault(path, {})[method.lower()] = operation
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "omem",
            "version": __version__,
            "description": "Long-term memory for ElevenLabs voice agents.",
        },
        "paths": paths,
        "components": {
            "schemas": components,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }


@bp.get("/openapi.json")
def openapi_json() -> Response:
    return jsonify(build_spec(current_app._get_current_object()))  # type: ignore[attr-defined]


@bp.get("/docs")
def swagger_ui() -> str:
    return render_template("docs.html", spec_url=url_for("openapi.openapi_json"))


@bp.get("/redoc")
def redoc() -> str:
    return render_template("redoc.html", spec_url=url_for("openapi.openapi_json"))
