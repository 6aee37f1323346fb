"""A quotation's own cue: the one found around the quotation itself.

In order: "according to", a credit line after it, a cue right after it, a cue before it in its
sentence, a lead-in paragraph ending in a colon, a cue opening the next sentence, a cue ending
this one. ``lead_in`` and ``previous_sentence`` also serve cues borrowed later.
"""

from __future__ import annotations

import re

from service.extraction.cues import Cue, cue_before, weaker
from service.extraction.layout import Layout, Place
from service.extraction.marks import QuotedSpan
from service.extraction.named_sources import cue_according_to, cue_as_source, cue_by_agent
from service.extraction.phrases import phrase_right
from service.extraction.tokens import Token, tokenize
from service.extraction.trailing import cue_after, cue_at_end

_CREDIT_DASH = re.compile(r"[ \t\u00a0]*(?:\n[ \t\u00a0\n]*)?[-―—–]+[ \t\u00a0]*(?=[A-Z])")
# "– Ready to quiz Trump –.": a line between dashes is a wire story's subhead, not a credit.
_SUBHEAD_END = re.compile(r"[-―—–]+[\s.]*$")
_CREDIT_REACH = 120
_LEAD_IN = 0.6


def own_cue(layout: Layout, span: QuotedSpan, place: Place) -> Cue | None:
    """The strongest cue around ``span`` itself, or None; see the module docstring."""
    tokens, at = place.tokens, place.index
    open_ended = layout.masked[span.end - 1] != "." or not span.closed
    return (
        cue_according_to(tokens, at + 1)
        or cue_as_source(tokens, at + 1)
        or _credit(layout, span)
        or cue_by_agent(tokens, at)
        or cue_after(tokens, at + 1, open_ended)
        or cue_before(tokens, at)
        or lead_in(layout, place, colon_only=True)
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
    line_end = len(layout.masked) if line_end < 0 else line_end
    if _SUBHEAD_END.search(layout.masked, dash.end(), line_end):
        return None
    tokens = tokenize(layout.masked, dash.end(), min(line_end, dash.end() + _CREDIT_REACH))
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
    if cue is None or _reports_own_words(following, cue):
        return None
    return weaker(cue, 0.9)


def _reports_own_words(tokens: list[Token], cue: Cue) -> bool:
    """ "“….” Ohio Gov. John Kasich said he would have fired him": a verb followed by "that"
    or a subject pronoun reports a clause of its own, not the quotation before it."""
    verb = next((k for k, token in enumerate(tokens) if token.text == cue.cue), None)
    following = tokens[verb + 1] if verb is not None and verb + 1 < len(tokens) else None
    return following is not None and (following.lower == "that" or following.is_pronoun)


def lead_in(layout: Layout, place: Place, colon_only: bool) -> Cue | None:
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


def previous_sentence(layout: Layout, place: Place) -> Cue | None:
    """``Trump said he disagreed. "…"``: a quotation opening a sentence, cued by the one before."""
    sentences = layout.paragraph_sentences(place.paragraph)
    if place.index != 0 or not sentences or sentences[0] == place.sentence:
        return None
    tokens = layout.sentence_tokens(place.sentence - 1)
    cue = cue_before(tokens, len(tokens))
    return weaker(cue, _LEAD_IN) if cue else None
