"""Which quotation holds the aligned words: one of the index's, or one visible in the text's
own marks, for words the quotation index missed.

An alignment mostly inside an indexed quotation belongs to it; so does one at least half
inside whose other words are narration on one side of it (the claim ran on into the
attribution: "…,” Blinken told reporters"), which is reported.

The index comes from extraction, which can miss a quotation: a multi-paragraph quote whose
paragraphs open with a mark and never close, or a transcript turn (``PENCE: Well, look, ...``).
Words on a transcript turn are quoted and spoken by the labelled speaker; words after an
unbalanced double quotation mark in their paragraph are quoted by someone the text does not
name there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.matching.model import SourceQuote, SourceSpeaker

_INSIDE = 0.8
_DOUBLE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')
_TURN = re.compile(r"[\"\u201c\s]*([A-Z][A-Z.'\u2019 -]{1,40}[A-Z.]):\s+")
_LINE_TURN = re.compile(r"(?m)^[\"\u201c\s]*([A-Z][A-Z.'\u2019 -]{1,40}[A-Z.]):\s+")


def quotation_around(text: str, start: int, end: int, spoken: bool = False) -> SourceQuote | None:
    """The quotation (without an id) holding ``text[start:end]`` according to the text's own
    marks: a transcript turn or an unbalanced quotation mark; None otherwise. In a ``spoken``
    document (a transcript or interview) every word is quoted: a paragraph without a label
    continues the last labelled turn."""
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    turn = _TURN.match(text, paragraph_start, start)
    if turn is None and spoken:
        turn = _last_turn(text, start)
    if turn:
        speaker = SourceSpeaker(None, turn.group(1).title(), "person", (turn.group(1),))
        return SourceQuote(None, max(turn.end(), paragraph_start), paragraph_end, speaker)
    marks = [i for i in range(paragraph_start, start) if text[i] in _DOUBLE_MARKS]
    if len(marks) % 2 == 0:
        return SourceQuote(None, paragraph_start, paragraph_end, None) if spoken else None
    closing = next(
        (i for i in range(end, paragraph_end) if text[i] in _DOUBLE_MARKS), paragraph_end
    )
    return SourceQuote(None, marks[-1] + 1, closing, None)


def _last_turn(text: str, start: int) -> re.Match[str] | None:
    """The last labelled turn that begins a line before ``start``."""
    turns = list(_LINE_TURN.finditer(text, 0, start))
    return turns[-1] if turns else None


def enclosing_quote(
    quotes: Sequence[SourceQuote], positions: list[int]
) -> tuple[SourceQuote | None, bool]:
    """The indexed quotation holding the aligned words that start at ``positions``, and
    whether the claim runs on past it into narration (see the module docstring)."""
    for quote in quotes:
        inside = [quote.start <= position < quote.end for position in positions]
        if sum(inside) >= _INSIDE * len(positions):
            return quote, False
        outside = [position for position, held in zip(positions, inside, strict=True) if not held]
        if 2 * sum(inside) >= len(positions) and _narration_beside(quotes, quote, outside):
            return quote, True
    return None, False


def _narration_beside(
    quotes: Sequence[SourceQuote], quote: SourceQuote, positions: list[int]
) -> bool:
    """All of ``positions`` on one side of ``quote``, and none inside another quotation."""
    one_side = all(p < quote.start for p in positions) or all(p >= quote.end for p in positions)
    quoted = any(other.start <= p < other.end for other in quotes for p in positions)
    return one_side and not quoted
