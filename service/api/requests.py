"""Request ids, one JSON access-log line per request, and headers every response carries."""

from __future__ import annotations

import logging
import re
import secrets
import time

from flask import Response, g, request

REQUEST_ID_HEADER = "X-Request-ID"
_ACCEPTABLE_ID = re.compile(r"^[A-Za-z0-9._-]{1,128}$")

access_log = logging.getLogger("quotecheck.access")


def start_request() -> None:
    """Adopt the caller's request id when it is sane, else make one."""
    offered = request.headers.get(REQUEST_ID_HEADER, "")
    g.request_id = offered if _ACCEPTABLE_ID.match(offered) else secrets.token_hex(16)
    g.started = time.perf_counter()


def finish_request(response: Response) -> Response:
    response.headers[REQUEST_ID_HEADER] = g.get("request_id", "")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    started = g.get("started")
    elapsed_ms = round((time.perf_counter() - started) * 1000, 2) if started else None
    access_log.info(
        "request",
        extra={
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "duration_ms": elapsed_ms,
            "api_key": g.get("api_key_name"),
        },
    )
    return response
