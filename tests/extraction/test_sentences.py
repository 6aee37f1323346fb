"""Sentence spans, which the attribution rules read sentence by sentence."""

import pytest

from service.extraction import split_sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Mr. Blinken met U.S. officials on Jan. 5. He left.",
            ["Mr. Blinken met U.S. officials on Jan. 5.", "He left."],
        ),
        (
            "Treasury Secretary Janet L. Yellen spoke. Then she left.",
            ["Treasury Secretary Janet L. Yellen spoke.", "Then she left."],
        ),
        (
            "“We will win.” Then he left!\n\nNew paragraph",
            ["“We will win.”", "Then he left!", "New paragraph"],
        ),
        ("No final stop", ["No final stop"]),
        ("", []),
    ],
)
def test_sentences_split_at_real_ends_not_at_abbreviations(text: str, sentences: list[str]) -> None:
    assert [text[start:end] for start, end in split_sentences(text)] == sentences
