"""Reading claims: ellipses split segments, brackets are slots, [sic] disappears."""

from __future__ import annotations

import pytest

from service.matching.segments import parse_claim


@pytest.mark.parametrize(
    "quote",
    [
        "we will win … and then rest",
        "we will win ... and then rest",
        "we will win. . . and then rest",
        "we will win [...] and then rest",
        "we will win…and then rest",
    ],
)
def test_every_ellipsis_style_splits_the_claim_into_segments(quote: str) -> None:
    segments = parse_claim(quote).segments
    assert [[t.key for t in segment] for segment in segments] == [
        ["we", "will", "win"],
        ["and", "then", "rest"],
    ]


def test_bracketed_words_are_slots_and_sic_is_dropped() -> None:
    tokens = parse_claim("[He] said the goverment [sic] would pay").tokens
    assert [(t.key, t.bracket) for t in tokens] == [
        ("he", True), ("said", False), ("the", False), ("goverment", False), ("would", False),
        ("pay", False),
    ]  # fmt: skip


def test_claim_tokens_keep_offsets_into_the_claim() -> None:
    quote = "“We can’t … [the U.S.] wins”"
    assert [quote[t.start : t.end] for t in parse_claim(quote).tokens] == [
        "We", "can’t", "the", "U", "S", "wins",
    ]  # fmt: skip


def test_a_long_bracket_is_the_claims_own_text_not_a_slot() -> None:
    tokens = parse_claim("[we will never give up and we will fight] on the beaches").tokens
    assert not any(token.bracket for token in tokens)
