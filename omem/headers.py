"""Response headers for browsers: security headers on every answer (a CSP with no inline
script and no framing on HTML pages), and CORS only for origins the operator allows.

Everything omem serves is called server to server (ElevenLabs, scripts), so no origin is
allowed by default: a browser on another site then cannot read any answer.
"""

from __future__ import annotations

from flask import Flask
from flask import Response
from flask import request

CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",  # vendored files only, never inline script
        "style-src 'self' 'unsafe-inline'",  # Swagger UI and ReDoc set style attributes
        "img-src 'self' data:",
        "font-src 'self' data:",
        "worker-src 'self' blob:",  # ReDoc's search worker
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
ALLOWED_METHODS = "GET, POST, DELETE, OPTIONS"
ALLOWED_HEADERS = "Authorization, Content-Type, X-Request-ID"
PREFLIGHT_MAX_AGE = "600"


def init_headers(app: Flask, cors_origins: tuple[str, ...]) -> None:
    allowed = frozenset(origin.rstrip("/") for origin in cors_origins)

    @app.before_request
    def _preflight() -> Response | None:
        # A CORS preflight from an allowed origin is answered here, before auth (browsers
        # send no credentials with it); any other OPTIONS request goes on to routing.
        origin = request.headers.get("Origin", "")
        if (
            request.method == "OPTIONS"
            and origin in allowed
            and request.headers.get("Access-Control-Request-Method")
        ):
            response = app.make_response(("", 204))
            response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
            response.headers["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
            return response
        return None

    @app.after_request
    def _headers(response: Response) -> Response:
        headers = response.headers
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("Referrer-Policy", "no-referrer")
        if response.mimetype == "text/html":
            headers.setdefault("Content-Security-Policy", CSP)
            headers.setdefault("X-Frame-Options", "DENY")
        origin = request.headers.get("Origin", "")
        if origin and origin in allowed:
            headers["Access-Control-Allow-Origin"] = origin
            headers["Access-Control-Expose-Headers"] = "X-Request-ID, Retry-After, API-Version"
        if allowed:
            headers.add("Vary", "Origin")
        return response
