"""Quotations split by their attribution: ``“We will win,” he said, “and then govern.”``

Quoting ``"We will win and then govern"`` bridges the attribution, which is standard practice,
not an omission. When the aligned words run across two or more quotations of one speaker, the
source-only words between them that stand outside every quotation become a marked gap.
"""

from __future__ import annotations

from bisect import bisect_right

from service.matching.align import Op, SourceIndex
from service.matching.model import SourceDocument, SourceQuote


def bridge_attribution(
    document: SourceDocument, source: SourceIndex, ops: list[Op]
) -> tuple[SourceQuote, list[Op]] | None:
    """The first of the quotations the claim runs across and the ops with the attribution
    turned into gaps; None unless every aligned word is quoted, by one speaker, in two or
    more quotations."""
    quotes = sorted(document.quotes, key=lambda quote: quote.start)
    holders = [
        _holder(quotes, source.tokens[op.source_start].start)
        for op in ops
        if op.tag in ("equal", "replace")
    ]
    held = [quote for quote in dict.fromkeys(holders) if quote is not None]
    if None in holders or len(held) < 2 or len({_speaker(quote) for quote in held}) > 1:
        return None
    return held[0], _merge_gaps([_as_gap(op, source, quotes) for op in ops])


def _holder(quotes: list[SourceQuote], position: int) -> SourceQuote | None:
    index = bisect_right([quote.start for quote in quotes], position) - 1
    if index >= 0 and quotes[index].start <= position < quotes[index].end:
        return quotes[index]
    return None


def _speaker(quote: SourceQuote) -> str | None:
    return quote.speaker.name if quote.speaker is not None else None


def _as_gap(op: Op, source: SourceIndex, quotes: list[SourceQuote]) -> Op:
    if op.tag != "delete":
        return op
    starts = [token.start for token in source.tokens[op.source_start : op.source_end]]
    if any(_holder(quotes, start) is not None for start in starts):
        return op
    return Op("gap", op.claim_start, op.claim_start, op.source_start, op.source_end)


def _merge_gaps(ops: list[Op]) -> list[Op]:
    merged: list[Op] = []
    for op in ops:
        previous = merged[-1] if merged else None
        if previous and previous.tag == op.tag == "gap" and previous.source_end == op.source_start:
            merged[-1] = Op(
                "gap", op.claim_start, op.claim_start, previous.source_start, op.source_end
            )
        else:
            merged.append(op)
    return merged
