from hypothesis import given, settings
from hypothesis import strategies as st

from service.retrieval import SentenceIndex, split_sentences, tokenize
from service.retrieval.sentences import sentence_around

words = st.sampled_from(["Mr.", "U.S.", "said", "“", "”", '"', "tax", "…", "3.5", "Émile", "ﬁne"])
prose = st.lists(st.one_of(words, st.text(max_size=12)), max_size=40).map(" ".join)
texts = st.one_of(st.text(), prose)


@settings(deadline=None)
@given(texts)
def test_sentence_spans_slice_the_text_in_order_without_surrounding_space(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous_end = end
    covered = "".join(text[start:end] for start, end in spans)
    assert "".join(covered.split()) == "".join(text.split())


@settings(deadline=None)
@given(texts, st.data())
def test_the_sentence_around_a_span_is_the_split_sentence_holding_it(
    text: str, data: st.DataObject
) -> None:
    spans = split_sentences(text)
    if spans:
        first, last = data.draw(st.sampled_from(spans))
        at = data.draw(st.integers(first, last - 1))
        to = data.draw(st.integers(at + 1, last))
        assert sentence_around(text, at, to, len(text) + 1) == (first, last)


@settings(deadline=None)
@given(texts, texts)
def test_any_text_and_claim_give_candidates_inside_the_text(text: str, claim: str) -> None:
    index = SentenceIndex()
    index.add_document(1, text)
    for candidate in index.candidates(claim):
        assert candidate.document_id == 1
        assert 0 <= candidate.start < candidate.end <= len(text)
        assert 0.0 <= candidate.score <= 1.0


@settings(deadline=None)
@given(texts)
def test_every_sentence_with_words_is_found_by_its_own_text(text: str) -> None:
    index = SentenceIndex()
    index.add_document(1, text)
    for start, end in split_sentences(text):
        if tokenize(text[start:end]):
            best = index.candidates(text[start:end])[0]
            assert best.score == 1.0


@given(st.text())
def test_tokens_are_normalised_words(text: str) -> None:
    for token in tokenize(text):
        assert token and token == token.casefold()
        assert all(character.isalnum() for character in token)
