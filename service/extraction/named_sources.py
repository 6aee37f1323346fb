"""Sources named after a quotation rather than by a cue verb before or after it.

``"…," X said, according to Reuters``, ``"…," as a State memo put it``, ``"…," per the
bylaws`` and the agent of a passive reporting verb (``labeled a “witch hunt” by Democrats``).
Works on masked text, like ``cues``.
"""

from __future__ import annotations

from service.extraction.cues import Cue, cue_of
from service.extraction.lexicon import PREPOSITIONS, REPORTING_VERBS, VERBS_AFTER_QUOTE
from service.extraction.phrases import phrase_right
from service.extraction.subjects import TIME_NOUNS, speaker_like
from service.extraction.tokens import Token

_REACH = 40
# "called “…”", "labeled as a “…”": what may stand between a passive verb and the name it gives.
_BEFORE_NAMED = frozenset({"as", "a", "an", "the"})
_HAVE = frozenset({"has", "have", "had", "having"})


def cue_according_to(tokens: list[Token], at: int) -> Cue | None:
    """``"…," X said, according to Reuters``: the outlet that reports the quote is its source."""
    for k in range(at, min(len(tokens) - 2, at + _REACH)):
        if tokens[k].is_quote:
            return None
        if tokens[k].lower == "according" and tokens[k + 1].lower == "to":
            bounds = phrase_right(tokens, k + 2)
            return cue_of(tokens, bounds, "according to", 0.8) if bounds else None
    return None


def cue_as_source(tokens: list[Token], at: int) -> Cue | None:
    """ "…,” as a Homeland Security memo put it", "…,” as Cruz said", "…,” per the party's
    bylaws": the source named right after the quotation (``at``: the next token)."""
    k = at + 1 if at < len(tokens) and tokens[at].text == "," else at
    if k + 1 >= len(tokens) or tokens[k].lower not in ("as", "per"):
        return None
    bounds = phrase_right(tokens, k + 1)
    if bounds is None or not speaker_like(tokens, bounds):
        return None
    if tokens[k].lower == "per":
        return cue_of(tokens, bounds, "per", 0.8)
    verb = bounds[1] + 1
    if (
        verb < len(tokens)
        and tokens[verb].lower in VERBS_AFTER_QUOTE
        and _ends_clause(tokens, verb)
    ):
        return cue_of(tokens, bounds, tokens[verb].text, 0.8)
    return None


def _ends_clause(tokens: list[Token], verb: int) -> bool:
    """ "as Cruz said on the radio", "as the memo put it", not "as he promised to defend …":
    the verb takes no clause of its own."""
    following = tokens[verb + 1].lower if verb + 1 < len(tokens) else "."
    return following in {"it", ",", ".", ";"} or following in PREPOSITIONS


def cue_by_agent(tokens: list[Token], at: int) -> Cue | None:
    """ "…, often labeled as a “witch hunt” by Democrats": the agent of a reporting verb in the
    passive, named after the quotation (``at``: the QUOTE token), is its source."""
    if at < 1 or at + 2 >= len(tokens) or tokens[at + 1].lower != "by":
        return None
    verb = at - 1
    while verb > 0 and tokens[verb].lower in _BEFORE_NAMED:
        verb -= 1
    word, before = tokens[verb].lower, tokens[verb - 1].lower if verb > 0 else ""
    passive = word in REPORTING_VERBS and word.endswith("ed") and before not in _HAVE
    bounds = phrase_right(tokens, at + 2) if passive else None
    if bounds is None or tokens[bounds[1]].lower in TIME_NOUNS:
        return None
    return cue_of(tokens, bounds, "by", 0.8) if speaker_like(tokens, bounds) else None
