"""Workers replay the corpus change log by position, so positions must become visible in the
order they were taken: a delete racing an ingest must not commit a later position first, or
every worker that looks in between skips the ingested document for good (PostgreSQL: only
ingest took the corpus lock, and sequence values are taken before commit)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from sqlalchemy import Engine

from service.config import Config
from service.corpus.ingest import content_hash, ingest_document, remove_document
from service.setup import prepare_database
from service.store import build_engine, write_transaction
from service.store import documents as document_store
from service.store.locks import lock_corpus_for_ingest
from service.verification.corpus_index import CorpusIndex

# Long enough for an unblocked delete to commit; a delete that waits for the lock just waits.
DELETE_HEAD_START_S = 2


def test_a_delete_racing_an_ingest_never_hides_the_ingested_document(config: Config) -> None:
    prepare_database(config)
    engine: Engine = build_engine(config.database_url)
    try:
        deleted = ingest_document(engine, {"text": "The old story, soon deleted."}).document_id
        worker_index = CorpusIndex()
        worker_index.refresh(engine)

        racing_delete = threading.Thread(target=remove_document, args=(engine, deleted))
        with write_transaction(engine) as ingest:
            lock_corpus_for_ingest(ingest)
            text = "The new story, ingested while the old one goes."
            ingested = document_store.insert_document(
                ingest,
                {
                    "text": text,
                    "kind": "article",
                    "content_hash": content_hash(text),
                    "version": 1,
                    "is_current": True,
                    "created_at": datetime.now(UTC),
                },
            )
            racing_delete.start()
            racing_delete.join(timeout=DELETE_HEAD_START_S)
            worker_index.refresh(engine)
        racing_delete.join()
        worker_index.refresh(engine)

        assert ingested in worker_index.sentences
        assert deleted not in worker_index.sentences
    finally:
        engine.dispose()
