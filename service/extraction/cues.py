"""Cues: find the reporting verb, colon or "according to" that ties a quotation to a speaker.

Works on masked text (every quotation is one QUOTE token) so the words inside quotations
never look like cues. Returns the speaker mention as token bounds, not yet resolved. This
module holds the Cue and the cues before a quotation; ``trailing`` those after it.
"""

from __future__ import annotations

from dataclasses import dataclass

from service.extraction.clause_subjects import clause_subject
from service.extraction.lexicon import PARTICIPLE_CUES, PREPOSITIONS
from service.extraction.phrases import phrase_right
from service.extraction.possessed import owned_speech
from service.extraction.subjects import (
    OBJECT_MARKERS,
    after_conjunction,
    named_subject,
    nearest_subject,
    opens_absolute,
    reporter_of,
    speaker_like,
    subject_of,
    with_subject,
)
from service.extraction.tokens import Token, is_cue_verb

_END_CUE_REACH = 40
_SUBJECT_ONLY = 0.4
_SUBJECT_REACH = 30
_DASHES = frozenset({"-", "—", "–"})
_MODALS = frozenset({"will", "would", "could", "might", "may", "can", "should", "must"})
# Verbs that stand before their subject in an aside: "The paradox, says Carl Anthony, is …".
_INVERTING = frozenset({"says", "said", "adds", "added"})


@dataclass(frozen=True, slots=True)
class Cue:
    """A speaker mention (offsets into the text) and the word or sign that cues it."""

    start: int
    end: int
    cue: str
    strength: float


def cue_of(tokens: list[Token], bounds: tuple[int, int], cue: str, strength: float) -> Cue:
    """The Cue for the speaker phrase at token ``bounds``."""
    return Cue(tokens[bounds[0]].start, tokens[bounds[1]].end, cue, strength)


def cue_before(tokens: list[Token], at: int) -> Cue | None:
    """The nearest cue left of a quotation in its sentence (``at``: the QUOTE token index).

    A participle ("…, adding that") takes the subject of the clause it hangs from, even past
    an earlier quotation and the verb that introduces it ("a class called “X” …, writing"); a colon
    with no verb ("X: “…”") makes the phrase before it the speaker.
    """
    source = _according_to_before(tokens, at) or _parenthetical(tokens, at) or _credited(tokens, at)
    if source is not None:
        return source
    participle: int | None = None
    for k in range(at - 1, -1, -1):
        token = tokens[k]
        if token.is_quote and participle is None:
            return None
        if not is_cue_verb(tokens, k) or _is_hypothetical(tokens, k):
            continue
        if participle is not None and tokens[k + 1].is_quote:
            continue  # the cue of the quotation it introduces ("a class called “Perception”")
        if token.lower in PARTICIPLE_CUES:
            named = named_subject(tokens, k, PREPOSITIONS - {"with"}) or with_subject(tokens, k)
            if named is not None and opens_absolute(tokens, named[0]):
                return cue_of(tokens, named, token.text, 0.8)
            participle = k if participle is None else participle
            continue
        subject = subject_of(tokens, k)
        if subject is not None and speaker_like(tokens, subject):
            return cue_of(tokens, reporter_of(tokens, subject), token.text, 0.85)
        if after_conjunction(tokens, k):
            return _nearest_subject_cue(tokens, k) or _subject_cue(tokens, k, token.text)
    if participle is not None:
        cue = _nearest_subject_cue(tokens, participle)
        return cue or _subject_cue(tokens, at, tokens[participle].text)
    if at > 0 and tokens[at - 1].text == ":":
        named = named_subject(tokens, at - 1, OBJECT_MARKERS)
        return cue_of(tokens, named, ":", 0.8) if named else _subject_cue(tokens, at, ":")
    return _possessed_words(tokens, at)


def _possessed_words(tokens: list[Token], at: int) -> Cue | None:
    """ "fanned controversy over her remark that “…”": with no verb to cue it, a quotation
    a few words after a noun for speech that someone owns is that person's."""
    owned = owned_speech(tokens, at)
    if owned is None:
        return None
    owner, noun = owned
    return cue_of(tokens, (owner, owner), tokens[noun].text, 0.7)


def _credited(tokens: list[Token], at: int) -> Cue | None:
    """ "Polls missed the surge - Ann Lee: “…”": a name between a dash and a colon is the
    source of the excerpt, whatever verbs the line before the dash holds."""
    if at < 3 or tokens[at - 1].text != ":":
        return None
    named = named_subject(tokens, at - 1, OBJECT_MARKERS)
    if named is None or named[0] == 0 or tokens[named[0] - 1].text not in _DASHES:
        return None
    return cue_of(tokens, named, ":", 0.8)


def _parenthetical(tokens: list[Token], at: int) -> Cue | None:
    """ "CNN, Cruz said, called it “…”", "The paradox, says Carl Anthony, historian at …, is
    that “…”": an attribution set off by commas names the source."""
    for k in range(at - 1, max(0, at - _END_CUE_REACH), -1):
        if tokens[k].is_quote:
            return None
        if tokens[k].text == "," and k >= 3 and is_finite_cue(tokens, k - 1):
            subject = subject_of(tokens, k - 1)
            if subject is not None and subject[0] > 0 and tokens[subject[0] - 1].text == ",":
                return cue_of(tokens, subject, tokens[k - 1].text, 0.85)
        inverted = _inverted_aside(tokens, k, at)
        if inverted is not None:
            return inverted
    return None


def _inverted_aside(tokens: list[Token], verb: int, at: int) -> Cue | None:
    """ ", says Carl Anthony,": a saying verb after a comma, then a name and a comma."""
    if tokens[verb - 1].text != "," or tokens[verb].lower not in _INVERTING:
        return None
    named = phrase_right(tokens, verb + 1)
    if named is None or named[1] + 1 >= at or tokens[named[1] + 1].text != ",":
        return None
    first = tokens[named[0]]
    if not first.is_capitalized or first.is_pronoun:
        return None
    return cue_of(tokens, named, tokens[verb].text, 0.85)


def _is_hypothetical(tokens: list[Token], verb: int) -> bool:
    """ "Americans will say “no”": a modal verb reports nothing said yet."""
    return verb > 0 and tokens[verb - 1].lower in _MODALS


def _according_to_before(tokens: list[Token], at: int) -> Cue | None:
    """ "According to Reuters, Obama said “…”": the reporting source outranks the verb."""
    for k in range(at - 2, -1, -1):
        if tokens[k].is_quote:
            return None
        if tokens[k].lower == "according" and tokens[k + 1].lower == "to":
            if any(is_cue_verb(tokens, v) for v in range(k)):
                return None
            bounds = phrase_right(tokens, k + 2)
            return cue_of(tokens, bounds, "according to", 0.85) if bounds else None
    return None


def _nearest_subject_cue(tokens: list[Token], verb: int) -> Cue | None:
    """A participle or joined verb shares the subject of the nearest clause before it: "the
    rally ended when protesters interrupted her, shouting", "he laughed and said"."""
    bounds = nearest_subject(tokens, verb)
    return cue_of(tokens, bounds, tokens[verb].text, 0.7) if bounds is not None else None


def _subject_cue(tokens: list[Token], at: int, cue: str) -> Cue | None:
    bounds = clause_subject(tokens, at)
    return cue_of(tokens, bounds, cue, 0.7) if bounds is not None else None


def is_finite_cue(tokens: list[Token], at: int) -> bool:
    """A reporting verb that can report by itself: not a participle ("saying") nor after a
    modal ("will say")."""
    if at >= len(tokens) or not is_cue_verb(tokens, at):
        return False
    return tokens[at].lower not in PARTICIPLE_CUES and not _is_hypothetical(tokens, at)


def weaker(cue: Cue, factor: float) -> Cue:
    """The same cue with its strength scaled by ``factor`` (borrowed or indirect evidence)."""
    return Cue(cue.start, cue.end, cue.cue, round(cue.strength * factor, 3))


def sentence_subject(tokens: list[Token], at: int) -> Cue | None:
    """The subject of the last reporting verb before ``at`` ("Lee said he hoped with his
    “whole heart” …"), else the first noun phrase of the sentence: the likeliest source of a
    cue-less quote."""
    for verb in range(at - 1, max(-1, at - 1 - _SUBJECT_REACH), -1):
        if is_cue_verb(tokens, verb):
            bounds = subject_of(tokens, verb)
            if bounds is not None and speaker_like(tokens, bounds):
                return cue_of(tokens, bounds, tokens[verb].text, _SUBJECT_ONLY)
    cue = _subject_cue(tokens, at, "")
    return Cue(cue.start, cue.end, "", _SUBJECT_ONLY) if cue else None
