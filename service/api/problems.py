"""The one error handler: every error leaves as RFC 9457 ``application/problem+json``."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from flask import Response, json
from werkzeug.exceptions import ClientDisconnected, HTTPException, InternalServerError

PROBLEM_MIMETYPE = "application/problem+json"
_REQUEST_LOCATIONS = ("json", "query", "path", "form", "headers", "files")
_DETAILS = {
    400: "The request body is not valid JSON, or not valid UTF-8.",
    408: "The request body did not arrive in full, or not in time.",
    413: "The request body is larger than this service accepts.",
    422: "Some fields are invalid; see errors.",
}

logger = logging.getLogger(__name__)


def problem_response(
    status: int, detail: str, errors: Mapping[str, list[str]] | None = None
) -> Response:
    """Build a problem document; ``errors`` maps each offending field to its messages."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
    }
    if errors:
        body["errors"] = dict(errors)
    return Response(json.dumps(body), status=status, mimetype=PROBLEM_MIMETYPE)


def problem_from_http_exception(error: HTTPException) -> Response:
    """Render a werkzeug or webargs error; validation messages become ``errors`` by field."""
    if isinstance(error, ClientDisconnected):
        # The body stopped short: the client went quiet past the client timeout, or away.
        return problem_response(408, _DETAILS[408], {"body": ["Incomplete request body."]})
    status = error.code or 500
    data = getattr(error, "data", None) or {}
    errors = flatten_messages(data.get("messages") or {})
    if status == 400:
        # Flask's and webargs' JSON decoding both end here; the body itself is at fault.
        errors = {"body": ["Malformed JSON or invalid UTF-8."]}
    detail = data.get("message") or _DETAILS.get(status) or error.description or ""
    response = problem_response(status, detail, errors)
    for name, value in (data.get("headers") or {}).items():
        response.headers[name] = value
    allowed = getattr(error, "valid_methods", None)
    if allowed:
        response.headers["Allow"] = ", ".join(allowed)
    return response


def problem_from_unexpected(error: Exception) -> Response:
    """A bug: log it with its traceback; tell the client nothing about the internals."""
    logger.exception("unhandled error", exc_info=error)
    return problem_response(500, str(InternalServerError.description))


def flatten_messages(messages: Mapping[Any, Any], prefix: str = "") -> dict[str, list[str]]:
    """``{"json": {"claims": {0: {"quote": [..]}}}}`` → ``{"claims.0.quote": [..]}``."""
    flat: dict[str, list[str]] = {}
    for key, value in messages.items():
        top_level_location = not prefix and key in _REQUEST_LOCATIONS
        path = prefix if top_level_location else ".".join(p for p in (prefix, str(key)) if p)
        if isinstance(value, Mapping):
            flat.update(flatten_messages(value, path))
        else:
            flat[path or "body"] = [str(message) for message in value]
    return flat
