"""The project's own ``Api`` and ``Blueprint``: behaviour every endpoint shares lives here."""

from __future__ import annotations

from typing import Any, NoReturn

import flask_smorest
from flask import Response, request
from flask_smorest import abort
from werkzeug.exceptions import HTTPException

from schemas.common import ProblemSchema
from service.api.problems import problem_from_http_exception, problem_response

JSON_MIMETYPES = frozenset({"application/json"})
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


class Api(flask_smorest.Api):
    """flask-smorest's Api with problem+json errors."""

    ERROR_SCHEMA = ProblemSchema

    def handle_http_exception(self, error: HTTPException) -> Response:
        return problem_from_http_exception(error)


class Blueprint(flask_smorest.Blueprint):
    """A resource's blueprint: its endpoints accept JSON bodies only and document
    problem+json error responses."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.before_request(_require_json_body)


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
