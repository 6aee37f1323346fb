"""The document store writes only what the schema holds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from service.config import Config
from service.corpus.ingest import content_hash
from service.setup import prepare_database
from service.store import build_engine, read_transaction, write_transaction
from service.store import documents as document_store


def test_a_field_that_is_no_document_column_is_refused_not_dropped(config: Config) -> None:
    prepare_database(config)
    engine = build_engine(config.database_url)
    text = "A story with a misspelt field."
    values = {
        "text": text,
        "kind": "article",
        "content_hash": content_hash(text),
        "created_at": datetime.now(UTC),
        "tilte": "Misspelt",
    }
    try:
        with pytest.raises(ValueError, match="tilte"), write_transaction(engine) as connection:
            document_store.insert_document(connection, values)
        with read_transaction(engine) as connection:
            assert document_store.count_current(connection) == 0
    finally:
        engine.dispose()


def _vm_steps(connection: Any, lookup: Callable[[], object]) -> int:
    """SQLite virtual-machine instructions that ``lookup`` runs: work done, not time taken."""
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0

    driver_connection = connection.connection.driver_connection
    driver_connection.set_progress_handler(count, 1)
    try:
        lookup()
    finally:
        driver_connection.set_progress_handler(None, 1)
    return steps


def _store(connection: Any, count: int, start: int) -> None:
    for number in range(start, start + count):
        text = f"Story number {number}."
        document_store.insert_document(
            connection,
            {
                "text": text,
                "external_id": f"story-{number}",
                "kind": "article",
                "content_hash": content_hash(text),
                "created_at": datetime.now(UTC),
            },
        )


@pytest.mark.parametrize(
    "lookup",
    [
        lambda connection: document_store.find_current_version(connection, "unknown-story"),
        lambda connection: document_store.find_by_content(connection, content_hash("new text")),
    ],
    ids=["by-external-id", "by-content"],
)
def test_ingest_lookups_do_not_grow_with_the_corpus_on_sqlite(
    tmp_path: Path, lookup: Callable[[Any], object]
) -> None:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    prepare_database(Config(database_url=url, seeds_dir=str(tmp_path / "none")))
    engine = build_engine(url)
    try:
        with write_transaction(engine) as connection:
            _store(connection, 10, start=0)
            small = _vm_steps(connection, lambda: lookup(connection))
            _store(connection, 1000, start=10)
            large = _vm_steps(connection, lambda: lookup(connection))
        assert large <= small + 20
    finally:
        engine.dispose()
