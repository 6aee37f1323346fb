"""Reading the corpus: documents, quotes and speakers shaped for the API's schemas."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, RowMapping

from service.store import documents as document_store
from service.store import quotes as quote_store
from service.store import speakers as speaker_store


def quote_view(row: RowMapping) -> dict[str, Any]:
    """A stored quote with its speaker and mention nested as the API shows them."""
    speaker = None
    if row["speaker_id"] is not None:
        speaker = {
            "id": row["speaker_id"],
            "name": row["speaker_name"],
            "kind": row["speaker_kind"],
        }
    mention = None
    if row["mention_text"] is not None:
        mention = {
            "text": row["mention_text"],
            "start": row["mention_start"],
            "end": row["mention_end"],
        }
    return {
        "id": row["id"],
        "document_id": row["document_id"],
        "text": row["text"],
        "start": row["start"],
        "end": row["end"],
        "type": row["type"],
        "cue": row["cue"],
        "speaker": speaker,
        "speaker_mention": mention,
        "speaker_confidence": row["speaker_confidence"],
    }


def document_with_quotes(connection: Connection, document_id: int) -> dict[str, Any] | None:
    document = document_store.get_document(connection, document_id)
    if document is None:
        return None
    quotes = quote_store.quotes_of_document(connection, document_id)
    return {**document, "quotes": [quote_view(row) for row in quotes]}


def speakers_with_counts(
    connection: Connection, rows: Sequence[RowMapping]
) -> list[dict[str, Any]]:
    ids = [int(row["id"]) for row in rows]
    aliases = speaker_store.aliases_of(connection, ids)
    counts = speaker_store.quote_counts(connection, ids)
    return [
        {**row, "aliases": aliases[row["id"]], "quote_count": counts[row["id"]]} for row in rows
    ]


def speaker_with_quotes(connection: Connection, speaker_id: int) -> dict[str, Any] | None:
    row = speaker_store.get_speaker(connection, speaker_id)
    if row is None:
        return None
    quotes = quote_store.list_quotes(
        connection,
        speaker_id=speaker_id,
        speaker_name=None,
        document_id=None,
        text_query=None,
        after_id=None,
        limit=1000,
    )
    return {**speakers_with_counts(connection, [row])[0], "quotes": [quote_view(q) for q in quotes]}


def corpus_stats(connection: Connection) -> dict[str, int]:
    return {
        "documents": document_store.count_current(connection),
        "quotes": quote_store.count_current(connection),
        "speakers": speaker_store.count_listed(connection),
    }
