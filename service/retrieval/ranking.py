"""From a claim to ranked sentence windows: shortlist by rare words, rescore by weight and order.

The slots ``shortlist`` selects are rescored by the share of the claim's word weight each slot
holds, alone or joined with the sentence before or after; ties go to the window sharing more of
the claim's word pairs, then to the shorter one. Selection runs on the claim's cheap first tier
of rare words and reads the wider tier only when the first did not settle the claim (see
``_settled``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from service.retrieval.query import Query
from service.retrieval.shortlist import shortlist_slots

if TYPE_CHECKING:
    from service.retrieval.index import SentenceIndex

# Scores that make reading the next, wider tier not worth its cost (see ``_settled``).
CONFIDENT = 0.9
MARGIN = 0.2

Window = tuple[int, int, float]


def rank_windows(query: Query, index: SentenceIndex, limit: int) -> list[Window]:
    """Return up to ``limit`` windows ``(first slot, last slot, score)``, best first."""
    ranked: list[Window] = []
    for selective in query.tiers:
        ranked = _rank(query, index, selective, limit)
        if _settled(ranked):
            break
    return ranked


def _settled(ranked: list[Window]) -> bool:
    """Whether the best window holds most of the claim, or at least half of it and clearly
    more than the runner-up (an altered claim's source scores below ``CONFIDENT``)."""
    if not ranked:
        return False
    best = ranked[0][2]
    runner_up = ranked[1][2] if len(ranked) > 1 else 0.0
    return best >= CONFIDENT or (best >= 0.5 and best >= runner_up + MARGIN)


def _rank(
    query: Query, index: SentenceIndex, selective: tuple[int, ...], limit: int
) -> list[Window]:
    matched = _Matched(query, index)
    alone, joined = shortlist_slots(query, index, selective)
    scored = {}
    for slot in alone:
        scored[slot, slot] = query.weight_of(matched[slot])
    for slot in joined:
        first, last, weight = _best_window(query, index, slot, matched)
        scored[first, last] = weight
    # Rounded so that equal word sets summed in a different order tie exactly.
    scored = {window: round(weight / query.total_weight, 6) for window, weight in scored.items()}
    by_score = sorted(scored, key=scored.__getitem__, reverse=True)
    # Only windows scoring at least the limit-th best can place, so only they need ordering.
    contenders = by_score[: _contending(by_score, scored, limit)]
    order = {window: _order_key(query, index, window, scored[window]) for window in contenders}
    ranked = sorted(contenders, key=order.__getitem__)
    return [(first, last, scored[first, last]) for first, last in _not_nested(ranked, limit)]


def _contending(
    by_score: list[tuple[int, int]], scored: dict[tuple[int, int], float], limit: int
) -> int:
    if len(by_score) <= limit * 2:
        return len(by_score)
    floor = scored[by_score[limit * 2 - 1]]
    return sum(1 for window in by_score if scored[window] >= floor)


class _Matched(dict[int, frozenset[int]]):
    """The claim's known tokens in each slot, computed once per slot and query."""

    def __init__(self, query: Query, index: SentenceIndex) -> None:
        super().__init__()
        self.tokens, self.index = frozenset(query.weights), index

    def __missing__(self, slot: int) -> frozenset[int]:
        found = self[slot] = self.tokens.intersection(self.index.slot_tokens(slot))
        return found


def _best_window(
    query: Query, index: SentenceIndex, slot: int, matched: _Matched
) -> tuple[int, int, float]:
    """``slot`` alone, or joined with the neighbour that adds the most of the claim's weight."""
    own = matched[slot]
    first, last, weight, added = slot, slot, query.weight_of(own), 0.0
    if len(own) == len(query.weights):
        return first, last, weight
    for neighbour in (slot - 1, slot + 1):
        if _same_document(index, slot, neighbour):
            extra = query.weight_of(matched[neighbour] - own)
            if extra > added:
                first, last, added = min(slot, neighbour), max(slot, neighbour), extra
    return first, last, weight + added


def _order_key(
    query: Query, index: SentenceIndex, window: tuple[int, int], score: float
) -> tuple[float, int, int, int, int]:
    """Best first: higher score, more shared word pairs, shorter span, then document order."""
    first, last = window
    tokens = index.tokens[index.token_offsets[first] : index.token_offsets[last + 1]]
    shared_pairs = len(query.bigrams.intersection(zip(tokens, tokens[1:], strict=False)))
    span = index.ends[last] - index.starts[first]
    return -score, -shared_pairs, span, index.documents[first], index.starts[first]


def _not_nested(ranked: list[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """The first ``limit`` windows neither inside nor around a better-ranked window."""
    kept: list[tuple[int, int]] = []
    # Nested windows share a slot, so each window is checked only against the kept windows
    # covering one of its slots, not against every kept window.
    covering: dict[int, list[tuple[int, int]]] = {}
    for first, last in ranked:
        slots = range(first, last + 1)
        near = [window for slot in slots for window in covering.get(slot, ())]
        if any(_nested(first, last, *window) for window in near):
            continue
        kept.append((first, last))
        for slot in slots:
            covering.setdefault(slot, []).append((first, last))
        if len(kept) == limit:
            break
    return kept


def _nested(first: int, last: int, other_first: int, other_last: int) -> bool:
    inside = other_first <= first and last <= other_last
    return inside or (first <= other_first and other_last <= last)


def _same_document(index: SentenceIndex, slot: int, neighbour: int) -> bool:
    documents = index.documents
    return 0 <= neighbour < len(documents) and documents[neighbour] == documents[slot]
