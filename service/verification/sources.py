"""Source documents as the matching core takes them, built from the store and cached.

Stored documents never change (a correction is a new document), so a built source stays valid
until its document is removed; the corpus index reports removals to ``forget``. Verifying a
claim against cached sources therefore reads nothing from the database but the change log.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, RowMapping

from service.matching import SourceDocument, SourceQuote, SourceSpeaker
from service.store import read_transaction
from service.store.documents import documents_by_ids
from service.store.quotes import quotes_of_documents
from service.store.speakers import aliases_of

CACHED_SOURCES = 2_000
DOCUMENT_FIELDS = ("id", "title", "url", "publisher", "published_at", "kind")


@dataclass(frozen=True, slots=True)
class Source:
    """A stored document as the matching core takes it, with the metadata evidence shows."""

    document: SourceDocument
    metadata: dict[str, Any]


class SourceCache:
    """Recently used sources, least recently used dropped first."""

    def __init__(self, capacity: int = CACHED_SOURCES) -> None:
        self._capacity = capacity
        self._sources: OrderedDict[int, Source] = OrderedDict()
        self._lock = threading.Lock()

    def forget(self, document_id: int) -> None:
        with self._lock:
            self._sources.pop(document_id, None)

    def sources_for(self, engine: Engine, document_ids: Sequence[int]) -> list[Source]:
        """The sources of the documents that exist among ``document_ids``, in that order; the
        ones not cached are read in one snapshot."""
        with self._lock:
            cached = {}
            for document_id in document_ids:
                if document_id in self._sources:
                    self._sources.move_to_end(document_id)
                    cached[document_id] = self._sources[document_id]
        missing = [document_id for document_id in document_ids if document_id not in cached]
        built: dict[int, Source] = {}
        if missing:
            with read_transaction(engine) as connection:
                built = {s.document.document_id: s for s in build_sources(connection, missing)}
        with self._lock:
            self._sources.update(built)
            while len(self._sources) > self._capacity:
                self._sources.popitem(last=False)
        found = (cached.get(document_id) or built.get(document_id) for document_id in document_ids)
        return [source for source in found if source is not None]


def build_sources(connection: Connection, document_ids: Sequence[int]) -> list[Source]:
    """Sources with their quotes and the speakers' aliases, read in four queries."""
    if not document_ids:
        return []
    documents = documents_by_ids(connection, document_ids)
    ids = [int(row["id"]) for row in documents]
    quote_rows = quotes_of_documents(connection, ids)
    speaker_ids = sorted({int(q["speaker_id"]) for q in quote_rows if q["speaker_id"] is not None})
    aliases = aliases_of(connection, speaker_ids)
    quotes_by_document: dict[int, list[SourceQuote]] = {document_id: [] for document_id in ids}
    for row in quote_rows:
        quotes_by_document[row["document_id"]].append(_source_quote(row, aliases))
    return [
        Source(
            SourceDocument(
                document_id=int(row["id"]),
                text=row["text"],
                kind=row["kind"],
                quotes=tuple(quotes_by_document[int(row["id"])]),
            ),
            {field: row[field] for field in DOCUMENT_FIELDS},
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
    return SourceQuote(
        quote_id=row["id"],
        start=row["start"],
        end=row["end"],
        speaker=speaker,
        speaker_confidence=row["speaker_confidence"],
    )
