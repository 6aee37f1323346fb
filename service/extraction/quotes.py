"""The extraction engine: quotations with their speakers, from plain text.

Pipeline: pair the quotation marks, mask the quoted words, split the masked text into
sentences, look for a cue around each quotation, let cue-less quotations continue the previous
speaker, drop spans that are no speech (titles, scare quotes, headline fragments), then
resolve every speaker mention against the document's cast of names.
"""

from __future__ import annotations

from dataclasses import dataclass

from service.extraction.attribution import Attribution, attribute
from service.extraction.cast import Cast, Resolution
from service.extraction.marks import QuotedSpan, find_quoted_spans
from service.extraction.model import ExtractedQuote, Mention, Speaker
from service.extraction.speakers import resolve_speaker

_PRONOUN_CONFIDENCE = 0.85
_PRONOUNS = frozenset({"He", "She", "They", "I", "We", "It", "Who", "You"})


@dataclass(frozen=True, slots=True)
class _Resolved:
    span: QuotedSpan
    attribution: Attribution
    resolution: Resolution | None


def extract_quotes(text: str) -> list[ExtractedQuote]:
    """Return every direct or partial quotation of ``text`` with its speaker, in text order.

    Offsets are code points into ``text``; a quotation without a findable speaker has
    ``speaker=None`` and confidence 0. Never raises on any string.
    """
    spans = find_quoted_spans(text)
    attributions = attribute(text, spans)
    cast = Cast.from_text(mask_quotes(text, spans))
    resolved = [
        _resolve(cast, text, span, found) for span, found in zip(spans, attributions, strict=True)
    ]
    aliases = _aliases(text, resolved, cast)
    return [_quote(text, item, aliases) for item in resolved if item.attribution.keep]


def mask_quotes(text: str, spans: list[QuotedSpan]) -> str:
    """``text`` with quoted words blanked out, so names inside quotations are not cast;
    ``spans`` in text order, as ``find_quoted_spans`` gives them."""
    pieces: list[str] = []
    done = 0
    for span in spans:
        start = max(span.start, done)
        if span.end > start:
            pieces += (text[done:start], " " * (span.end - start))
            done = span.end
    pieces.append(text[done:])
    return "".join(pieces)


def _resolve(cast: Cast, text: str, span: QuotedSpan, found: Attribution) -> _Resolved:
    if found.cue is None:
        return _Resolved(span, found, None)
    mention = text[found.cue.start : found.cue.end]
    resolution = resolve_speaker(cast, mention, found.cue.start)
    if resolution is not None and resolution.kind == "person":
        cast.remember(found.cue.start, resolution)
    return _Resolved(span, found, resolution)


def _aliases(text: str, resolved: list[_Resolved], cast: Cast) -> dict[str, tuple[str, ...]]:
    """Other forms of each person's name: mentions at cues and titled forms in the text."""
    forms: dict[str, set[str]] = {}
    for item in resolved:
        if item.resolution is None or item.attribution.cue is None:
            continue
        cue = item.attribution.cue
        mention = text[cue.start : cue.end]
        names = forms.setdefault(item.resolution.name, set())
        if mention[:1].isupper() and mention not in _PRONOUNS:
            names.add(mention)
        if item.resolution.kind == "person":
            names |= cast.forms_of(item.resolution.name)
    return {name: tuple(sorted(found - {name})) for name, found in forms.items()}


def _quote(text: str, item: _Resolved, aliases: dict[str, tuple[str, ...]]) -> ExtractedQuote:
    span, found, resolution = item.span, item.attribution, item.resolution
    cue = found.cue
    mention = Mention(text[cue.start : cue.end], cue.start, cue.end) if cue else None
    speaker = None
    confidence = 0.0
    if resolution is not None and cue is not None:
        speaker = Speaker(resolution.name, resolution.kind, aliases.get(resolution.name, ()))
        confidence = cue.strength
        if mention is not None and mention.text.lower() in {"he", "she", "who"}:
            confidence *= _PRONOUN_CONFIDENCE
    start = found.start if found.start is not None else span.start
    return ExtractedQuote(
        start=start,
        end=span.end,
        text=text[start : span.end],
        type=found.type,
        cue=cue.cue if cue else None,
        speaker_mention=mention,
        speaker=speaker,
        speaker_confidence=round(confidence, 3),
    )
