"""Trailing cues: the reporting verb and speaker that follow a quotation.

``"…," X said``, ``"…," said X`` and a cue later in the sentence (``"…" that he won, said
Steve Lee``); sources named otherwise after it are ``named_sources``'s. Works on masked text,
like ``cues``.
"""

from __future__ import annotations

from service.extraction.asides import SKIPPABLE, skip_aside_right
from service.extraction.cues import Cue, cue_of, is_finite_cue
from service.extraction.lexicon import (
    DETERMINERS,
    PARTICIPLE_CUES,
    PREPOSITIONS,
    REPORTING_VERBS,
    VERBS_AFTER_QUOTE,
)
from service.extraction.phrases import phrase_right
from service.extraction.subjects import speaker_like, subject_of
from service.extraction.tokens import Token, is_cue_verb

_END_CUE_REACH = 40
_SAYING = frozenset({"said", "says", "asked", "added", "wrote", "told", "continued"})
_REPORTED_AS = frozenset({"quoted", "heard", "overheard", "recorded"})


def cue_after(tokens: list[Token], at: int, open_ended: bool) -> Cue | None:
    """A cue right after a quotation: ``"…," X said`` / ``"…," said X`` (``at``: next token).

    ``open_ended``: the quotation ends in a comma, question or exclamation mark, the only
    endings after which a subject-first cue (``"…," X said``) may follow.
    """
    j = at
    while j < len(tokens) and tokens[j].text in {",", "—", "–"}:
        j += 1
    inverted = j > at or tokens[at - 1].text[-2:-1] in {",", ".", "?", "!"}
    if j < len(tokens) and (inverted or tokens[j].lower in _SAYING) and is_finite_cue(tokens, j):
        bounds = phrase_right(tokens, j + 1)
        return cue_of(tokens, bounds, tokens[j].text, 0.9) if bounds else None
    bounds = phrase_right(tokens, j) if open_ended and not _participle(tokens, j) else None
    subject = _verb_closing_phrase(tokens, bounds) if bounds is not None else None
    if bounds is not None and subject is not None and speaker_like(tokens, subject):
        return cue_of(tokens, subject, tokens[bounds[1]].text, 0.9)
    if bounds is not None and not speaker_like(tokens, bounds):
        return None
    if bounds is None:
        return None
    bounds = _coordinated(tokens, bounds)
    verb = _past_modifiers(tokens, skip_aside_right(tokens, bounds[1] + 1))
    if verb >= len(tokens):
        return None
    speaker = _named_in_apposition(tokens, bounds)
    if _quoted_as(tokens, verb):
        return cue_of(tokens, speaker, tokens[verb + 1].text, 0.9)
    adjacent = verb == bounds[1] + 1 or _closes_on_verb(tokens, bounds[1] + 1, verb)
    adjacent = adjacent and tokens[verb].text in VERBS_AFTER_QUOTE
    if adjacent or is_cue_verb(tokens, verb):
        if tokens[verb].lower not in PARTICIPLE_CUES:
            return cue_of(tokens, speaker, tokens[verb].text, 0.9)
    return None


def _named_in_apposition(tokens: list[Token], bounds: tuple[int, int]) -> tuple[int, int]:
    """ "“…,” the mayor’s spokeswoman, Ann Lee, said": the name a description introduces,
    written between commas (or before a parenthesis) right after it."""
    comma = bounds[1] + 1
    if not tokens[bounds[1]].text.islower() or comma >= len(tokens) or tokens[comma].text != ",":
        return bounds
    name = phrase_right(tokens, comma + 1)
    if name is None or name[1] + 1 >= len(tokens) or tokens[name[1] + 1].text not in {",", "("}:
        return bounds
    capitalised = [k for k in range(name[0], name[1] + 1) if tokens[k].is_capitalized]
    named = len(capitalised) >= 2 and capitalised[-1] == name[1]
    return (capitalised[0], name[1]) if named else bounds


def _participle(tokens: list[Token], at: int) -> bool:
    """ "“…,” making air quotes": a lower-case -ing word opens no subject."""
    return at < len(tokens) and tokens[at].is_participle


def _verb_closing_phrase(tokens: list[Token], bounds: tuple[int, int]) -> tuple[int, int] | None:
    """ "“…,” the Saudis state in the paper", "“…,” the document states, …": a noun-like
    reporting form closing the phrase is its verb when it agrees with the word before it and a
    preposition, a comma or the sentence end follows; the subject's bounds, else None."""
    first, last = bounds
    if last == first:
        return None
    form, before = tokens[last], tokens[last - 1]
    if form.text not in VERBS_AFTER_QUOTE or form.text in REPORTING_VERBS:
        return None
    if before.lower in DETERMINERS or before.text.endswith(("’s", "'s")):
        return None
    if not (tokens[first].lower in DETERMINERS or tokens[first].is_capitalized):
        return None  # "“…,” raising fresh questions about": no subject
    agrees = form.text.endswith("s") != before.lower.endswith("s")
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    ends = following is None or following.text == "," or following.lower in PREPOSITIONS
    return (first, last - 1) if agrees and ends else None


def _quoted_as(tokens: list[Token], verb: int) -> bool:
    """ "“…,” Ray Scott was quoted as saying."""
    following = tokens[verb + 1].lower if verb + 1 < len(tokens) else ""
    return tokens[verb].lower in {"was", "is", "were", "are"} and following in _REPORTED_AS


def _closes_on_verb(tokens: list[Token], modifier: int, verb: int) -> bool:
    """ "“…,” a voice-over in the ad states.": past a prepositional phrase, a noun-like form
    ending the sentence in "-s" can only be the verb."""
    at_end = verb == len(tokens) - 1 and tokens[verb].text.endswith("s")
    return at_end and tokens[modifier].lower in PREPOSITIONS


def _coordinated(tokens: list[Token], bounds: tuple[int, int]) -> tuple[int, int]:
    """ "“…,” Ann Lee and Tom Price wrote": both names, joined, are the speaker."""
    joint = bounds[1] + 1
    if joint >= len(tokens) or tokens[joint].lower != "and":
        return bounds
    other = phrase_right(tokens, joint + 1)
    if other is None or tokens[other[0]].is_pronoun:
        return bounds
    return bounds[0], other[1]


def _past_modifiers(tokens: list[Token], at: int) -> int:
    """Index after up to three prepositional phrases or relative clauses ("a voice-over in
    the ad states", "Harry Bond, 30, of Raleigh, N.C., who was polled, said")."""
    for _ in range(3):
        if at < len(tokens) and tokens[at].lower in {"who", "which"}:
            at = skip_aside_right(tokens, at - 1) if tokens[at - 1].text == "," else at
        elif at < len(tokens) and tokens[at].lower in PREPOSITIONS:
            phrase = phrase_right(tokens, at + 1)
            if phrase is None:
                return at
            verb = next(
                (k for k in range(*phrase) if tokens[k + 1].text in VERBS_AFTER_QUOTE), None
            )
            if verb is not None:
                return verb + 1
            at = skip_aside_right(tokens, phrase[1] + 1)
    return at


def cue_at_end(tokens: list[Token], at: int) -> Cue | None:
    """A cue later in the sentence, past other words: ``"…" that he won, said Steve Lee``,
    ``"…," and more, Gilbert said on Monday`` or ``…, Eastland, in a hat, said.``"""
    reach = min(len(tokens), at + _END_CUE_REACH)
    for k in range(at, reach - 1):
        if tokens[k].is_quote:
            return None
        if tokens[k].text == ",":
            found = _cue_after_comma(tokens, k + 1)
            if found is not None:
                return found
    last = len(tokens) - 1
    if reach <= last or not is_cue_verb(tokens, last) or tokens[last].lower in PARTICIPLE_CUES:
        return None
    subject = subject_of(tokens, last)
    if subject is not None and subject[0] > at and tokens[subject[0] - 1].text == ",":
        return cue_of(tokens, subject, tokens[last].text, 0.75)
    return None


def _cue_after_comma(tokens: list[Token], at: int) -> Cue | None:
    """``said Steve Lee`` or ``Gilbert said`` right after a comma."""
    if is_finite_cue(tokens, at):
        bounds = phrase_right(tokens, at + 1)
        return cue_of(tokens, bounds, tokens[at].text, 0.75) if bounds is not None else None
    bounds = phrase_right(tokens, at)
    if bounds is None:
        return None
    verb = bounds[1] + 1
    while verb < len(tokens) and tokens[verb].lower in SKIPPABLE:
        verb += 1
    return cue_of(tokens, bounds, tokens[verb].text, 0.75) if is_finite_cue(tokens, verb) else None
