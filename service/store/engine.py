"""Database connections: SQLite (WAL, one writer at a time) by default, PostgreSQL by URL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

SQLITE_BUSY_TIMEOUT_MS = 30_000


def build_engine(database_url: str) -> Engine:
    """Return an engine for ``database_url``; a SQLite file's folder is created if missing."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _configure_sqlite_connection)
    event.listen(engine, "begin", _begin_sqlite_transaction)
    return engine


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own BEGIN is deferred and emitted lazily; we issue BEGIN ourselves so a
    # writer takes the lock up front and never fails half-way with "database is locked".
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin_sqlite_transaction(connection: Connection) -> None:
    mode = "IMMEDIATE" if connection.get_execution_options().get("writer") else "DEFERRED"
    # Straight to the driver: through exec_driver_sql, BEGIN cost as much as a query (~20 µs,
    # twice per ingested document) for statement events nothing here listens to.
    driver_connection = connection.connection.driver_connection
    assert driver_connection is not None
    driver_connection.execute(f"BEGIN {mode}")


@contextmanager
def write_transaction(bind: Engine | Connection) -> Iterator[Connection]:
    """One all-or-nothing write: on SQLite it holds the write lock from its first statement.

    ``bind`` is an engine, or a connection in no transaction, for a caller that takes
    several transactions in turn on one checkout.
    """
    with _connected(bind) as connection:
        connection.execution_options(writer=True)
        try:
            with connection.begin():
                yield connection
        finally:
            # Execution options stick to the connection: its next read must not BEGIN IMMEDIATE.
            connection.execution_options(writer=False)


@contextmanager
def read_transaction(bind: Engine | Connection) -> Iterator[Connection]:
    """A consistent snapshot for reads; ``bind`` as for ``write_transaction``."""
    with _connected(bind) as connection, connection.begin():
        yield connection


@contextmanager
def latest_reads(engine: Engine) -> Iterator[Connection]:
    """A connection whose reads each see the newest committed data, with no transaction
    around them: on PostgreSQL one round trip a read instead of BEGIN, the read and COMMIT.
    For a read that stands alone, or reads of rows that never change once written. SQLite,
    where a read transaction costs nothing, keeps one."""
    if engine.dialect.name == "sqlite":
        with read_transaction(engine) as connection:
            yield connection
        return
    with engine.connect() as connection:
        # Reset to the engine's level when the connection goes back to the pool.
        connection.execution_options(isolation_level="AUTOCOMMIT")
        yield connection


@contextmanager
def _connected(bind: Engine | Connection) -> Iterator[Connection]:
    if isinstance(bind, Connection):
        yield bind
        return
    with bind.connect() as connection:
        yield connection
