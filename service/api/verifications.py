"""``/v1/verifications``: stored verification results, editors' reviews, ClaimReview."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView

from schemas.verification import (
    ReviewSchema,
    VerificationListArgsSchema,
    VerificationPageSchema,
    VerificationRecordSchema,
)
from service.api.base import Blueprint, not_found
from service.api.identity import current_identity
from service.api.pagination import decode_cursor, page
from service.api.state import app_state
from service.verification.claimreview import claim_review
from service.verification.records import fetch_record, list_records, review_record

blp = Blueprint(
    "verifications", __name__, url_prefix="/v1/verifications", description="Verification records"
)


@blp.route("")
class Verifications(MethodView):
    @blp.arguments(VerificationListArgsSchema, location="query")
    @blp.response(200, VerificationPageSchema)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """Stored verifications, newest first; ``verdict`` filters on the machine verdict."""
        records = list_records(
            app_state().engine,
            verdict=args["verdict"],
            before_id=decode_cursor(args["cursor"]),
            limit=args["limit"] + 1,
        )
        return page(records, args["limit"])


@blp.route("/<int:verification_id>")
class Verification(MethodView):
    @blp.response(200, VerificationRecordSchema)
    def get(self, verification_id: int) -> dict[str, Any]:
        """One record: the result as given, its evidence snapshot and its latest review."""
        return fetch_record(app_state().engine, verification_id) or not_found(
            f"verification {verification_id}"
        )


@blp.route("/<int:verification_id>/review")
class Review(MethodView):
    @blp.arguments(ReviewSchema)
    @blp.response(200, VerificationRecordSchema)
    def post(self, review: dict[str, Any], verification_id: int) -> dict[str, Any]:
        """Confirm or override the machine verdict; the reviewer is the caller's API key."""
        reviewed = review_record(
            app_state().engine,
            verification_id,
            review["verdict"],
            review["note"],
            current_identity(),
        )
        return reviewed or not_found(f"verification {verification_id}")


@blp.route("/<int:verification_id>/claimreview")
class ClaimReview(MethodView):
    @blp.response(200)
    def get(self, verification_id: int) -> dict[str, Any]:
        """schema.org ClaimReview JSON-LD for the record (rated on its final verdict)."""
        state = app_state()
        record = fetch_record(state.engine, verification_id) or not_found(
            f"verification {verification_id}"
        )
        return claim_review(record, state.config.newsroom_name, state.config.newsroom_url)
