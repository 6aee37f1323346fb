"""The seed article, exhaustively: every quotation, its speaker mention and resolved speaker.

The seed is machine-translated news with broken punctuation and unbalanced marks; it is
treated as real-world input, not a special case.
"""

from pathlib import Path

import pytest

from service.extraction import ExtractedQuote, extract_quotes

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_22d07be6e4e0769a.txt"

# (start of the quoted words, speaker mention, resolved name, kind, cue)
EXPECTED = [
    ("When it comes to Russia’s defense", "Blinken", "Blinken", "person", "told"),
    ("If China claims on the one hand", "Blinken", "Blinken", "person", "said"),
    (
        "is not an issue between China and the US. The US side",
        "a senior Foreign Ministry official",
        "a senior Foreign Ministry official",
        "description",
        "said",
    ),
    (
        "if we deem it necessary",
        "a senior State Department official",
        "a senior State Department official",
        "description",
        "told",
    ),
    (
        "Our aim is to make a clear case",
        "a senior State Department official",
        "a senior State Department official",
        "description",
        "told",
    ),
    ("drive a wedge", "Bonnie Glaser", "Bonnie Glaser", "person", "said"),
    ("China really doesn’t want", "she", "Bonnie Glaser", "person", "added"),
    ("deprive the Chinese people", "President Xi Jinping", "Xi Jinping", "person", "warned"),
    ("none of which have seen", "Shi Yinghong", "Shi Yinghong", "person", "said"),
    ("With any big problem", "Shi", "Shi Yinghong", "person", "said"),
    ("Positive change is very difficult to make.", "Shi", "Shi Yinghong", "person", "said"),
]


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_quotes(seed_text: str) -> list[ExtractedQuote]:
    return extract_quotes(seed_text)


def test_seed_yields_exactly_its_eleven_quotations(seed_quotes: list[ExtractedQuote]) -> None:
    assert [q.text[: len(e[0])] for q, e in zip(seed_quotes, EXPECTED, strict=False)] == [
        e[0] for e in EXPECTED
    ]
    assert len(seed_quotes) == len(EXPECTED)


@pytest.mark.parametrize("position", range(len(EXPECTED)))
def test_seed_quotation_has_its_speaker(
    seed_quotes: list[ExtractedQuote], seed_text: str, position: int
) -> None:
    _, mention, name, kind, cue = EXPECTED[position]
    quote = seed_quotes[position]
    assert quote.speaker_mention is not None and quote.speaker is not None
    assert quote.speaker_mention.text == mention
    assert seed_text[quote.speaker_mention.start : quote.speaker_mention.end] == mention
    assert (quote.speaker.name, quote.speaker.kind, quote.cue) == (name, kind, cue)
    assert 0 < quote.speaker_confidence <= 1


def test_unbalanced_closing_marks_do_not_swallow_the_rest_of_the_seed(
    seed_quotes: list[ExtractedQuote],
) -> None:
    longest = max(len(q.text) for q in seed_quotes)
    assert longest < 300
    assert seed_quotes[3].text.endswith("contrary to our national interests.")
    assert seed_quotes[8].text.endswith("despite increased dialogue.")


def test_apostrophes_in_the_seed_are_not_quotation_marks(
    seed_quotes: list[ExtractedQuote],
) -> None:
    assert not any(q.text.startswith(("s ", "s’")) for q in seed_quotes)


def test_continuation_and_pronoun_attributions_are_less_certain_than_named_cues(
    seed_quotes: list[ExtractedQuote],
) -> None:
    named, pronoun, continued = seed_quotes[1], seed_quotes[6], seed_quotes[4]
    assert named.speaker_confidence > pronoun.speaker_confidence
    assert named.speaker_confidence > continued.speaker_confidence


def test_partial_quotes_in_reported_speech_are_typed_partial(
    seed_quotes: list[ExtractedQuote],
) -> None:
    assert seed_quotes[5].type == "partial"
    assert seed_quotes[7].type == "partial"
    assert seed_quotes[0].type == "direct"


@pytest.mark.parametrize(
    ("position", "aliases"),
    [(10, ("Shi",)), (6, ("Glaser",)), (0, ("Mr. Blinken",)), (7, ("President Xi Jinping",))],
)
def test_speaker_aliases_collect_the_other_forms_seen(
    seed_quotes: list[ExtractedQuote], position: int, aliases: tuple[str, ...]
) -> None:
    speaker = seed_quotes[position].speaker
    assert speaker is not None and speaker.aliases == aliases
