"""A verification as the API shows it: evidence with its document's metadata and context."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import RowMapping

from service.matching import Change, Evidence, SourceDocument, Verification


def verification_view(
    claim_quote: str,
    verification: Verification,
    documents: Mapping[int, RowMapping],
    sources: Mapping[int, SourceDocument],
) -> dict[str, Any]:
    """The response body of one verification."""

    def evidence(found: Evidence | None) -> dict[str, Any] | None:
        return None if found is None else evidence_view(found, documents, sources)

    return {
        "quote": claim_quote,
        "verdict": verification.verdict,
        "score": verification.score,
        "needs_review": verification.needs_review,
        "claimed_speaker": verification.claimed_speaker,
        "speaker_match": verification.speaker_match,
        "flags": list(verification.flags),
        "match": evidence(verification.match),
        "changes": [change_view(change) for change in verification.changes],
        "alternatives": [evidence(found) for found in verification.alternatives],
    }


def evidence_view(
    found: Evidence, documents: Mapping[int, RowMapping], sources: Mapping[int, SourceDocument]
) -> dict[str, Any]:
    document = documents[found.document_id]
    speaker = found.speaker
    return {
        "quote_id": found.quote_id,
        "document": {
            key: document[key]
            for key in ("id", "title", "url", "publisher", "published_at", "kind")
        },
        "text": found.text,
        "start": found.start,
        "end": found.end,
        "context": sources[found.document_id].text[found.context_start : found.context_end],
        "context_start": found.context_start,
        "speaker": None
        if speaker is None
        else {"id": speaker.id, "name": speaker.name, "kind": speaker.kind},
    }


def change_view(change: Change) -> dict[str, Any]:
    return {
        "type": change.type,
        "claimed": change.claimed,
        "source": change.source,
        "claimed_span": {"start": change.claimed_span.start, "end": change.claimed_span.end},
        "source_span": {"start": change.source_span.start, "end": change.source_span.end},
    }
