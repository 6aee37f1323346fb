"""Speakers of the cross-document speaker index."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.common import PageArgsSchema, PageSchema
from schemas.quotes import QuoteSchema


class SpeakerSchema(Schema):
    id = fields.Integer()
    name = fields.String()
    kind = fields.String(metadata={"description": "person, organization or description"})
    aliases = fields.List(fields.String())
    quote_count = fields.Integer()


class SpeakerDetailSchema(SpeakerSchema):
    quotes = fields.List(fields.Nested(QuoteSchema))


class SpeakerListArgsSchema(PageArgsSchema):
    q = fields.String(load_default=None, validate=validate.Length(min=1, max=500))


class SpeakerPageSchema(PageSchema):
    items = fields.List(fields.Nested(SpeakerSchema))


class StatsSchema(Schema):
    documents = fields.Integer()
    quotes = fields.Integer()
    speakers = fields.Integer()


class IdentitySchema(Schema):
    name = fields.String(metadata={"description": "The key's name: who reviews are signed by."})
    role = fields.String(metadata={"description": "read, write or admin"})
    keys_required = fields.Boolean()


class ReadySchema(Schema):
    status = fields.String()
    indexed_documents = fields.Integer()
    indexed_sentences = fields.Integer()


class HealthSchema(Schema):
    status = fields.String()
    database = fields.String()
