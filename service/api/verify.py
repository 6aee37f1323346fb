"""``/v1/verify`` and ``/v1/check``: did X really say Y, one claim, many, or a whole draft."""

from __future__ import annotations

from typing import Any, NoReturn

from flask.views import MethodView
from flask_smorest import abort

from schemas.drafts import CheckRequestSchema, CheckResultSchema
from schemas.verification import (
    BatchRequestSchema,
    BatchResultSchema,
    VerificationSchema,
    VerifyRequestSchema,
)
from service.api.base import Blueprint
from service.api.identity import current_identity
from service.api.state import AppState, app_state
from service.formats import html_to_text
from service.verification.drafts import check_draft
from service.verification.records import save_results
from service.verification.verifier import ClaimRequest, OverBudget, UnknownDocument

blp = Blueprint("verify", __name__, url_prefix="/v1", description="Verifying quotes")


@blp.route("/verify")
class Verify(MethodView):
    required_roles = {"post": "read"}

    @blp.arguments(VerifyRequestSchema)
    @blp.response(200, VerificationSchema)
    def post(self, fields: dict[str, Any]) -> dict[str, Any]:
        """Verify one claimed quote (and speaker) against the indexed sources."""
        state = app_state()
        _check_quote_length(state, fields["quote"], "quote")
        result = _verify(state, [ClaimRequest.of(fields)])[0]
        if fields["save"]:
            result["verification_id"] = save_results(state.engine, [result], current_identity())[0]
        return result


@blp.route("/verify/batch")
class VerifyBatch(MethodView):
    required_roles = {"post": "read"}

    @blp.arguments(BatchRequestSchema)
    @blp.response(200, BatchResultSchema)
    def post(self, fields: dict[str, Any]) -> dict[str, Any]:
        """Verify many claims at once; results come back in the order of the claims."""
        state = app_state()
        claims = fields["claims"]
        if not 1 <= len(claims) <= state.config.max_batch_claims:
            message = f"Send between 1 and {state.config.max_batch_claims} claims."
            abort(422, messages={"json": {"claims": [message]}})
        for position, claim in enumerate(claims):
            _check_quote_length(state, claim["quote"], f"claims.{position}.quote")
        return {"results": _verify(state, [ClaimRequest.of(claim) for claim in claims])}


@blp.route("/check")
class Check(MethodView):
    required_roles = {"post": "read"}

    @blp.arguments(CheckRequestSchema)
    @blp.response(200, CheckResultSchema)
    def post(self, fields: dict[str, Any]) -> dict[str, Any]:
        """Find every quotation in a draft and verify each; every result is stored."""
        state = app_state()
        if len(fields["text"]) > state.config.max_document_chars:
            abort(422, messages={"json": {"text": ["Longer than this service accepts."]}})
        draft = html_to_text(fields["text"]) if fields["format"] == "html" else fields["text"]
        try:
            checked = check_draft(state.verifier, draft, state.config.request_time_budget_s)
        except OverBudget as over:
            _over_budget(over)
        results = [quote["result"] for quote in checked["quotes"]]
        ids = save_results(state.engine, results, current_identity())
        for quote, verification_id in zip(checked["quotes"], ids, strict=True):
            quote["verification_id"] = verification_id
            quote["result"]["verification_id"] = verification_id
        return {**checked, "text": draft}


def _verify(state: AppState, claims: list[ClaimRequest]) -> list[dict[str, Any]]:
    try:
        return state.verifier.verify(claims, state.config.request_time_budget_s)
    except OverBudget as over:
        _over_budget(over)
    except UnknownDocument as unknown:
        abort(422, messages={"json": {"document_id": [f"No document {unknown.args[0]}."]}})
        raise


def _over_budget(over: OverBudget) -> NoReturn:
    detail = f"The request took longer than its time budget ({over}); send fewer claims."
    abort(503, message=detail)
    raise over


def _check_quote_length(state: AppState, quote: str, field: str) -> None:
    if len(quote) > state.config.max_quote_chars:
        message = f"Longer than {state.config.max_quote_chars} characters."
        abort(422, messages={"json": {field: [message]}})
