"""Source documents: what a client sends to ingest one, and what it gets back."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.common import PageArgsSchema, PageSchema
from schemas.quotes import QuoteSchema

DOCUMENT_KINDS = ("article", "transcript", "statement", "interview", "other")
DOCUMENT_FORMATS = ("text", "html")


class DocumentCreateSchema(Schema):
    text = fields.String(
        required=True,
        validate=validate.Regexp(r"\S", error="Must contain some text."),
        metadata={"description": "Plain text of the document."},
    )
    title = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=2000))
    url = fields.Url(load_default=None, allow_none=True, schemes={"http", "https"})
    publisher = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=500))
    published_at = fields.AwareDateTime(load_default=None, allow_none=True)
    language = fields.String(
        load_default=None,
        allow_none=True,
        # 35 characters is what RFC 5646 asks to be kept, and the width of the stored column.
        validate=[
            validate.Length(max=35),
            validate.Regexp(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", error="Not a BCP 47 tag."),
        ],
    )
    kind = fields.String(load_default="article", validate=validate.OneOf(DOCUMENT_KINDS))
    byline = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=1000))
    format = fields.String(
        load_default="text",
        validate=validate.OneOf(DOCUMENT_FORMATS),
        metadata={"description": "text, or html: the main text is extracted from the page."},
    )
    external_id = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Length(min=1, max=512),
        metadata={"description": "Your id for the story; new text under it makes a new version."},
    )


class DocumentSummarySchema(Schema):
    id = fields.Integer()
    external_id = fields.String(allow_none=True)
    version = fields.Integer()
    is_current = fields.Boolean()
    title = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    publisher = fields.String(allow_none=True)
    published_at = fields.DateTime(allow_none=True)
    language = fields.String(allow_none=True)
    kind = fields.String()
    byline = fields.String(allow_none=True)
    content_hash = fields.String()
    created_at = fields.DateTime()


class DocumentSchema(DocumentSummarySchema):
    text = fields.String()
    quotes = fields.List(fields.Nested(QuoteSchema))


class DocumentPageSchema(PageSchema):
    items = fields.List(fields.Nested(DocumentSummarySchema))


class DocumentVersionsSchema(Schema):
    items = fields.List(fields.Nested(DocumentSummarySchema))


DocumentListArgsSchema = PageArgsSchema
