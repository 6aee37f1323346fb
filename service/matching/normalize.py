"""Normalisation with an offset map back to the original text, and the word tokens we align.

Silent edits (case, quotation-mark and apostrophe style, typographic dashes and spaces, `…`,
line-break hyphenation, compatibility forms) disappear here, so the aligner never sees them.
Every normalised character remembers the original character it came from, so evidence and
changes are reported as offsets into the text the caller gave us.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from service.matching.lexicon import CURRENCIES
from service.matching.numbers import number_key

_CHARACTERS = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u2035\u00b4`\u02bc", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    **dict.fromkeys("\u00a0\u2007\u202f\u2009\u200a\u3000", " "),
    "\u2026": "...",
    "\u00ad": "",
    "\u200b": "",
}
# "eco-\nnomic" is one word broken across lines; "well-\nknown" loses its hyphen too, which is
# harmless because hyphens separate tokens anyway.
_LINE_BREAK_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n\s*(?=[^\W\d_])")
# ASCII words (no whitespace or space-like controls) joined by single spaces: _plain only
# lowers their characters and no space in them follows another.
_ASCII_RUN = re.compile(r"[\x00-\x08\x0e-\x1b\x21-\x7f]+(?: [\x00-\x08\x0e-\x1b\x21-\x7f]+)*")
_TOKEN = re.compile(r"\d+(?:st|nd|rd|th)\b|\d+(?:[.,]\d+)*|[^\W_]+(?:'[^\W_]+)*|[%$£€¥]")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """``text`` with ``origin[i]`` the index in the original of ``text[i]`` (one extra entry
    holds the original length)."""

    text: str
    origin: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised half-open span ``[start, end)`` back to the original text."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


@dataclass(frozen=True, slots=True)
class Token:
    """One word: ``key`` compares (numbers by value), ``start``/``end`` index the original."""

    key: str
    surface: str
    start: int
    end: int
    bracket: bool = False


def normalize(text: str, start: int = 0, end: int | None = None) -> NormalizedText:
    """Return ``text[start:end]`` (the whole text by default) case-folded, NFKC-normalised, with
    typographic variants made plain; ``origin`` indexes ``text`` itself."""
    stop = len(text) if end is None else end
    pieces: list[str] = []
    origin: list[int] = []
    position = start
    for hyphen in _LINE_BREAK_HYPHEN.finditer(text, start, stop):
        _append_plain(text, position, hyphen.start(), pieces, origin)
        position = hyphen.end()
    _append_plain(text, position, stop, pieces, origin)
    origin.append(stop)
    return NormalizedText("".join(pieces), tuple(origin))


def _append_plain(text: str, start: int, end: int, pieces: list[str], origin: list[int]) -> None:
    """Append ``text[start:end]`` made plain: runs of ASCII words only change case, so they go
    in whole (most text is such runs); each other character goes through ``_plain``, and a
    space after a space is dropped."""
    position = start
    for run in _ASCII_RUN.finditer(text, start, end):
        _append_characters(text, position, run.start(), pieces, origin)
        pieces.append(run.group().lower())
        origin.extend(range(run.start(), run.end()))
        position = run.end()
    _append_characters(text, position, end, pieces, origin)


def _append_characters(
    text: str, start: int, end: int, pieces: list[str], origin: list[int]
) -> None:
    for index in range(start, end):
        for plain in _plain(text[index]):
            if plain == " " and pieces and pieces[-1][-1] == " ":
                continue
            pieces.append(plain)
            origin.append(index)


def _plain(character: str) -> str:
    if character.isascii():
        return " " if character.isspace() else character.lower()
    mapped = _CHARACTERS.get(character)
    if mapped is None:
        mapped = unicodedata.normalize("NFKC", character).lower()
    return "".join(" " if c.isspace() else _CHARACTERS.get(c, c) for c in mapped)


def tokenize(
    normalized: NormalizedText, start: int = 0, end: int | None = None, bracket: bool = False
) -> list[Token]:
    """Return the word tokens of ``normalized.text[start:end]``; punctuation is not a token,
    but ``%`` and currency symbols are (keyed as their words: ``$`` is ``dollars``)."""
    origin = normalized.origin  # original_span, inlined: this loop runs for every source word
    tokens = []
    for match in _TOKEN.finditer(
        normalized.text, start, len(normalized.text) if end is None else end
    ):
        surface = match.group()
        first, last = match.span()
        key = CURRENCIES.get(surface) or number_key(surface)
        tokens.append(Token(key, surface, origin[first], origin[last - 1] + 1, bracket))
    return tokens
