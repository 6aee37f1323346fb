"""Source documents as the matching core takes them, built from the store and cached.

Stored documents never change (a correction is a new document), so a built source stays valid
until its document is removed; the corpus index reports removals to ``forget``.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence

from sqlalchemy import Connection, RowMapping

from service.matching import SourceDocument, SourceQuote, SourceSpeaker
from service.store.quotes import quotes_of_documents
from service.store.speakers import aliases_of

CACHED_SOURCES = 2_000


class SourceCache:
    """Recently used source documents, least recently used dropped first."""

    def __init__(self, capacity: int = CACHED_SOURCES) -> None:
        self._capacity = capacity
        self._sources: OrderedDict[int, SourceDocument] = OrderedDict()
        self._lock = threading.Lock()

    def forget(self, document_id: int) -> None:
        with self._lock:
            self._sources.pop(document_id, None)

    def sources_for(
        self, connection: Connection, documents: Sequence[RowMapping]
    ) -> list[SourceDocument]:
        """A source for each document row, in the same order."""
        with self._lock:
            cached = {
                row["id"]: self._sources[row["id"]]
                for row in documents
                if row["id"] in self._sources
            }
            for document_id in cached:
                self._sources.move_to_end(document_id)
        missing = [row for row in documents if row["id"] not in cached]
        built = {source.document_id: source for source in build_sources(connection, missing)}
        with self._lock:
            self._sources.update(built)
            while len(self._sources) > self._capacity:
                self._sources.popitem(last=False)
        return [cached.get(row["id"]) or built[row["id"]] for row in documents]


def build_sources(connection: Connection, documents: Sequence[RowMapping]) -> list[SourceDocument]:
    """Source documents with their quotes and the speakers' aliases, read in three queries."""
    if not documents:
        return []
    ids = [int(row["id"]) for row in documents]
    quote_rows = quotes_of_documents(connection, ids)
    speaker_ids = sorted({int(q["speaker_id"]) for q in quote_rows if q["speaker_id"] is not None})
    aliases = aliases_of(connection, speaker_ids)
    quotes_by_document: dict[int, list[SourceQuote]] = {document_id: [] for document_id in ids}
    for row in quote_rows:
        quotes_by_document[row["document_id"]].append(_source_quote(row, aliases))
    return [
        SourceDocument(
            document_id=int(row["id"]),
            text=row["text"],
            kind=row["kind"],
            quotes=tuple(quotes_by_document[int(row["id"])]),
        )
        for row in documents
    ]


def _source_quote(row: RowMapping, aliases: dict[int, list[str]]) -> SourceQuote:
    speaker = None
    if row["speaker_id"] is not None:
        speaker = SourceSpeaker(
            id=row["speaker_id"],
            name=row["speaker_name"],
            kind=row["speaker_kind"],
            aliases=tuple(aliases.get(row["speaker_id"], ())),
        )
    return SourceQuote(quote_id=row["id"], start=row["start"], end=row["end"], speaker=speaker)
