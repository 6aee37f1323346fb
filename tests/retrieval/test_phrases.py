import numpy as np

from service.retrieval import SentenceIndex
from service.retrieval.phrases import by_shared_pairs, shared_pair_counts


def pairs_of(index: SentenceIndex, *pairs: str) -> frozenset[tuple[int, int]]:
    ids = index.postings.token_ids
    return frozenset((ids[left], ids[right]) for left, right in map(str.split, pairs))


def test_pairs_are_counted_within_each_sentence_never_across() -> None:
    index = SentenceIndex()
    index.add_document(1, "a b c d. x. e f a b.", [(0, 8), (9, 11), (11, 20), (20, 20)])
    pairs = pairs_of(index, "a b", "c d", "d x")
    counts = shared_pair_counts(index, np.array([0, 1, 2, 3], np.intc), pairs)
    assert counts.tolist() == [2, 0, 1, 0]


def test_sentences_sharing_more_pairs_come_first_and_ties_keep_their_order() -> None:
    index = SentenceIndex()
    index.add_document(
        1, "year the end. the end of the year. end the year.", [(0, 13), (14, 33), (34, 47)]
    )
    pairs = pairs_of(index, "the end", "end of", "of the", "the year")
    ordered = by_shared_pairs(index, np.array([0, 2, 1], np.intc), pairs)
    assert ordered.tolist() == [1, 0, 2]
