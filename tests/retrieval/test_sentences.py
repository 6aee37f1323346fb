import pytest

from service.retrieval import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rained. We left.", ["It rained.", "We left."]),
        ("Really? Yes! Fine…  Done", ["Really?", "Yes!", "Fine…", "Done"]),
        ("Mr. Smith met Sen. Jones.", ["Mr. Smith met Sen. Jones."]),
        ("Dr. Ng and Mrs. Ode spoke.", ["Dr. Ng and Mrs. Ode spoke."]),
        ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
        ("J. R. Smith arrived late.", ["J. R. Smith arrived late."]),
        ("Acme Inc. Chief spoke.", ["Acme Inc. Chief spoke."]),
        ("He fell ill. Then he left.", ["He fell ill.", "Then he left."]),
        ('"It is over." She left.', ['"It is over."', "She left."]),
        ("“It is over,” she said. He nodded.", ["“It is over,” she said.", "He nodded."]),
        ("“It is over.” She left.", ["“It is over.”", "She left."]),
        ("He said it was 3.5 per cent. Fine.", ["He said it was 3.5 per cent.", "Fine."]),
        ("It ended. 2024 was hard.", ["It ended.", "2024 was hard."]),
        ("lower case. after a period", ["lower case. after a period"]),
    ],
)
def test_sentences_split_at_terminal_punctuation_but_not_abbreviations(
    text: str, expected: list[str]
) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “no. Then he left. Bye.", ["He said “no.", "Then he left.", "Bye."]),
        ("“Open quote never closes. Next one.", ["“Open quote never closes.", "Next one."]),
        ("Stray close” here. Next.", ["Stray close” here.", "Next."]),
    ],
)
def test_unbalanced_quotation_marks_do_not_swallow_the_text(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_line_breaks_end_sentences_and_blank_lines_yield_nothing() -> None:
    assert sentences("  Headline without stop\n\n  Body starts. Ends  \n") == [
        "Headline without stop",
        "Body starts.",
        "Ends",
    ]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_blank_text_has_no_sentences(text: str) -> None:
    assert split_sentences(text) == []
