"""The store: the one layer that owns every SQL statement.

Functions take a SQLAlchemy ``Connection`` opened by the caller with ``read_transaction`` or
``write_transaction``, so a document and everything extracted from it land in one transaction;
``latest_reads`` is for a read that stands alone (the change log a verification checks first).
"""

from service.store.engine import build_engine, latest_reads, read_transaction, write_transaction
from service.store.migrate import upgrade_to_head

__all__ = [
    "build_engine",
    "latest_reads",
    "read_transaction",
    "upgrade_to_head",
    "write_transaction",
]
