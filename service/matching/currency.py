"""Money written two ways: ``$8 million`` and ``8 million dollars`` say the same thing.

The aligner sees the symbol before the number and the word after it as one word inserted and
another left out. The two cancel when they name the same currency on either side of the same
number; a different currency (``$5`` against ``£5``) stays a change.
"""

from __future__ import annotations

from service.matching.align import Op
from service.matching.changes import Sides
from service.matching.lexicon import CURRENCY_SYMBOLS
from service.matching.normalize import Token
from service.matching.numbers import is_number


def absorb_currency_moves(ops: list[Op], sides: Sides) -> list[Op]:
    """``ops`` without the insert/delete pairs that only move a currency across its number."""
    moved: set[int] = set()
    for index in range(len(ops)):
        partner = _word_after_number(ops, index, sides)
        if partner is not None and index not in moved:
            moved |= {index, partner}
    return [op for index, op in enumerate(ops) if index not in moved]


def _word_after_number(ops: list[Op], index: int, sides: Sides) -> int | None:
    """When ``ops[index]`` is a currency symbol only one side has, and the other side names
    the same currency right after the number that follows: the index of that op."""
    symbol = _lone_token(ops[index], sides)
    if symbol is None or symbol.surface not in CURRENCY_SYMBOLS:
        return None
    after = index + 1
    while after < len(ops) and ops[after].tag == "equal" and _numeric(ops[after], sides):
        after += 1
    if after == index + 1 or after == len(ops) or ops[after].tag == ops[index].tag:
        return None
    word = _lone_token(ops[after], sides)
    return after if word is not None and word.key == symbol.key else None


def _numeric(op: Op, sides: Sides) -> bool:
    return all(is_number(t.key) for t in sides.claim[op.claim_start : op.claim_end])


def _lone_token(op: Op, sides: Sides) -> Token | None:
    """The one token an insert (claim side) or delete (source side) holds, else None."""
    if op.tag not in ("insert", "delete"):
        return None
    tokens = (
        sides.claim[op.claim_start : op.claim_end]
        if op.tag == "insert"
        else sides.source[op.source_start : op.source_end]
    )
    return tokens[0] if len(tokens) == 1 else None
