"""Deciding the verdict from the best evidence: what changed, who said it, was it quoted.

When several findings apply, the first of ``altered``, ``misattributed``, ``unquoted``,
``minor_deviation`` wins; the others stay visible in ``changes``, ``speaker_match`` and ``flags``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.matching.evidence import Candidate
from service.matching.model import Claim, Thresholds, Verdict, Verification
from service.matching.speakers import is_named, match_speaker, mentioned_near, name_words

PRIMARY_KINDS = frozenset({"transcript", "statement", "interview"})
# Below this extraction confidence a source's attribution is a guess (a quotation with no cue
# of its own that continues a paragraph, a subject read from the sentence): on PolNeAR train
# the extracted speaker had the gold surname for 74% of 791 such quotations, 90% of 5,045 others.
UNCERTAIN_ATTRIBUTION = 0.6
# Words that, left out of a fragment's own sentence, may turn what it means around.
_CONTEXT_TURNS = re.compile(r"\b(?:not|never|no|if|unless|but|although)\b|n['\u2019]t\b", re.I)


def decide(
    claim: Claim,
    best: Candidate,
    others: Sequence[Candidate],
    thresholds: Thresholds,
    flags: list[str],
) -> Verification:
    """Build the verification for ``claim`` whose best evidence is ``best``."""
    speaker_match = _speaker_match(claim, best, flags)
    if speaker_match is not None and _uncertain_attribution(best):
        flags.append("uncertain_attribution")
    if not any(c.document.kind in PRIMARY_KINDS for c in (best, *others)):
        flags.append("secondary_source_only")
    if _out_of_context(best):
        flags.append("possible_out_of_context")
    if best.past_quotation:
        flags.append("runs_past_quotation")
    return Verification(
        verdict=_verdict(best, speaker_match),
        score=round(best.score, 1),
        needs_review=thresholds.review <= best.score < thresholds.confirm
        or "partial_speaker_match" in flags
        or "speaker_unknown" in flags
        or "uncertain_attribution" in flags
        or "runs_past_quotation" in flags,
        claimed_speaker=claim.speaker,
        speaker_match=speaker_match,
        flags=tuple(flags),
        match=best.evidence,
        changes=best.changes,
        alternatives=tuple(c.evidence for c in others),
    )


def _verdict(best: Candidate, speaker_match: bool | None) -> Verdict:
    severities = {change.severity for change in best.changes}
    if "meaning" in severities:
        return "altered"
    if speaker_match is False:
        return "misattributed"
    if best.quote is None:
        return "unquoted"
    return "minor_deviation" if "minor" in severities else "verified"


def _speaker_match(claim: Claim, best: Candidate, flags: list[str]) -> bool | None:
    """True/False when a claimed speaker can be checked against a quotation's named speaker."""
    if best.quote is None:
        return None
    speaker = best.quote.speaker
    if not claim.speaker or not name_words(claim.speaker):
        return None
    if speaker is None or not is_named(speaker):
        return _speaker_from_context(claim.speaker, best, flags)
    found = match_speaker(claim.speaker, speaker)
    if found == "partial":
        flags.append("partial_speaker_match")
    return found != "none"


def _uncertain_attribution(best: Candidate) -> bool:
    """The verdict on the speaker rests on an attribution the extractor was unsure of."""
    quote = best.quote
    return (
        quote is not None
        and quote.speaker is not None
        and (quote.speaker_confidence < UNCERTAIN_ATTRIBUTION)
    )


def _speaker_from_context(claimed: str, best: Candidate, flags: list[str]) -> bool | None:
    """The source quotation names no speaker: unknown (None) when the claimed speaker is
    mentioned around it, False when nobody by that name is."""
    assert best.quote is not None
    if mentioned_near(claimed, best.document.text, best.quote.start, best.quote.end):
        flags.append("speaker_unknown")
        return None
    flags.append("speaker_not_mentioned")
    return False


def _out_of_context(best: Candidate) -> bool:
    """True when the quotation's sentence around the claimed fragment holds a negation or
    condition the fragment leaves out."""
    if best.quote is None:
        return False
    text = best.document.text
    evidence = best.evidence
    before = text[max(best.quote.start, evidence.context_start) : evidence.start]
    after = text[evidence.end : min(best.quote.end, evidence.context_end)]
    return bool(_CONTEXT_TURNS.search(before) or _CONTEXT_TURNS.search(after))
