"""verify_claim given the passages a candidate index found: only the stretches around them are
aligned, each widened to whole quotations."""

from __future__ import annotations

from service.matching import Claim, SourceDocument, Span, verify_claim
from service.matching.passages import passage_regions

BLINKEN_WORDS = "When it comes to Russia’s defense industrial base"


def span_of(document: SourceDocument, words: str) -> Span:
    start = document.text.index(words)
    return Span(start, start + len(words))


def test_claim_in_its_passage_gets_the_verdict_it_gets_from_the_whole_document(
    seed_article: SourceDocument,
) -> None:
    claim = Claim("Positive change is very difficult to make.", "Shi Yinghong")
    passage = span_of(seed_article, "Positive change is very difficult to make.")
    within = verify_claim(claim, [seed_article], passages={100: [passage]})
    whole = verify_claim(claim, [seed_article])
    assert within.verdict == whole.verdict == "verified"
    assert within.match == whole.match


def test_words_outside_every_passage_are_not_looked_at(seed_article: SourceDocument) -> None:
    claim = Claim("Positive change is very difficult to make.", "Shi Yinghong")
    elsewhere = span_of(seed_article, BLINKEN_WORDS)
    assert verify_claim(claim, [seed_article], passages={100: [elsewhere]}).verdict == "not_found"


def test_a_document_without_passages_is_aligned_whole(seed_article: SourceDocument) -> None:
    claim = Claim("Positive change is very difficult to make.", "Shi Yinghong")
    assert verify_claim(claim, [seed_article], passages={7: []}).verdict == "verified"


def test_a_passage_touching_a_quotation_brings_in_the_whole_quotation(
    seed_article: SourceDocument,
) -> None:
    claim = Claim(BLINKEN_WORDS, "Antony Blinken")
    tail = span_of(seed_article, "the main contributor right now is China")
    result = verify_claim(claim, [seed_article], passages={100: [tail]})
    assert result.verdict == "verified"
    assert result.match is not None and result.match.quote_id == 1


def test_overlapping_and_adjacent_passages_join_and_others_stay_apart() -> None:
    text = "One. Two.\n\nThree. Four. Five."
    document = SourceDocument(1, text)
    one, two, three, four, five = (span_of(document, word) for word in text.split())
    passages = [five, one, Span(one.start, two.end), three]
    assert passage_regions(document, passages) == [(one.start, three.end), (five.start, five.end)]
