"""The aligner's dynamic programme against a plain recursive search of the same costs."""

from __future__ import annotations

import random
from functools import cache

import pytest

from service.matching.lexicon import NEGATIONS, expand_contraction
from service.matching.steps import Tag, semi_global_steps

SUBSTITUTE, INSERT, SLOT, NEGATION = 1.0, 1.01, 0.001, 2.0
DELETE_OPEN, DELETE_EXTEND = 0.79, 0.2

VOCABULARY = "a b c d e f g is not isn't never".split()


def random_case(rng: random.Random) -> tuple[list[str], list[str], list[bool]]:
    """A window, and a claim of its words picked in order (so gaps are likely) with a word
    swapped or added now and then, or of any words; a few claim words are slots."""
    window = [rng.choice(VOCABULARY) for _ in range(rng.randint(1, 10))]
    if rng.random() < 0.2:
        claim = [rng.choice(VOCABULARY) for _ in range(rng.randint(1, 5))]
    else:
        picked = sorted(rng.sample(range(len(window)), rng.randint(1, min(6, len(window)))))
        claim = [window[k] for k in picked]
        for _ in range(rng.randint(0, 2)):
            at = rng.randint(0, len(claim))
            claim[at : at + rng.randint(0, 1)] = [rng.choice(VOCABULARY)]
    return claim, window, [rng.random() < 0.1 for _ in claim]


def negation(word: str) -> bool:
    return bool(set(expand_contraction(word)) & NEGATIONS)


def pair_cost(claimed: str, found: str, slot: bool) -> float:
    """Pairing two words: free when equal; a slot takes anything; a negation on one side only
    costs double, unless one word is the other's contraction split ("isn't" / "is")."""
    if claimed == found:
        return 0.0
    if slot:
        return SLOT
    split = found in expand_contraction(claimed) or claimed in expand_contraction(found)
    return NEGATION if negation(claimed) != negation(found) and not split else SUBSTITUTE


def insert_cost(claimed: str, slot: bool) -> float:
    return SLOT if slot else NEGATION if negation(claimed) else INSERT


def cost_of(
    steps: list[tuple[Tag, int, int, int, int]],
    claim: list[str],
    window: list[str],
    slots: list[bool],
) -> float:
    """What the steps cost, read one by one."""
    total, previous = 0.0, None
    for tag, claim_start, _end, source_start, _source_end in steps:
        if tag in ("equal", "replace"):
            total += pair_cost(claim[claim_start], window[source_start], slots[claim_start])
        elif tag == "insert":
            total += insert_cost(claim[claim_start], slots[claim_start])
        elif tag == "delete":
            total += DELETE_EXTEND if previous == "delete" else DELETE_OPEN + DELETE_EXTEND
        previous = tag
    return total


def cheapest(claim: list[str], window: list[str], slots: list[bool]) -> float:
    """The least cost of turning ``claim`` into any stretch of ``window``, by plain search."""

    @cache
    def rest(i: int, j: int, skipping: bool) -> float:
        if i == len(claim):
            return 0.0
        options = [insert_cost(claim[i], slots[i]) + rest(i + 1, j, False)]
        if j < len(window):
            pair = pair_cost(claim[i], window[j], slots[i])
            options.append(pair + rest(i + 1, j + 1, False))
            if i > 0:
                skip = DELETE_EXTEND if skipping else DELETE_OPEN + DELETE_EXTEND
                options.append(skip + rest(i, j + 1, True))
        return min(options)

    return min(rest(0, start, False) for start in range(len(window) + 1))


def test_the_steps_are_a_cheapest_alignment() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        claim, window, slots = random_case(rng)
        assert_cheapest_steps(claim, window, slots)


def assert_cheapest_steps(claim: list[str], window: list[str], slots: list[bool]) -> None:
    steps = semi_global_steps(claim, window, slots)
    assert [i for tag, i, end, *_ in steps if end > i] == list(range(len(claim)))
    sources = [(start, end) for *_, start, end in steps]
    assert all(a[1] == b[0] for a, b in zip(sources, sources[1:], strict=False))
    for tag, i, _end, start, _stop in steps:
        assert (tag == "equal") == (tag in ("equal", "replace") and claim[i] == window[start])
    assert cost_of(steps, claim, window, slots) == pytest.approx(cheapest(claim, window, slots))


def test_a_claim_standing_word_for_word_in_the_window_is_all_equal_where_it_first_stands() -> None:
    steps = semi_global_steps(["b", "c"], ["a", "b", "c", "b", "c"], [False, False])
    assert steps == [("equal", 0, 1, 1, 2), ("equal", 1, 2, 2, 3)]


def test_a_run_of_skipped_source_words_is_one_omission_not_a_slide() -> None:
    window = "it cannot on the other hand incite the threat".split()
    steps = semi_global_steps("it cannot incite the threat".split(), window, [False] * 5)
    assert [window[s] for tag, *_, s, _e in steps if tag == "delete"] == [
        "on",
        "the",
        "other",
        "hand",
    ]
