import pytest

from service.retrieval import SentenceIndex

from .conftest import DOCUMENTS

CLAIM = "The repairs will take at least six weeks"


def documents_found(index: SentenceIndex, claim: str) -> set[int]:
    return {candidate.document_id for candidate in index.candidates(claim)}


def test_removed_document_is_never_a_candidate(index: SentenceIndex) -> None:
    index.remove_document(2)
    assert 2 not in documents_found(index, CLAIM)
    assert 2 not in index
    assert len(index) == 14 - 5


def test_removing_an_unknown_document_does_nothing(index: SentenceIndex) -> None:
    before = len(index)
    index.remove_document(99)
    assert len(index) == before


def test_adding_a_known_document_replaces_it(index: SentenceIndex) -> None:
    index.add_document(2, "The bridge reopened on Friday after quick repairs.")
    assert all(c.score < 0.5 for c in index.candidates(CLAIM) if c.document_id == 2)
    assert index.candidates("the bridge reopened on Friday")[0].document_id == 2
    assert len(index) == 14 - 5 + 1


def test_replaying_the_same_changes_gives_the_same_candidates(index: SentenceIndex) -> None:
    replayed = SentenceIndex()
    for document_id, text in DOCUMENTS.items():
        replayed.add_document(document_id, text)
        replayed.add_document(document_id, text)
    replayed.remove_document(99)
    assert replayed.candidates(CLAIM) == index.candidates(CLAIM)
    assert len(replayed) == len(index)


def test_compaction_keeps_candidates_and_drops_dead_sentences(index: SentenceIndex) -> None:
    index.remove_document(1)
    index.add_document(1, DOCUMENTS[1])
    before = index.candidates("we will not raise taxes")
    index.compact()
    assert index.dead_slots == 0
    assert len(index.documents) == len(index)
    assert index.candidates("we will not raise taxes") == before


def test_caller_sentence_spans_are_used_as_given() -> None:
    index = SentenceIndex()
    text = "One claim here; another claim there"
    index.add_document(5, text, [(0, 15), (16, len(text))])
    best = index.candidates("another claim there")[0]
    assert text[best.start : best.end] == "another claim there"


@pytest.mark.parametrize("spans", [[(0, 99)], [(-1, 3)], [(4, 2)]])
def test_sentence_spans_outside_the_text_are_rejected(spans: list[tuple[int, int]]) -> None:
    with pytest.raises(ValueError, match="outside the text"):
        SentenceIndex().add_document(1, "short text", spans)


def test_words_in_more_sentences_than_the_cap_select_nothing_but_still_score() -> None:
    index = SentenceIndex(max_postings=2)
    for document_id in range(5):
        index.add_document(document_id, f"the council met on day {document_id} number")
    token = index.postings.token_ids["council"]
    assert index.postings.capped[token]
    assert index.candidates("the council met") == []
    best = index.candidates("the council met on day 3")[0]
    assert (best.document_id, best.score) == (3, 1.0)


def test_words_of_compacted_away_documents_find_nothing(index: SentenceIndex) -> None:
    index.remove_document(2)
    index.compact()
    assert all(candidate.document_id != 2 for candidate in index.candidates("Varga Carlow"))
    assert index.candidates("Northfield Carlow Varga") == []
