"""Quotations as the API shows them."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.common import ID_RANGE, PageArgsSchema, PageSchema


class SpeakerRefSchema(Schema):
    id = fields.Integer()
    name = fields.String()
    kind = fields.String(metadata={"description": "person, organization or description"})


class MentionSchema(Schema):
    text = fields.String()
    start = fields.Integer()
    end = fields.Integer()


class QuoteSchema(Schema):
    id = fields.Integer()
    document_id = fields.Integer()
    text = fields.String()
    start = fields.Integer(metadata={"description": "Code-point offset into the document text."})
    end = fields.Integer()
    type = fields.String(metadata={"description": "direct, or partial (inside reported speech)"})
    cue = fields.String(allow_none=True)
    speaker = fields.Nested(SpeakerRefSchema, allow_none=True)
    speaker_mention = fields.Nested(MentionSchema, allow_none=True)
    speaker_confidence = fields.Float()


class QuoteListArgsSchema(PageArgsSchema):
    speaker = fields.String(
        load_default=None,
        validate=validate.Length(min=1, max=500),
        metadata={"description": "A speaker id, or text found in a speaker's name or aliases."},
    )
    document_id = fields.Integer(load_default=None, validate=ID_RANGE)
    q = fields.String(
        load_default=None,
        validate=validate.Length(min=1, max=500),
        metadata={"description": "Words the quote contains (case-insensitive)."},
    )


class QuotePageSchema(PageSchema):
    items = fields.List(fields.Nested(QuoteSchema))
