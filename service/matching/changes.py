"""Typing what changed: the aligned word runs that differ become changes an editor can read.

A run of differing words is judged as a whole, so ``don't`` against ``do not`` is one
contraction, not a substitution plus an insertion. Severity decides the verdict: ``meaning``
(negation, number, name, content word, an omission hiding a qualifier) makes a claim
``altered``; ``minor`` (contractions, fillers, inflection, spelling) a ``minor_deviation``;
``marked`` edits (ellipsis omissions, bracketed slots) are reported but allowed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from service.matching.align import Op
from service.matching.lexicon import (
    CURRENCY_KEYS,
    FILLERS,
    FUNCTION_WORDS,
    NEGATIONS,
    QUALIFIERS,
    expand_contraction,
    without_filler_phrases,
)
from service.matching.model import Change, ChangeType, Severity, Span
from service.matching.normalize import Token
from service.matching.numbers import counted, is_number, number_values
from service.matching.words import is_capitalized_name, same_word

_WEIGHTS = {"meaning": 1.0, "minor": 0.5, "marked": 0.0}


@dataclass(frozen=True, slots=True)
class Sides:
    """The claim and the source, as tokens and as the texts their offsets point into."""

    claim: Sequence[Token]
    claim_text: str
    source: Sequence[Token]
    source_text: str


def build_changes(ops: Sequence[Op], sides: Sides) -> tuple[list[Change], float]:
    """Group the differing ops into runs and type each run (see the module docstring).

    Returns the changes and their cost in words: a meaning change costs its width, a minor one
    half of it, a marked one nothing."""
    changes: list[Change] = []
    cost = 0.0
    run: list[Op] = []
    end = Op("equal", len(sides.claim), len(sides.claim), len(sides.source), len(sides.source))
    for op in [*ops, end]:
        if op.tag in ("replace", "insert", "delete"):
            run.append(op)
            continue
        for change, width in _run_changes(run, sides):
            changes.append(change)
            cost += _WEIGHTS[change.severity] * width
        run = []
        if op.tag == "gap" and op.source_end > op.source_start:
            change, hidden = _omission(op, sides)
            changes.append(change)
            cost += hidden
    return changes, cost


def _width(ops: list[Op]) -> int:
    claimed = sum(op.claim_end - op.claim_start for op in ops)
    return max(claimed, sum(op.source_end - op.source_start for op in ops))


def _run_changes(run: list[Op], sides: Sides) -> list[tuple[Change, int]]:
    if not run:
        return []
    slotted = [any(t.bracket for t in _claimed([op], sides)) for op in run]
    if not any(slotted):
        return [(_typed(run, sides), _width(run))]
    # Source words the claim skips next to a slot belong to the slot.
    plain = [
        op
        for op, slot in zip(run, slotted, strict=True)
        if not slot and op.claim_end > op.claim_start
    ]
    bracket_ops = [
        op for op, slot in zip(run, slotted, strict=True) if slot or op.claim_end == op.claim_start
    ]
    changes = [(_bracket(bracket_ops, sides), 0)]
    return changes + ([(_typed(plain, sides), _width(plain))] if plain else [])


def _bracket(ops: list[Op], sides: Sides) -> Change:
    """An editor's slot: allowed, unless it slips in a negation or a number ("[not]")."""
    claimed = [t.key for t in _claimed(ops, sides)]
    change_type, severity = classify(claimed, [t.key for t in _found(ops, sides)])
    if change_type in ("negation", "number") and severity == "meaning":
        return change(change_type, severity, ops, sides)
    return change("bracket", "marked", ops, sides)


def _claimed(ops: list[Op], sides: Sides) -> list[Token]:
    return [t for op in ops for t in sides.claim[op.claim_start : op.claim_end]]


def _found(ops: list[Op], sides: Sides) -> list[Token]:
    return [t for op in ops for t in sides.source[op.source_start : op.source_end]]


def _typed(ops: list[Op], sides: Sides) -> Change:
    claimed, found = _claimed(ops, sides), _found(ops, sides)
    change_type, severity = classify([t.key for t in claimed], [t.key for t in found])
    if change_type == "word" and severity == "meaning" and _names_swapped(claimed, found, sides):
        change_type = "name"
    return change(change_type, severity, ops, sides)


def classify(claimed: list[str], found: list[str]) -> tuple[ChangeType, Severity]:
    """Type the difference between claimed words and source words (token keys)."""
    claimed_words = [w for key in claimed for w in expand_contraction(key)]
    found_words = [w for key in found for w in expand_contraction(key)]
    if claimed_words == found_words or "".join(claimed_words) == "".join(found_words):
        return "word", "minor"  # a contraction, or a compound split differently (e-mail)
    if count(claimed_words, NEGATIONS) != count(found_words, NEGATIONS):
        return "negation", "meaning"
    if number_values(claimed_words) != number_values(found_words):
        return "number", "meaning"
    if _other_currency(claimed_words, found_words):
        return "number", "meaning"  # the same figure in another currency is another amount
    if [w for w in claimed_words if not is_number(w)] == [
        w for w in found_words if not is_number(w)
    ]:
        return "number", "minor"  # the same value written another way (3 million, 3,000,000)
    if not claimed_words:
        return "omission", "meaning" if count(found_words, QUALIFIERS) else "minor"
    if not found_words:
        filler = set(without_filler_phrases(claimed_words)) <= FILLERS | FUNCTION_WORDS
        return "insertion", "minor" if filler else "meaning"
    return "word", "minor" if _same_meaning(claimed_words, found_words) else "meaning"


def _same_meaning(claimed: list[str], found: list[str]) -> bool:
    if count(claimed, QUALIFIERS) != count(found, QUALIFIERS):
        return False
    claimed = [w for w in without_filler_phrases(claimed) if w not in FILLERS | FUNCTION_WORDS]
    found = [w for w in without_filler_phrases(found) if w not in FILLERS | FUNCTION_WORDS]
    return len(claimed) == len(found) and all(map(same_word, claimed, found))


def _other_currency(claimed: list[str], found: list[str]) -> bool:
    claimed_money = {word for word in claimed if word in CURRENCY_KEYS}
    found_money = {word for word in found if word in CURRENCY_KEYS}
    return bool(claimed_money and found_money and claimed_money != found_money)


def count(words: list[str], lexicon: frozenset[str]) -> int:
    return sum(word in lexicon for word in words)


def _names_swapped(claimed: list[Token], found: list[Token], sides: Sides) -> bool:
    return any(is_capitalized_name(sides.claim_text, t.start) for t in claimed) and any(
        is_capitalized_name(sides.source_text, t.start) for t in found
    )


def _omission(op: Op, sides: Sides) -> tuple[Change, int]:
    keys = [w for t in _found([op], sides) for w in expand_contraction(t.key)]
    hidden = count(keys, NEGATIONS | QUALIFIERS) + sum(map(is_number, counted(keys)))
    return change("omission", "meaning" if hidden else "marked", [op], sides), hidden


def change(change_type: ChangeType, severity: Severity, ops: list[Op], sides: Sides) -> Change:
    claimed = _span(sides.claim, ops[0].claim_start, max(op.claim_end for op in ops))
    found = _span(sides.source, ops[0].source_start, max(op.source_end for op in ops))
    return Change(
        change_type,
        sides.claim_text[claimed.start : claimed.end],
        sides.source_text[found.start : found.end],
        claimed,
        found,
        severity,
    )


def _span(tokens: Sequence[Token], first: int, end: int) -> Span:
    if end > first:
        return Span(tokens[first].start, tokens[end - 1].end)
    at = tokens[first - 1].end if first > 0 else (tokens[0].start if tokens else 0)
    return Span(at, at)
