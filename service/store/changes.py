"""The corpus change log: every document stored or removed, in order."""

from __future__ import annotations

from contextlib import closing

from sqlalchemy import Connection, Engine, bindparam, func, select

from service.store import own_connection
from service.store.tables import corpus_changes


def latest_position(connection: Connection) -> int:
    """The position of the newest change, 0 for a corpus that never changed."""
    return int(
        connection.execute(select(func.coalesce(func.max(corpus_changes.c.seq), 0))).scalar_one()
    )


# Built once: every verification runs this query, and building the statement cost more than
# running it (about 0.2 ms against 0.04 ms on SQLite). The limit keeps PostgreSQL on the
# primary-key index whatever its statistics say: without it, a prepared `seq > $1` is planned
# for a third of the table, and a table never analysed (a bulk load, autovacuum off) was
# scanned whole on every request (1.5 ms at 18,000 changes).
_CHANGES_AFTER = (
    select(corpus_changes.c.seq, corpus_changes.c.document_id, corpus_changes.c.operation)
    .where(corpus_changes.c.seq > bindparam("position"))
    .order_by(corpus_changes.c.seq)
    .limit(bindparam("limit"))
)


def changes_after(connection: Connection, position: int, limit: int) -> list[tuple[int, int, str]]:
    """(position, document id, "add" | "remove") of the first ``limit`` changes after
    ``position``, in order."""
    rows = connection.execute(_CHANGES_AFTER, {"position": position, "limit": limit})
    return [(int(seq), int(document_id), str(op)) for seq, document_id, op in rows]


# The order keeps PostgreSQL on the primary-key index, as above: psycopg prepares a statement
# run five times, and a plan for any position took `seq > $1 LIMIT 1` for a scan that stops at
# the first match, which read the whole log when nothing came after (1 ms at 20,000 changes).
ANY_CHANGE_AFTER = "SELECT 1 FROM corpus_changes WHERE seq > %s ORDER BY seq LIMIT 1"


def surely_unchanged_since(engine: Engine, position: int) -> bool:
    """True when the change log holds nothing after ``position``; False when it does, or when
    the look could not be taken (the caller then reads the log as usual).

    Every verification asks this first, and the answer is almost always no change, so it is
    asked in one statement outside SQLAlchemy's transactions, on a connection in autocommit
    mode (which sees the newest commit). On SQLite a pooled driver connection answers in a few
    microseconds, where SQLAlchemy's checkout, BEGIN, execution and COMMIT cost about 100. On
    PostgreSQL the pool's checkout would add a pre-ping round trip, so the process's own
    connection answers (service/store/own_connection.py): one round trip.
    """
    if engine.dialect.name != "sqlite":
        try:
            row = own_connection.first_row(engine, ANY_CHANGE_AFTER, (position,))
            return row is None
        except own_connection.Unavailable:
            return False
    # Closing the cursor ends its statement, and with it the read snapshot it held.
    with closing(engine.raw_connection()) as connection, closing(connection.cursor()) as cursor:
        cursor.execute(ANY_CHANGE_AFTER.replace("%s", "?"), (position,))
        return cursor.fetchone() is None
