"""Stored verification results and their reviews."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from service.store.tables import verification_reviews, verifications


def insert_verification(
    connection: Connection, result: Mapping[str, Any], requested_by: str | None, at: datetime
) -> int:
    """Store a verification result (its evidence included) as given; returns its id."""
    inserted = connection.execute(
        insert(verifications).values(
            created_at=at,
            quote=result["quote"],
            claimed_speaker=result["claimed_speaker"],
            verdict=result["verdict"],
            result=json.dumps(result, default=str),
            requested_by=requested_by,
        )
    )
    assert inserted.inserted_primary_key is not None
    return int(inserted.inserted_primary_key[0])


def insert_review(
    connection: Connection,
    verification_id: int,
    verdict: str,
    note: str | None,
    reviewer: str,
    at: datetime,
) -> None:
    connection.execute(
        insert(verification_reviews).values(
            verification_id=verification_id,
            verdict=verdict,
            note=note,
            reviewer=reviewer,
            reviewed_at=at,
        )
    )


def get_verification(connection: Connection, verification_id: int) -> dict[str, Any] | None:
    found = list_verifications(connection, ids=[verification_id])
    return found[0] if found else None


def list_verifications(
    connection: Connection,
    *,
    ids: Sequence[int] | None = None,
    verdict: str | None = None,
    before_id: int | None = None,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Records, newest first, each with its latest review (or None)."""
    query = select(verifications)
    if ids is not None:
        query = query.where(verifications.c.id.in_(list(ids)))
    if verdict is not None:
        query = query.where(verifications.c.verdict == verdict)
    if before_id is not None:
        query = query.where(verifications.c.id < before_id)
    rows = list(
        connection.execute(query.order_by(verifications.c.id.desc()).limit(limit)).mappings()
    )
    reviews = _latest_reviews(connection, [int(row["id"]) for row in rows])
    return [
        {**row, "result": json.loads(row["result"]), "review": reviews.get(int(row["id"]))}
        for row in rows
    ]


def _latest_reviews(connection: Connection, ids: list[int]) -> dict[int, dict[str, Any]]:
    query = (
        select(verification_reviews)
        .where(verification_reviews.c.verification_id.in_(ids))
        .order_by(verification_reviews.c.id)
    )
    latest: dict[int, dict[str, Any]] = {}
    for row in connection.execute(query).mappings():
        latest[int(row["verification_id"])] = {
            "verdict": row["verdict"],
            "note": row["note"],
            "reviewer": row["reviewer"],
            "reviewed_at": row["reviewed_at"],
        }
    return latest
