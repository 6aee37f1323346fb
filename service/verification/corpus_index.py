"""One worker's candidate index, kept in step with the database's change log.

The database is the single source of truth: before each verification the worker replays the
changes logged since it last looked (one indexed query), so a document ingested, replaced or
deleted through any worker or replica is seen by every other on its next request.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine

from service.retrieval import Candidate, SentenceIndex, snapshot
from service.store import latest_reads, read_transaction
from service.store.changes import changes_after, latest_position, surely_unchanged_since
from service.store.documents import current_document_text, current_document_texts

_PAGE = 500


class CorpusIndex:
    """The sentence index over every current document, with the change-log position it
    reflects (None until it is first loaded)."""

    def __init__(self, sentences: SentenceIndex | None = None, position: int | None = None) -> None:
        self.sentences = sentences or SentenceIndex()
        self.position = position
        self._on_removed: Callable[[int], None] = lambda _id: None
        self._lock = threading.Lock()

    @classmethod
    def loaded(cls, engine: Engine, snapshot_path: Path | None = None) -> CorpusIndex:
        """An index brought up to date with the database: from the snapshot at
        ``snapshot_path`` and the changes after it when there is one that fits the database,
        else built from every document (and then saved there)."""
        corpus = cls._from_snapshot(engine, snapshot_path) if snapshot_path else None
        if corpus is None:
            corpus = cls()
            corpus.refresh(engine)
            if snapshot_path:
                corpus.save_snapshot(snapshot_path)
        else:
            corpus.refresh(engine)
        return corpus

    @classmethod
    def _from_snapshot(cls, engine: Engine, path: Path) -> CorpusIndex | None:
        if not path.exists():
            return None
        sentences, position = snapshot.load(path)
        with read_transaction(engine) as connection:
            # A snapshot ahead of the log belongs to another database: rebuild instead.
            if position > latest_position(connection):
                return None
        return cls(sentences, position)

    def save_snapshot(self, path: Path) -> None:
        with self._lock:
            assert self.position is not None
            snapshot.save(self.sentences, path, log_position=self.position)

    def report_removals_to(self, listener: Callable[[int], None]) -> None:
        """``listener`` hears of every document that leaves the index."""
        self._on_removed = listener

    def candidates(self, quote: str, limit: int) -> list[Candidate]:
        """The index's best passages for ``quote``; the index is not thread-safe, so this
        holds the same lock as the replay."""
        with self._lock:
            return self.sentences.candidates(quote, limit=limit)

    @property
    def document_count(self) -> int:
        return len(self.sentences.document_slots)

    def refresh(self, engine: Engine) -> None:
        """Bring the index up to date with the database."""
        with read_transaction(engine) as connection:
            self.catch_up(connection)

    def catch_up_from(self, engine: Engine) -> None:
        """Bring the index up to date with the newest commit, as every verification does
        first; when nothing changed (nearly always) that costs one cheap query."""
        position = self.position
        if position is not None and surely_unchanged_since(engine, position):
            return
        with latest_reads(engine) as connection:
            self.catch_up(connection)

    def catch_up(self, connection: Connection) -> None:
        """Bring the index up to date within the caller's transaction (so what a request
        reads next is what the index reflects)."""
        with self._lock:
            if self.position is None:
                self._load_everything(connection)
            else:
                self._replay_changes(connection)

    def _load_everything(self, connection: Connection) -> None:
        # The position is read first: a change racing the load is replayed afterwards, and
        # replaying is idempotent (adding a known document replaces it).
        position = latest_position(connection)
        after_id = 0
        while page := current_document_texts(connection, after_id=after_id, limit=_PAGE):
            for document_id, text in page:
                self.sentences.add_document(document_id, text)
            after_id = page[-1][0]
        self.position = position

    def _replay_changes(self, connection: Connection) -> None:
        assert self.position is not None
        while changes := changes_after(connection, self.position, limit=_PAGE):
            for _position, document_id, operation in changes:
                if operation == "add":
                    self._add_if_current(connection, document_id)
                else:
                    self.sentences.remove_document(document_id)
                    self._on_removed(document_id)
            self.position = changes[-1][0]
            if len(changes) < _PAGE:
                return

    def _add_if_current(self, connection: Connection, document_id: int) -> None:
        # A document retired later in the log is skipped here and removed by that change.
        text = current_document_text(connection, document_id)
        if text is not None:
            self.sentences.add_document(document_id, text)
