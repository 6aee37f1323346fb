"""Word-by-word alignment of a claim segment with a source window: a cheapest edit, in steps.

A semi-global edit distance (source words before and after the claim are free, and a run of
source words skipped inside costs an opening and a little per word) for windows of ordinary
size; beyond that, rapidfuzz's (global) Levenshtein opcodes cut down to one-word steps.
Bracketed claim tokens are slots: they pair with any source words at a token cost (none where
the words are the same).
"""

from __future__ import annotations

from typing import Literal

from rapidfuzz.distance import Levenshtein

from service.matching.lexicon import NEGATIONS, expand_contraction

Tag = Literal["equal", "replace", "insert", "delete", "gap"]
# Source words the claim skips cost an opening and then a little per word (an affine gap), so
# a run of them reads as one omission: "it cannot, on the other hand, incite" claimed as "it
# cannot incite" omits four words (1.59) rather than sliding the claim past them and reading
# "it cannot" as swapped for "other hand" (2.0), a negation that is not there. A lone word
# before a gap still reads as swapped (1.0 against at least 0.99 + 0.2): taking it for an
# omission would pass "we will build" against "we said they will build". Claimed words the
# source lacks cost the same each, a hair more than a substitution, so near-ties resolve to
# "the claim left words out".
_SUBSTITUTE = 1.0
_DELETE_OPEN, _DELETE_EXTEND = 0.79, 0.2
_INSERT_OPEN, _INSERT_EXTEND = 0.0, 1.01
# Reading the claim as adding a negation, or as swapping one for another word, says it turned
# the statement around, the gravest reading: it costs as much as a word claimed and a source
# word skipped apart, so a negation standing right across a gap ("it cannot, on the other
# hand, incite" claimed as "cannot incite") pairs with itself.
_SWAP_NEGATION = 2.0
# Far below any other difference in cost: a slot holds at most a few words.
_SLOT_COST = 0.001
_NEVER = float("inf")
_SKIP_OPENED = _DELETE_OPEN + _DELETE_EXTEND

# One DP row per claim word, a cost per window position for each way the last step went:
# paired (equal or replace), skipping a source word (delete), or a claimed word alone (insert).
_Rows = tuple[list[float], list[float], list[float]]
_PAIRED, _SKIPPED, _ALONE = 0, 1, 2


def semi_global_steps(
    claim: list[str], window: list[str], bracket: list[bool]
) -> list[tuple[Tag, int, int, int, int]]:
    """The cheapest one-word steps ``(tag, claim_start, claim_end, window_start, window_end)``
    turning ``claim`` into a stretch of ``window``; ``bracket`` marks the claim's slots."""
    at = None if any(bracket) else _verbatim_at(claim, window)
    if at is not None:
        return [("equal", i, i + 1, at + i, at + i + 1) for i in range(len(claim))]
    width = len(window) + 1
    rows: list[_Rows] = [([0.0] * width, [_NEVER] * width, [_NEVER] * width)]
    spelled = [expand_contraction(word) for word in window]
    negated = [_negates(parts) for parts in spelled]
    for word, slot in zip(claim, bracket, strict=True):
        substitute, open_, extend = _costs(slot, _is_negation(word))
        swaps = [substitute] * len(window) if slot else _swap_costs(word, window, spelled, negated)
        rows.append(_next_rows(rows[-1], word, window, swaps, open_, extend))
    last = rows[-1]
    end = min(range(width), key=lambda j: (min(last[0][j], last[1][j], last[2][j]), j))
    state = min((_PAIRED, _ALONE, _SKIPPED), key=lambda s: last[s][end])
    return _trace(rows, claim, window, bracket, end, state)


def _verbatim_at(claim: list[str], window: list[str]) -> int | None:
    """Where ``claim`` first stands word for word in ``window`` (the DP's own answer for
    it, found without the DP), or None."""
    padded = f" {' '.join(window)} "
    found = padded.find(f" {' '.join(claim)} ")
    return None if found < 0 else padded.count(" ", 0, found)


def _is_negation(key: str) -> bool:
    return _negates(expand_contraction(key))


def _negates(words: tuple[str, ...]) -> bool:
    return any(word in NEGATIONS for word in words)


def _swap_costs(
    word: str, window: list[str], spelled: list[tuple[str, ...]], negated: list[bool]
) -> list[float]:
    """What pairing the claimed word with each window word (``spelled``: its contraction
    spelled out; ``negated``: whether it negates) costs when they differ: more when just one is
    a negation, unless one is the other's contraction split ("isn't" / "is")."""
    parts = expand_contraction(word)
    negation = _negates(parts)
    return [
        _SWAP_NEGATION
        if other_negates != negation and other not in parts and word not in other_parts
        else _SUBSTITUTE
        for other, other_parts, other_negates in zip(window, spelled, negated, strict=True)
    ]


def _next_rows(
    previous: _Rows, word: str, window: list[str], swaps: list[float], open_: float, extend: float
) -> _Rows:
    """One claim word's DP rows; the aligner's inner loop, so built with comprehensions and
    ``map`` where a cell needs only the row above, and a plain loop for the skips, which run
    left to right."""
    paired_before, skipped_before, alone_before = previous
    opened = open_ + extend
    diagonal = map(min, paired_before, skipped_before, alone_before)
    paired = [_NEVER]
    paired += [
        cost if word == source else cost + swap
        for cost, source, swap in zip(diagonal, window, swaps, strict=False)
    ]
    # Skips and claimed words alone open only after a pair: one beside the other costs more
    # than the substitution they would make together.
    alone = [
        cost + opened if cost + opened < kept + extend else kept + extend
        for cost, kept in zip(paired_before, alone_before, strict=True)
    ]
    skipped, run = [_NEVER], _NEVER
    # Position j's skip opens from position j - 1: the last position opens nothing.
    for pair in paired[:-1]:
        opening = pair + _SKIP_OPENED
        run = run + _DELETE_EXTEND
        run = opening if opening < run else run
        skipped.append(run)
    return paired, skipped, alone


def _costs(bracket: bool, negation: bool = False) -> tuple[float, float, float]:
    """Substitution cost, insertion opening and insertion extension of a claim token; a
    bracketed slot pairs with anything, at a token cost that makes it take the source's own
    words where they are the same (a slot at the end of a claim would otherwise stop short of
    the source's "[3.5]" and read as a number slipped in). A claimed negation the source lacks
    costs what swapping one does."""
    if bracket:
        return _SLOT_COST, 0.0, _SLOT_COST
    return _SUBSTITUTE, _INSERT_OPEN, _SWAP_NEGATION if negation else _INSERT_EXTEND


def _trace(
    rows: list[_Rows], claim: list[str], window: list[str], bracket: list[bool], j: int, state: int
) -> list[tuple[Tag, int, int, int, int]]:
    """Walk back from the cheapest end, recomputing each cost exactly as the rows did."""
    steps: list[tuple[Tag, int, int, int, int]] = []
    i = len(claim)
    while i > 0:
        here = rows[i][state][j]
        if state == _PAIRED:
            before = rows[i - 1]
            same = claim[i - 1] == window[j - 1]
            steps.append(("equal" if same else "replace", i - 1, i, j - 1, j))
            i, j = i - 1, j - 1
            state = min((_PAIRED, _ALONE, _SKIPPED), key=lambda s: before[s][j])
        elif state == _ALONE:
            *_, extend = _costs(bracket[i - 1], _is_negation(claim[i - 1]))
            steps.append(("insert", i - 1, i, j, j))
            i -= 1
            if here != rows[i][_ALONE][j] + extend:
                state = _PAIRED
        else:
            steps.append(("delete", i, i, j - 1, j))
            j -= 1
            if here != rows[i][_SKIPPED][j] + _DELETE_EXTEND:
                state = _PAIRED
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
