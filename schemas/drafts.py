"""Checking a whole draft."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.quotes import MentionSchema
from schemas.verification import VerificationSchema


class CheckRequestSchema(Schema):
    text = fields.String(
        required=True, validate=validate.Regexp(r"\S", error="Must contain some text.")
    )
    format = fields.String(load_default="text", validate=validate.OneOf(("text", "html")))


class DraftQuoteSchema(Schema):
    text = fields.String()
    start = fields.Integer(metadata={"description": "Code-point offset into the checked text."})
    end = fields.Integer()
    claimed_speaker = fields.String(allow_none=True)
    speaker_mention = fields.Nested(MentionSchema, allow_none=True)
    result = fields.Nested(VerificationSchema)
    verification_id = fields.Integer()


class CheckResultSchema(Schema):
    text = fields.String(metadata={"description": "The checked text (HTML drafts: its text)."})
    quotes = fields.List(fields.Nested(DraftQuoteSchema))
    summary = fields.Dict(
        keys=fields.String(),
        values=fields.Integer(),
        metadata={"description": "Quotes per verdict."},
    )
