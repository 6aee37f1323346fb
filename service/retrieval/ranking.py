"""From a claim's tokens to ranked sentence windows: select by rare words, rescore by weight.

Selection counts, per sentence, how many of the claim's rarest words it contains, reading only
short posting lists (``READ_BUDGET`` slots in all). The best ``SHORTLIST`` sentences are then
rescored by the share of the claim's total word weight (inverse document frequency) they hold,
alone or joined with the sentence before or after, so that a claim spanning two sentences or
an ellipsis claim ("first part ... later part") finds its window.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from service.retrieval.postings import Postings

if TYPE_CHECKING:
    from service.retrieval.index import SentenceIndex

READ_BUDGET = 5_000
MIN_SELECTIVE_TOKENS = 3
SHORTLIST = 50
WINDOWS = 20
DEAD = -1  # the document of a removed sentence slot


@dataclass(frozen=True, slots=True)
class Query:
    """A claim's known token ids with their weights, and the rare ones to select with."""

    weights: dict[int, float]
    total_weight: float
    selective: tuple[int, ...]

    @classmethod
    def of(cls, tokens: list[str], postings: Postings, sentence_count: int) -> Query:
        known = postings.known(tokens)
        unknown = len(set(tokens)) - len(known)
        weights = {token: _idf(postings.frequencies[token], sentence_count) for token in known}
        total_weight = sum(weights.values()) + unknown * _idf(1, sentence_count)
        return cls(weights, total_weight, _selective(known, postings))

    def weight_of(self, token_ids: set[int]) -> float:
        """The summed weight of ``token_ids``, which must all be known tokens of the claim."""
        return sum(self.weights[token] for token in token_ids)


def rank_windows(query: Query, index: SentenceIndex, limit: int) -> list[tuple[int, int, float]]:
    """Return up to ``limit`` disjoint windows ``(first slot, last slot, score)``, best first."""
    matched = {slot: _matched(query, index, slot) for slot in _shortlist(query, index)}
    own = {slot: query.weight_of(tokens) for slot, tokens in matched.items()}
    scored = {}
    for slot in heapq.nlargest(max(WINDOWS, limit), own, key=own.__getitem__):
        first, last, weight = _best_window(query, index, slot, matched[slot], own[slot])
        scored[first, last] = round(weight / query.total_weight, 6)
    spans = {window: index.ends[window[1]] - index.starts[window[0]] for window in scored}
    ranked = sorted(scored, key=lambda window: (-scored[window], spans[window]))
    return [(first, last, scored[first, last]) for first, last in _disjoint(ranked, limit)]


def _shortlist(query: Query, index: SentenceIndex) -> list[int]:
    """Live slots holding the most of the claim's selective tokens."""
    hits: Counter[int] = Counter()
    for token in query.selective:
        hits.update(index.postings.lists[token])
    if len(hits) > SHORTLIST:
        # Most slots hold one selective token; dropping them before ranking is much cheaper.
        floor = min(max(hits.values()), 2)
        hits = Counter({slot: count for slot, count in hits.items() if count >= floor})
    documents = index.documents
    return [slot for slot, _ in hits.most_common(SHORTLIST) if documents[slot] != DEAD]


def _best_window(
    query: Query, index: SentenceIndex, slot: int, own: set[int], weight: float
) -> tuple[int, int, float]:
    """``slot`` alone, or joined with the neighbour that adds the most of the claim's weight."""
    first, last, added = slot, slot, 0.0
    if len(own) == len(query.weights):
        return first, last, weight
    for neighbour in (slot - 1, slot + 1):
        if _same_document(index, slot, neighbour):
            extra = query.weight_of(_matched(query, index, neighbour) - own)
            if extra > added:
                first, last, added = min(slot, neighbour), max(slot, neighbour), extra
    return first, last, weight + added


def _disjoint(ranked: list[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """The first ``limit`` windows that overlap no better-ranked window."""
    kept: list[tuple[int, int]] = []
    for first, last in ranked:
        if all(last < kept_first or first > kept_last for kept_first, kept_last in kept):
            kept.append((first, last))
            if len(kept) == limit:
                break
    return kept


def _matched(query: Query, index: SentenceIndex, slot: int) -> set[int]:
    return set(query.weights).intersection(index.slot_tokens(slot))


def _same_document(index: SentenceIndex, slot: int, neighbour: int) -> bool:
    documents = index.documents
    return 0 <= neighbour < len(documents) and documents[neighbour] == documents[slot]


def _selective(known: list[int], postings: Postings) -> tuple[int, ...]:
    """The rarest tokens that have posting lists, as many as ``READ_BUDGET`` allows."""
    listed = sorted(
        (len(postings.lists[token]), token) for token in known if not postings.capped[token]
    )
    chosen: list[int] = []
    read = 0
    for length, token in listed:
        if read + length > READ_BUDGET and len(chosen) >= MIN_SELECTIVE_TOKENS:
            break
        chosen.append(token)
        read += length
    return tuple(chosen)


def _idf(frequency: int, sentence_count: int) -> float:
    return math.log(1 + sentence_count / max(frequency, 1))
