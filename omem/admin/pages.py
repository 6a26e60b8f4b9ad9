"""Blueprint `/admin`: the operator console's pages (HTML + htmx).

Every view runs behind `auth.load_operator` (a session, CSRF on mutations, viewers read
only), calls the same service functions as `/api/v1/admin`, hands the template plain values
and answers through `render_page`. Changes are recorded in the audit log.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint
from flask import Response
from flask import current_app
from flask import g
from flask import jsonify
from flask import request
from flask import url_for
from werkzeug.exceptions import HTTPException

from omem import callers as caller_service
from omem import calls as call_service
from omem import inbox
from omem import jobs
from omem import overview
from omem import privacy
from omem import security
from omem.admin import audit
from omem.admin import auth
from omem.admin.api import KeyCreate
from omem.admin.api import explain
from omem.admin.api import key_out
from omem.admin.api import merge_into
from omem.admin.render import changed
from omem.admin.render import render_error
from omem.admin.render import render_page
from omem.admin.render import render_unexpected
from omem.admin.render import see_other
from omem.clock import utcnow
from omem.config import Settings
from omem.embeddings import get_embedder
from omem.errors import ApiError
from omem.errors import NotFound
from omem.memory import edit
from omem.memory import recall
from omem.models import EVENT_STATUSES
from omem.models import MEMORY_STATES
from omem.models import SECTORS
from omem.models import User
from omem.models import WebhookEvent
from omem.payloads import DATA_MODELS
from omem.validation import validate

bp = Blueprint("console", __name__, url_prefix="/admin")
bp.before_request(auth.load_operator)
bp.context_processor(auth.template_context)
auth.bp.context_processor(auth.template_context)
for _blueprint in (bp, auth.bp):
    _blueprint.register_error_handler(ApiError, render_error)
    _blueprint.register_error_handler(HTTPException, render_error)
    _blueprint.register_error_handler(Exception, render_unexpected)

PAGE = 50
# The events page counts each status up to this many: beyond it the count reads "10,000+", so
# the page costs the same with a million completed events as with ten thousand.
EVENT_COUNT_CAP = 10_000
# A caller's page shows this many of each sector's most salient memories; the rest are one
# click away on the caller's memory list.
MEMORIES_PER_SECTOR = 10


def _settings() -> Settings:
    settings: Settings = current_app.config["OMEM_SETTINGS"]
    return settings


def _next_url(endpoint: str, cursor: Any, **args: Any) -> str:
    """The next page's URL (keyset: the cursor the service returned), or ''."""
    if cursor is None:
        return ""
    return url_for(endpoint, **{k: v for k, v in args.items() if v}, after=cursor)


def _int_arg(name: str) -> int | None:
    raw = request.args.get(name, "")
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 19 else None


# --- API keys -------------------------------------------------------------------------


def _keys_context() -> dict[str, Any]:
    return {"keys": [key_out(key) for key in security.list_api_keys()]}


@bp.get("/keys")
def keys() -> Response:
    return render_page("keys", "keys_panel", **_keys_context())


@bp.post("/keys")
def create_key() -> Response:
    data = validate(
        KeyCreate,
        {
            "name": request.form.get("name", ""),
            "scopes": request.form.getlist("scopes") or ["tools", "webhooks"],
            "expires_at": request.form.get("expires_at") or None,
        },
    )
    key, plaintext = security.create_api_key(data.name, data.scopes, data.expires_at)
    auth.audited("key.create", "api_key", [key.id])
    return render_page(
        "keys", "keys_panel", created=key_out(key), plaintext=plaintext, **_keys_context()
    )


@bp.post("/keys/<int:key_id>/revoke")
def revoke_key(key_id: int) -> Response:
    key = security.revoke_api_key(str(key_id))
    auth.audited("key.revoke", "api_key", [key.id])
    return render_page("keys", "keys_panel", **_keys_context())


# --- audit log --------------------------------------------------------------------------


@bp.get("/audit")
def audit_log() -> Response:
    rows, cursor = audit.page(before=_int_arg("after"), limit=PAGE)
    return render_page(
        "audit", "audit_table", entries=rows, next_url=_next_url("console.audit_log", cursor)
    )


# --- dashboard ----------------------------------------------------------------------------


@bp.get("", endpoint="dashboard")
def dashboard_page() -> Response:
    return render_page("dashboard", None, **overview.dashboard(utcnow(), _settings()))


@bp.get("/queue-status", endpoint="queue_status")
def queue_status() -> Response:
    """The dashboard's queue widget alone, polled while events wait (cheap: two counts)."""
    summary = inbox.pending_summary(utcnow())
    return render_page(
        None,
        "queue_status",
        queue=summary["counts"],
        queue_waiting=summary["waiting"],
        huey_pending=overview.huey_pending(),
    )


# --- callers ------------------------------------------------------------------------------


def _caller(uid: str) -> User:
    user = caller_service.find_user(uid, None, _settings().default_region)
    if user is None or user.uid != uid:
        raise NotFound("No caller has that id.", code="unknown_user")
    return user


def _find_caller(ref: str) -> User:
    """A caller by omem id, your id or phone number (forms that name another caller)."""
    user = caller_service.find_user(ref.strip(), ref.strip(), _settings().default_region)
    if user is None:
        raise NotFound("No caller has that id or number.", code="unknown_user")
    return user


@bp.get("/callers", endpoint="callers")
def list_callers() -> Response:
    q = request.args.get("q", "").strip()[:200]
    rows, cursor = caller_service.search_callers(
        q or None, _settings().default_region, after=_int_arg("after"), limit=PAGE
    )
    return render_page(
        "callers",
        "callers_table",
        callers=rows,
        q=q,
        next_url=_next_url("console.callers", cursor, q=q),
    )


def _caller_context(user: User) -> dict[str, Any]:
    calls, cursor = call_service.list_calls(user_id=user.id, limit=20)
    caller = caller_service.caller_detail(user)
    return {
        "caller": caller,
        "calls": calls,
        # The rest of their calls continue on the calls page, filtered to them.
        "next_url": _next_url("console.calls", cursor, caller=user.uid),
        "memories_by_sector": edit.memories_by_sector(
            user.id, MEMORIES_PER_SECTOR, counts=caller["counts"]["by_sector"]
        ),
    }


@bp.get("/callers/<uid>", endpoint="caller")
def caller_page(uid: str) -> Response:
    return render_page("caller", None, **_caller_context(_caller(uid)))


@bp.get("/callers/<uid>/memories", endpoint="caller_memories")
def caller_memories(uid: str) -> Response:
    user = _caller(uid)
    sector = request.args.get("sector", "")
    state = request.args.get("state", "")
    rows, cursor = edit.list_memories(
        user.id,
        sector=sector or None,
        state=state or None,
        after_id=_int_arg("after"),
        limit=PAGE,
    )
    return render_page(
        "caller_memories",
        "memories_list",
        caller={"uid": user.uid, "name": user.display_name},
        memories=rows,
        sector=sector,
        state=state,
        sectors=SECTORS,
        states=MEMORY_STATES,
        next_url=_next_url("console.caller_memories", cursor, uid=uid, sector=sector, state=state),
    )


@bp.post("/callers/<uid>", endpoint="edit_caller")
def edit_caller(uid: str) -> Response:
    user = _caller(uid)
    form = request.form
    caller_service.update_caller(
        user,
        name=form.get("name", "").strip()[:200] if "name" in form else None,
        summary=form.get("summary", "").strip()[:4000] if "summary" in form else None,
        is_guest=form.get("is_guest") == "true",
        now=utcnow(),
    )
    auth.audited("caller.update", "user", [user.id])
    url = url_for("console.caller", uid=uid)
    return changed(url, "caller", "caller_details", **_caller_context(_caller(uid)))


@bp.post("/callers/<uid>/numbers", endpoint="add_number")
def add_number(uid: str) -> Response:
    user = _caller(uid)
    caller_service.add_number(
        user, request.form.get("number", ""), _settings().default_region, utcnow()
    )
    auth.audited("caller.number_add", "user", [user.id])
    url = url_for("console.caller", uid=uid)
    return changed(url, "caller", "caller_numbers", **_caller_context(user))


@bp.post("/callers/<uid>/numbers/remove", endpoint="remove_number")
def remove_number(uid: str) -> Response:
    user = _caller(uid)
    caller_service.remove_number(user, request.form.get("number", ""), _settings().default_region)
    auth.audited("caller.number_remove", "user", [user.id])
    url = url_for("console.caller", uid=uid)
    return changed(url, "caller", "caller_numbers", **_caller_context(user))


@bp.post("/callers/<uid>/merge", endpoint="merge_caller")
def merge_caller(uid: str) -> Response:
    source = _caller(uid)
    target = _find_caller(request.form.get("into", ""))
    source_id = source.id
    merge_into(source, target, _settings())
    auth.audited("caller.merge", "user", [source_id, target.id])
    return see_other(url_for("console.caller", uid=target.uid))


@bp.get("/callers/<uid>/export", endpoint="export_caller")
def export_caller(uid: str) -> Response:
    auth.require_admin()  # the export holds transcripts
    user = _caller(uid)
    auth.audited("caller.export", "user", [user.id])
    response = jsonify(privacy.export_user(user, current_app.config["OMEM_SETTINGS"]))
    response.headers["Content-Disposition"] = f'attachment; filename="{user.uid}.json"'
    return response


@bp.post("/callers/<uid>/delete", endpoint="delete_caller")
def delete_caller(uid: str) -> Response:
    user = _caller(uid)
    if not security.secrets_equal(request.form.get("confirm", "").strip(), user.uid):
        raise ApiError(
            "Type the caller's id to confirm the deletion.", code="confirmation_mismatch"
        )
    settings = _settings()
    user_id = user.id
    privacy.delete_user(user, settings.data_dir, settings.default_region)
    auth.audited("caller.delete", "user", [user_id])
    return see_other(url_for("console.callers"))


# --- memories -------------------------------------------------------------------------------


def _memory_context(memory_id: int, **extra: Any) -> dict[str, Any]:
    detail = edit.memory_detail(memory_id)
    if not g.operator.is_admin:  # the words around a memory are transcript
        for source in detail["provenance"]:
            source["turns"] = None
    return {"memory": detail, "sectors": SECTORS, **extra}


@bp.get("/memories/<int:memory_id>", endpoint="memory")
def memory_page(memory_id: int) -> Response:
    return render_page("memory", None, **_memory_context(memory_id))


def _after_memory_change(memory_id: int, action: str) -> Response:
    auth.audited(action, "memory", [memory_id])
    url = url_for("console.memory", memory_id=memory_id)
    return changed(url, "memory", "memory_main", **_memory_context(memory_id))


@bp.post("/memories/<int:memory_id>", endpoint="edit_memory")
def edit_memory(memory_id: int) -> Response:
    form = request.form
    salience: float | None = None
    if form.get("salience"):
        try:
            salience = float(form["salience"])
        except ValueError:
            raise ApiError("Salience is a number from 0 to 1.", code="invalid_salience") from None
    edit.edit_memory(
        memory_id,
        content=form.get("content"),
        sector=form.get("sector") or None,
        salience=salience,
        embedder=get_embedder(_settings()),
        now=utcnow(),
        settings=_settings(),
    )
    return _after_memory_change(memory_id, "memory.update")


@bp.post("/memories/<int:memory_id>/archive", endpoint="archive_memory")
def archive_memory(memory_id: int) -> Response:
    edit.archive_memory(memory_id, now=utcnow())
    return _after_memory_change(memory_id, "memory.archive")


@bp.post("/memories/<int:memory_id>/reactivate", endpoint="reactivate_memory")
def reactivate_memory(memory_id: int) -> Response:
    edit.reactivate_memory(memory_id, now=utcnow())
    return _after_memory_change(memory_id, "memory.reactivate")


@bp.post("/memories/<int:memory_id>/delete", endpoint="delete_memory")
def delete_memory(memory_id: int) -> Response:
    uid = edit.memory_detail(memory_id)["user_uid"]
    edit.delete_memory(memory_id, now=utcnow())
    auth.audited("memory.delete", "memory", [memory_id])
    return see_other(url_for("console.caller", uid=uid))


@bp.get("/memories/<int:memory_id>/explain", endpoint="explain_memory")
def explain_memory(memory_id: int) -> Response:
    question = request.args.get("q", "").strip()[:1000]
    explanation = explain(memory_id, question, _settings()) if question else None
    return render_page(
        "memory",
        "explain",
        **_memory_context(memory_id, explanation=explanation, question=question),
    )


# --- search playground --------------------------------------------------------------------


@bp.get("/search", endpoint="search")
def search_page() -> Response:
    caller_ref = request.args.get("caller", "").strip()[:200]
    q = request.args.get("q", "").strip()[:1000]
    limit = min(max(_int_arg("limit") or 5, 1), 20)
    answer = None
    if caller_ref and q:
        settings = _settings()
        user = caller_service.find_user(caller_ref, caller_ref, settings.default_region)
        if user is not None:
            answer = recall.query(
                recall.Who(user_id=user.uid, caller_id=None),
                q,
                settings,
                limit=limit,
                record=False,
            )
    return render_page(
        "search",
        "search_results",
        answer=answer,
        searched=bool(caller_ref and q),
        caller_ref=caller_ref,
        q=q,
        limit=limit,
    )


# --- calls ----------------------------------------------------------------------------------


@bp.get("/calls", endpoint="calls")
def calls_page() -> Response:
    caller = request.args.get("caller", "").strip()[:200]
    user_id = _caller(caller).id if caller else None
    rows, cursor = call_service.list_calls(
        user_id=user_id, after=request.args.get("after"), limit=PAGE
    )
    return render_page(
        "calls",
        "calls_table",
        calls=rows,
        next_url=_next_url("console.calls", cursor, caller=caller),
    )


@bp.get("/calls/<conversation_id>", endpoint="call")
def call_page(conversation_id: str) -> Response:
    detail = call_service.call_detail(conversation_id, include_transcript=g.operator.is_admin)
    return render_page("call", None, call=detail)


@bp.get("/calls/<conversation_id>/audio", endpoint="call_audio")
def call_audio(conversation_id: str) -> Response:
    auth.require_admin()
    found = call_service.audio_for(conversation_id, _settings().data_dir)
    if found is None:
        raise NotFound("This call has no stored audio.", code="no_audio")
    body, mimetype = found
    response = Response(body, mimetype=mimetype)
    response.headers["Cache-Control"] = "private, no-store"
    return response


# --- webhook events -------------------------------------------------------------------------


def _events_context() -> dict[str, Any]:
    status = request.values.get("status", "")
    event_type = request.values.get("type", "")
    rows, cursor = inbox.list_events(
        status=status or None,
        event_type=event_type or None,
        after=_int_arg("after"),
        limit=PAGE,
    )
    counts = WebhookEvent.counts_by_status(cap=EVENT_COUNT_CAP)
    return {
        "events": rows,
        "counts": counts,
        "count_cap": EVENT_COUNT_CAP,
        "filter_status": status,
        "event_type": event_type,
        "statuses": EVENT_STATUSES,
        "event_types": sorted(DATA_MODELS),
        # Poll only while something is waiting for the worker (H32).
        "waiting": bool(counts["pending"] or counts["processing"]),
        "refresh_url": url_for("console.events", status=status or None, type=event_type or None),
        "next_url": _next_url("console.events", cursor, status=status, type=event_type),
    }


@bp.get("/events", endpoint="events")
def events_page() -> Response:
    return render_page("events", "events_table", **_events_context())


@bp.post("/events/<int:event_id>/retry", endpoint="retry_event")
def retry_event(event_id: int) -> Response:
    if jobs.retry_event(event_id):
        auth.audited("event.retry", "webhook_event", [event_id])
    return _after_retry()


@bp.post("/events/retry-dead", endpoint="retry_dead")
def retry_dead() -> Response:
    if ids := jobs.retry_all_dead():
        auth.audited("event.retry", "webhook_event", ids)
    return _after_retry()


def _after_retry() -> Response:
    """The table as filtered before (the forms carry the filter along)."""
    context = _events_context()
    return changed(context["refresh_url"], "events", "events_table", **context)
