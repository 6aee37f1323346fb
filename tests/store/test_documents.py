"""The document store writes only what the schema holds."""

from __future__ import annotations

from datetime import UTC, datetime

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
