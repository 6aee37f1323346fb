"""Quotation marks: pair them into quoted spans, telling quotes from apostrophes.

One linear pass per paragraph. Only outermost quotations become spans; marks nested inside
them are skipped. A double quotation left open at the end of a paragraph runs to that end,
so an unbalanced mark never swallows the rest of the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile("[\"'“”„«»‘’]")
_OPENING_CONTEXT = frozenset(" \t([{—–-/\u00a0“‘„«:")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s*$")


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """The words between a pair of marks: ``start``/``end`` exclude the marks themselves."""

    start: int
    end: int
    open_at: int
    close_at: int
    closed: bool
    reopened: bool = False


@dataclass(slots=True)
class _Open:
    family: str
    at: int
    inner: str | None = None


def _family(mark: str, before: str, after: str) -> tuple[str, str] | None:
    """Return (family, role) for a mark in context, role "open" or "close"; None if no quote."""
    if mark in "“„«":
        return ("double", "open")
    if mark in "”»":
        return ("double", "close")
    if mark == '"':
        opening = before in _OPENING_CONTEXT or before == ""
        return ("straight", "open" if opening and not after.isspace() else "close")
    if before.isalnum() and after.isalnum():
        return None
    if mark == "‘" or (mark == "'" and not before.isalnum()):
        return ("single", "open") if after.isalpha() else None
    if after.isalnum():
        return None
    return ("single", "close")


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Every outermost quotation in ``text``, in order, with content offsets."""
    spans: list[QuotedSpan] = []
    position = 0
    previous_open = False
    for paragraph in text.split("\n"):
        found, left_open = _paragraph_spans(paragraph, position, previous_open)
        spans.extend(found)
        previous_open = left_open or (previous_open and not found and not paragraph.strip())
        position += len(paragraph) + 1
    return spans


def _paragraph_spans(paragraph: str, offset: int, continues: bool) -> tuple[list[QuotedSpan], bool]:
    spans: list[QuotedSpan] = []
    current: _Open | None = None
    for match in _MARK.finditer(paragraph):
        at = match.start()
        before = paragraph[at - 1] if at else ""
        after = paragraph[at + 1] if at + 1 < len(paragraph) else ""
        kind = _family(match.group(), before, after)
        if kind is None:
            continue
        family, role = kind
        if current is None:
            if role == "open":
                current = _Open(family, at)
            continue
        if family == current.family and role == "close":
            spans.append(_span(paragraph, offset, current.at, at, True, continues))
            current = None
        elif family == current.family and _restarts(paragraph, current.at, at):
            spans.append(_span(paragraph, offset, current.at, at, False, continues))
            current = _Open(family, at)
        elif family != current.family and role == "open" and current.inner is None:
            current.inner = family
        elif family == current.inner and role == "close":
            current.inner = None
    if current is not None and current.family != "single":
        spans.append(_span(paragraph, offset, current.at, len(paragraph), False, continues))
    spans = [span for span in spans if span.end > span.start]
    return spans, current is not None and current.family != "single"


def _restarts(paragraph: str, open_at: int, at: int) -> bool:
    """A second opening mark of the same kind: a new quotation if the first ended a sentence."""
    return _SENTENCE_END.search(paragraph, open_at + 1, at) is not None


def _span(
    paragraph: str, offset: int, open_at: int, close_at: int, closed: bool, continues: bool
) -> QuotedSpan:
    start, end = open_at + 1, close_at
    while end > start and paragraph[end - 1].isspace():
        end -= 1
    while start < end and paragraph[start].isspace():
        start += 1
    reopened = continues and not paragraph[:open_at].strip()
    return QuotedSpan(
        offset + start, offset + end, offset + open_at, offset + close_at, closed, reopened
    )
