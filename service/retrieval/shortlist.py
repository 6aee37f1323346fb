"""Shortlisting sentence slots for a claim by its selective (rare) words.

Selection adds each selective token's weight to every slot in its posting list (vectorised with
numpy into a per-thread scratch column) and shortlists the slots whose weight, plus that of
their best neighbour, is highest: a claim spanning two sentences, or "first part ... later
part", thus shortlists both. When more slots tie on selective weight than the shortlist holds,
word pairs pick them (see ``phrases``).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from service.retrieval.phrases import MAX_CHECKED, by_shared_pairs
from service.retrieval.query import Query

if TYPE_CHECKING:
    from service.retrieval.index import SentenceIndex

SHORTLIST = 20
JOINED_SHORTLIST = 10
DEAD = -1  # the document of a removed sentence slot

_scratch = threading.local()


def shortlist_slots(
    query: Query, index: SentenceIndex, selective: tuple[int, ...]
) -> tuple[list[int], list[int]]:
    """Live slots holding the most selective weight alone, and with their better neighbour."""
    touched, own, with_neighbour = _selective_weights(query, index, selective)
    if not len(touched):
        return [], []
    # A tied slot repeats once per selective token; bounding the entries bounds the sort, and
    # by_shared_pairs checks at most MAX_CHECKED slots anyway.
    tied = np.unique(touched[own >= own.max()][: MAX_CHECKED * len(selective)])
    if len(tied) > SHORTLIST and query.bigrams:
        alone = _live(index, by_shared_pairs(index, tied, query.bigrams).tolist())[:SHORTLIST]
    else:
        alone = _top(index, touched, own, SHORTLIST)
    return alone, _top(index, touched, with_neighbour, JOINED_SHORTLIST)


def _selective_weights(
    query: Query, index: SentenceIndex, selective: tuple[int, ...]
) -> tuple[npt.NDArray[np.intc], npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    """Each slot holding a selective token (repeated once per token held), its selective
    weight, and that weight plus its better neighbour's."""
    slot_lists = [np.frombuffer(index.postings.lists[token], np.intc) for token in selective]
    touched = np.concatenate(slot_lists) if slot_lists else np.empty(0, np.intc)
    # Slot s is cell s + 1: the spare cells at both ends are the neighbours of the first and
    # the last slot. ``take`` and ``put`` skip the general machinery of fancy indexing, which
    # took half again as long; the first list finds its cells still zero.
    padded = _scratch_column(len(index.documents) + 2)
    weights, after = padded[1:], padded[2:]
    try:
        for position, (slots, token) in enumerate(zip(slot_lists, selective, strict=True)):
            weight = query.weights[token]
            weights.put(slots, weights.take(slots) + weight if position else weight)
        own = weights.take(touched)
        with_neighbour = np.maximum(padded.take(touched), after.take(touched))
        with_neighbour += own
        return touched, own, with_neighbour
    finally:
        weights.put(touched, 0.0)


def _top(
    index: SentenceIndex, slots: npt.NDArray[np.intc], scores: npt.NDArray[np.float32], size: int
) -> list[int]:
    """The ``size`` distinct live slots with the highest scores, best first."""
    # A slot repeats once per selective token it holds, so take enough to leave ``size``.
    count = min(len(slots), size * 4)
    if count < len(slots):
        chosen = np.argpartition(-scores, count - 1)[:count]
        slots, scores = slots[chosen], scores[chosen]
    ranked = slots[np.argsort(-scores, kind="stable")].tolist()
    return _live(index, list(dict.fromkeys(ranked)))[:size]


def _live(index: SentenceIndex, slots: list[int]) -> list[int]:
    return [slot for slot in slots if index.documents[slot] != DEAD]


def _scratch_column(size: int) -> npt.NDArray[np.float32]:
    """This thread's all-zero column of at least ``size`` cells; callers re-zero what they touch."""
    column: npt.NDArray[np.float32] | None = getattr(_scratch, "column", None)
    if column is None or len(column) < size:
        column = np.zeros(size * 2, np.float32)
        _scratch.column = column
    return column
