"""The change log every worker replays before each verification: read in pages, by index."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, text

from service.config import Config
from service.corpus.ingest import content_hash
from service.setup import prepare_database
from service.store import build_engine, read_transaction, write_transaction
from service.store import documents as document_store
from service.store.changes import (
    ANY_CHANGE_AFTER,
    changes_after,
    latest_position,
    surely_unchanged_since,
)
from service.store.tables import corpus_changes
from service.verification import corpus_index
from service.verification.corpus_index import CorpusIndex
from tests.databases import throwaway_database


def _store_stories(connection: Connection, count: int) -> list[int]:
    return [
        document_store.insert_document(
            connection,
            {
                "text": f"Story number {number} was filed today.",
                "kind": "article",
                "content_hash": content_hash(f"Story number {number} was filed today."),
                "created_at": datetime.now(UTC),
            },
        )
        for number in range(count)
    ]


def test_changes_are_read_a_page_at_a_time_in_log_order(config: Config) -> None:
    prepare_database(config)
    engine = build_engine(config.database_url)
    try:
        with write_transaction(engine) as connection:
            stored = _store_stories(connection, 5)
        with read_transaction(engine) as connection:
            first = changes_after(connection, 0, limit=2)
            rest = changes_after(connection, first[-1][0], limit=10)
        assert [document_id for _, document_id, _ in first + rest] == stored
        assert len(first) == 2 and len(rest) == 3
    finally:
        engine.dispose()


def test_the_quick_look_says_unchanged_only_while_nothing_was_logged_since(
    config: Config,
) -> None:
    """Every verification looks first, in one statement outside any transaction."""
    prepare_database(config)
    engine = build_engine(config.database_url)
    try:
        with read_transaction(engine) as connection:
            position = latest_position(connection)
        assert surely_unchanged_since(engine, position) is True
        with write_transaction(engine) as connection:
            _store_stories(connection, 1)
        assert surely_unchanged_since(engine, position) is False
        assert surely_unchanged_since(engine, position + 1) is True
    finally:
        engine.dispose()


def test_a_worker_sees_a_document_stored_through_another_engine_on_its_next_look(
    config: Config,
) -> None:
    prepare_database(config)
    worker, other = build_engine(config.database_url), build_engine(config.database_url)
    try:
        worker_index = CorpusIndex()
        worker_index.catch_up_from(worker)
        with write_transaction(other) as connection:
            (stored,) = _store_stories(connection, 1)
        worker_index.catch_up_from(worker)
        assert stored in worker_index.sentences
    finally:
        worker.dispose()
        other.dispose()


def test_a_worker_far_behind_replays_every_page_of_the_log(config: Config) -> None:
    prepare_database(config)
    engine = build_engine(config.database_url)
    try:
        worker_index = CorpusIndex()
        worker_index.refresh(engine)
        with write_transaction(engine) as connection:
            stored = _store_stories(connection, 2 * corpus_index._PAGE + 1)
        worker_index.refresh(engine)
        assert all(document_id in worker_index.sentences for document_id in stored)
        assert worker_index.position == len(stored)
    finally:
        engine.dispose()


# Enough changes that reading the whole log shows in the plan PostgreSQL picks.
LOGGED_CHANGES = 20_000


@contextmanager
def _postgresql_log(tmp_path: Path) -> Iterator[Engine]:
    """A PostgreSQL database whose change log holds ``LOGGED_CHANGES`` changes."""
    with throwaway_database("postgresql", tmp_path) as url:
        prepare_database(Config(database_url=url, seeds_dir=str(tmp_path / "none")))
        engine = build_engine(url)
        try:
            rows = [
                {"document_id": n, "operation": "add", "changed_at": datetime.now(UTC)}
                for n in range(1, LOGGED_CHANGES + 1)
            ]
            with write_transaction(engine) as connection:
                connection.execute(insert(corpus_changes), rows)
            yield engine
        finally:
            engine.dispose()


def _scans_of_the_log(connection: Connection) -> tuple[int, int]:
    """Sequential and index scans of the change log in this transaction so far."""
    scans = connection.execute(
        text(
            "SELECT seq_scan, idx_scan FROM pg_stat_xact_user_tables"
            " WHERE relname = 'corpus_changes'"
        )
    ).one()
    return int(scans.seq_scan), int(scans.idx_scan)


def test_reading_the_newest_changes_uses_the_index_on_an_unanalysed_postgresql_table(
    tmp_path: Path,
) -> None:
    """A table never analysed (a bulk load; autovacuum off) has no statistics, and
    PostgreSQL then plans `seq > $1` for a third of the table: without a limit it scanned
    the whole log on every verification."""
    with _postgresql_log(tmp_path) as engine, read_transaction(engine) as connection:
        assert changes_after(connection, LOGGED_CHANGES, limit=500) == []
        assert _scans_of_the_log(connection) == (0, 1)


def test_the_quick_look_uses_the_index_under_a_plan_made_for_any_position(
    tmp_path: Path,
) -> None:
    """psycopg prepares a statement run five times, and PostgreSQL may then keep one plan for
    every position: without the order, that plan scanned the log for a first match and, with
    nothing after the position, read all of it on every verification."""
    with _postgresql_log(tmp_path) as engine:
        with write_transaction(engine) as connection:
            connection.execute(text("ANALYZE corpus_changes"))
        with read_transaction(engine) as connection:
            connection.execute(text("SET LOCAL plan_cache_mode = force_generic_plan"))
            statement = ANY_CHANGE_AFTER.replace("%s", "$1")
            connection.execute(text(f"PREPARE look (bigint) AS {statement}"))
            assert connection.execute(text(f"EXECUTE look ({LOGGED_CHANGES})")).all() == []
            scans = _scans_of_the_log(connection)
            connection.execute(text("DEALLOCATE look"))
        assert scans == (0, 1)
