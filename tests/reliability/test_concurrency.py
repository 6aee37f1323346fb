"""Eight clients ingesting and eight verifying at once through four gunicorn workers: no
errors, no "database is locked", every acknowledged document stored whole, and a document
ingested through one worker verified at once through fresh connections to the others."""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.integration.server import call
from tests.reliability.gunicorn import running_gunicorn
from tests.reliability.traffic import Story, story

WORKERS = 4
INGEST_CLIENTS = 8
VERIFY_CLIENTS = 8
# Bounds, not expectations: the load stops at whichever comes first.
LOAD_SECONDS = 10
STORIES_PER_CLIENT = 30
FRESH_CONNECTIONS = 4


@dataclass
class Ledger:
    """What the clients were told, shared between their threads."""

    acknowledged: dict[int, tuple[Story, list[dict[str, Any]]]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    requests: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, failure: str | None = None) -> None:
        with self.lock:
            self.requests += 1
            if failure:
                self.failures.append(failure)

    def some_acknowledged(self, pick: random.Random) -> tuple[int, Story] | None:
        with self.lock:
            if not self.acknowledged:
                return None
            document_id = pick.choice(list(self.acknowledged))
            return document_id, self.acknowledged[document_id][0]


def check_verified(base_url: str, ledger: Ledger, document_id: int, claimed: Story) -> None:
    """One verification over a fresh connection: it must find the claim in its document."""
    status, result = call(
        "POST", f"{base_url}/v1/verify", {"quote": claimed.claim, "speaker": claimed.speaker}
    )
    if status != 200:
        ledger.record(f"verify {document_id}: {status} {result}")
    elif result["verdict"] != "verified" or result["match"]["document"]["id"] != document_id:
        ledger.record(f"verify {document_id}: {result['verdict']} {result.get('match')}")
    else:
        ledger.record()


def ingesting_client(base_url: str, client: int, ledger: Ledger, until: float) -> None:
    for number in range(STORIES_PER_CLIENT):
        if time.monotonic() >= until:
            return
        told = story(client, number)
        status, body = call(
            "POST", f"{base_url}/v1/documents", {"text": told.text, "kind": "statement"}
        )
        if status != 201:
            ledger.record(f"ingest {client}/{number}: {status} {body}")
            continue
        ledger.record()
        with ledger.lock:
            ledger.acknowledged[body["id"]] = (told, body["quotes"])
        for _ in range(FRESH_CONNECTIONS):
            check_verified(base_url, ledger, body["id"], told)


def verifying_client(base_url: str, client: int, ledger: Ledger, until: float) -> None:
    pick = random.Random(client)
    while time.monotonic() < until:
        chosen = ledger.some_acknowledged(pick)
        if chosen is None:
            status, _ = call("POST", f"{base_url}/v1/verify", {"quote": "Nothing yet, surely"})
            ledger.record(None if status == 200 else f"verify before any ingest: {status}")
        else:
            check_verified(base_url, ledger, *chosen)


def guarded(target: Any, ledger: Ledger, *args: Any) -> threading.Thread:
    def run() -> None:
        try:
            target(*args)
        except Exception as error:  # a refused or reset connection is a failure too
            ledger.record(f"{target.__name__}: {error!r}")

    return threading.Thread(target=run)


def test_concurrent_ingest_and_verify_through_four_workers(
    tmp_path: Path, database_url: str
) -> None:
    ledger = Ledger()
    with running_gunicorn(database_url, tmp_path, WORKERS) as server:
        until = time.monotonic() + LOAD_SECONDS
        threads = [
            guarded(ingesting_client, ledger, server.base_url, client, ledger, until)
            for client in range(INGEST_CLIENTS)
        ] + [
            guarded(verifying_client, ledger, server.base_url, client, ledger, until)
            for client in range(VERIFY_CLIENTS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert ledger.failures == []
        assert ledger.acknowledged, "no document was ingested"
        for document_id, (_, quotes) in ledger.acknowledged.items():
            status, stored = call("GET", f"{server.base_url}/v1/documents/{document_id}")
            assert status == 200 and stored["quotes"] == quotes
        stats = call("GET", f"{server.base_url}/v1/stats")[1]
        assert stats["documents"] == len(ledger.acknowledged)
        log, errors = server.log(), server.errors()
    assert "database is locked" not in log
    assert errors == []
    print(f"concurrency: {ledger.requests} requests, {len(ledger.acknowledged)} documents")
