"""Verifying claimed quotes: requests, verdicts with evidence, stored records and reviews."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.common import ID_RANGE, DateTimeOrText, PageArgsSchema, PageSchema
from schemas.quotes import SpeakerRefSchema

VERDICTS = ("verified", "minor_deviation", "altered", "misattributed", "unquoted", "not_found")
CHANGE_TYPES = ("negation", "number", "name", "word", "omission", "insertion", "bracket", "order")


class ClaimSchema(Schema):
    quote = fields.String(
        required=True,
        validate=validate.Regexp(r"\S", error="Must contain some words."),
        metadata={"description": "The words claimed to have been said."},
    )
    speaker = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Length(max=500),
        metadata={"description": "Who is claimed to have said them."},
    )
    document_id = fields.Integer(
        load_default=None,
        allow_none=True,
        validate=ID_RANGE,
        metadata={"description": "Check against this document only."},
    )
    publisher = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=500))
    since = fields.AwareDateTime(load_default=None, allow_none=True)
    until = fields.AwareDateTime(load_default=None, allow_none=True)


class VerifyRequestSchema(ClaimSchema):
    save = fields.Boolean(
        load_default=False, metadata={"description": "Store the result as a verification record."}
    )


class BatchRequestSchema(Schema):
    claims = fields.List(fields.Nested(ClaimSchema), required=True)


class SpanSchema(Schema):
    start = fields.Integer()
    end = fields.Integer()


class ChangeSchema(Schema):
    type = fields.String(metadata={"enum": list(CHANGE_TYPES)})
    severity = fields.String(
        metadata={
            "enum": ["meaning", "minor", "marked"],
            "description": "meaning: the claim is altered; minor: wording only; marked: the "
            "quoter's declared edit (an ellipsis or a [bracketed] insertion).",
        }
    )
    claimed = fields.String()
    source = fields.String()
    claimed_span = fields.Nested(SpanSchema)
    source_span = fields.Nested(SpanSchema)


class SourceDocumentRefSchema(Schema):
    id = fields.Integer()
    title = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    publisher = fields.String(allow_none=True)
    published_at = DateTimeOrText(allow_none=True)
    kind = fields.String()


class EvidenceSchema(Schema):
    quote_id = fields.Integer(allow_none=True, metadata={"description": "null for narration"})
    document = fields.Nested(SourceDocumentRefSchema)
    text = fields.String()
    start = fields.Integer()
    end = fields.Integer()
    context = fields.String(metadata={"description": "The surrounding sentence(s)."})
    context_start = fields.Integer()
    speaker = fields.Nested(SpeakerRefSchema, allow_none=True)


class VerificationSchema(Schema):
    quote = fields.String(metadata={"description": "The claimed words, as sent."})
    verdict = fields.String(metadata={"enum": list(VERDICTS)})
    score = fields.Float(
        metadata={"description": "0-100: how closely the best evidence matches the claim."}
    )
    needs_review = fields.Boolean()
    claimed_speaker = fields.String(allow_none=True)
    speaker_match = fields.Boolean(allow_none=True)
    flags = fields.List(fields.String())
    match = fields.Nested(EvidenceSchema, allow_none=True)
    changes = fields.List(fields.Nested(ChangeSchema))
    alternatives = fields.List(fields.Nested(EvidenceSchema))
    verification_id = fields.Integer(allow_none=True)


class BatchResultSchema(Schema):
    results = fields.List(fields.Nested(VerificationSchema))


class ReviewSchema(Schema):
    verdict = fields.String(required=True, validate=validate.OneOf(VERDICTS))
    note = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=5000))


class ReviewViewSchema(Schema):
    verdict = fields.String()
    note = fields.String(allow_none=True)
    reviewer = fields.String()
    reviewed_at = fields.DateTime()


class VerificationRecordSchema(Schema):
    id = fields.Integer()
    created_at = fields.DateTime()
    quote = fields.String()
    claimed_speaker = fields.String(allow_none=True)
    verdict = fields.String(metadata={"description": "The machine verdict."})
    final_verdict = fields.String(metadata={"description": "The review's verdict, if reviewed."})
    requested_by = fields.String(allow_none=True)
    result = fields.Nested(
        VerificationSchema, metadata={"description": "Snapshot of the evidence."}
    )
    review = fields.Nested(ReviewViewSchema, allow_none=True)


class VerificationListArgsSchema(PageArgsSchema):
    verdict = fields.String(load_default=None, validate=validate.OneOf(VERDICTS))


class VerificationPageSchema(PageSchema):
    items = fields.List(fields.Nested(VerificationRecordSchema))
