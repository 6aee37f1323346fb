"""Properties on arbitrary text: extraction never raises, never hangs, offsets are honest."""

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from service.extraction import extract_quotes, split_sentences

QUOTE_HEAVY = st.lists(
    st.sampled_from(list("“”„«»‘’\"' \n.,:;!?aAbBsS—-()[]<>") + ["said", "Mr.", " he ", "Ann"]),
    max_size=200,
).map("".join)
HANG_GUARD_SECONDS = 60.0


def _assert_offsets_slice_back(text: str) -> None:
    for quote in extract_quotes(text):
        assert text[quote.start : quote.end] == quote.text
        assert 0 <= quote.speaker_confidence <= 1
        mention = quote.speaker_mention
        if mention is not None:
            assert text[mention.start : mention.end] == mention.text


@settings(deadline=None, max_examples=300)
@given(st.text(max_size=400))
def test_any_text_extracts_without_error_and_offsets_slice_back(text: str) -> None:
    _assert_offsets_slice_back(text)


@settings(deadline=None, max_examples=300)
@given(QUOTE_HEAVY)
def test_quote_heavy_text_extracts_without_error_and_offsets_slice_back(text: str) -> None:
    _assert_offsets_slice_back(text)


@settings(deadline=None, max_examples=200)
@given(st.text(max_size=400))
def test_sentence_spans_are_ordered_trimmed_and_inside_the_text(text: str) -> None:
    previous_end = 0
    for start, end in split_sentences(text):
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end


def _finishes_quickly(text: str) -> None:
    began = time.monotonic()
    extract_quotes(text)
    assert time.monotonic() - began < HANG_GUARD_SECONDS


def test_a_megabyte_of_quotation_marks_does_not_hang() -> None:
    _finishes_quickly("“”\"'‘’«»„" * 115_000)


def test_a_megabyte_of_opening_marks_and_words_does_not_hang() -> None:
    _finishes_quickly("“a, " * 250_000)


def test_a_megabyte_without_a_space_does_not_hang() -> None:
    _finishes_quickly("Mr.A.said“x”," * 80_000)
