"""Quotation marks: pair them into quoted spans, telling quotes from apostrophes.

One linear pass per paragraph. Curly and straight double marks are one family, because real
copy mixes them (“…," or “…“); single marks are another. Doubled apostrophes ('') pair up so
that marks inside them stay nested, but yield no span: they are outside issue 3's list of
marks, and PolNeAR's annotators do not treat them as quotation marks. Only
outermost quotations become spans. A double quotation left open at the end of a paragraph
runs to that end, so an unbalanced mark never swallows the rest of the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile("''|<[^<>\n]{0,400}>|[\"'“”„«»‘’]")
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
    single: bool = False


@dataclass(slots=True)
class _Open:
    family: str
    at: int
    width: int
    inner: str | None = None


def _role(mark: str, before: str, after: str) -> tuple[str, str] | None:
    """Return (family, role) of a mark in context, role "open" or "close"; None if no quote."""
    opening = before == "" or before in _OPENING_CONTEXT
    closing = after == "" or not after.isalnum()
    if mark in "„«":
        return ("double", "open")
    if mark == "»":
        return ("double", "close")
    if mark == "''":
        return ("typewriter", "open" if opening and not after.isspace() else "close")
    if mark in {'"', "“", "”"}:
        if mark == "“" or mark == "”" and opening and not closing:
            return ("double", "close" if closing and not opening else "open")
        return ("double", "open" if opening and not after.isspace() else "close")
    if before.isalnum() and after.isalnum():
        return None
    if not before.isalnum() and after.isalpha() and mark in "‘'":
        return ("single", "open")
    return ("single", "close") if closing and before != " " else None


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
        at, mark = match.start(), match.group()
        if mark.startswith("<"):
            continue
        before = paragraph[at - 1] if at else ""
        after = paragraph[match.end()] if match.end() < len(paragraph) else ""
        kind = _role(mark, before, after)
        if kind is None:
            continue
        family, role = kind
        if current is None:
            if role == "open":
                current = _Open(family, at, len(mark))
        elif family == current.inner:
            current.inner = None if role == "close" else current.inner
        elif family == current.family and role == "close":
            if family != "typewriter":
                spans.append(_span(paragraph, offset, current, at, True, continues))
            current = None
        elif family == current.family and _restarts(paragraph, current.at, at):
            spans.append(_span(paragraph, offset, current, at, False, continues))
            current = _Open(family, at, len(mark))
        elif role == "open":
            current.inner = family
    if current is not None and current.family == "double":
        spans.append(_span(paragraph, offset, current, len(paragraph), False, continues))
    spans = [span for span in spans if span.end > span.start]
    return spans, current is not None and current.family == "double"


def _restarts(paragraph: str, open_at: int, at: int) -> bool:
    """A second opening mark of the same kind: a new quotation if the first ended a sentence."""
    return _SENTENCE_END.search(paragraph, max(open_at + 1, at - 8), at) is not None


def _span(
    paragraph: str, offset: int, opened: _Open, close_at: int, closed: bool, continues: bool
) -> QuotedSpan:
    start, end = opened.at + opened.width, close_at
    while end > start and paragraph[end - 1].isspace():
        end -= 1
    while start < end and paragraph[start].isspace():
        start += 1
    reopened = continues and not paragraph[: opened.at].strip()
    return QuotedSpan(
        offset + start,
        offset + end,
        offset + opened.at,
        offset + close_at,
        closed,
        reopened,
        opened.family == "single",
    )
