import pytest

from service.retrieval import tokenize


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("don't", "don’t"),
        ("O'Brien", "O’Brien"),
        ("Blinken's", "Blinkenʼs"),
        ('"We will not"', "“We will not”"),
        ("WE WILL NOT", "we will not"),
        ("fine", "ﬁne"),
        ("3", "３"),
        ("STRASSE", "Straße"),
        ("1500 jobs", "1,500 jobs"),
        ("café", "cafe\u0301"),
    ],
)
def test_typographic_variants_give_the_same_tokens(typed: str, printed: str) -> None:
    assert tokenize(typed) == tokenize(printed)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("“It’s over,” Mr. Smith said.", ["its", "over", "mr", "smith", "said"]),
        (
            "3.5 per cent of the U.S. budget",
            ["3", "5", "per", "cent", "of", "the", "u", "s", "budget"],
        ),
        ("COVID-19 … then—nothing", ["covid", "19", "then", "nothing"]),
        ("snake_case", ["snake", "case"]),
        ("", []),
    ],
)
def test_punctuation_splits_and_disappears(text: str, tokens: list[str]) -> None:
    assert tokenize(text) == tokens
