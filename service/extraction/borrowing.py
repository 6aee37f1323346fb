"""Borrowed cues: a quotation with no cue of its own takes one from its context.

In order: a partial quote's named sentence subject, a lead-in paragraph that outranks
continuing, the previous quotation's cue (same paragraph, a reopened quote, or the paragraph
before), the next quotation's, then a lead-in paragraph with a reporting verb, the sentence
before, the sentence's subject, and the named subject of the paragraph before.
"""

from __future__ import annotations

from service.extraction.cues import Cue, sentence_subject, weaker
from service.extraction.layout import Layout, Place
from service.extraction.marks import QuotedSpan
from service.extraction.model import QuoteType
from service.extraction.own_cues import lead_in, previous_sentence

_CONTINUATION = 0.7
_LOOKAHEAD = 0.55
_SUBJECT_GUESS = 0.4
_OWN_MARGIN = 0.3


def borrow_cues(
    layout: Layout,
    spans: list[QuotedSpan],
    places: list[Place],
    found: list[Cue | None],
    types: list[QuoteType],
) -> list[Cue | None]:
    """``found`` (each span's own cue) with the gaps filled from context where possible."""
    cues = list(found)
    for i in range(1, len(cues)):
        previous = cues[i - 1]
        place = places[i]
        new_sentence = place.sentence != places[i - 1].sentence
        if cues[i] is None and types[i] == "partial" and new_sentence:
            cues[i] = _named_subject_of_sentence(place)
        if cues[i] is None and _introduced_after(layout, places, i):
            cues[i] = lead_in(layout, place, colon_only=False)
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
            cues[i] = lead_in(layout, place, colon_only=False) or previous_sentence(layout, place)
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
