"""A verification as the API shows it: evidence with its document's metadata and context."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from service.matching import Change, Evidence, Verification
from service.verification.sources import Source


def verification_view(
    claim_quote: str, verification: Verification, sources: Mapping[int, Source]
) -> dict[str, Any]:
    """The response body of one verification; ``sources`` by document id."""

    def evidence(found: Evidence | None) -> dict[str, Any] | None:
        return None if found is None else evidence_view(found, sources[found.document_id])

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


def evidence_view(found: Evidence, source: Source) -> dict[str, Any]:
    speaker = found.speaker
    return {
        "quote_id": found.quote_id,
        "document": source.metadata,
        "text": found.text,
        "start": found.start,
        "end": found.end,
        "context": source.document.text[found.context_start : found.context_end],
        "context_start": found.context_start,
        "speaker": None
        if speaker is None
        else {"id": speaker.id, "name": speaker.name, "kind": speaker.kind},
    }


def change_view(change: Change) -> dict[str, Any]:
    return {
        "type": change.type,
        "severity": change.severity,
        "claimed": change.claimed,
        "source": change.source,
        "claimed_span": {"start": change.claimed_span.start, "end": change.claimed_span.end},
        "source_span": {"start": change.source_span.start, "end": change.source_span.end},
    }
