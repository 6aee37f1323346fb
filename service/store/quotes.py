"""Quotations extracted from documents."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, RowMapping, bindparam, func, insert, select

from service.store.like import LIKE_ESCAPE, contains_pattern
from service.store.speakers import speaker_ids_matching
from service.store.tables import documents, quotes, speakers

QuoteRow = RowMapping

_QUOTE_COLUMNS = (
    quotes,
    speakers.c.name.label("speaker_name"),
    speakers.c.kind.label("speaker_kind"),
)


_INSERT_QUOTE = insert(quotes)


def insert_quotes(connection: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    if rows:
        connection.execute(_INSERT_QUOTE, list(rows))


def _joined_select() -> Any:
    return select(*_QUOTE_COLUMNS).select_from(
        quotes.join(documents, quotes.c.document_id == documents.c.id).outerjoin(
            speakers, quotes.c.speaker_id == speakers.c.id
        )
    )


# Built once: verification reads it on every source-cache miss.
_QUOTES_OF_DOCUMENTS = (
    select(*_QUOTE_COLUMNS)
    .select_from(quotes.outerjoin(speakers, quotes.c.speaker_id == speakers.c.id))
    .where(quotes.c.document_id.in_(bindparam("ids", expanding=True)))
    .order_by(quotes.c.document_id, quotes.c.start)
)


def quotes_of_document(connection: Connection, document_id: int) -> list[QuoteRow]:
    query = _joined_select().where(quotes.c.document_id == document_id).order_by(quotes.c.start)
    return list(connection.execute(query).mappings())


def list_quotes(
    connection: Connection,
    *,
    speaker_id: int | None,
    speaker_name: str | None,
    document_id: int | None,
    text_query: str | None,
    after_id: int | None,
    limit: int,
) -> list[QuoteRow]:
    """Quotes of current documents (or of the named document), by id, after the cursor."""
    query = _joined_select()
    if document_id is None:
        query = query.where(documents.c.is_current.is_(True))
    else:
        query = query.where(quotes.c.document_id == document_id)
    if speaker_id is not None:
        query = query.where(quotes.c.speaker_id == speaker_id)
    if speaker_name:
        query = query.where(quotes.c.speaker_id.in_(speaker_ids_matching(speaker_name)))
    if text_query:
        pattern = contains_pattern(text_query.lower())
        query = query.where(quotes.c.normalized_text.like(pattern, escape=LIKE_ESCAPE))
    if after_id is not None:
        query = query.where(quotes.c.id > after_id)
    return list(connection.execute(query.order_by(quotes.c.id).limit(limit)).mappings())


def count_current(connection: Connection) -> int:
    query = (
        select(func.count())
        .select_from(quotes.join(documents, quotes.c.document_id == documents.c.id))
        .where(documents.c.is_current.is_(True))
    )
    return int(connection.execute(query).scalar_one())


def quotes_of_documents(connection: Connection, document_ids: Sequence[int]) -> list[QuoteRow]:
    """Quotes of the given documents with their speakers, by document then position."""
    rows = connection.execute(_QUOTES_OF_DOCUMENTS, {"ids": list(document_ids)})
    return list(rows.mappings())
