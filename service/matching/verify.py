"""The public entry point: ``verify_claim`` runs the pipeline over candidate sources.

parse the claim (segments) -> align it in each source (align, evidence) -> type the changes
(changes) -> rank the evidence -> decide the verdict (speakers, verdict). A claim found
nowhere whole is tried a sentence at a time, for sentences the quoter put in another order
(reorder).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from service.matching.evidence import Candidate, find_candidates
from service.matching.model import Claim, SourceDocument, Span, Thresholds, Verification
from service.matching.reorder import reordered_candidate
from service.matching.segments import parse_claim
from service.matching.speakers import is_named, match_speaker
from service.matching.verdict import PRIMARY_KINDS, decide

DEFAULT_THRESHOLDS = Thresholds()
MIN_WORDS = 3
MAX_ALTERNATIVES = 10
_SPEAKER_RANK = {"full": 2, "partial": 1, "none": 0}


def verify_claim(
    claim: Claim,
    sources: Sequence[SourceDocument],
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    passages: Mapping[int, Sequence[Span]] | None = None,
) -> Verification:
    """Judge whether ``claim`` is a quotation in ``sources`` and said by the claimed speaker.

    ``sources`` are the candidate documents (already retrieved by the caller). ``passages``
    maps a document id to the spans of its text the caller's index found for the claim: only
    the stretches around them are aligned. A document without an entry is aligned whole.
    Never raises on any text; a claim found nowhere close (score below ``thresholds.review``)
    is ``not_found``. Claims under three words are flagged ``too_short`` and only found when
    exact."""
    parsed = parse_claim(claim.quote)
    too_short = parsed.own_words < MIN_WORDS
    flags = ["too_short"] if too_short else []
    passages = passages or {}
    found = [
        candidate
        for document in sources
        for candidate in find_candidates(
            parsed, claim.quote, document, passages.get(document.document_id)
        )
    ]
    usable = [c for c in found if c.score >= thresholds.review and not (too_short and c.changes)]
    if not usable:
        moved = reordered_candidate(claim.quote, sources, passages, thresholds)
        usable += [moved] if moved else []
    if not usable:
        return _not_found(claim, max((c.score for c in found), default=0.0), flags)
    usable.sort(key=_ranking(claim, thresholds), reverse=True)
    others = _distinct(usable[1:], usable[0])[:MAX_ALTERNATIVES]
    return decide(claim, usable[0], others, thresholds, flags)


def _ranking(claim: Claim, thresholds: Thresholds) -> Callable[[Candidate], tuple[float, ...]]:
    """Confirmed before reviewable, unchanged meaning before altered, quoted before narration,
    the claimed speaker before others, primary sources before articles, then by score."""

    def key(candidate: Candidate) -> tuple[float, ...]:
        return (
            candidate.score >= thresholds.confirm,
            all(change.severity != "meaning" for change in candidate.changes),
            candidate.quote is not None,
            _speaker_rank(claim, candidate),
            candidate.document.kind in PRIMARY_KINDS,
            candidate.score,
        )

    return key


def _speaker_rank(claim: Claim, candidate: Candidate) -> int:
    speaker = candidate.quote.speaker if candidate.quote else None
    if not claim.speaker or speaker is None or not is_named(speaker):
        return 1
    return _SPEAKER_RANK[match_speaker(claim.speaker, speaker)]


def _distinct(candidates: list[Candidate], best: Candidate) -> list[Candidate]:
    seen = {(best.document.document_id, best.evidence.start)}
    distinct = []
    for candidate in candidates:
        place = (candidate.document.document_id, candidate.evidence.start)
        if place not in seen:
            seen.add(place)
            distinct.append(candidate)
    return distinct


def _not_found(claim: Claim, score: float, flags: list[str]) -> Verification:
    return Verification(
        verdict="not_found",
        score=round(score, 1),
        needs_review=False,
        claimed_speaker=claim.speaker,
        speaker_match=None,
        flags=tuple(flags),
        match=None,
        changes=(),
        alternatives=(),
    )
