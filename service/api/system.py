"""Health and corpus statistics."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from schemas.speakers import HealthSchema, IdentitySchema, ReadySchema, StatsSchema
from service.api.base import Blueprint
from service.api.identity import current_identity, current_role
from service.api.problems import problem_response
from service.api.state import app_state
from service.corpus.catalog import corpus_stats
from service.store import read_transaction

blp = Blueprint("system", __name__, description="Health and statistics")


@blp.route("/healthz")
class Health(MethodView):
    @blp.response(200, HealthSchema)
    def get(self) -> Any:
        """200 while the database answers; 503 otherwise."""
        try:
            with read_transaction(app_state().engine) as connection:
                connection.execute(text("SELECT 1"))
        except SQLAlchemyError:
            return problem_response(503, "The database does not answer.")
        return {"status": "ok", "database": "ok"}


@blp.route("/readyz")
class Ready(MethodView):
    @blp.response(200, ReadySchema)
    def get(self) -> Any:
        """200 once this worker's candidate index is loaded and current; 503 otherwise."""
        state = app_state()
        try:
            state.verifier.corpus.refresh(state.engine)
        except SQLAlchemyError:
            return problem_response(503, "The database does not answer.")
        corpus = state.verifier.corpus
        return {
            "status": "ready",
            "indexed_documents": corpus.document_count,
            "indexed_sentences": len(corpus.sentences),
        }


@blp.route("/v1/me")
class Me(MethodView):
    @blp.response(200, IdentitySchema)
    def get(self) -> dict[str, Any]:
        """Who the request acts as: the key's name and role (open mode: no key needed)."""
        return {
            "name": current_identity(),
            "role": current_role(),
            "keys_required": app_state().config.require_api_keys,
        }


@blp.route("/v1/stats")
class Stats(MethodView):
    @blp.response(200, StatsSchema)
    def get(self) -> dict[str, int]:
        """How many current documents, quotes and listed speakers the corpus holds."""
        with read_transaction(app_state().engine) as connection:
            return corpus_stats(connection)
