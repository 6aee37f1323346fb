"""``/v1/speakers``: the cross-document speaker index."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView

from schemas.speakers import SpeakerDetailSchema, SpeakerListArgsSchema, SpeakerPageSchema
from service.api.base import Blueprint, not_found
from service.api.pagination import decode_cursor, page
from service.api.state import app_state
from service.corpus.catalog import speaker_with_quotes, speakers_with_counts
from service.store import read_transaction
from service.store import speakers as speaker_store

blp = Blueprint("speakers", __name__, url_prefix="/v1/speakers", description="Speakers")


@blp.route("")
class Speakers(MethodView):
    @blp.arguments(SpeakerListArgsSchema, location="query")
    @blp.response(200, SpeakerPageSchema)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """Speakers with at least one quote, with aliases and quote counts."""
        with read_transaction(app_state().engine) as connection:
            rows = speaker_store.list_speakers(
                connection,
                name_query=args["q"],
                after_id=decode_cursor(args["cursor"]),
                limit=args["limit"] + 1,
            )
            return page(speakers_with_counts(connection, rows), args["limit"])


@blp.route("/<int:speaker_id>")
class Speaker(MethodView):
    @blp.response(200, SpeakerDetailSchema)
    def get(self, speaker_id: int) -> dict[str, Any]:
        """A speaker with their quotes."""
        with read_transaction(app_state().engine) as connection:
            speaker = speaker_with_quotes(connection, speaker_id)
        if speaker is None:
            not_found(f"speaker {speaker_id}")
        return speaker
