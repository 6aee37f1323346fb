"""Quote matching: align a claimed quote to source documents and judge what changed.

Pure Python: imports neither Flask nor the database.

    verify_claim(Claim(quote, speaker), sources, Thresholds()) -> Verification
    verify_claim(claim, sources, thresholds, passages={document_id: [Span(start, end)]})
    match_speaker(claimed, source_speaker) -> "full" | "partial" | "none"

The pipeline, one module each: ``normalize`` (silent edits, offset map) -> ``segments``
(ellipses, [brackets], [sic]) -> ``align`` (rapidfuzz to locate) and ``steps`` (word-level DP
to align) -> ``changes`` (typed differences) -> ``evidence`` (one candidate per place,
quotation lookup, ``marks`` for quotations the index missed; ``passages`` narrows a document to
the stretches a candidate index found) -> ``speakers`` -> ``verdict``; ``verify`` ranks, and
tries a claim found nowhere whole a sentence at a time (``reorder``: sentences quoted in another
order are ``altered``, with an ``order`` change).

Verdicts: ``altered`` (any change of severity ``meaning``) beats ``misattributed`` (the words
are quoted from someone the claimed speaker does not name) beats ``unquoted`` (the words are
narration) beats ``minor_deviation`` (only ``minor`` changes) beats ``verified``; ``not_found``
when nothing scores at least ``Thresholds.review``.

Flags: ``too_short`` (under three words; found only when exact), ``partial_speaker_match``
(the source gives a surname only), ``speaker_unknown`` (the quotation has no named speaker
but the claimed one is mentioned around it), ``speaker_not_mentioned`` (no named speaker and
the claimed one is not mentioned: misattributed), ``possible_out_of_context`` (the quotation's
sentence around a fragment holds a negation or condition), ``secondary_source_only`` (no
transcript, statement or interview among the matches), ``uncertain_attribution`` (the
claimed speaker was checked against an attribution the extractor was unsure of: review it),
``runs_past_quotation`` (the claimed words run on past the source's quotation into the narration
beside it, such as its attribution: judged on the quotation, for review).
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
