"""IPTC ninjs items (1.x to 3.0): the parts Quotecheck reads; other properties are ignored."""

from __future__ import annotations

from marshmallow import EXCLUDE, Schema, fields, validate


class NinjsPartSchema(Schema):
    class Meta:
        unknown = EXCLUDE

    value = fields.String(required=True)
    role = fields.String(allow_none=True)
    contenttype = fields.String(allow_none=True)
    contentType = fields.String(allow_none=True)  # noqa: N815 - the ninjs 3.0 property name


class NinjsSchema(Schema):
    """The ninjs properties used for ingest; every other property of the item is ignored."""

    class Meta:
        unknown = EXCLUDE

    uri = fields.String(validate=validate.Length(min=1, max=512))
    headline = fields.String(allow_none=True)
    headlines = fields.List(fields.Nested(NinjsPartSchema))
    body_text = fields.String(allow_none=True)
    body_html = fields.String(allow_none=True)
    bodies = fields.List(fields.Nested(NinjsPartSchema))
    byline = fields.String(allow_none=True)
    by = fields.String(allow_none=True)
    versioncreated = fields.String(allow_none=True)
    versionCreated = fields.String(allow_none=True)  # noqa: N815 - the ninjs 3.0 property name
    language = fields.String(allow_none=True)
