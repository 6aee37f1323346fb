"""Speaker constructions found in the training split's errors, one table per construction."""

import pytest

from service.extraction import extract_quotes


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(quoted words, speaker mention) for each quotation."""
    return [
        (q.text, q.speaker_mention.text if q.speaker_mention else None)
        for q in extract_quotes(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee sent out a fundraising call, asking donors to “give $5 to the campaign.”",
            ("give $5 to the campaign.", "Ann Lee"),
        ),
        (
            "Tom Price sounded a rare note of doubt, saying, “I may be wrong.”",
            ("I may be wrong.", "Tom Price"),
        ),
        (
            "Ann Lee then interjected, calling the proposed child care credit “a giveaway.”",
            ("a giveaway.", "Ann Lee"),
        ),
    ],
)
def test_a_reporting_verb_after_a_modifier_is_a_noun_not_the_cue(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]
