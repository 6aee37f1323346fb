"""Word order for claims made of common words, checked over many sentences at once.

"treasurer of the Western Union Ministry" is in hundreds of sentences as a bag of words, each
word being common; which sentence it was said in only shows in word order. When more sentences
tie on the claim's rare-word weight than the shortlist holds, they are reordered by how many
of the claim's adjacent word pairs they share, vectorised over the forward index.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from service.retrieval.index import SentenceIndex

MAX_CHECKED = 5_000

Slots = npt.NDArray[np.intc]


def by_shared_pairs(index: SentenceIndex, slots: Slots, pairs: frozenset[tuple[int, int]]) -> Slots:
    """Up to ``MAX_CHECKED`` of ``slots``, most shared adjacent token pairs first (stable)."""
    slots = slots[:MAX_CHECKED]
    counts = shared_pair_counts(index, slots, pairs)
    return slots[np.argsort(-counts, kind="stable")]


def shared_pair_counts(
    index: SentenceIndex, slots: Slots, pairs: frozenset[tuple[int, int]]
) -> npt.NDArray[np.int64]:
    """For each slot, how many of its adjacent token pairs are among ``pairs``."""
    offsets = np.frombuffer(index.token_offsets, np.int64)
    starts = offsets[slots]
    lengths = offsets[slots + 1] - starts
    # Where each slot's tokens begin once all are laid back to back.
    firsts = np.cumsum(lengths) - lengths
    positions = np.arange(int(lengths.sum())) - np.repeat(firsts - starts, lengths)
    sequence = np.frombuffer(index.tokens, np.intc)[positions].astype(np.int64)
    vocabulary = len(index.postings.lists)
    codes = sequence[:-1] * vocabulary + sequence[1:]
    wanted = np.array([left * vocabulary + right for left, right in pairs], np.int64)
    # Pair i joins tokens i and i + 1; the padding keeps an empty last slot in bounds.
    shared = np.concatenate((np.isin(codes, wanted), [False]))
    running = np.concatenate(([0], np.cumsum(shared)))
    # A slot's pairs start at its first token and stop before its last, never crossing slots.
    return running[firsts + np.maximum(lengths - 1, 0)] - running[firsts]
