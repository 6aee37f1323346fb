"""What extraction returns: quotations, their speakers and where both stand in the text.

Offsets are Unicode code points into the text given to the extractor, so
``text[quote.start:quote.end] == quote.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

QuoteType = Literal["direct", "partial"]
SpeakerKind = Literal["person", "organization", "description"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of the text naming a speaker ("Blinken", "she", "a senior official")."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Speaker:
    """The resolved speaker: a person's fullest name in the document, an organisation, or a
    description kept as written ("a senior State Department official")."""

    name: str
    kind: SpeakerKind
    aliases: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class ExtractedQuote:
    """One quotation: the words inside the marks, who said them and how sure we are."""

    start: int
    end: int
    text: str
    type: QuoteType
    cue: str | None
    speaker_mention: Mention | None
    speaker: Speaker | None
    speaker_confidence: float
