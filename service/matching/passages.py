"""The stretches of a source to align for the passages a candidate index found.

The index returns sentence windows; a claim is aligned within them rather than against the
whole document, so its cost does not grow with the length of the documents it is found in. A
window is widened to the whole of every quotation it overlaps (a quotation is aligned whole, and
its speaker is the evidence's), and windows that overlap or stand next to each other are joined.
"""

from __future__ import annotations

from collections.abc import Sequence

from service.matching.model import SourceDocument, SourceQuote, Span


def passage_regions(document: SourceDocument, passages: Sequence[Span]) -> list[tuple[int, int]]:
    """The stretches of ``document.text`` to align for ``passages``, in text order: each passage
    widened to the whole of every quotation it overlaps, and passages that overlap or stand
    next to each other (nothing but whitespace between them) joined into one stretch, so that
    a claim running across adjacent sentences is aligned whole."""
    regions: list[tuple[int, int]] = []
    for passage in sorted(passages, key=lambda span: span.start):
        start, end = _with_quotations(document.quotes, passage.start, passage.end)
        while regions and _adjacent(document.text, regions[-1][1], start):
            previous_start, previous_end = regions.pop()
            start, end = min(start, previous_start), max(end, previous_end)
        regions.append((start, end))
    return regions


def _adjacent(text: str, end: int, start: int) -> bool:
    return start <= end or text[end:start].isspace()


def _with_quotations(quotes: Sequence[SourceQuote], start: int, end: int) -> tuple[int, int]:
    widened = True
    while widened:
        widened = False
        for quote in quotes:
            if quote.start < end and start < quote.end and (quote.start < start or quote.end > end):
                start, end, widened = min(start, quote.start), max(end, quote.end), True
    return start, end
