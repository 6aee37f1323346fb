"""The SQLite file is set up for a server: WAL, foreign keys, one writer at a time."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Connection, text
from sqlalchemy.pool import QueuePool

from service.config import Config
from service.corpus.ingest import ingest_document
from service.setup import prepare_database
from service.store import build_engine, latest_reads, read_transaction, write_transaction


def test_sqlite_connections_use_wal_and_enforce_foreign_keys(tmp_path: Path) -> None:
    engine = build_engine(f"sqlite:///{tmp_path / 'nested' / 'q.db'}")
    with read_transaction(engine) as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert (tmp_path / "nested" / "q.db").exists()


def _another_writer_gets_in(path: Path) -> bool:
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        other.close()


def test_a_sqlite_write_transaction_holds_the_write_lock_before_its_first_statement(
    tmp_path: Path,
) -> None:
    engine = build_engine(f"sqlite:///{tmp_path / 'q.db'}")
    with write_transaction(engine):
        assert not _another_writer_gets_in(tmp_path / "q.db")
    with read_transaction(engine) as connection:
        assert _another_writer_gets_in(tmp_path / "q.db")
        assert connection.execute(text("SELECT 1")).scalar() == 1
    assert _another_writer_gets_in(tmp_path / "q.db")
    engine.dispose()


def test_one_connection_takes_a_read_then_a_write_then_a_read_transaction(
    tmp_path: Path,
) -> None:
    engine = build_engine(f"sqlite:///{tmp_path / 'q.db'}")
    with engine.connect() as connection:
        with read_transaction(connection):
            assert _another_writer_gets_in(tmp_path / "q.db")
        with write_transaction(connection):
            assert not _another_writer_gets_in(tmp_path / "q.db")
        with read_transaction(connection):
            assert _another_writer_gets_in(tmp_path / "q.db")
        assert not connection.in_transaction()
    engine.dispose()


def test_a_sqlite_write_transaction_that_fails_half_way_leaves_nothing_behind(
    tmp_path: Path,
) -> None:
    engine = build_engine(f"sqlite:///{tmp_path / 'q.db'}")
    with write_transaction(engine) as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
    with pytest.raises(RuntimeError), write_transaction(engine) as connection:
        connection.execute(text("INSERT INTO t VALUES (1)"))
        raise RuntimeError("failed after the first write")
    with read_transaction(engine) as connection:
        assert connection.execute(text("SELECT count(*) FROM t")).scalar() == 0
    engine.dispose()


def test_concurrent_ingest_on_one_sqlite_file_loses_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    prepare_database(Config(database_url=url, seeds_dir=str(tmp_path)))
    engine = build_engine(url)
    errors: list[BaseException] = []

    def ingest_many(writer: int) -> None:
        try:
            for n in range(15):
                text_ = f"“Statement {n} from writer {writer},” Jane Doe said."
                ingest_document(engine, {"text": text_})
        except BaseException as error:  # noqa: BLE001 - collected for the assertion below
            errors.append(error)

    threads = [threading.Thread(target=ingest_many, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with read_transaction(engine) as connection:
        assert connection.execute(text("SELECT count(*) FROM documents")).scalar() == 60
        assert connection.execute(text("SELECT count(*) FROM quotes")).scalar() == 60


def _in_transaction(connection: Connection) -> bool:
    """Whether the database itself holds an open transaction for this connection."""
    driver_connection = connection.connection.driver_connection
    if connection.dialect.name == "sqlite":
        return bool(driver_connection.in_transaction)  # type: ignore[union-attr]
    status = driver_connection.info.transaction_status  # type: ignore[union-attr]
    return bool(status != psycopg.pq.TransactionStatus.IDLE)


def test_latest_reads_skip_the_transaction_on_postgresql_only(database_url: str) -> None:
    engine = build_engine(database_url)
    try:
        with latest_reads(engine) as connection:
            assert connection.execute(text("SELECT 1")).scalar() == 1
            # PostgreSQL: no BEGIN and COMMIT around the read; SQLite: a read transaction,
            # which costs nothing there.
            assert _in_transaction(connection) is (engine.dialect.name == "sqlite")
    finally:
        engine.dispose()


def test_a_connection_used_for_latest_reads_returns_to_the_pool_transactional(
    database_url: str,
) -> None:
    engine = build_engine(database_url)
    try:
        with latest_reads(engine) as connection:
            connection.execute(text("SELECT 1"))
        assert isinstance(engine.pool, QueuePool)
        assert engine.pool.checkedin() == 1
        with read_transaction(engine) as connection:
            connection.execute(text("SELECT 1"))
            assert _in_transaction(connection)
    finally:
        engine.dispose()
