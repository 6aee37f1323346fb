"""A claim as the index sees it: weighted token ids, word pairs and the rare words to read.

Weights are inverse document frequencies, so a name or a number counts for more than "the".
Words the index has never seen (an altered word, a typo) still count in the total weight, which
is what lets a score below 1 say "part of this claim is nowhere in that sentence".
"""

from __future__ import annotations

import math
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from service.retrieval.postings import Postings

# Each tier reads the posting lists of the rarest tokens until its budget of slots is spent,
# but always at least its minimum number of lists. A cheap first tier settles most claims; it
# forces only two lists because a forced third one (often 50k+ slots at 1M sentences) made
# the slowest 5% of claims half again slower without finding anything more.
TIERS = ((15_000, 2), (40_000, 5))


@dataclass(frozen=True, slots=True)
class Query:
    """A claim's known token ids with their weights, its word pairs and its rare tokens, by tier."""

    weights: dict[int, float]
    total_weight: float
    bigrams: frozenset[tuple[int, int]]
    tiers: tuple[tuple[int, ...], ...]

    @classmethod
    def of(cls, tokens: list[str], postings: Postings, sentence_count: int) -> Query:
        """Weigh ``tokens`` against ``postings`` of an index of ``sentence_count`` sentences."""
        ids = [postings.token_ids.get(token) for token in tokens]
        known = {token_id for token_id in ids if token_id is not None}
        unknown = len(set(tokens)) - len(known)
        weights = {token: _idf(postings.frequencies[token], sentence_count) for token in known}
        total_weight = sum(weights.values()) + unknown * _idf(1, sentence_count)
        bigrams = frozenset(
            (left, right)
            for left, right in zip(ids, ids[1:], strict=False)
            if left is not None and right is not None
        )
        tiers = tuple(dict.fromkeys(_selective(known, postings, *tier) for tier in TIERS))
        return cls(weights, total_weight, bigrams, tiers)

    def weight_of(self, token_ids: AbstractSet[int]) -> float:
        """The summed weight of ``token_ids``, which must all be known tokens of the claim."""
        return sum(self.weights[token] for token in token_ids)


def _selective(known: set[int], postings: Postings, budget: int, minimum: int) -> tuple[int, ...]:
    """The rarest tokens that have posting lists, as many as ``budget`` allows."""
    listed = sorted(
        (len(postings.lists[token]), token) for token in known if not postings.capped[token]
    )
    chosen: list[int] = []
    read = 0
    for length, token in listed:
        if read + length > budget and len(chosen) >= minimum:
            break
        chosen.append(token)
        read += length
    return tuple(chosen)


def _idf(frequency: int, sentence_count: int) -> float:
    return math.log(1 + sentence_count / max(frequency, 1))
