"""The corpus change log: every document stored or removed, in order."""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from service.store.tables import corpus_changes


def latest_position(connection: Connection) -> int:
    """The position of the newest change, 0 for a corpus that never changed."""
    return int(
        connection.execute(select(func.coalesce(func.max(corpus_changes.c.seq), 0))).scalar_one()
    )


def changes_after(connection: Connection, position: int) -> list[tuple[int, int, str]]:
    """(position, document id, "add" | "remove") of every change after ``position``, in order."""
    query = (
        select(corpus_changes.c.seq, corpus_changes.c.document_id, corpus_changes.c.operation)
        .where(corpus_changes.c.seq > position)
        .order_by(corpus_changes.c.seq)
    )
    return [
        (int(seq), int(document_id), str(op)) for seq, document_id, op in connection.execute(query)
    ]
