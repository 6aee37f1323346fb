"""Aligning claim segments to source words: rapidfuzz finds where, ``steps`` says how.

``partial_ratio_alignment`` over the space-joined token keys locates each segment cheaply; the
window it finds, widened so omissions and insertions fit, is aligned word by word (see
``steps``). Segments after an ellipsis must follow within a paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from service.matching.lexicon import expand_contraction
from service.matching.normalize import Token, normalize, tokenize
from service.matching.steps import Tag, levenshtein_steps, semi_global_steps

# Above this many DP cells the aligner falls back to rapidfuzz's (global) Levenshtein opcodes.
_MAX_CELLS = 200_000
# Regions this small (in DP cells) are aligned whole: rapidfuzz may place a short segment on a
# later occurrence ("vote"), leaving no room for the segments after it.
_SMALL = 1_500
# An ellipsis stands for a paragraph at most: the next segment must begin within this many
# words, so far-apart words of a long text cannot be stitched into a "quote".
_MAX_GAP = 150
_SOURCE_SIC = re.compile(r"\[\s*sic\.?\s*\]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Op:
    """One aligned step: claim tokens ``[claim_start, claim_end)`` against source tokens
    ``[source_start, source_end)``. ``insert`` is claim-only, ``delete`` source-only, ``gap``
    the source words an ellipsis stands for."""

    tag: Tag
    claim_start: int
    claim_end: int
    source_start: int
    source_end: int


@dataclass(frozen=True, slots=True)
class SourceIndex:
    """A source text's tokens, their keys joined by spaces (what rapidfuzz searches), where
    each key starts in ``joined`` (``offsets``) and each token in the text (``starts``)."""

    tokens: tuple[Token, ...]
    joined: str
    offsets: tuple[int, ...]
    starts: tuple[int, ...]


@lru_cache(maxsize=512)
def index_source(text: str, start: int = 0, end: int | None = None) -> SourceIndex:
    """Tokenise ``text[start:end]`` (the whole text by default) once; token offsets index
    ``text``. Cached because the same documents are checked again and again. A source's own
    ``[sic]`` is left out, as it is from claims: a verbatim claim still matches."""
    stop = len(text) if end is None else end
    marks = [(found.start(), found.end()) for found in _SOURCE_SIC.finditer(text, start, stop)]
    tokens = tuple(
        token
        for token in tokenize(normalize(text, start, stop))
        if not any(low <= token.start < high for low, high in marks)
    )
    offsets, position = [], 0
    for token in tokens:
        offsets.append(position)
        position += len(token.key) + 1
    joined = " ".join(token.key for token in tokens)
    return SourceIndex(tokens, joined, tuple(offsets), tuple(token.start for token in tokens))


def align_segments(
    segments: tuple[tuple[Token, ...], ...], source: SourceIndex, low: int, high: int
) -> list[Op] | None:
    """Align each segment in order inside source tokens ``[low, high)``. A segment found
    nowhere becomes claim-only words (an insertion); None when no segment is found at all."""
    ops: list[Op] = []
    claim_offset, position, placed = 0, low, False
    for segment in segments:
        limit = min(high, position + _MAX_GAP + 3 * len(segment)) if placed else high
        segment_ops = _align_segment(segment, source, position, limit, claim_offset)
        if segment_ops:
            first, last = _source_bounds(segment_ops)
            if placed:
                ops.append(Op("gap", claim_offset, claim_offset, position, first))
            position, placed = last, True
        else:
            end = claim_offset + len(segment)
            segment_ops = [
                Op("insert", i, i + 1, position, position) for i in range(claim_offset, end)
            ]
        ops += segment_ops
        claim_offset += len(segment)
    return ops if placed else None


def word_set(keys: Iterable[str]) -> frozenset[str]:
    """The words of ``keys`` with contractions spelled out (``that's`` -> that, is)."""
    return frozenset(word for key in keys for word in expand_contraction(key))


def shares_enough(claimed: frozenset[str], found: frozenset[str]) -> bool:
    """True when at least half the claimed words (see :func:`word_set`) occur in ``found``:
    fewer, and the claim can never score above the review threshold there."""
    return 2 * len(claimed & found) >= len(claimed)


def _source_bounds(ops: list[Op]) -> tuple[int, int]:
    touching = [op for op in ops if op.source_end > op.source_start] or ops
    return touching[0].source_start, touching[-1].source_end


def _align_segment(
    segment: tuple[Token, ...], source: SourceIndex, low: int, high: int, claim_offset: int
) -> list[Op]:
    if high <= low:
        return []
    low, high = _locate(segment, source, low, high)
    claim = [token.key for token in segment]
    window = [token.key for token in source.tokens[low:high]]
    if not shares_enough(word_set(t.key for t in segment if not t.bracket), word_set(window)):
        return []
    if len(claim) * len(window) > _MAX_CELLS:
        steps = levenshtein_steps(claim, window)
    else:
        steps = semi_global_steps(claim, window, [token.bracket for token in segment])
    return [
        Op(tag, c1 + claim_offset, c2 + claim_offset, s1 + low, s2 + low)
        for tag, c1, c2, s1, s2 in steps
    ]


def _locate(
    segment: tuple[Token, ...], source: SourceIndex, low: int, high: int
) -> tuple[int, int]:
    """Narrow ``[low, high)`` to the stretch that best matches ``segment``, with slack."""
    slack = max(5, len(segment) // 2)
    if high - low <= 3 * len(segment) + 2 * slack or len(segment) * (high - low) <= _SMALL:
        return low, high
    region_start = source.offsets[low]
    region_end = source.offsets[high - 1] + len(source.tokens[high - 1].key)
    needle = " ".join(token.key for token in segment)
    found = fuzz.partial_ratio_alignment(needle, source.joined[region_start:region_end])
    if found is None:
        return low, high
    first = bisect_right(source.offsets, region_start + found.dest_start) - 1
    last = bisect_right(source.offsets, region_start + max(found.dest_end - 1, 0))
    return max(low, first - slack), min(high, last + slack)
