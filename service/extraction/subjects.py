"""Subjects: who a reporting verb's subject is, read off the tokens of one sentence.

Each function returns token bounds (first, last) of a noun phrase, or None.
"""

from __future__ import annotations

from service.extraction.asides import SKIPPABLE, skip_left
from service.extraction.lexicon import PREPOSITIONS
from service.extraction.names import SENTENCE_OPENERS
from service.extraction.phrases import (
    CLAUSE_VERBS,
    looks_finite,
    phrase_left,
)
from service.extraction.tokens import Token, is_cue_verb

TIME_NOUNS = frozenset(
    """week weeks month months year years night morning afternoon evening weekend day days
    monday tuesday wednesday thursday friday saturday sunday today yesterday""".split()
)
_RELATIVE_REACH = 8
_NEAREST_REACH = 25
_AUXILIARIES = frozenset(
    """be been being is was were are has have had will would could can should might may
    must""".split()
)
_CLAUSE_OPENERS = frozenset(
    """, — – ; and but or when as while because since after before though although if
    then so that where week month year night morning afternoon evening""".split()
)
# "about 200 protesters": a word that makes a count approximate belongs to the phrase.
_APPROXIMATORS = frozenset({"about", "nearly", "roughly", "around", "almost", "approximately"})
OBJECT_MARKERS = PREPOSITIONS | {"to"}


def subject_of(tokens: list[Token], verb: int) -> tuple[int, int] | None:
    """The verb's subject: the phrase to its left, past prepositional phrases ("on Monday")
    and time phrases ("last week")."""
    end = skip_left(tokens, verb)
    for _ in range(3):
        bounds = phrase_left(tokens, end)
        if bounds is not None and tokens[bounds[1]].lower in TIME_NOUNS and bounds[0] > 0:
            # "last week", and "on Wednesday" with its preposition
            before = bounds[0] - 1 if tokens[bounds[0] - 1].lower in PREPOSITIONS else bounds[0]
            end = skip_left(tokens, before)
            continue
        if bounds is None or bounds[0] == 0 or tokens[bounds[1]].is_pronoun:
            return bounds
        if _object_of_participle(tokens, bounds[0]):
            end = skip_left(tokens, bounds[0] - 2)
            continue
        if tokens[bounds[0] - 1].lower not in PREPOSITIONS:
            return _named_before_appositive(tokens, _past_relative_clause(tokens, bounds))
        end = skip_left(tokens, bounds[0] - 1)
    return None


def _object_of_participle(tokens: list[Token], start: int) -> bool:
    """ "A source speaking to Fox News said": the phrase is whom the subject spoke to."""
    return (
        start >= 2 and tokens[start - 1].lower in {"to", "with"} and tokens[start - 2].is_participle
    )


def _past_relative_clause(tokens: list[Token], bounds: tuple[int, int]) -> tuple[int, int]:
    """ "an official who spoke anonymously to discuss strategy said": the official."""
    for k in range(bounds[0] - 1, max(-1, bounds[0] - _RELATIVE_REACH), -1):
        if tokens[k].text == "," or tokens[k].is_quote:
            return bounds
        if tokens[k].lower == "who":
            return phrase_left(tokens, k - 1) or bounds
    return bounds


def _named_before_appositive(tokens: list[Token], bounds: tuple[int, int]) -> tuple[int, int]:
    """ "Jean-Marc Ayrault, the foreign minister of France, a permanent member of the
    Security Council, said" and "Sam Lau, the communications director for the party said":
    the name opening the sentence, not the description after it. Not "In Ohio, the company,
    which …, said" (no name opens it), nor "Clinton, a top aide said, “…”" (a surname alone
    before an aside that no comma closes is what the quote is about)."""
    comma = bounds[0] - 1
    if comma < 1 or tokens[comma].text != "," or tokens[bounds[0]].is_capitalized:
        return bounds
    name = phrase_left(tokens, comma - 1)
    if name is None or name[0] != 0 or tokens[0].lower in SENTENCE_OPENERS:
        return bounds
    if not all(tokens[k].is_capitalized for k in range(name[0], name[1] + 1)):
        return bounds
    closed = bounds[1] + 1 < len(tokens) and tokens[bounds[1] + 1].text == ","
    return name if name[1] > name[0] or closed else bounds


def reporter_of(
    tokens: list[Token], subject: tuple[int, int], thinking: bool = False
) -> tuple[int, int]:
    """For "X said (that) Y told …", the outer reporter X: the article's source for it; with
    ``thinking``, also the thinker X of "X thinks (that) Y …"."""
    before = subject[0] - 1
    if before >= 0 and tokens[before].lower == "that":
        before -= 1
    if before < 0:
        return subject
    if is_cue_verb(tokens, before) or thinking and tokens[before].lower in CLAUSE_VERBS:
        return subject_of(tokens, before) or subject
    return subject


def named_subject(
    tokens: list[Token], at: int, object_markers: frozenset[str]
) -> tuple[int, int] | None:
    """A name or pronoun right before ``at``: "with Trump yelling: “…”", "Jones: “…”"."""
    end = at - 1
    while end >= 0 and tokens[end].lower in SKIPPABLE:
        end -= 1
    if end < 0 or not (tokens[end].is_capitalized or tokens[end].is_pronoun):
        return None
    bounds = phrase_left(tokens, end)
    if bounds is None or bounds[0] > 0 and tokens[bounds[0] - 1].lower in object_markers:
        return None
    return bounds


def with_subject(tokens: list[Token], at: int) -> tuple[int, int] | None:
    """ "…, with many marchers and spectators chanting “…”": the phrase between "with" and a
    participle is who does it, if named or plural ("with softer language calling for" is
    not)."""
    bounds = phrase_left(tokens, at - 1)
    bounds = _joined_left(tokens, bounds, names_only=False) if bounds is not None else None
    if bounds is None or bounds[0] == 0 or tokens[bounds[0] - 1].lower != "with":
        return None
    last = tokens[bounds[1]]
    return bounds if last.is_capitalized or last.is_pronoun or last.lower.endswith("s") else None


def opens_absolute(tokens: list[Token], start: int) -> bool:
    """ "…, with Trump saying", "and Trump calling": not an object ("a statement saying")."""
    return start == 0 or tokens[start - 1].lower in {"with", "and", ",", "—", "–", "while"}


def after_conjunction(tokens: list[Token], verb: int) -> bool:
    """A verb sharing the clause's subject: "… used to back him, but now said …"."""
    before = verb - 1
    while before >= 0 and tokens[before].lower in SKIPPABLE:
        before -= 1
    return before > 0 and tokens[before].lower in {"and", "but", "or"}


def speaker_like(tokens: list[Token], bounds: tuple[int, int]) -> bool:
    """Not a lone common noun ("that fact speaks"): a name, pronoun, plural or determiner."""
    first = tokens[bounds[0]]
    if bounds[0] < bounds[1] or first.is_pronoun or first.is_capitalized:
        return True
    return first.lower.endswith("s")


def nearest_subject(tokens: list[Token], verb: int) -> tuple[int, int] | None:
    """The subject of the nearest finite verb left of ``verb`` ("protesters interrupted her
    speech, shouting": the protesters) that opens a clause and names someone; for "X said
    (that) Y …" or "X thinks (that) Y …", the outer subject X."""
    for k in range(verb - 1, max(0, verb - _NEAREST_REACH), -1):
        if not looks_finite(tokens[k]):
            continue
        bounds = _adjacent_subject(tokens, k)
        if bounds is not None and speaker_like(tokens, bounds):
            return reporter_of(tokens, _joined_left(tokens, bounds), thinking=True)
    return None


def _adjacent_subject(tokens: list[Token], verb: int) -> tuple[int, int] | None:
    """The phrase right before ``verb`` past auxiliaries and adverbs, if a clause opens with
    it: not an object ("the list of candidates interviewed") nor a relative ("with whom he")."""
    end = verb - 1
    while end >= 0 and (tokens[end].lower in _AUXILIARIES or _is_adverb(tokens[end])):
        end -= 1
    bounds = phrase_left(tokens, end) if end >= 0 and tokens[end].is_word else None
    if bounds is None or bounds[0] == 0:
        return bounds
    if bounds[0] > 1 and tokens[bounds[0] - 1].lower in _APPROXIMATORS:
        bounds = (bounds[0] - 1, bounds[1])
    before = tokens[bounds[0] - 1]
    opens = before.text in _CLAUSE_OPENERS or before.lower in _CLAUSE_OPENERS
    return bounds if opens or before.lower in CLAUSE_VERBS else None


def _joined_left(
    tokens: list[Token], bounds: tuple[int, int], names_only: bool = True
) -> tuple[int, int]:
    """ "Trump and Ryan issued": both names; with ``names_only`` off, any two phrases
    ("marchers and spectators")."""
    joint = bounds[0] - 1
    if joint < 1 or tokens[joint].lower != "and":
        return bounds
    if names_only and not tokens[joint - 1].is_capitalized:
        return bounds
    other = phrase_left(tokens, joint - 1)
    return (other[0], bounds[1]) if other is not None else bounds


def _is_adverb(token: Token) -> bool:
    return token.lower in SKIPPABLE or token.text.islower() and token.text.endswith("ly")
