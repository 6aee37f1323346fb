"""Word-by-word alignment of a claim segment with a source window: a cheapest edit, in steps.

A semi-global edit distance (source words before and after the claim are free) for windows of
ordinary size; beyond that, rapidfuzz's (global) Levenshtein opcodes cut down to one-word
steps. Bracketed claim tokens are slots: they pair with any source words at a token cost (none
where the words are the same).
"""

from __future__ import annotations

from typing import Literal

from rapidfuzz.distance import Levenshtein

Tag = Literal["equal", "replace", "insert", "delete", "gap"]
# A claimed word missing from the source costs a hair more than a substitution, and a source
# word the claim skips a hair less, so near-ties resolve to "the claim left words out" (an
# omission) rather than "the claim swapped or added words".
_INSERT_COST = 1.01
_DELETE_COST = 0.99
# Far below any other difference in cost: a slot holds at most a few words.
_SLOT_COST = 0.001


def semi_global_steps(
    claim: list[str], window: list[str], bracket: list[bool]
) -> list[tuple[Tag, int, int, int, int]]:
    """The cheapest one-word steps ``(tag, claim_start, claim_end, window_start, window_end)``
    turning ``claim`` into a stretch of ``window``; ``bracket`` marks the claim's slots."""
    cost = [[0.0] * (len(window) + 1)]
    for word, slot in zip(claim, bracket, strict=True):
        cost.append(_next_row(cost[-1], word, window, *_costs(slot)))
    end = min(range(len(window) + 1), key=lambda j: (cost[-1][j], j))
    return _trace(cost, claim, window, bracket, end)


def _next_row(
    previous: list[float], word: str, window: list[str], substitute: float, insert: float
) -> list[float]:
    """One DP row; written out by hand because it is the aligner's inner loop."""
    row = [previous[0] + insert]
    left = row[0]
    for j, source_word in enumerate(window):
        best = previous[j] + (0.0 if word == source_word else substitute)
        skipped = previous[j + 1] + insert
        if skipped < best:
            best = skipped
        left += _DELETE_COST
        if left < best:
            best = left
        row.append(best)
        left = best
    return row


def _costs(bracket: bool) -> tuple[float, float]:
    """Substitution and insertion cost of a claim token; a bracketed slot pairs with anything,
    at a token cost that makes it take the source's own words where they are the same (a slot
    at the end of a claim would otherwise stop short of the source's "[3.5]" and read as a
    number slipped in)."""
    return (_SLOT_COST, _SLOT_COST) if bracket else (1.0, _INSERT_COST)


def _trace(
    cost: list[list[float]], claim: list[str], window: list[str], bracket: list[bool], j: int
) -> list[tuple[Tag, int, int, int, int]]:
    steps: list[tuple[Tag, int, int, int, int]] = []
    i = len(claim)
    while i > 0:
        substitute, insert = _costs(bracket[i - 1])
        pair = 0.0 if j and claim[i - 1] == window[j - 1] else substitute
        if j and cost[i][j] == cost[i - 1][j - 1] + pair:
            tag: Tag = "equal" if claim[i - 1] == window[j - 1] else "replace"
            steps.append((tag, i - 1, i, j - 1, j))
            i, j = i - 1, j - 1
        elif cost[i][j] == cost[i - 1][j] + insert:
            steps.append(("insert", i - 1, i, j, j))
            i -= 1
        else:
            steps.append(("delete", i, i, j - 1, j))
            j -= 1
    return steps[::-1]


def levenshtein_steps(claim: list[str], window: list[str]) -> list[tuple[Tag, int, int, int, int]]:
    """Steps in the form :func:`semi_global_steps` gives, from rapidfuzz's global opcodes (runs
    of equal words stay whole), for windows too large for the DP; source-only steps at either
    end are dropped."""
    # rapidfuzz names edits from the claim's side: its "delete" drops claim words, which is our
    # claim-only "insert", and the other way round.
    tags: dict[str, Tag] = {"equal": "equal", "replace": "replace", "delete": "insert"}
    steps = [
        step
        for op in Levenshtein.opcodes(claim, window)
        for step in _unit_steps(
            tags.get(op.tag, "delete"), op.src_start, op.src_end, op.dest_start, op.dest_end
        )
    ]
    while steps and steps[0][0] == "delete":
        steps.pop(0)
    while steps and steps[-1][0] == "delete":
        steps.pop()
    return steps


def _unit_steps(
    tag: Tag, c1: int, c2: int, s1: int, s2: int
) -> list[tuple[Tag, int, int, int, int]]:
    """Split a block into one-word steps, as the DP makes them, so that a bracketed slot inside
    a long block stays one word wide."""
    if tag == "equal":
        return [(tag, c1, c2, s1, s2)]
    paired = min(c2 - c1, s2 - s1) if tag == "replace" else 0
    steps: list[tuple[Tag, int, int, int, int]] = [
        ("replace", c1 + k, c1 + k + 1, s1 + k, s1 + k + 1) for k in range(paired)
    ]
    steps += [("insert", c, c + 1, s1 + paired, s1 + paired) for c in range(c1 + paired, c2)]
    steps += [("delete", c2, c2, s, s + 1) for s in range(s1 + paired, s2)]
    return steps
