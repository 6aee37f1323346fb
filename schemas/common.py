"""Schemas shared by every resource: pagination and the problem document."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from marshmallow import Schema, fields, validate

MAX_PAGE_SIZE = 500
DEFAULT_PAGE_SIZE = 50
# Ids are the database's INTEGER, 32 bits on PostgreSQL. A larger number names no row, but
# handed to the driver it overflows (a 500), so it is refused or found absent before that.
MAX_ID = 2**31 - 1
ID_RANGE = validate.Range(min=1, max=MAX_ID)


class PageArgsSchema(Schema):
    """``?limit=`` and the opaque ``?cursor=`` returned as ``next_cursor`` by the previous page."""

    limit = fields.Integer(
        load_default=DEFAULT_PAGE_SIZE, validate=validate.Range(min=1, max=MAX_PAGE_SIZE)
    )
    cursor = fields.String(load_default=None, validate=validate.Length(max=200))


class PageSchema(Schema):
    next_cursor = fields.String(
        allow_none=True,
        metadata={"description": "Pass as ?cursor= for the next page; null at the end."},
    )


class ProblemSchema(Schema):
    """RFC 9457 problem details, the body of every error."""

    type = fields.String()
    title = fields.String()
    status = fields.Integer()
    detail = fields.String()
    errors = fields.Dict(
        keys=fields.String(),
        metadata={"description": "For validation errors: each offending field and its messages."},
    )


class DateTimeOrText(fields.DateTime):
    """A date and time, also when it comes back as text from a stored JSON snapshot (a
    verification record's evidence): written in ISO 8601 either way."""

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> Any:
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        return super()._serialize(value, attr, obj, **kwargs)
