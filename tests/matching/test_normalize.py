"""Normalisation: silent edits disappear, offsets still point into the original text."""

from __future__ import annotations

import pytest

from service.matching.normalize import normalize, tokenize
from service.matching.numbers import number_key


@pytest.mark.parametrize(
    ("original", "normalized"),
    [
        ("“Quoted” ‘words’", "\"quoted\" 'words'"),
        ("don’t", "don't"),
        ("pre\u2013war \u2014 now", "pre-war - now"),
        ("wait\u2026", "wait..."),
        ("non\u00a0breaking   spaces\n\nhere", "non breaking spaces here"),
        ("eco-\nnomic growth", "economic growth"),
        ("ＦＵＬＬ width", "full width"),
        ("ﬁnance", "finance"),
        ("SHOUTING", "shouting"),
        ("Two  SPACES,\ta tab\x1cand a separator ", "two spaces, a tab and a separator "),
    ],
)
def test_typographic_variants_normalise_to_plain_text(original: str, normalized: str) -> None:
    assert normalize(original).text == normalized


@pytest.mark.parametrize(
    "original", ["“Don’t,” she said…", "eco-\nnomic  ﬁnance", "İstanbul ﬀ", "a\u00a0\u00a0b"]
)
def test_every_token_slices_back_to_its_original_words(original: str) -> None:
    for token in tokenize(normalize(original)):
        again = tokenize(normalize(original[token.start : token.end]))
        assert [t.key for t in again] == [token.key]


def test_token_offsets_point_into_the_original_text() -> None:
    original = "He said: “We can’t\u00a0wait…”"
    tokens = tokenize(normalize(original))
    assert [original[t.start : t.end] for t in tokens] == ["He", "said", "We", "can’t", "wait"]


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("3,000", "3000"),
        ("3000", "3000"),
        ("three", "3"),
        ("3.50", "3.5"),
        ("1,2", "1,2"),
        ("%", "percent"),
    ],
)
def test_numbers_compare_by_value(word: str, key: str) -> None:
    assert number_key(word) == key
