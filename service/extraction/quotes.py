"""A first, simple extractor: paired quotation marks and a nearby "X said".

The full extraction engine replaces this module (issue 3); the contract is
``extract_quotes(text) -> list[ExtractedQuote]``.
"""

from __future__ import annotations

import re

from service.extraction.model import ExtractedQuote, Mention, Speaker

_QUOTE = re.compile(r"[\"“]([^\"“”\n]{1,2000})[\"”]")
_NAME = r"((?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'-]+)"
_AFTER = re.compile(r"^[,\s]*" + _NAME + r"\s+(said|added|told|wrote|warned)\b")
_AFTER_VERB_FIRST = re.compile(r"^[,\s]*(said|added|told|wrote|warned)\s+" + _NAME)
_BEFORE = re.compile(_NAME + r"\s+(said|added|told|wrote|warned)\b[^“\"]{0,40}$")


def extract_quotes(text: str) -> list[ExtractedQuote]:
    """Return every quotation-mark pair in ``text`` with a speaker found next to it, if any."""
    quotes = []
    for match in _QUOTE.finditer(text):
        mention, cue = _find_speaker(text, match.start(), match.end())
        speaker = Speaker(mention.text, "person") if mention else None
        quotes.append(
            ExtractedQuote(
                start=match.start(1),
                end=match.end(1),
                text=match.group(1),
                type="direct",
                cue=cue,
                speaker_mention=mention,
                speaker=speaker,
                speaker_confidence=0.6 if mention else 0.0,
            )
        )
    return quotes


def _find_speaker(text: str, start: int, end: int) -> tuple[Mention | None, str | None]:
    after = text[end : end + 80]
    for pattern, name_group, cue_group in ((_AFTER, 1, 2), (_AFTER_VERB_FIRST, 2, 1)):
        found = pattern.match(after)
        if found:
            at = end + found.start(name_group)
            return Mention(found.group(name_group), at, at + len(found.group(name_group))), (
                found.group(cue_group)
            )
    window_start = max(0, start - 120)
    found = _BEFORE.search(text[window_start:start])
    if found:
        at = window_start + found.start(1)
        return Mention(found.group(1), at, at + len(found.group(1))), found.group(2)
    return None, None
