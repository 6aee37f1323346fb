"""Verification records: results kept with their evidence, reviewed by editors."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine

from service.store import read_transaction, write_transaction
from service.store import verifications as verification_store


def save_results(
    engine: Engine, results: Sequence[dict[str, Any]], requested_by: str | None
) -> list[int]:
    """Store each result as a record in one transaction; returns their ids in order."""
    now = datetime.now(UTC)
    with write_transaction(engine) as connection:
        return [
            verification_store.insert_verification(connection, result, requested_by, now)
            for result in results
        ]


def record_view(record: dict[str, Any]) -> dict[str, Any]:
    """A stored record with its final verdict: the review's when reviewed, else the machine's."""
    review = record["review"]
    final = review["verdict"] if review else record["verdict"]
    result = {**record["result"], "verification_id": record["id"]}
    return {**record, "result": result, "final_verdict": final}


def fetch_record(engine: Engine, verification_id: int) -> dict[str, Any] | None:
    with read_transaction(engine) as connection:
        record = verification_store.get_verification(connection, verification_id)
    return None if record is None else record_view(record)


def list_records(
    engine: Engine, *, verdict: str | None, before_id: int | None, limit: int
) -> list[dict[str, Any]]:
    with read_transaction(engine) as connection:
        records = verification_store.list_verifications(
            connection, verdict=verdict, before_id=before_id, limit=limit
        )
    return [record_view(record) for record in records]


def review_record(
    engine: Engine, verification_id: int, verdict: str, note: str | None, reviewer: str
) -> dict[str, Any] | None:
    """Add an editor's review (the machine verdict is kept); None when there is no record."""
    with write_transaction(engine) as connection:
        if verification_store.get_verification(connection, verification_id) is None:
            return None
        verification_store.insert_review(
            connection, verification_id, verdict, note, reviewer, datetime.now(UTC)
        )
    return fetch_record(engine, verification_id)
