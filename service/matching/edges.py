"""What stands just outside the claimed words: a negation the claim stops short of.

``"Probably"`` from ``"Probably not"`` and ``"want to be the center"`` from ``"doesn't want to
be the center"`` quote real words and still hide a negation by where they start or stop.
A contraction the alignment split at the claim's end (``isn't`` against ``is | not``) is first
made whole, so it is not mistaken for such a negation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.matching.align import Op
from service.matching.changes import Sides, change, count
from service.matching.lexicon import NEGATIONS, expand_contraction
from service.matching.model import Change

# Punctuation that ends the clause; a comma does too, but only after a bare "No," (an answer).
_CLAUSE_BREAK = re.compile('[.;:!?"\u201c\u201d\u2014\u2013()\\[\\]]')


def absorb_split_contraction(ops: list[Op], sides: Sides) -> list[Op]:
    """Extend a final ``isn't`` / ``is`` pairing over the ``not`` that follows it."""
    last = ops[-1] if ops else None
    if last is None or last.tag != "replace" or last.source_end >= len(sides.source):
        return ops
    claimed = expand_contraction(sides.claim[last.claim_start].key)
    found = [
        w
        for t in sides.source[last.source_start : last.source_end + 1]
        for w in expand_contraction(t.key)
    ]
    if list(claimed) != found:
        return ops
    extended = Op(
        "replace", last.claim_start, last.claim_end, last.source_start, last.source_end + 1
    )
    return [*ops[:-1], extended]


def edge_negations(ops: Sequence[Op], sides: Sides) -> list[Change]:
    """A negation standing right before or after the claimed words, in the same clause, that
    the claim leaves out ("Probably [not]", "[doesn't] want to be"): it is hidden by omission."""
    aligned = [op for op in ops if op.source_end > op.source_start and op.tag != "gap"]
    if not aligned:
        return []
    first, last = aligned[0].source_start, aligned[-1].source_end
    edges = [
        Op("delete", 0, 0, first - 1, first),
        Op("delete", len(sides.claim), len(sides.claim), last, last + 1),
    ]
    return [
        change("omission", "meaning", [edge], sides)
        for edge in edges
        if 0 <= edge.source_start < len(sides.source)
        and _negation_next_to(edge, first, last, sides)
    ]


def _negation_next_to(edge: Op, first: int, last: int, sides: Sides) -> bool:
    token = sides.source[edge.source_start]
    if not count(list(expand_contraction(token.key)), NEGATIONS):
        return False
    between = (
        sides.source_text[token.end : sides.source[first].start]
        if edge.source_start < first
        else sides.source_text[sides.source[last - 1].end : token.start]
    )
    return not _CLAUSE_BREAK.search(between) and not ("," in between and token.key == "no")
