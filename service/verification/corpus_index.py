"""One worker's candidate index, kept in step with the database's change log.

The database is the single source of truth: before each verification the worker replays the
changes logged since it last looked (one indexed query), so a document ingested, replaced or
deleted through any worker or replica is seen by every other on its next request.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy import Connection, Engine

from service.retrieval import SentenceIndex
from service.store import read_transaction
from service.store.changes import changes_after, latest_position
from service.store.documents import current_document_text, current_document_texts

_PAGE = 500


class CorpusIndex:
    """The sentence index over every current document, with the change-log position it
    reflects. ``on_removed`` hears of every document that leaves the index."""

    def __init__(self, on_removed: Callable[[int], None] = lambda _id: None) -> None:
        self.sentences = SentenceIndex()
        self.position: int | None = None
        self._on_removed = on_removed
        self._lock = threading.Lock()

    @property
    def document_count(self) -> int:
        return len(self.sentences.document_slots)

    def refresh(self, engine: Engine) -> None:
        """Bring the index up to date with the database."""
        with self._lock:
            if self.position is None:
                self._load_everything(engine)
            else:
                self._replay_changes(engine)

    def _load_everything(self, engine: Engine) -> None:
        # The position is read first: a change racing the load is replayed afterwards, and
        # replaying is idempotent (adding a known document replaces it).
        with read_transaction(engine) as connection:
            position = latest_position(connection)
            after_id = 0
            while page := current_document_texts(connection, after_id=after_id, limit=_PAGE):
                for document_id, text in page:
                    self.sentences.add_document(document_id, text)
                after_id = page[-1][0]
        self.position = position

    def _replay_changes(self, engine: Engine) -> None:
        assert self.position is not None
        with read_transaction(engine) as connection:
            changes = changes_after(connection, self.position)
            if not changes:
                return
            for _position, document_id, operation in changes:
                if operation == "add":
                    self._add_if_current(connection, document_id)
                else:
                    self.sentences.remove_document(document_id)
                    self._on_removed(document_id)
        self.position = changes[-1][0]

    def _add_if_current(self, connection: Connection, document_id: int) -> None:
        # A document retired later in the log is skipped here and removed by that change.
        text = current_document_text(connection, document_id)
        if text is not None:
            self.sentences.add_document(document_id, text)
