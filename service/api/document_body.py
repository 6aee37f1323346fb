"""Reading an ingest request: plain JSON fields, HTML in ``text``, or a whole ninjs item."""

from __future__ import annotations

from typing import Any

from flask import request
from flask_smorest import abort
from marshmallow import Schema, ValidationError

from schemas.documents import DocumentCreateSchema
from schemas.ninjs import NinjsSchema
from service.formats import html_to_text, ninjs_to_document
from service.formats.ninjs import NinjsError

NINJS_MIMETYPE = "application/vnd.iptc.ninjs+json"


def load_document_request() -> dict[str, Any]:
    """Validated document fields from the request body; 400 for malformed JSON, 422 naming the
    field for anything invalid."""
    body = request.get_json()
    if request.mimetype == NINJS_MIMETYPE:
        body = _fields_from_ninjs(_validated(NinjsSchema(), body))
    fields = _validated(DocumentCreateSchema(), body)
    if fields.pop("format") == "html":
        fields["text"] = html_to_text(fields["text"])
        if not fields["text"]:
            _reject("text", "The HTML has no readable text.")
    return fields


def _fields_from_ninjs(item: dict[str, Any]) -> dict[str, Any]:
    try:
        converted = ninjs_to_document(item)
    except NinjsError as error:
        _reject(error.field, str(error))
    return {name: value for name, value in converted.items() if value is not None}


def _validated(schema: Schema, body: Any) -> dict[str, Any]:
    try:
        loaded: dict[str, Any] = schema.load(body)
    except ValidationError as error:
        abort(422, messages={"json": error.messages})
    return loaded


def _reject(field: str, message: str) -> None:
    abort(422, messages={"json": {field: [message]}})
