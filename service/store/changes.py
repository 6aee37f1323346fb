"""The corpus change log: every document stored or removed, in order."""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, func, select

from service.store.tables import corpus_changes


def latest_position(connection: Connection) -> int:
    """The position of the newest change, 0 for a corpus that never changed."""
    return int(
        connection.execute(select(func.coalesce(func.max(corpus_changes.c.seq), 0))).scalar_one()
    )


# Built once: every verification runs this query, and building the statement cost more than
# running it (about 0.2 ms against 0.04 ms on SQLite).
_CHANGES_AFTER = (
    select(corpus_changes.c.seq, corpus_changes.c.document_id, corpus_changes.c.operation)
    .where(corpus_changes.c.seq > bindparam("position"))
    .order_by(corpus_changes.c.seq)
)


def changes_after(connection: Connection, position: int) -> list[tuple[int, int, str]]:
    """(position, document id, "add" | "remove") of every change after ``position``, in order."""
    rows = connection.execute(_CHANGES_AFTER, {"position": position})
    return [(int(seq), int(document_id), str(op)) for seq, document_id, op in rows]
