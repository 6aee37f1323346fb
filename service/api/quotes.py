"""``/v1/quotes``: every indexed quotation, filterable by speaker, document and words."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView

from schemas.common import MAX_ID
from schemas.quotes import QuoteListArgsSchema, QuotePageSchema
from service.api.base import Blueprint
from service.api.pagination import decode_cursor, page
from service.api.state import app_state
from service.corpus.catalog import quote_view
from service.store import quotes as quote_store
from service.store import read_transaction

blp = Blueprint("quotes", __name__, url_prefix="/v1/quotes", description="Indexed quotations")


@blp.route("")
class Quotes(MethodView):
    @blp.arguments(QuoteListArgsSchema, location="query")
    @blp.response(200, QuotePageSchema)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """List quotes; ``speaker`` is an id or part of a name or alias."""
        speaker = args["speaker"]
        speaker_id = _speaker_id(speaker)
        with read_transaction(app_state().engine) as connection:
            rows = quote_store.list_quotes(
                connection,
                speaker_id=speaker_id,
                speaker_name=speaker if speaker_id is None else None,
                document_id=args["document_id"],
                text_query=args["q"],
                after_id=decode_cursor(args["cursor"]),
                limit=args["limit"] + 1,
            )
        return page([quote_view(row) for row in rows], args["limit"])


def _speaker_id(speaker: str | None) -> int | None:
    """The id ``speaker`` spells, if it is one; otherwise it is part of a name."""
    # isdecimal, not isdigit: int() refuses digits such as "²" that isdigit() accepts.
    if not speaker or not speaker.isdecimal():
        return None
    number = int(speaker)
    return number if number <= MAX_ID else None
