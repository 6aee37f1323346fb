"""Documents and their versions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Connection, RowMapping, bindparam, delete, func, insert, select, update

from service.store.tables import corpus_changes, documents

DocumentRow = RowMapping


class StoredVersion(NamedTuple):
    """What ingest needs to know of a stored document to skip or supersede it."""

    id: int
    version: int
    content_hash: str


# Ingest runs these for every document: built once, they skip SQLAlchemy's per-call statement
# construction and cache-key work, which cost more than the SQLite statements themselves.
# They look up by the indexed key alone and leave is_current to Python: given both, SQLite
# (without ANALYZE statistics) chose ix_documents_current and read every current document,
# which made ingest slower with every document stored.
_VERSIONS_BY_CONTENT = select(
    documents.c.id, documents.c.version, documents.c.content_hash, documents.c.is_current
).where(documents.c.content_hash == bindparam("content_hash"))
_VERSIONS_OF_STORY = select(
    documents.c.id, documents.c.version, documents.c.content_hash, documents.c.is_current
).where(documents.c.external_id == bindparam("external_id"))
_INSERT_DOCUMENT = insert(documents)
_RETIRE = update(documents).where(documents.c.id == bindparam("document_id"))
_RECORD_CHANGE = insert(corpus_changes)
_DOCUMENT_COLUMNS = frozenset(documents.c.keys())


def find_by_content(connection: Connection, content_hash: str) -> StoredVersion | None:
    """The first-stored current document whose text has this hash, if any."""
    found = connection.execute(_VERSIONS_BY_CONTENT, {"content_hash": content_hash})
    return min(_current(found), default=None)


def find_current_version(connection: Connection, external_id: str) -> StoredVersion | None:
    """The current version of the story known by ``external_id``, if any."""
    found = connection.execute(_VERSIONS_OF_STORY, {"external_id": external_id})
    return min(_current(found), default=None)


def _current(rows: Any) -> list[StoredVersion]:
    return [
        StoredVersion(int(i), int(version), str(digest))
        for i, version, digest, is_current in rows
        if is_current
    ]


def insert_document(connection: Connection, values: Mapping[str, Any]) -> int:
    """Store a document as the current version; the caller has retired any previous one.

    Raises ValueError for a field that is not a column, rather than dropping it unseen.
    """
    unknown = values.keys() - _DOCUMENT_COLUMNS
    if unknown:
        raise ValueError(f"not document columns: {sorted(unknown)}")
    document_id = connection.execute(_INSERT_DOCUMENT, dict(values)).inserted_primary_key
    assert document_id is not None
    _record_change(connection, document_id[0], "add", values["created_at"])
    return int(document_id[0])


def retire_version(connection: Connection, document_id: int, changed_at: Any) -> None:
    """Take a superseded version out of matching and listings; it stays fetchable by id."""
    connection.execute(_RETIRE, {"document_id": document_id, "is_current": False})
    _record_change(connection, document_id, "remove", changed_at)


def delete_document(connection: Connection, document_id: int, changed_at: Any) -> bool:
    """Delete one document (its quotes go with it); False when there was none."""
    deleted = connection.execute(delete(documents).where(documents.c.id == document_id))
    if deleted.rowcount:
        _record_change(connection, document_id, "remove", changed_at)
    return bool(deleted.rowcount)


def get_document(connection: Connection, document_id: int) -> DocumentRow | None:
    return (
        connection.execute(select(documents).where(documents.c.id == document_id))
        .mappings()
        .first()
    )


def list_documents(
    connection: Connection, *, before_id: int | None, limit: int
) -> list[DocumentRow]:
    """Current documents, newest first, starting after the cursor position ``before_id``."""
    query = select(documents).where(documents.c.is_current.is_(True))
    if before_id is not None:
        query = query.where(documents.c.id < before_id)
    # Ids grow with insertion, so id order is creation order and a stable cursor.
    query = query.order_by(documents.c.id.desc()).limit(limit)
    return list(connection.execute(query).mappings())


def list_versions(connection: Connection, external_id: str) -> list[DocumentRow]:
    """Every stored version of one story, newest first."""
    query = (
        select(documents)
        .where(documents.c.external_id == external_id)
        .order_by(documents.c.version.desc())
    )
    return list(connection.execute(query).mappings())


def count_current(connection: Connection) -> int:
    query = select(func.count()).select_from(documents).where(documents.c.is_current.is_(True))
    return int(connection.execute(query).scalar_one())


def _record_change(connection: Connection, document_id: int, operation: str, at: Any) -> None:
    connection.execute(
        _RECORD_CHANGE, {"document_id": document_id, "operation": operation, "changed_at": at}
    )


def corpus_ever_changed(connection: Connection) -> bool:
    """True once any document has been stored, even if all were deleted since."""
    return connection.execute(select(corpus_changes.c.seq).limit(1)).first() is not None


# Built once, as are the other queries verification reads sources with: building a statement
# cost more than running it.
_DOCUMENTS_BY_IDS = (
    select(documents)
    .where(documents.c.id.in_(bindparam("ids", expanding=True)))
    .order_by(documents.c.id)
)


def documents_by_ids(connection: Connection, document_ids: Sequence[int]) -> list[DocumentRow]:
    """The documents (any version) among ``document_ids`` that exist, in id order."""
    return list(connection.execute(_DOCUMENTS_BY_IDS, {"ids": list(document_ids)}).mappings())


def current_document_texts(
    connection: Connection, *, after_id: int, limit: int
) -> list[tuple[int, str]]:
    """(id, text) of current documents after ``after_id``, in id order: a page of the corpus."""
    query = (
        select(documents.c.id, documents.c.text)
        .where(documents.c.is_current.is_(True), documents.c.id > after_id)
        .order_by(documents.c.id)
        .limit(limit)
    )
    return [(int(row.id), str(row.text)) for row in connection.execute(query)]


def current_document_text(connection: Connection, document_id: int) -> str | None:
    """The text of a document if it is current, else None."""
    query = select(documents.c.text).where(
        documents.c.id == document_id, documents.c.is_current.is_(True)
    )
    text = connection.execute(query).scalar_one_or_none()
    return None if text is None else str(text)
