"""Reading a claimed quote: ellipses split it into segments, ``[brackets]`` are editor's slots.

``"We will … [the president] said"`` is two segments that must appear in order in one source
quotation; the bracketed words are a slot that stands for whatever the source says there.
``[sic]`` is dropped: it marks the source's own error, not a change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from service.matching.lexicon import CURRENCY_SYMBOLS
from service.matching.normalize import NormalizedText, Token, normalize, tokenize

_ELLIPSIS = re.compile(r"\[\s*(?:\.\s*){3}\]|(?:\.\s*){2}\.")
_BRACKET = re.compile(r"\[([^\[\]]*)\]")
_SIC = re.compile(r"\s*sic\.?\s*")
MAX_SLOT_WORDS = 6


@dataclass(frozen=True, slots=True)
class ParsedClaim:
    """The claim's tokens, grouped into segments that were separated by ellipses."""

    segments: tuple[tuple[Token, ...], ...]

    @property
    def tokens(self) -> tuple[Token, ...]:
        return tuple(token for segment in self.segments for token in segment)

    @property
    def own_words(self) -> int:
        """How many words are the speaker's, not an editor's bracketed slot (a currency
        symbol is part of its number, not a word)."""
        return sum(
            not token.bracket and token.surface not in CURRENCY_SYMBOLS for token in self.tokens
        )


def parse_claim(quote: str) -> ParsedClaim:
    """Split ``quote`` on ellipses and tokenise each segment, marking bracketed tokens."""
    normalized = normalize(quote)
    segments = []
    start = 0
    for ellipsis in _ELLIPSIS.finditer(normalized.text):
        segments.append(_segment_tokens(normalized, start, ellipsis.start()))
        start = ellipsis.end()
    segments.append(_segment_tokens(normalized, start, len(normalized.text)))
    return ParsedClaim(tuple(segment for segment in segments if segment))


def _segment_tokens(normalized: NormalizedText, start: int, end: int) -> tuple[Token, ...]:
    tokens: list[Token] = []
    position = start
    for bracket in _BRACKET.finditer(normalized.text, start, end):
        tokens += tokenize(normalized, position, bracket.start())
        if not _SIC.fullmatch(bracket.group(1)):
            slot = tokenize(normalized, bracket.start(1), bracket.end(1), bracket=True)
            # An editor's slot is a few words ("[the president]"); more is the claim's own text.
            tokens += (
                slot if len(slot) <= MAX_SLOT_WORDS else [replace(t, bracket=False) for t in slot]
            )
        position = bracket.end()
    tokens += tokenize(normalized, position, end)
    return tuple(tokens)
