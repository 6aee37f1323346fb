"""Claims that put a speaker's sentences in another order than the source."""

from __future__ import annotations

import pytest

from service.matching import Claim, SourceDocument, verify_claim
from service.matching.reorder import pieces

PATTERN = "With any big problem, there is an established pattern,"
CHANGE = "Positive change is very difficult to make."


def piece_texts(quote: str) -> list[str]:
    return [quote[start:end] for start, end in pieces(quote)]


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("We will win it. They will lose badly.", ["We will win it.", "They will lose badly."]),
        ("We will win. They will lose badly.", ["We will win. They will lose badly."]),
        (
            "U.S. officials said it twice. They left the room early.",
            ["U.S. officials said it twice.", "They left the room early."],
        ),
        ("We will win this … they will lose badly", ["We will win this", "they will lose badly"]),
        ("We will win this one. Yes.", ["We will win this one. Yes."]),
        ("one two three four five", ["one two three four five"]),
    ],
)
def test_a_claim_splits_into_sentences_and_ellipsis_pieces(quote: str, expected: list[str]) -> None:
    assert piece_texts(quote) == expected


def test_sentences_in_the_other_order_are_altered_with_an_order_change(
    seed_article: SourceDocument,
) -> None:
    quote = f"{CHANGE} {PATTERN}"
    result = verify_claim(Claim(quote, "Shi Yinghong"), [seed_article])
    assert (result.verdict, result.speaker_match) == ("altered", True)
    assert [(c.type, c.claimed) for c in result.changes] == [("order", PATTERN)]
    moved = result.changes[0]
    assert quote[moved.claimed_span.start : moved.claimed_span.end] == PATTERN
    assert seed_article.text[moved.source_span.start : moved.source_span.end].startswith("With")
    assert result.match is not None and CHANGE.rstrip(".") in result.match.text


def test_a_change_inside_a_moved_sentence_is_reported_where_the_claim_has_it(
    seed_article: SourceDocument,
) -> None:
    quote = f"Positive change is not very difficult to make. {PATTERN}"
    result = verify_claim(Claim(quote, "Shi"), [seed_article])
    assert result.verdict == "altered"
    negation = next(c for c in result.changes if c.type == "negation")
    assert quote[negation.claimed_span.start : negation.claimed_span.end] == "not"
    assert "order" in [c.type for c in result.changes]


def test_sentences_in_the_source_order_are_not_an_order_change(
    seed_article: SourceDocument,
) -> None:
    result = verify_claim(Claim(f"{PATTERN} {CHANGE}", "Shi"), [seed_article])
    assert result.verdict == "verified"
    assert "order" not in [c.type for c in result.changes]


def test_made_up_sentences_stay_not_found(seed_article: SourceDocument) -> None:
    quote = "We will build a great wall. Mexico is going to pay for every part of it."
    assert verify_claim(Claim(quote, "Shi"), [seed_article]).verdict == "not_found"


def test_sentences_from_two_documents_are_no_reordering(seed_text: str) -> None:
    first = SourceDocument(1, f"He said: “{PATTERN}” and left.")
    second = SourceDocument(2, f"Later he said: “{CHANGE}”")
    result = verify_claim(Claim(f"{CHANGE} {PATTERN}", "Shi"), [first, second])
    assert "order" not in [c.type for c in result.changes]


def test_a_sentence_claimed_twice_is_no_reordering(seed_article: SourceDocument) -> None:
    result = verify_claim(Claim(f"{CHANGE} {PATTERN} {CHANGE}", "Shi"), [seed_article])
    assert "order" not in [c.type for c in result.changes]
