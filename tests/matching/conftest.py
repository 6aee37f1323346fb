"""Sources built by hand: the seed article with the quotations and speakers set explicitly, so
these tests do not depend on the extractor."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.matching import SourceDocument, SourceQuote, SourceSpeaker

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_22d07be6e4e0769a.txt"

BLINKEN = SourceSpeaker(1, "Antony Blinken", "person", ("Blinken",))
GLASER = SourceSpeaker(2, "Bonnie Glaser", "person", ("Glaser", "she"))
SHI = SourceSpeaker(3, "Shi Yinghong", "person", ("Shi",))
OFFICIAL = SourceSpeaker(4, "a senior State Department official", "description")

SEED_QUOTES = (
    (
        "When it comes to Russia’s defense industrial base, "
        "the main contributor right now is China,",
        BLINKEN,
    ),
    ("China really doesn’t want to be the center of the election campaign,", GLASER),
    ("With any big problem, there is an established pattern,", SHI),
    ("Positive change is very difficult to make.", SHI),
    (
        "if we deem it necessary, we will respond to companies that are taking steps "
        "that are contrary to our national interests.",
        OFFICIAL,
    ),
)


def quote_in(text: str, words: str, speaker: SourceSpeaker | None, quote_id: int) -> SourceQuote:
    """The quotation of ``words`` (which must occur in ``text``) attributed to ``speaker``."""
    start = text.index(words)
    return SourceQuote(quote_id, start, start + len(words), speaker)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_article(seed_text: str) -> SourceDocument:
    quotes = tuple(
        quote_in(seed_text, words, speaker, number)
        for number, (words, speaker) in enumerate(SEED_QUOTES, start=1)
    )
    return SourceDocument(100, seed_text, "article", quotes)
