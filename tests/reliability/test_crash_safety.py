"""kill -9 of gunicorn, master and workers at once, in the middle of a bulk ingest: after a
restart every acknowledged document is there with exactly its quotes, no document is half
written, the database is intact and the service starts cleanly."""

from __future__ import annotations

import threading
import time
from http.client import HTTPException
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from tests.integration.server import call
from tests.reliability.gunicorn import Gunicorn, running_gunicorn, start_gunicorn
from tests.reliability.traffic import story

CLIENTS = 4
ACKNOWLEDGED_BEFORE_THE_KILL = 12
WAIT_FOR_ACKNOWLEDGEMENTS_S = 180
QUOTES_PER_STORY = 2


class BulkIngest:
    """Clients posting stories until told to stop; keeps every 201 they were given."""

    def __init__(self, server: Gunicorn) -> None:
        self.server = server
        self.acknowledged: dict[int, list[dict[str, Any]]] = {}
        self.refusals: list[str] = []
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self.client, args=(n,)) for n in range(CLIENTS)]

    def client(self, client: int) -> None:
        number = 0
        while not self.stop.is_set():
            body = {"text": story(client, number).text, "kind": "statement"}
            number += 1
            try:
                status, created = call("POST", f"{self.server.base_url}/v1/documents", body)
            except (OSError, HTTPException):
                # The server is gone, maybe between the status line and the body (an
                # IncompleteRead, no OSError): this one was never acknowledged.
                continue
            with self.lock:
                if status == 201:
                    self.acknowledged[created["id"]] = created["quotes"]
                elif not self.stop.is_set():
                    self.refusals.append(f"{status} {created}")

    def run_until_killed(self) -> None:
        for thread in self.threads:
            thread.start()
        deadline = time.monotonic() + WAIT_FOR_ACKNOWLEDGEMENTS_S
        while len(self.acknowledged) < ACKNOWLEDGED_BEFORE_THE_KILL:
            assert time.monotonic() < deadline, "the bulk ingest did not get going"
            time.sleep(0.05)
        self.server.kill_everything()
        self.stop.set()
        for thread in self.threads:
            thread.join()


def quote_counts(database_url: str) -> dict[int, int]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT d.id, COUNT(q.id) FROM documents d "
                    "LEFT JOIN quotes q ON q.document_id = d.id GROUP BY d.id"
                )
            )
            return {int(document_id): int(count) for document_id, count in rows}
    finally:
        engine.dispose()


def sqlite_integrity(database_url: str) -> str:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return str(connection.execute(text("PRAGMA integrity_check")).scalar_one())
    finally:
        engine.dispose()


def test_kill_9_mid_ingest_keeps_every_acknowledged_document_whole(
    tmp_path: Path, database_url: str
) -> None:
    ingest = BulkIngest(start_gunicorn(database_url, tmp_path, workers=2, name="killed"))
    ingest.run_until_killed()
    assert ingest.refusals == []

    with running_gunicorn(database_url, tmp_path, workers=2, name="restarted") as server:
        for document_id, quotes in ingest.acknowledged.items():
            status, stored = call("GET", f"{server.base_url}/v1/documents/{document_id}")
            assert status == 200 and stored["quotes"] == quotes
        assert call("GET", f"{server.base_url}/readyz")[0] == 200
        restart_errors = server.errors()

    stored_counts = quote_counts(database_url)
    assert set(ingest.acknowledged) <= set(stored_counts)
    assert set(stored_counts.values()) == {QUOTES_PER_STORY}
    if database_url.startswith("sqlite"):
        assert sqlite_integrity(database_url) == "ok"
    assert restart_errors == []
    print(f"crash: {len(ingest.acknowledged)} acknowledged, {len(stored_counts)} stored")
