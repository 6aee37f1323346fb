"""Sentence boundaries that survive abbreviations ("U.S.", "Mr.", "Jan.") and initials."""

from __future__ import annotations

import re

# A candidate end: terminal punctuation, optional closing marks, then space and a likely start.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9\x01])|\n+")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col capt sgt st jr sr rev hon pres atty sup
    del adm cmdr supt insp messrs
    jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc corp co ltd dept ft mt""".split()
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) code-point spans of the sentences of ``text``, whitespace trimmed.

    Paragraph breaks always end a sentence; a full stop after a known abbreviation, an initial
    ("L.") or a dotted acronym ("U.S.") does not.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        if match.group().startswith("\n") or not _is_abbreviation(text, match.start()):
            _append(spans, text, start, match.end())
            start = match.end()
    _append(spans, text, start, len(text))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    window = max(0, dot - 20)
    start = max(text.rfind(" ", window, dot), text.rfind("\n", window, dot), window - 1) + 1
    token = text[start:dot].lstrip("\"'“‘(")
    if not token:
        return False
    if token.lower() in _ABBREVIATIONS:
        return True
    return len(token) == 1 and token.isupper() or "." in token and len(token) <= 5


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
