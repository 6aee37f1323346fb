"""A small sentence splitter for news prose, built to never lose text and never raise.

It splits after ``.``, ``!``, ``?`` or ``…`` (and any closing quotes or brackets that follow) when
whitespace and then something that can open a sentence come next; it also splits at line breaks.
It does not track quotation state, so an unbalanced quotation mark cannot swallow the rest of a
document. Abbreviations ("Mr.", "Sen.", "U.S.") and initials ("J. Smith") never end a sentence.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col capt sgt adm cmdr st jr sr rev supt insp messrs
    mme mlle inc corp co ltd llc bros dept univ assn vs etc approx fig vol jan feb mar apr jun
    jul aug sep sept oct nov dec ala ariz ark calif colo conn fla ga kan ky md mich minn mont
    neb nev okla tenn tex va vt wis wyo""".split()
)
# State abbreviations that are also words ("ill.", "wash.", "miss.") are left out, so that a
# sentence ending in such a word still ends there.
# A candidate boundary: terminal punctuation, closers, whitespace, then a sentence opener.
_BOUNDARY = re.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s+[\"“‘'«(\[]*[^\W_a-z])")
_LINE_BREAK = re.compile(r"\s*\n\s*")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` code-point spans of the sentences of ``text``, in order.

    Spans do not overlap, carry no leading or trailing whitespace and are never empty; together
    they cover every non-whitespace character of ``text``.
    """
    spans = []
    for line_start, line_end in _lines(text):
        start = line_start
        for boundary in _BOUNDARY.finditer(text, line_start, line_end):
            if not _is_abbreviation(text, start, boundary.start()):
                spans.append((start, boundary.end()))
                start = _skip_spaces(text, boundary.end(), line_end)
        spans.append((start, line_end))
    return [span for span in spans if span[0] < span[1]]


def sentence_around(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The start of the sentence holding ``start`` and the end of the one holding ``end - 1``,
    as ``split_sentences`` cuts them, looking at most ``reach`` characters either way."""
    low = max(0, start - reach, text.rfind("\n", max(0, start - reach), start) + 1)
    line_end = text.find("\n", end, end + reach)
    high = min(len(text), end + reach) if line_end < 0 else line_end
    before: list[re.Match[str]] = []
    sentence_end = high
    for boundary in _BOUNDARY.finditer(text, low, high):
        if boundary.end() <= start:
            before.append(boundary)
        elif boundary.end() >= end and not _is_abbreviation(text, low, boundary.start()):
            sentence_end = boundary.end()
            break
    sentence_start = next(
        (b.end() for b in reversed(before) if not _is_abbreviation(text, low, b.start())), low
    )
    while sentence_end > end and text[sentence_end - 1].isspace():
        sentence_end -= 1
    return _skip_spaces(text, sentence_start, start), sentence_end


def _lines(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines of ``text``, stripped of surrounding whitespace."""
    lines, start = [], 0
    for line_break in _LINE_BREAK.finditer(text):
        lines.append((start, line_break.start()))
        start = line_break.end()
    lines.append((start, len(text)))
    return [_strip(text, line_start, line_end) for line_start, line_end in lines]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    start = _skip_spaces(text, start, end)
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _skip_spaces(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _is_abbreviation(text: str, sentence_start: int, punctuation_at: int) -> bool:
    """Whether the period at ``punctuation_at`` closes an abbreviation or an initial."""
    if text[punctuation_at] != ".":
        return False
    found = _WORD_BEFORE.search(text, sentence_start, punctuation_at + 1)
    if found is None:
        return False
    word = found.group(1)
    return word.lower() in _ABBREVIATIONS or len(word) == 1 or "." in word
