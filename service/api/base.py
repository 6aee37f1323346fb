"""The project's own ``Api`` and ``Blueprint``: behaviour every endpoint shares lives here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from http import HTTPStatus
from typing import Any, NoReturn

import flask_smorest
from flask import Flask, Response, request
from flask_smorest import abort
from werkzeug.exceptions import HTTPException
from werkzeug.routing import IntegerConverter, Map

from schemas.common import MAX_ID, ProblemSchema
from service.api.json_body import OrjsonParser
from service.api.problems import PROBLEM_MIMETYPE, problem_from_http_exception, problem_response

JSON_MIMETYPES = frozenset({"application/json"})
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
# PostgreSQL text cannot hold NUL, and no database stores a lone surrogate (which JSON's
# "\ud800" escape can make) as UTF-8: both would fail deep in the store as a 500.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
# The only bytes a JSON body can bring such text in by: an escape (\u0000, \ud800 to \udfff),
# a surrogate's UTF-8 form, or a NUL byte (as every UTF-16 or UTF-32 body holds). A body
# without any of them needs no search.
_MAY_BRING_UNSTORABLE = re.compile(rb"\\u(?:0000|[dD][89a-fA-F])|\xed[\xa0-\xbf]|\x00")
# The standard library's JSON parser (which reads what orjson refuses) fails on nesting a little
# under 1,000 levels deep; a body with fewer opening brackets than this cannot nest that deep.
_FEWEST_BRACKETS_TOO_DEEP = 500


class Api(flask_smorest.Api):
    """flask-smorest's Api with problem+json errors."""

    ERROR_SCHEMA = ProblemSchema

    def init_app(self, app: Flask, *args: Any, **kwargs: Any) -> None:
        # Before any route is added: every <int:...> in a path is a database id.
        app.url_map.converters["int"] = IdConverter
        super().init_app(app, *args, **kwargs)

    def handle_http_exception(self, error: HTTPException) -> Response:
        return problem_from_http_exception(error)

    def _register_responses(self) -> None:
        # flask-smorest documents its error responses as application/json; ours leave as
        # problem+json, and clients (and schemathesis) hold the service to what it documents.
        problem = {"content": {PROBLEM_MIMETYPE: {"schema": self.ERROR_SCHEMA}}}
        for status in HTTPStatus:
            has_body = status >= 200 and status not in (204, 304)
            response = {"description": status.phrase, **(problem if has_body else {})}
            self.spec.components.response(status.name, response, lazy=True)
        default = {"description": "Default error response", **problem}
        self.spec.components.response(self.DEFAULT_ERROR_RESPONSE_NAME, default, lazy=True)


class IdConverter(IntegerConverter):
    """``<int:...>`` for database ids: a number beyond any id does not match (404) instead of
    overflowing the database driver (500); the OpenAPI document shows the bounds."""

    def __init__(self, url_map: Map, fixed_digits: int = 0, min: int = 1, max: int = MAX_ID):
        super().__init__(url_map, fixed_digits, min, max)


class Blueprint(flask_smorest.Blueprint):
    """A resource's blueprint: its endpoints accept JSON bodies only and document
    problem+json error responses."""

    ARGUMENTS_PARSER = OrjsonParser()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.before_request(_require_json_body)
        self.before_request(_refuse_unstorable_text)

    def arguments(self, schema: Any, *args: Any, **kwargs: Any) -> Any:
        """flask-smorest's ``arguments``, given one schema instance: webargs would otherwise
        build a new schema from the class on every request (a tenth of a fast request)."""
        instance = schema() if isinstance(schema, type) else schema
        return super().arguments(instance, *args, **kwargs)


def not_found(what: str) -> NoReturn:
    """Answer 404 for a resource that does not exist."""
    abort(404, message=f"No {what}.")
    raise AssertionError("abort returned")


def _require_json_body() -> Response | None:
    if request.method not in _BODY_METHODS:
        return None
    if request.mimetype in JSON_MIMETYPES or request.mimetype.endswith("+json"):
        return None
    return problem_response(415, "Send the request body as application/json.")


def _refuse_unstorable_text() -> Response | None:
    """422 naming each query parameter or body field whose text no database can store; 400 for
    a body nested deeper than any JSON parser here can read."""
    fields = []
    if request.query_string:
        fields = [
            name for name, value in request.args.items(multi=True) if _UNSTORABLE.search(value)
        ]
    raw = request.get_data(cache=True) if request.method in _BODY_METHODS else b""
    may_bring_unstorable = _MAY_BRING_UNSTORABLE.search(raw) is not None
    # Most bodies can hold neither: they are left for the endpoint's own parser.
    if may_bring_unstorable or _may_nest_too_deeply(raw):
        try:
            body = request.get_json(silent=True)
        except RecursionError:
            # Only ValueError counts as malformed JSON to Flask and webargs: this would be a 500.
            return problem_response(
                400, "The JSON body is nested too deeply.", {"body": ["Nested too deeply."]}
            )
        if body is not None and may_bring_unstorable:
            fields += list(_unstorable_fields(body))
    if not fields:
        return None
    message = "Contains a NUL character or an unpaired surrogate, which is not text."
    return problem_response(
        422, "Some fields are invalid; see errors.", {f: [message] for f in fields}
    )


def _may_nest_too_deeply(raw: bytes) -> bool:
    return raw.count(b"[") + raw.count(b"{") >= _FEWEST_BRACKETS_TOO_DEEP


def _unstorable_fields(body: Any) -> Iterator[str]:
    """Dotted paths (``claims.0.quote``) of the strings in a JSON body that hold unstorable
    text; iterative, so no nesting depth can exhaust the stack."""
    pending: list[tuple[str, Any]] = [("", body)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, str) and _UNSTORABLE.search(value):
            yield path or "body"
        elif isinstance(value, dict | list):
            children = value.items() if isinstance(value, dict) else enumerate(value)
            pending.extend((f"{path}.{key}" if path else str(key), item) for key, item in children)
