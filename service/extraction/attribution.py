"""Attribution: pick the cue of each quotation, or the speaker it continues.

Evidence, strongest first: a cue right after the quotation, a cue before it in its sentence,
a lead-in paragraph ending in a colon, a cue opening the next sentence or ending this one,
the previous quotation (same paragraph, or the paragraph before when this one opens with a
quotation), the next quotation, a lead-in paragraph with a reporting verb, and for partial
quotes the sentence's subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.extraction.cues import Cue, cue_before, sentence_subject, weaker
from service.extraction.layout import Layout, Place
from service.extraction.marks import QuotedSpan
from service.extraction.model import QuoteType
from service.extraction.phrases import phrase_right
from service.extraction.speech import is_reported, quote_type
from service.extraction.tokens import tokenize
from service.extraction.trailing import cue_according_to, cue_after, cue_at_end

_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'’ -]{0,30}[A-Z]):\s+")
_CREDIT_DASH = re.compile(r"[ \t\u00a0]*(?:\n[ \t\u00a0\n]*)?[-―—–]+[ \t\u00a0]*(?=[A-Z])")
_CREDIT_REACH = 120
_CONTINUATION = 0.7
_LOOKAHEAD = 0.55
_LEAD_IN = 0.6
_SUBJECT_GUESS = 0.4
_OWN_MARGIN = 0.3


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
        _label_cue(label) or _own_cue(layout, span, place)
        for span, place, label in zip(spans, places, labels, strict=True)
    ]
    types = [quote_type(text, span, place) for span, place in zip(spans, places, strict=True)]
    cues = _borrow(layout, spans, places, found, types)
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


def _label_cue(label: re.Match[str] | None) -> Cue | None:
    """A transcript quotation opening with its speaker's label: "WALLACE: Let's start …"."""
    return Cue(label.start(1), label.end(1), ":", 0.85) if label else None


def _own_cue(layout: Layout, span: QuotedSpan, place: Place) -> Cue | None:
    tokens, at = place.tokens, place.index
    open_ended = layout.masked[span.end - 1] != "." or not span.closed
    return (
        cue_according_to(tokens, at + 1)
        or _credit(layout, span)
        or cue_after(tokens, at + 1, open_ended)
        or cue_before(tokens, at)
        or _lead_in(layout, place, colon_only=True)
        or _next_sentence(layout, place)
        or cue_at_end(tokens, at + 1)
    )


def _credit(layout: Layout, span: QuotedSpan) -> Cue | None:
    """A credit line after the quotation: ``"…" — Sonya Herridge`` or ``"…" ¶ -Obama``."""
    after = span.close_at + 1 if span.closed else span.close_at
    dash = _CREDIT_DASH.match(layout.masked, after)
    if dash is None:
        return None
    line_end = layout.masked.find("\n", dash.end())
    limit = dash.end() + _CREDIT_REACH
    tokens = tokenize(layout.masked, dash.end(), limit if line_end < 0 else min(line_end, limit))
    bounds = phrase_right(tokens, 0)
    if bounds is None:
        return None
    return Cue(tokens[bounds[0]].start, tokens[bounds[1]].end, "—", 0.8)


def _next_sentence(layout: Layout, place: Place) -> Cue | None:
    """``"…." Murphy admitted later.``: the next sentence opens with the cue."""
    if place.index != len(place.tokens) - 1:
        return None
    following = layout.sentence_tokens(place.sentence + 1)
    if layout.paragraph_sentences(place.paragraph)[-1:] == [place.sentence]:
        return None
    cue = cue_after(following, 0, open_ended=True)
    return weaker(cue, 0.9) if cue else None


def _lead_in(layout: Layout, place: Place, colon_only: bool) -> Cue | None:
    """A paragraph opening with a quotation, after a paragraph ending "X said:"."""
    sentences = layout.paragraph_sentences(place.paragraph)
    if place.index != 0 or not sentences or sentences[0] != place.sentence:
        return None
    tokens = layout.sentence_tokens(place.sentence - 1)
    colon = bool(tokens) and tokens[-1].text == ":"
    if colon_only and not colon:
        return None
    cue = cue_before(tokens, len(tokens))
    return cue if cue is None or colon else weaker(cue, _LEAD_IN)


def _previous_sentence(layout: Layout, place: Place) -> Cue | None:
    """``Trump said he disagreed. "…"``: a quotation opening a sentence, cued by the one before."""
    sentences = layout.paragraph_sentences(place.paragraph)
    if place.index != 0 or not sentences or sentences[0] == place.sentence:
        return None
    tokens = layout.sentence_tokens(place.sentence - 1)
    cue = cue_before(tokens, len(tokens))
    return weaker(cue, _LEAD_IN) if cue else None


def _borrow(
    layout: Layout,
    spans: list[QuotedSpan],
    places: list[Place],
    found: list[Cue | None],
    types: list[QuoteType],
) -> list[Cue | None]:
    cues = list(found)
    for i in range(1, len(cues)):
        previous = cues[i - 1]
        place = places[i]
        new_sentence = place.sentence != places[i - 1].sentence
        if cues[i] is None and types[i] == "partial" and new_sentence:
            cues[i] = _named_subject_of_sentence(place)
        if cues[i] is None and _introduced_after(layout, places, i):
            cues[i] = _lead_in(layout, place, colon_only=False)
        if cues[i] is None and previous is not None and _continues(layout, spans, places, i):
            cues[i] = weaker(previous, _CONTINUATION)
    for i in range(len(cues) - 2, -1, -1):
        following = cues[i + 1]
        if (
            following is not None
            and _adjacent(places, i)
            and _outranked(cues[i], following, places, i)
        ):
            cues[i] = weaker(following, _LOOKAHEAD)
    for i, place in enumerate(places):
        if cues[i] is None:
            cues[i] = _lead_in(layout, place, colon_only=False) or _previous_sentence(layout, place)
        if cues[i] is None and place.index > 0:
            cues[i] = sentence_subject(place.tokens, place.index)
        if cues[i] is None:
            cues[i] = _subject_before_paragraph(layout, place)
    return cues


def _subject_before_paragraph(layout: Layout, place: Place) -> Cue | None:
    """A paragraph opening with a quotation no cue reaches, after a paragraph about someone
    ("Lee is upbeat about her chances. ¶ “We will win.”"): the named subject before it."""
    sentences = layout.paragraph_sentences(place.paragraph)
    if place.index != 0 or not sentences or sentences[0] != place.sentence:
        return None
    tokens = layout.sentence_tokens(place.sentence - 1)
    if not tokens or tokens[-1].is_quote or tokens[-1].text == ":":
        return None
    cue = sentence_subject(tokens, len(tokens))
    if cue is None or cue.end == tokens[-1].end:
        return None
    last = next(t for t in tokens if t.end == cue.end)
    named = last.is_capitalized and not last.is_pronoun
    return cue if named or last.lower in {"he", "she"} else None


def _introduced_after(layout: Layout, places: list[Place], i: int) -> bool:
    """A paragraph-opening quote whose previous paragraph ends with sentences after its last
    quotation ("“A,” Trump said. Clinton disagreed. ¶ “B”"): the lead-in outranks continuing."""
    here, before = places[i], places[i - 1]
    if here.paragraph != before.paragraph + 1 or here.index != 0:
        return False
    return layout.paragraph_sentences(before.paragraph)[-1:] != [before.sentence]


def _named_subject_of_sentence(place: Place) -> Cue | None:
    """A partial quote in a new sentence whose subject is a name or pronoun: that subject."""
    cue = sentence_subject(place.tokens, place.index)
    if cue is None:
        return None
    first = next(t for t in place.tokens if t.start == cue.start)
    return cue if first.is_capitalized or first.is_pronoun else None


def _continues(layout: Layout, spans: list[QuotedSpan], places: list[Place], i: int) -> bool:
    """Same paragraph, a reopened multi-paragraph quote, or a paragraph opening with a quote
    right after the paragraph of the previous quotation."""
    here, before = places[i], places[i - 1]
    first_sentence = layout.paragraph_sentences(here.paragraph)[:1] == [here.sentence]
    opens_paragraph = here.index == 0 and first_sentence
    next_paragraph = here.paragraph == before.paragraph + 1 and opens_paragraph
    return here.paragraph == before.paragraph or spans[i].reopened or next_paragraph


def _outranked(own: Cue | None, following: Cue, places: list[Place], i: int) -> bool:
    """No cue yet, or only the sentence's subject as a guess while the next quotation in the
    same sentence has a cue of its own (“Guns are “a crisis” and “a plague,” Dean said")."""
    if own is None:
        return True
    same_sentence = places[i].sentence == places[i + 1].sentence
    return same_sentence and own.strength <= _SUBJECT_GUESS < following.strength - _OWN_MARGIN


def _adjacent(places: list[Place], i: int) -> bool:
    here, after = places[i], places[i + 1]
    return here.paragraph == after.paragraph and after.sentence - here.sentence <= 1
