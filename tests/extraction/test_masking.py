"""Masking keeps every offset: quotations become QUOTE fillers (layout) or blanks (cast)."""

from hypothesis import given, settings

from service.extraction.layout import mask
from service.extraction.marks import find_quoted_spans
from service.extraction.quotes import mask_quotes
from service.extraction.tokens import QUOTE
from tests.extraction.test_properties import QUOTE_HEAVY

_BLANKED = set('"“”„«»')


@settings(deadline=None, max_examples=400)
@given(QUOTE_HEAVY)
def test_layout_mask_fills_each_quotation_and_keeps_the_rest(text: str) -> None:
    spans = find_quoted_spans(text)
    masked = mask(text, spans)
    assert len(masked) == len(text)
    inside: set[int] = set()
    for span in spans:
        assert masked[span.open_at] == "“"
        for at in range(span.open_at + 1, span.close_at):
            kept = at == span.end - 1 and text[at] in ".,!?"
            assert masked[at] == (text[at] if kept else QUOTE)
        if span.closed:
            assert masked[span.close_at] == "”"
        inside.update(range(span.open_at, span.close_at + span.closed))
    for at, char in enumerate(text):
        if at not in inside:
            assert masked[at] == (" " if char in _BLANKED else char)


@settings(deadline=None, max_examples=400)
@given(QUOTE_HEAVY)
def test_cast_mask_blanks_quoted_words_and_keeps_the_rest(text: str) -> None:
    spans = find_quoted_spans(text)
    masked = mask_quotes(text, spans)
    quoted = {at for span in spans for at in range(span.start, span.end)}
    assert len(masked) == len(text)
    assert all(masked[at] == (" " if at in quoted else char) for at, char in enumerate(text))


def test_a_quotation_reopened_at_its_own_stop_keeps_both_marks() -> None:
    # The first quotation has no closing mark; the second opens where the first stops.
    text = 'He said "It is over. "We won," she said.'
    spans = find_quoted_spans(text)
    masked = mask(text, spans)
    assert [masked[span.open_at] for span in spans] == ["“"] * len(spans)
