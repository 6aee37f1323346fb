"""Properties that hold for any text: no exceptions, offsets that slice back, no hangs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.matching import (
    Claim,
    SourceDocument,
    SourceQuote,
    SourceSpeaker,
    Span,
    verify_claim,
)
from service.matching.normalize import normalize, tokenize

WORDS = st.sampled_from(
    ["China", "doesn’t", "want", "not", "3,000", "three", "million", "…", "...", "[he]", "[",
     "]", "[sic]", "“", "”", '"', "said", "PENCE:", "%", "é", "İ", "\n", "no,", "e-\nmail"]
)  # fmt: skip
TEXT = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=40).map(" ".join))


@st.composite
def documents(draw: st.DrawFn) -> SourceDocument:
    text = draw(TEXT)
    quotes = []
    for quote_id in range(draw(st.integers(0, 3))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        name = draw(st.sampled_from(["Antony Blinken", "he", "", "a senior official"]))
        quotes.append(SourceQuote(quote_id, start, end, SourceSpeaker(None, name, "person")))
    return SourceDocument(1, text, draw(st.sampled_from(["article", "transcript"])), tuple(quotes))


@settings(deadline=None, max_examples=150)
@given(claim=TEXT, speaker=st.one_of(st.none(), st.text(max_size=30)), document=documents())
def test_any_claim_and_source_give_a_verdict_whose_offsets_slice_back(
    claim: str, speaker: str | None, document: SourceDocument
) -> None:
    result = verify_claim(Claim(claim, speaker), [document])
    for evidence in (result.match, *result.alternatives):
        if evidence is not None:
            assert document.text[evidence.start : evidence.end] == evidence.text
            assert evidence.context_start <= evidence.start <= evidence.end <= evidence.context_end
    for change in result.changes:
        assert claim[change.claimed_span.start : change.claimed_span.end] == change.claimed
        assert document.text[change.source_span.start : change.source_span.end] == change.source
    assert 0 <= result.score <= 100


@settings(deadline=None, max_examples=100)
@given(claim=TEXT, document=documents(), cuts=st.lists(st.integers(0, 300), max_size=6))
def test_a_claim_aligned_within_passages_gives_offsets_that_slice_back(
    claim: str, document: SourceDocument, cuts: list[int]
) -> None:
    bounds = sorted(min(cut, len(document.text)) for cut in cuts)
    passages = [Span(start, end) for start, end in zip(bounds[::2], bounds[1::2], strict=False)]
    result = verify_claim(Claim(claim), [document], passages={document.document_id: passages})
    for evidence in (result.match, *result.alternatives):
        if evidence is not None:
            assert document.text[evidence.start : evidence.end] == evidence.text
    for change in result.changes:
        assert document.text[change.source_span.start : change.source_span.end] == change.source


@settings(deadline=None, max_examples=150)
@given(prefix=TEXT, stretch=TEXT, suffix=TEXT)
def test_a_stretch_normalises_as_it_would_alone_with_offsets_into_the_whole_text(
    prefix: str, stretch: str, suffix: str
) -> None:
    text = f"{prefix}\n{stretch}\n{suffix}"
    start = len(prefix) + 1
    alone, within = normalize(stretch), normalize(text, start, start + len(stretch))
    assert within.text == alone.text
    assert within.origin == tuple(start + index for index in alone.origin)


@settings(deadline=None, max_examples=150)
@given(text=st.text(max_size=500))
def test_normalised_text_maps_every_character_back_to_the_original(text: str) -> None:
    normalized = normalize(text)
    assert len(normalized.origin) == len(normalized.text) + 1
    assert all(0 <= index <= len(text) for index in normalized.origin)
    for token in tokenize(normalized):
        assert 0 <= token.start < token.end <= len(text)


def test_a_one_megabyte_token_and_a_hundred_kilobyte_claim_do_not_hang() -> None:
    huge_token = "a" * 1_000_000
    document = SourceDocument(1, f"“{huge_token}” he said. Positive change is hard.")
    assert verify_claim(Claim(huge_token[:1000]), [document]).verdict in ("verified", "not_found")
    long_claim = " ".join(["positive change is very difficult to make"] * 15_000)[:100_000]
    text = "Shi said: “Positive change is very difficult to make.”"
    quote = SourceQuote(
        1, text.index("Positive"), len(text) - 1, SourceSpeaker(None, "Shi", "person")
    )
    result = verify_claim(Claim(long_claim, "Shi"), [SourceDocument(2, text, quotes=(quote,))])
    assert result.verdict in ("altered", "not_found")


def test_a_claim_three_times_its_source_is_not_found_even_with_a_bracket_inside() -> None:
    text = "Shi said that [the president] has left office. " * 200
    result = verify_claim(Claim(text * 3), [SourceDocument(1, text)])
    assert result.verdict == "not_found"
