"""Issuing, checking and revoking API keys.

A key reads ``qc_<prefix>_<secret>``: the prefix finds its row, the SHA-256 of the whole key is
compared in constant time. The key itself is shown once, at creation, and never stored.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, RowMapping

from service.store import keys as key_store
from service.store import read_transaction, write_transaction

ROLES = ("read", "write", "admin")
_RANK = {role: rank for rank, role in enumerate(ROLES)}


@dataclass(frozen=True)
class KeyHolder:
    """Who a valid key belongs to."""

    name: str
    role: str

    def may(self, needed_role: str) -> bool:
        return _RANK[self.role] >= _RANK[needed_role]


class KeyProblem(ValueError):
    """A key could not be created or revoked; the message says why."""


def create_key(engine: Engine, name: str, role: str) -> str:
    """Store a new key for ``name`` with ``role`` and return it (shown this once)."""
    if role not in ROLES:
        raise KeyProblem(f"role must be one of {', '.join(ROLES)}")
    if not name.strip():
        raise KeyProblem("a key needs a name: the identity its requests act as")
    prefix = secrets.token_hex(6)
    key = f"qc_{prefix}_{secrets.token_urlsafe(32)}"
    with write_transaction(engine) as connection:
        if key_store.find_key_by_name(connection, name) is not None:
            raise KeyProblem(f"a key named {name!r} exists already")
        key_store.insert_key(connection, name, role, prefix, _digest(key), datetime.now(UTC))
    return key


def holder_of(engine: Engine, key: str) -> KeyHolder | None:
    """The holder of a valid, unrevoked key; None for anything else."""
    parts = key.split("_", 2)
    if len(parts) != 3 or parts[0] != "qc" or len(key) > 200:
        return None
    with read_transaction(engine) as connection:
        row = key_store.find_active_key(connection, parts[1])
    if row is None or not hmac.compare_digest(row["key_digest"], _digest(key)):
        return None
    return KeyHolder(name=row["name"], role=row["role"])


def list_keys(engine: Engine) -> list[RowMapping]:
    with read_transaction(engine) as connection:
        return key_store.list_keys(connection)


def revoke_key(engine: Engine, name: str) -> None:
    with write_transaction(engine) as connection:
        if not key_store.revoke_key(connection, name, datetime.now(UTC)):
            raise KeyProblem(f"no active key named {name!r}")


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()
