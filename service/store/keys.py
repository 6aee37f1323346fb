"""API keys."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, RowMapping, insert, select, update

from service.store.tables import api_keys


def insert_key(
    connection: Connection, name: str, role: str, prefix: str, digest: str, at: datetime
) -> None:
    connection.execute(
        insert(api_keys).values(
            name=name, role=role, prefix=prefix, key_digest=digest, created_at=at
        )
    )


def find_key_by_name(connection: Connection, name: str) -> RowMapping | None:
    return connection.execute(select(api_keys).where(api_keys.c.name == name)).mappings().first()


def find_active_key(connection: Connection, prefix: str) -> RowMapping | None:
    query = select(api_keys).where(api_keys.c.prefix == prefix, api_keys.c.revoked_at.is_(None))
    return connection.execute(query).mappings().first()


def list_keys(connection: Connection) -> list[RowMapping]:
    return list(connection.execute(select(api_keys).order_by(api_keys.c.id)).mappings())


def revoke_key(connection: Connection, name: str, at: datetime) -> bool:
    """Revoke the named key; False when there is no such active key."""
    revoked = connection.execute(
        update(api_keys)
        .where(api_keys.c.name == name, api_keys.c.revoked_at.is_(None))
        .values(revoked_at=at)
    )
    return bool(revoked.rowcount)
