"""Quote matching: align a claimed quote to source documents and judge what changed.

Pure Python: imports neither Flask nor the database.

    verify_claim(Claim(quote, speaker), sources, Thresholds()) -> Verification
    match_speaker(claimed, source_speaker) -> "full" | "partial" | "none"
"""

from service.matching.model import (
    Change,
    Claim,
    Evidence,
    SourceDocument,
    SourceQuote,
    SourceSpeaker,
    Span,
    Thresholds,
    Verification,
)
from service.matching.speakers import match_speaker
from service.matching.verify import verify_claim

__all__ = [
    "Change",
    "Claim",
    "Evidence",
    "SourceDocument",
    "SourceQuote",
    "SourceSpeaker",
    "Span",
    "Thresholds",
    "Verification",
    "match_speaker",
    "verify_claim",
]
