"""Attribution: pick the cue of each quotation, or the speaker it continues.

Order of evidence, strongest first: a cue right after the quotation, a cue before it in its
sentence, a cue later in the sentence, a colon-ended lead-in paragraph, the previous quotation
of the paragraph (continuation), the next one, and for partial quotes the sentence's subject.
"""

from __future__ import annotations

from dataclasses import dataclass

from service.extraction.cues import (
    Cue,
    cue_after,
    cue_before,
    sentence_subject,
)
from service.extraction.marks import QuotedSpan
from service.extraction.model import QuoteType
from service.extraction.phrases import QUOTE, Token, tokenize
from service.extraction.sentences import split_sentences

_KEPT_PUNCTUATION = frozenset(".,!?")
_CONTINUATION = 0.7
_LOOKAHEAD = 0.55
_SUBJECT_ONLY = 0.4


@dataclass(frozen=True, slots=True)
class Attribution:
    """The cue found for one quotation (None if none), its type and whether to report it."""

    cue: Cue | None
    type: QuoteType
    keep: bool = True


@dataclass(frozen=True, slots=True)
class _Place:
    tokens: list[Token]
    index: int
    sentence: int
    paragraph: int


def attribute(text: str, spans: list[QuotedSpan]) -> list[Attribution]:
    """One Attribution per span, in the same order."""
    masked = _mask(text, spans)
    places = _places(masked, spans)
    found = [_own_cue(masked, spans[i], place) for i, place in enumerate(places)]
    cues = _borrow(spans, places, found)
    return [
        Attribution(cue, _type(place), _is_reported(text, span, own, cue))
        for span, place, own, cue in zip(spans, places, found, cues, strict=True)
    ]


def _is_reported(text: str, span: QuotedSpan, own: Cue | None, cue: Cue | None) -> bool:
    """Whether a quoted span reports speech, rather than naming a work or scare-quoting.

    Single marks count only with a cue of their own (headlines use them for emphasis); a
    title-cased span ("Meet the Press") needs a cue of its own or a continued speaker.
    """
    if span.single:
        return own is not None
    if _title_like(text[span.start : span.end]):
        return own is not None or (cue is not None and cue.strength > _SUBJECT_ONLY)
    return True


def _title_like(words: str) -> bool:
    long_words = [word for word in words.split() if len(word) > 3]
    return bool(long_words) and all(word[0].isupper() for word in long_words)


def _mask(text: str, spans: list[QuotedSpan]) -> str:
    chars = [" " if c in '"“”„«»' else c for c in text]
    for span in spans:
        chars[span.open_at] = "“"
        for i in range(span.open_at + 1, span.close_at):
            chars[i] = QUOTE
        last = text[span.end - 1] if span.end > span.start else ""
        if last in _KEPT_PUNCTUATION:
            chars[span.close_at - 1] = last
        if span.closed:
            chars[span.close_at] = "”"
    return "".join(chars)


def _places(masked: str, spans: list[QuotedSpan]) -> list[_Place]:
    places: list[_Place] = []
    sentences = split_sentences(masked)
    paragraphs = _paragraph_starts(masked)
    k = paragraph = 0
    cached: dict[int, tuple[list[Token], dict[int, int]]] = {}
    for span in spans:
        while k + 1 < len(sentences) and sentences[k][1] <= span.open_at:
            k += 1
        while paragraph + 1 < len(paragraphs) and paragraphs[paragraph + 1] <= span.open_at:
            paragraph += 1
        if k not in cached:
            tokens = tokenize(masked, *sentences[k])
            cached[k] = tokens, {token.start: i for i, token in enumerate(tokens)}
        tokens, index = cached[k]
        places.append(_Place(tokens, index.get(span.open_at, 0), k, paragraph))
    return places


def _paragraph_starts(masked: str) -> list[int]:
    """Offsets where non-blank paragraphs start; a quotation's paragraph is its ordinal here."""
    starts, position = [], 0
    for line in masked.split("\n"):
        if line.strip():
            starts.append(position)
        position += len(line) + 1
    return starts or [0]


def _own_cue(masked: str, span: QuotedSpan, place: _Place) -> Cue | None:
    tokens, at = place.tokens, place.index
    open_ended = masked[span.close_at - 1] in ",?!" or not span.closed
    return (
        cue_after(tokens, at + 1, open_ended)
        or cue_before(tokens, at)
        or _lead_in(masked, span, at)
    )


def _lead_in(masked: str, span: QuotedSpan, at: int) -> Cue | None:
    """A paragraph opening with a quotation, after a paragraph ending "X said:"."""
    if at != 0:
        return None
    end = masked.rfind("\n", 0, span.open_at)
    while end > 0 and masked[end - 1].isspace():
        end -= 1
    if end <= 0 or masked[end - 1] != ":":
        return None
    sentences = split_sentences(masked[max(0, end - 400) : end])
    start = max(0, end - 400) + sentences[-1][0] if sentences else end
    tokens = tokenize(masked, start, end)
    return cue_before(tokens, len(tokens))


def _borrow(
    spans: list[QuotedSpan], places: list[_Place], found: list[Cue | None]
) -> list[Cue | None]:
    cues = list(found)
    for i in range(1, len(cues)):
        previous = cues[i - 1]
        if cues[i] is None and previous is not None and _continues(spans, places, i):
            cues[i] = _weaker(previous, _CONTINUATION)
    for i in range(len(cues) - 2, -1, -1):
        following = cues[i + 1]
        if cues[i] is None and following is not None and _adjacent(places, i):
            cues[i] = _weaker(following, _LOOKAHEAD)
    for i, place in enumerate(places):
        if cues[i] is None and place.index > 0:
            cues[i] = sentence_subject(place.tokens, place.index)
    return cues


def _continues(spans: list[QuotedSpan], places: list[_Place], i: int) -> bool:
    """Same paragraph, a reopened multi-paragraph quote, or a paragraph opening with a quote
    right after the paragraph of the previous quotation."""
    here, before = places[i], places[i - 1]
    opens_paragraph = here.index == 0 and here.sentence != before.sentence
    next_paragraph = here.paragraph == before.paragraph + 1 and opens_paragraph
    return here.paragraph == before.paragraph or spans[i].reopened or next_paragraph


def _adjacent(places: list[_Place], i: int) -> bool:
    here, after = places[i], places[i + 1]
    return here.paragraph == after.paragraph and after.sentence - here.sentence <= 1


def _weaker(cue: Cue, factor: float) -> Cue:
    return Cue(cue.start, cue.end, cue.cue, round(cue.strength * factor, 3))


def _type(place: _Place) -> QuoteType:
    before = place.tokens[place.index - 1] if place.index > 0 else None
    if before is None or before.text in {":", ","} or before.is_verb:
        return "direct"
    return "partial"
