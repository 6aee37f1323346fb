"""The main clause's subject, for a quotation that no reporting verb introduces.

"Citing last week's “…”, Will urged …" and "… forced a change, stripping out a call for “…”".
"""

from __future__ import annotations

from service.extraction.phrases import (
    clause_start,
    looks_finite,
    opens_with_participle,
    phrase_right,
)
from service.extraction.subjects import subject_of
from service.extraction.tokens import Token

_PARTICIPLE_REACH = 40


def _participle_after_comma(tokens: list[Token], start: int) -> bool:
    """ "…, stripping out a call for “…”": a lower-case -ing word right after a comma."""
    in_reach = 0 < start < len(tokens)
    return in_reach and tokens[start - 1].text == "," and tokens[start].is_participle


def _participle_subject(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """ "At the convention in Cleveland his operatives forced a change, stripping out a call
    for “…”": the subject of the clause before the comma, found from its verb."""
    start = clause_start(tokens, comma)
    verb = next((k for k in range(start, comma) if looks_finite(tokens[k])), None)
    bounds = subject_of(tokens, verb) if verb is not None else None
    return bounds if bounds is not None else clause_subject(tokens, comma)


def clause_subject(tokens: list[Token], at: int) -> tuple[int, int] | None:
    """The main clause's subject, before the quotation, or after the participial phrase
    holding it ("Citing last week's “…”, Will urged …")."""
    start = clause_start(tokens, at)
    if _participle_after_comma(tokens, start):
        return _participle_subject(tokens, start - 1)
    bounds = phrase_right(tokens, start)
    if bounds is not None and bounds[1] < at:
        return bounds
    if opens_with_participle(tokens):
        reach = range(at + 1, min(len(tokens), at + _PARTICIPLE_REACH))
        comma = next((k for k in reach if tokens[k].text == ","), None)
        bounds = phrase_right(tokens, comma + 1) if comma is not None else None
        return bounds
    return None
