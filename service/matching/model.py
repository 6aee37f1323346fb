"""What verification takes and returns.

The store hands the matcher candidate source documents (text plus the quotations extracted from
them); the matcher returns a verdict with its evidence. Offsets are code points into the source
document's text (``source_span``) or into the claimed quote (``claimed_span``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Verdict = Literal[
    "verified", "minor_deviation", "altered", "misattributed", "unquoted", "not_found"
]
ChangeType = Literal[
    "negation", "number", "name", "word", "omission", "insertion", "bracket", "order"
]
Severity = Literal["marked", "minor", "meaning"]
DocumentKind = Literal["article", "transcript", "statement", "interview", "other"]


@dataclass(frozen=True, slots=True)
class SourceSpeaker:
    """A speaker from the speaker index, with every alias seen for them."""

    id: int | None
    name: str
    kind: str
    aliases: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class SourceQuote:
    """A quotation inside a source document."""

    quote_id: int | None
    start: int
    end: int
    speaker: SourceSpeaker | None
    # How sure the extractor was of ``speaker`` (0-1); quotations built by hand are certain.
    speaker_confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """A candidate source: its text and the quotations found in it."""

    document_id: int
    text: str
    kind: DocumentKind = "article"
    quotes: tuple[SourceQuote, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Claim:
    """What a draft or a user says was said: the words and, optionally, who said them."""

    quote: str
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Change:
    """One word-level difference between the claimed quote and the source.

    ``severity``: ``meaning`` changes make the claim altered, ``minor`` ones a minor deviation,
    ``marked`` ones (ellipsis omissions, bracketed slots) are the quoter's declared edits."""

    type: ChangeType
    claimed: str
    source: str
    claimed_span: Span
    source_span: Span
    severity: Severity = "meaning"


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where the claimed words stand in a source, and who says them there."""

    document_id: int
    quote_id: int | None
    start: int
    end: int
    text: str
    context_start: int
    context_end: int
    speaker: SourceSpeaker | None


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Scores (0-100) at or above ``confirm`` are confirmed; between ``review`` and ``confirm``
    the verdict stands but ``needs_review`` is set; below ``review`` nothing matched."""

    confirm: float = 90.0
    review: float = 75.0


@dataclass(frozen=True, slots=True)
class Verification:
    verdict: Verdict
    score: float
    needs_review: bool
    claimed_speaker: str | None
    speaker_match: bool | None
    flags: tuple[str, ...]
    match: Evidence | None
    changes: tuple[Change, ...]
    alternatives: tuple[Evidence, ...]
