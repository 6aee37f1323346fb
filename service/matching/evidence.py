"""Finding the claimed words in one source document, as evidence with changes and a score.

Each quotation that looks close is aligned on its own (so words quoted in one place and
paraphrased in another are found in the quotation), and the whole text once more (so narration
is found too). Given the passages a candidate index found, only the stretches around them are
tokenised and aligned, so the cost of a claim does not grow with the length of its documents.
An alignment that mostly lies inside a quotation belongs to that quotation.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from service.matching.align import (
    Op,
    SourceIndex,
    align_segments,
    index_source,
    shares_enough,
    word_set,
)
from service.matching.attribution import bridge_attribution
from service.matching.changes import Sides, build_changes
from service.matching.currency import absorb_currency_moves
from service.matching.edges import absorb_split_contraction, edge_negations
from service.matching.marks import enclosing_quote, quotation_around
from service.matching.model import Change, Evidence, SourceDocument, SourceQuote, Span
from service.matching.passages import passage_regions
from service.matching.segments import ParsedClaim
from service.retrieval.sentences import sentence_around

# A quotation is worth aligning on its own when rapidfuzz rates it at least this close.
_QUOTE_CUTOFF = 60.0
SPOKEN_KINDS = frozenset({"transcript", "interview"})
_EXTRA_CHANGE_COST = 0.5
_CONTEXT_REACH = 600


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a claim may stand in a source, with what differs there."""

    document: SourceDocument
    evidence: Evidence
    quote: SourceQuote | None
    changes: tuple[Change, ...]
    score: float
    # The claimed words run on past the quotation into the narration beside it.
    past_quotation: bool = False


def find_candidates(
    claim: ParsedClaim,
    claim_text: str,
    document: SourceDocument,
    passages: Sequence[Span] | None = None,
) -> list[Candidate]:
    """Align ``claim`` to each close quotation of ``document`` and to its text: the whole text,
    or only the stretches around ``passages`` (see :func:`passage_regions`) when given."""
    if passages is None:
        regions = [(0, len(document.text))]
    else:
        regions = passage_regions(document, passages)
    return [
        candidate
        for start, end in regions
        for candidate in _candidates_in(
            claim, claim_text, document, index_source(document.text, start, end)
        )
    ]


def _candidates_in(
    claim: ParsedClaim, claim_text: str, document: SourceDocument, source: SourceIndex
) -> list[Candidate]:
    """The candidates within the stretch of ``document`` that ``source`` tokenises."""
    if not source.tokens:
        return []
    needle = " ".join(token.key for token in claim.tokens)
    claimed_keys = word_set(token.key for token in claim.tokens if not token.bracket)
    candidates = []
    for quote, low, high, keys in _quotation_regions(document, source):
        if shares_enough(claimed_keys, keys) and _close(needle, _joined(source, low, high)):
            candidates.append(_candidate(claim, claim_text, document, source, (low, high), quote))
    found = [candidate for candidate in candidates if candidate]
    if any(not candidate.changes for candidate in found):
        return found  # the words stand exactly in a quotation: narration cannot outrank it
    whole = _candidate(claim, claim_text, document, source, (0, len(source.tokens)), None)
    if whole and not any(_same_place(candidate, whole) for candidate in found):
        found.append(whole)
    return found


def _quotation_regions(
    document: SourceDocument, source: SourceIndex
) -> list[tuple[SourceQuote, int, int, frozenset[str]]]:
    """Each quotation within ``source`` with its token range and the set of its token keys."""
    regions = []
    for quote in document.quotes:
        low, high = _token_range(source, quote.start, quote.end)
        if high > low:
            keys = word_set(token.key for token in source.tokens[low:high])
            regions.append((quote, low, high, keys))
    return regions


def _close(needle: str, quoted: str) -> bool:
    return fuzz.partial_ratio(needle, quoted, score_cutoff=_QUOTE_CUTOFF) >= _QUOTE_CUTOFF


def _token_range(source: SourceIndex, start: int, end: int) -> tuple[int, int]:
    return bisect_left(source.starts, start), bisect_left(source.starts, end)


def _joined(source: SourceIndex, low: int, high: int) -> str:
    return source.joined[
        source.offsets[low] : source.offsets[high - 1] + len(source.tokens[high - 1].key)
    ]


def _same_place(first: Candidate, second: Candidate) -> bool:
    return (
        first.evidence.start == second.evidence.start and first.evidence.end == second.evidence.end
    )


def _candidate(
    claim: ParsedClaim, claim_text: str, document: SourceDocument, source: SourceIndex,
    region: tuple[int, int], quote: SourceQuote | None,
) -> Candidate | None:  # fmt: skip
    ops = align_segments(claim.segments, source, *region)
    aligned = [op for op in ops or [] if op.tag in ("equal", "replace")]
    if not ops or not aligned:
        return None
    bridged = None if quote else bridge_attribution(document, source, ops)
    if bridged:
        quote, ops = bridged
    sides = Sides(claim.tokens, claim_text, source.tokens, document.text)
    changes, score = judge(ops, sides)
    start = source.tokens[aligned[0].source_start].start
    end = source.tokens[aligned[-1].source_end - 1].end
    positions = [source.tokens[op.source_start].start for op in aligned]
    enclosing, past = (quote, False) if quote else enclosing_quote(document.quotes, positions)
    quote = enclosing or quotation_around(document.text, start, end, document.kind in SPOKEN_KINDS)
    evidence = _evidence(document, quote, start, end)
    return Candidate(document, evidence, quote, changes, score, past)


def judge(ops: list[Op], sides: Sides) -> tuple[tuple[Change, ...], float]:
    """The changes of an alignment and its score: 100 less the changes' cost per claimed word."""
    ops = absorb_currency_moves(absorb_split_contraction(ops, sides), sides)
    changes, cost = build_changes(ops, sides)
    hidden = edge_negations(ops, sides)
    changes, cost = changes + hidden, cost + len(hidden)
    # Several separate meaning changes point to a different sentence rather than an edited one.
    cost += _EXTRA_CHANGE_COST * max(0, sum(c.severity == "meaning" for c in changes) - 1)
    return tuple(changes), max(0.0, 100.0 * (1.0 - cost / len(sides.claim)))


def _evidence(
    document: SourceDocument, quote: SourceQuote | None, start: int, end: int
) -> Evidence:
    context_start, context_end = sentence_bounds(document.text, start, end)
    return Evidence(
        document_id=document.document_id,
        quote_id=quote.quote_id if quote else None,
        start=start,
        end=end,
        text=document.text[start:end],
        context_start=context_start,
        context_end=context_end,
        speaker=quote.speaker if quote else None,
    )


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start of the sentence holding ``start`` and the end of the one holding ``end``,
    at most ``_CONTEXT_REACH`` characters away. Abbreviations and initials end no sentence:
    the context of "“…,” Mr. Biden said." or "“…,” Robert F. Kennedy Jr. said." is whole."""
    return sentence_around(text, start, end, _CONTEXT_REACH)
