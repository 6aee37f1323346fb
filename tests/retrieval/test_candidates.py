from itertools import pairwise

import pytest

from service.retrieval import Candidate, SentenceIndex

from .conftest import DOCUMENTS, source_of

MAYOR = "“We will not raise taxes this year,” said Mayor Linda Okafor."
PATEL = "Councillor Raj Patel called the vote a reckless gamble with pensions."
VARGA = "“The repairs will take at least six weeks,” said Tomas Varga, the agency’s director."
MENSAH = "“Staff shortages are the single biggest problem we face,” said Dr. Amara Mensah."
RECRUIT = "She added that the trust hoped to recruit 80 nurses from abroad."


def top(index: SentenceIndex, claim: str) -> tuple[int, int, int]:
    best = index.candidates(claim)[0]
    return best.document_id, best.start, best.end


@pytest.mark.parametrize(
    ("kind", "claim", "document_id", "sentence"),
    [
        ("exact", PATEL, 1, PATEL),
        ("exact quote only", "We will not raise taxes this year", 1, MAYOR),
        ("negation dropped", "We will raise taxes this year", 1, MAYOR),
        ("negation added", "The repairs will not take at least six weeks", 2, VARGA),
        ("number changed", "The repairs will take at least nine weeks", 2, VARGA),
        ("number changed", "the trust hoped to recruit 800 nurses from abroad", 3, RECRUIT),
        ("name swapped", "said Mayor Linda Mensah, we will not raise taxes", 1, MAYOR),
        ("content word swapped", "Councillor Raj Patel called the vote a foolish gamble", 1, PATEL),
        ("two words changed", "Staff cuts are the single largest problem we face", 3, MENSAH),
        ("fragment", "called the vote a reckless gamble", 1, PATEL),
        ("fragment", "the single biggest problem we face", 3, MENSAH),
        ("ellipsis", "Staff shortages are ... the problem we face", 3, MENSAH),
        ("ellipsis", "The repairs will take … said Tomas Varga", 2, VARGA),
        ("typography", '"WE WILL NOT RAISE TAXES THIS YEAR"', 1, MAYOR),
        ("typography", "the agency's director", 2, VARGA),
    ],
)
def test_claim_finds_its_source_sentence_first(
    index: SentenceIndex, kind: str, claim: str, document_id: int, sentence: str
) -> None:
    assert top(index, claim) == source_of(document_id, sentence), kind


@pytest.mark.parametrize(
    ("claim", "document_id", "first", "last"),
    [
        (
            "Staff shortages are the biggest problem. The trust hoped to recruit nurses",
            3,
            MENSAH,
            RECRUIT,
        ),
        (
            "Staff shortages are the single biggest problem ... recruit 80 nurses from abroad",
            3,
            MENSAH,
            RECRUIT,
        ),
        # The first two and the last two sentences of the index: a window at either edge
        # reads a neighbour that is not there.
        (
            "approved the harbour budget on Tuesday. We will not raise taxes this year",
            1,
            "The city council",
            MAYOR,
        ),
        (
            "recruit 80 nurses from abroad. Union leaders said pay, not recruitment",
            3,
            RECRUIT,
            "Union leaders said pay, not recruitment, was the issue.",
        ),
    ],
)
def test_claim_spanning_two_sentences_finds_the_window_of_both(
    index: SentenceIndex, claim: str, document_id: int, first: str, last: str
) -> None:
    start = DOCUMENTS[document_id].index(first)
    end = DOCUMENTS[document_id].index(last) + len(last)
    assert top(index, claim) == (document_id, start, end)


def test_exact_sentence_scores_one_and_altered_sentence_scores_less(index: SentenceIndex) -> None:
    assert index.candidates(PATEL)[0].score == 1.0
    assert (
        0.5
        < index.candidates("Councillor Raj Patel called the vote a foolish gamble with pensions")[
            0
        ].score
        < 1.0
    )


def test_candidates_are_disjoint_and_at_most_limit(index: SentenceIndex) -> None:
    found = index.candidates("said the agency", limit=3)
    assert len(found) <= 3
    spans = sorted((c.document_id, c.start, c.end) for c in found)
    for (doc_a, _, end_a), (doc_b, start_b, _) in pairwise(spans):
        assert doc_a != doc_b or end_a <= start_b


def test_claim_without_known_words_has_no_candidates(index: SentenceIndex) -> None:
    assert index.candidates("zebra quokka xylophone") == []
    assert index.candidates("") == []


def test_candidate_offsets_are_code_points_into_the_document(index: SentenceIndex) -> None:
    best = index.candidates("the agency’s director")[0]
    assert best == Candidate(2, best.start, best.end, best.score)
    assert DOCUMENTS[2][best.start : best.end] == VARGA


def test_fragment_of_common_words_is_found_by_word_order() -> None:
    index = SentenceIndex()
    for document_id in range(60):
        index.add_document(document_id, "The end of the year was near for the union by then.")
    index.add_document(99, "The union vote was held by the end of the year.")
    best = index.candidates("by the end of the year")[0]
    assert best.document_id == 99
