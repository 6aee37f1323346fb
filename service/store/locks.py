"""Serialising ingest, so that two identical documents arriving at once are stored once."""

from __future__ import annotations

from sqlalchemy import Connection, text

# Any constant will do; it names the lock for PostgreSQL's advisory-lock table.
_INGEST_LOCK_ID = 7_201_455
_TAKE_LOCK = text("SELECT pg_advisory_xact_lock(:lock_id)")


def lock_corpus_for_ingest(connection: Connection) -> None:
    """Hold the ingest lock until the transaction ends.

    SQLite's ``BEGIN IMMEDIATE`` already lets one writer in at a time; PostgreSQL needs an
    advisory lock, or two workers could both find no duplicate and both insert. Deletes take
    it too: change-log positions are taken before commit, and a later position committed
    first would make workers replaying the log skip the earlier one for good.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(_TAKE_LOCK, {"lock_id": _INGEST_LOCK_ID})
