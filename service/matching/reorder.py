"""A claim whose sentences all stand in one source, but in another order.

Quoters sometimes stitch a speaker's sentences together in an order the speaker never used.
Aligned whole, such a claim finds nothing close; aligned a sentence at a time, each is found.
Only a claim found nowhere whole is tried, so an in-order match is never overruled.
The result is one candidate spanning those sentences in the source, with an ``order`` change
(severity ``meaning``) for each sentence the claim moved, beside the changes inside each one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from service.matching.evidence import Candidate, find_candidates, sentence_bounds
from service.matching.model import Change, Evidence, SourceDocument, Span, Thresholds
from service.matching.segments import parse_claim

# A sentence end followed by a word (quoted sentences may start in lower case), or an ellipsis.
_PIECE_END = re.compile(
    r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?\w)"
    r"|\s*(?:\u2026|\.\s?\.\s?\.)\s*"
)
# Shorter pieces ("U.S." before a capital) join the next: a few words are found anywhere.
_MIN_PIECE_WORDS = 4
# Each piece is aligned on its own: a claim of more sentences is judged whole only.
_MAX_PIECES = 12


def reordered_candidate(
    quote: str,
    sources: Sequence[SourceDocument],
    passages: Mapping[int, Sequence[Span]],
    thresholds: Thresholds,
) -> Candidate | None:
    """The first source in which every piece of ``quote`` is found on its own (each scoring at
    least ``thresholds.review``, all together at least ``thresholds.confirm``) in an order
    other than the claim's; None when there is none."""
    review, confirm = thresholds.review, thresholds.confirm
    spans = pieces(quote)
    if not 2 <= len(spans) <= _MAX_PIECES:
        return None
    for document in sources:
        passed = passages.get(document.document_id)
        found = [_best(quote[start:end], document, passed) for start, end in spans]
        placed = [c for c in found if c is not None and c.score >= review]
        moved = _moved(placed) if len(placed) == len(spans) and _apart(placed) else []
        if any(moved):
            combined = _combined(quote, spans, placed, moved)
            if combined.score >= confirm:
                return combined
    return None


def pieces(quote: str) -> list[tuple[int, int]]:
    """The claim's sentences (and the stretches between its ellipses) as spans of ``quote``;
    a piece under four words joins the next one (the last joins the one before)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in [*_PIECE_END.finditer(quote), None]:
        end = boundary.start() if boundary else len(quote)
        if spans and _words(quote, *spans[-1]) < _MIN_PIECE_WORDS:
            spans[-1] = (spans[-1][0], end)
        elif quote[start:end].strip():
            spans.append((start, end))
        start = boundary.end() if boundary else len(quote)
    if len(spans) > 1 and _words(quote, *spans[-1]) < _MIN_PIECE_WORDS:
        last = spans.pop()
        spans[-1] = (spans[-1][0], last[1])
    return spans


def _words(quote: str, start: int, end: int) -> int:
    return len(quote[start:end].split())


def _best(text: str, document: SourceDocument, passages: Sequence[Span] | None) -> Candidate | None:
    found = find_candidates(parse_claim(text), text, document, passages)
    return max(found, key=lambda c: (c.score, c.quote is not None), default=None)


def _apart(found: list[Candidate]) -> bool:
    """Every piece stands in its own place: a sentence claimed twice is no reordering."""
    spans = sorted((c.evidence.start, c.evidence.end) for c in found)
    return all(first[1] <= second[0] for first, second in zip(spans, spans[1:], strict=False))


def _moved(found: list[Candidate]) -> list[bool]:
    """For each piece, whether it is out of place: not in a longest run of pieces that keep
    the source's order."""
    starts = [candidate.evidence.start for candidate in found]
    chains: list[list[int]] = []
    for index, start in enumerate(starts):
        before = [chain for chain in chains if starts[chain[-1]] < start]
        longest = max(before, key=len) if before else []
        chains.append([*longest, index])
    kept: list[int] = max(chains, key=len)
    return [index not in kept for index in range(len(found))]


def _combined(
    quote: str, spans: list[tuple[int, int]], found: list[Candidate], moved: list[bool]
) -> Candidate:
    document = found[0].document
    start = min(c.evidence.start for c in found)
    end = max(c.evidence.end for c in found)
    first = found[0]
    evidence = Evidence(
        document.document_id,
        first.quote.quote_id if first.quote else None,
        start,
        end,
        document.text[start:end],
        *sentence_bounds(document.text, start, end),
        first.quote.speaker if first.quote else None,
    )
    changes: list[Change] = []
    for (piece_start, piece_end), candidate, out_of_place in zip(spans, found, moved, strict=True):
        changes += [_shifted(change, piece_start) for change in candidate.changes]
        if out_of_place:
            where = candidate.evidence
            claimed = Span(piece_start, piece_end)
            source = Span(where.start, where.end)
            changes.append(
                Change("order", quote[piece_start:piece_end], where.text, claimed, source)
            )
    words = [_words(quote, *span) for span in spans]
    score = sum(c.score * n for c, n in zip(found, words, strict=True)) / sum(words)
    return Candidate(document, evidence, first.quote, tuple(changes), score)


def _shifted(change: Change, offset: int) -> Change:
    """``change`` with its claimed span moved from the piece's offsets to the claim's."""
    span = change.claimed_span
    return replace(change, claimed_span=Span(span.start + offset, span.end + offset))
