"""Ingesting a source document: extract its quotations, then store the document, its speakers
and its quotations in one transaction."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine

from service.corpus.speaker_index import resolve_speaker_ids
from service.extraction import ExtractedQuote, Speaker, extract_quotes
from service.store import documents as document_store
from service.store import quotes as quote_store
from service.store import read_transaction, write_transaction
from service.store.documents import StoredVersion
from service.store.locks import lock_corpus_for_ingest


@dataclass(frozen=True)
class IngestResult:
    document_id: int
    created: bool
    version: int


def prepare_text(text: str) -> str:
    """The text as stored: line endings unified, so offsets mean the same on every platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def search_form(text: str) -> str:
    """Lower-case text with runs of white space folded, for ``?q=`` substring search."""
    return " ".join(text.casefold().split())


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def ingest_document(engine: Engine, fields: Mapping[str, Any]) -> IngestResult:
    """Store a document unless it is already in; a known ``external_id`` with new text becomes
    a new version that replaces the old one for matching."""
    text = prepare_text(fields["text"])
    # One checkout for the duplicate check and the write (on PostgreSQL, one pre-ping).
    with engine.connect() as connection:
        return _ingest(connection, fields, text, content_hash(text))


def _ingest(
    connection: Connection, fields: Mapping[str, Any], text: str, digest: str
) -> IngestResult:
    with read_transaction(connection):
        # Re-sent documents (a resumed bulk ingest) cost a read, not an extraction.
        existing, _ = _stored_and_replaced(connection, fields.get("external_id"), digest)
    if existing is not None:
        return IngestResult(existing.id, created=False, version=existing.version)
    extracted = extract_quotes(text)
    with write_transaction(connection):
        lock_corpus_for_ingest(connection)
        now = datetime.now(UTC)
        existing, replaced = _stored_and_replaced(connection, fields.get("external_id"), digest)
        if existing is not None:
            return IngestResult(existing.id, created=False, version=existing.version)
        version = 1
        if replaced is not None:
            version = replaced.version + 1
            document_store.retire_version(connection, replaced.id, now)
        values = {
            **fields,
            "text": text,
            "kind": fields.get("kind") or "article",
            "content_hash": digest,
            "version": version,
            "is_current": True,
            "created_at": now,
        }
        document_id = document_store.insert_document(connection, values)
        _store_quotes(connection, document_id, extracted)
    return IngestResult(document_id, created=True, version=version)


def _stored_and_replaced(
    connection: Connection, external_id: str | None, digest: str
) -> tuple[StoredVersion | None, StoredVersion | None]:
    """(the document already stored with this text, else None; the current version of the
    story that a new one would replace, else None)."""
    if external_id is None:
        return document_store.find_by_content(connection, digest), None
    current = document_store.find_current_version(connection, external_id)
    if current is not None and current.content_hash == digest:
        return current, None
    return None, current


def _store_quotes(
    connection: Connection, document_id: int, extracted: list[ExtractedQuote]
) -> None:
    speaker_ids = _speaker_ids(connection, extracted)
    rows = [
        {
            "document_id": document_id,
            "start": quote.start,
            "end": quote.end,
            "text": quote.text,
            "normalized_text": search_form(quote.text),
            "type": quote.type,
            "cue": quote.cue,
            "speaker_id": speaker_ids.get(quote.speaker) if quote.speaker else None,
            "mention_text": quote.speaker_mention.text if quote.speaker_mention else None,
            "mention_start": quote.speaker_mention.start if quote.speaker_mention else None,
            "mention_end": quote.speaker_mention.end if quote.speaker_mention else None,
            "speaker_confidence": quote.speaker_confidence,
        }
        for quote in extracted
    ]
    quote_store.insert_quotes(connection, rows)


def _speaker_ids(connection: Connection, extracted: list[ExtractedQuote]) -> dict[Speaker, int]:
    mentions: dict[Speaker, set[str]] = {}
    for quote in extracted:
        if quote.speaker is not None:
            mention = quote.speaker_mention.text if quote.speaker_mention else None
            mentions.setdefault(quote.speaker, set()).update({mention} if mention else set())
    named = {speaker: _named_mentions(found) for speaker, found in mentions.items()}
    return resolve_speaker_ids(connection, named)


_PRONOUNS = frozenset("he she they we i it him her them".split())


def _named_mentions(mentions: set[str]) -> set[str]:
    """Mentions worth keeping as aliases: names, not pronouns."""
    return {m for m in mentions if m.casefold() not in _PRONOUNS}


def remove_document(engine: Engine, document_id: int) -> bool:
    """Delete a document with its quotes; False when there was none."""
    with write_transaction(engine) as connection:
        # Its change-log position must not commit ahead of a racing ingest's (see locks.py).
        lock_corpus_for_ingest(connection)
        return document_store.delete_document(connection, document_id, datetime.now(UTC))
