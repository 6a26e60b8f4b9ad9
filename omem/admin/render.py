"""How console views answer: a whole page or, for an htmx request, only its fragment.

`render_page` is the one place that reads htmx's request headers (H30); views never do.
"""

from __future__ import annotations

from typing import Any

import structlog
from flask import Response
from flask import make_response
from flask import redirect
from flask import render_template
from flask import request
from peewee import DatabaseError
from peewee import InterfaceError
from werkzeug.exceptions import HTTPException

from omem.db import LockTimeout
from omem.errors import HTTP_CODES
from omem.errors import ApiError

log = structlog.get_logger("omem.console")


def _partial() -> bool:
    # htmx 2: HX-Request on every request it makes; a history restore wants the whole page.
    return (
        request.headers.get("HX-Request") == "true"
        and "HX-History-Restore-Request" not in request.headers
    )


def render_page(
    page: str | None, fragment: str | None = None, *, status: int = 200, **context: Any
) -> Response:
    """`templates/admin/<page>.html`, or `admin/_<fragment>.html` alone for htmx (and
    always when `page` is None: a URL that only a polling widget asks for).

    A page that has a fragment `{% include %}`s it, so the markup exists once (H29).
    """
    alone = fragment and (page is None or _partial())
    name = f"admin/_{fragment}.html" if alone else f"admin/{page}.html"
    response = make_response(render_template(name, **context), status)
    response.vary.add("HX-Request")
    return response


def no_content(event: str) -> Response:
    """204 with an `HX-Trigger` event (a toast, a counter to refresh)."""
    response = make_response("", 204)
    response.headers["HX-Trigger"] = event
    return response


def changed(page_url: str, page: str, fragment: str, **context: Any) -> Response:
    """The answer to a change: for htmx the updated fragment; for a plain form post a 303
    back to the page (so a reload does not post again)."""
    if _partial():
        return render_page(page, fragment, **context)
    return make_response(redirect(page_url, code=303))


def _navigate(url: str, status: int, htmx_status: int) -> Response:
    """Send the browser to `url`: a redirect for a page; for htmx (which would swap a
    followed redirect into the page) `htmx_status` with `HX-Redirect`."""
    if _partial():
        response = make_response("", htmx_status)
        response.headers["HX-Redirect"] = url
        return response
    return make_response(redirect(url, code=status))


def see_other(url: str) -> Response:
    """After a full-page action: 303 (204 + HX-Redirect for htmx)."""
    return _navigate(url, 303, 204)


def login_redirect(url: str) -> Response:
    """Not signed in: a page goes to the sign-in form (302); htmx gets 401 and is sent
    there whole."""
    return _navigate(url, 302, 401)


def render_unexpected(exc: Exception) -> Response:
    """A bug behind a console page: logged with its traceback, shown as a plain 500 page
    (never the exception's text)."""
    if isinstance(exc, DatabaseError | InterfaceError | LockTimeout):
        log.error("database_unavailable", error_type=type(exc).__name__)
        return render_error(
            ApiError(
                "The database is unavailable; retry later.",
                code="database_unavailable",
                status=503,
            )
        )
    log.exception("unhandled_exception", error_type=type(exc).__name__)
    return render_error(
        ApiError("An unexpected error occurred.", code="internal_error", status=500)
    )


def render_error(exc: ApiError | HTTPException) -> Response:
    """A console error as HTML: the error fragment for htmx (swapped into #errors), else a
    page."""
    if isinstance(exc, ApiError):
        status, code, message = exc.status, exc.code, exc.message
        headers = exc.headers
    else:
        status = exc.code or 500
        code = HTTP_CODES.get(status, "http_error")
        message = exc.description or exc.name
        headers = {}
    response = render_page("error", "error", status=status, code=code, message=message)
    if _partial():
        # The error goes to the page's error area, not into the element that asked.
        response.headers["HX-Retarget"] = "#errors"
        response.headers["HX-Reswap"] = "innerHTML"
    for name, value in headers.items():
        response.headers[name] = value
    return response
