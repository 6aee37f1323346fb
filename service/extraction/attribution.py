"""Attribution: pick the cue of each quotation, or the speaker it continues.

Evidence, strongest first: a cue right after the quotation, a cue before it in its sentence,
a lead-in paragraph ending in a colon, a cue opening the next sentence or ending this one,
the previous quotation (same paragraph, or the paragraph before when this one opens with a
quotation), the next quotation, a lead-in paragraph with a reporting verb, and for partial
quotes the sentence's subject.

The cue a quotation finds around itself is ``own_cues``'s; what a cue-less quotation takes from
its neighbours is ``borrowing``'s. This module combines the two with transcript labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.extraction.borrowing import borrow_cues
from service.extraction.cues import Cue
from service.extraction.layout import Layout
from service.extraction.marks import QuotedSpan
from service.extraction.model import QuoteType
from service.extraction.own_cues import own_cue
from service.extraction.speech import is_reported, quote_type

_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'’ -]{0,30}[A-Z]):\s+")
# Words that name no one on their own, nor contracted with "is" ("That’s", "there's").
_NAMES_NO_ONE = frozenset("the a an this that these those there here what".split())


@dataclass(frozen=True, slots=True)
class Attribution:
    """The cue found for one quotation (None if none), its type and whether to report it.

    ``start``: where the quoted words begin when a transcript label ("PENCE: …") opens the
    quotation, else the span's own start."""

    cue: Cue | None
    type: QuoteType
    keep: bool = True
    start: int | None = None


def attribute(text: str, spans: list[QuotedSpan]) -> list[Attribution]:
    """One Attribution per span, in the same order."""
    layout = Layout.of(text, spans)
    places = [layout.place(span) for span in spans]
    labels = [_TRANSCRIPT_LABEL.match(text, span.start, span.end) for span in spans]
    found = [
        _label_cue(label) or _naming_someone(text, own_cue(layout, span, place))
        for span, place, label in zip(spans, places, labels, strict=True)
    ]
    types = [quote_type(text, span, place) for span, place in zip(spans, places, strict=True)]
    cues = [_naming_someone(text, cue) for cue in borrow_cues(layout, spans, places, found, types)]
    return [
        Attribution(
            cue,
            kind,
            is_reported(text, span, place, own, cue),
            label.end() if label else None,
        )
        for span, place, own, cue, kind, label in zip(
            spans, places, found, cues, types, labels, strict=True
        )
    ]


def _naming_someone(text: str, cue: Cue | None) -> Cue | None:
    """The cue, unless its speaker phrase is a lone word that names no one ("The", "That’s")."""
    if cue is None:
        return None
    words = text[cue.start : cue.end].lower().replace("’", "'").split()
    if len(words) != 1:
        return cue
    root, _, rest = words[0].partition("'")
    return None if root in _NAMES_NO_ONE and rest in {"", "s"} else cue


def _label_cue(label: re.Match[str] | None) -> Cue | None:
    """A transcript quotation opening with its speaker's label: "WALLACE: Let's start …"."""
    return Cue(label.start(1), label.end(1), ":", 0.85) if label else None
