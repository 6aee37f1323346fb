"""Speakers: resolve a mention ("Shi", "Mr. Blinken", "she") to the person it names.

Mentions are resolved against the document's ``Cast``, the names introduced so far; pronouns
by gender and recency.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from service.extraction.cast import Cast, Resolution
from service.extraction.lexicon import (
    FEMALE_PRONOUNS,
    GROUPS,
    MALE_PRONOUNS,
    PLACES,
    REPORTING_VERBS,
)
from service.extraction.names import is_abbreviation

_RECENT_SPEAKERS = 8
# A full stop before a capital: "(R-Ga.) said" does not end a sentence.
_SENTENCE_BREAK = re.compile(r"[.!?][\"'’”)]*\s+(?=[A-Z“\"‘'])|\n")
_RECENT_NAMES = 60
_APPOSITIVE_REACH = 120
# An appositive, and a relative clause after it.
_ASIDES = 2
_RELATIVES = frozenset({"who", "whose", "which", "where"})
_OPENERS = frozenset("while although though whereas as because since if when unless".split())
_CLAUSE_REACH = 200
_RELATIVE_REACH = 120
_DESCRIPTION_START = frozenset(
    "a an the one another some several many most both other two three four his her their".split()
)


def resolve_speaker(cast: Cast, mention: str, at: int) -> Resolution | None:
    """The speaker ``mention`` (at offset ``at``) names; None for unresolvable pronouns."""
    words = mention.split()
    lowered = mention.lower().replace("'", "’").split("’")[0]
    if lowered in MALE_PRONOUNS or lowered in FEMALE_PRONOUNS:
        return _pronoun(cast, "m" if lowered in MALE_PRONOUNS else "f", at)
    if lowered == "who":
        return _nearest_name(cast, at)
    if len(words) == 1 and lowered in {"i", "we", "they", "it", "you"}:
        return None
    if words[0].lower() in _DESCRIPTION_START and not words[-1][:1].isupper():
        return Resolution(mention, "description")
    if len(words) == 1 and (lowered in _DESCRIPTION_START or lowered in GROUPS):
        return Resolution(mention, "description")  # "Another said", "People say"
    return cast.resolve_name(words, at)


def _pronoun(cast: Cast, gender: str, at: int) -> Resolution | None:
    """The latest speaker of compatible gender, unless a person of that gender is named
    in a later sentence than that speaker's cue (then that person); else the latest
    named person of that gender."""
    speaker_at, speaker = _latest_speaker(cast, gender, at)
    before = bisect_left(cast.positions, at)
    recent = cast.names[max(0, before - _RECENT_NAMES) : before]
    for index in range(len(recent) - 1, -1, -1):
        position, words = recent[index]
        if speaker is not None and not _new_sentence_between(cast.text, speaker_at, position):
            return speaker
        if _may_be(cast, words, position, gender):
            return _subject_of_sentence(cast, recent[: index + 1], gender)
    return speaker


def _may_be(cast: Cast, words: list[str], position: int, gender: str) -> bool:
    """Of ``gender``, or a person whose gender the text does not tell but who is surely a
    person: named again by surname alone, or quoted before ("South Asia" is neither)."""
    found = cast.known_gender(words)
    if found:
        return found == gender
    if words[-1].lower() in PLACES or words[-1].lower() in GROUPS:
        return False
    resolution = cast.resolve_name(words, position)
    if resolution is None or resolution.kind != "person":
        return False
    quoted = {speaker.name for _, speaker in cast.recent}
    return len(words) == 1 or resolution.name in quoted or _reports(cast.text, words, position)


def _reports(text: str, words: list[str], position: int) -> bool:
    """Named right before or after a reporting verb ("noted NBC's Dante Chinni", "Tina
    Houchins said", "Evans, the Georgia committeeman, suggested", "May, 60, a doctor,
    said", "Brunner, a spokeswoman for the coalition, which …, said"): a person, whatever
    the first name."""
    before = text[max(0, position - 20) : position].split()[-1:]
    end = text.find(words[-1], position) + len(words[-1])
    after = _after(
        text, end, appositive=text[max(0, position - 3) : position].rstrip().endswith(",")
    )
    return any(word.strip(",.").lower() in REPORTING_VERBS for word in before + after)


def _after(text: str, end: int, appositive: bool) -> list[str]:
    """The word after a name ending at ``end`` (past the comma closing it, when the name is
    itself an appositive: "Group's CEO, Kimberley Fritts, said"), and the words after each
    of its own asides: an age or an appositive, then a relative clause."""
    closed = text.startswith(",", end)
    words = text[end : end + 20].lstrip(",").split()[:1] if appositive or not closed else []
    if not closed:
        return words
    for _ in range(_ASIDES):
        closing = text.find(",", end + 1, end + _APPOSITIVE_REACH)
        if closing < 0:
            break
        aside = text[end + 1 : closing].strip()
        words += text[closing + 1 : closing + 21].split()[:1]
        if not (aside.isdigit() or words[-1:] and words[-1].lower() in _RELATIVES):
            break
        end = closing
    return words


def _subject_of_sentence(
    cast: Cast, names: list[tuple[int, list[str]]], gender: str
) -> Resolution | None:
    """The first person of ``gender`` in the sentence of the last of ``names``: the
    sentence's subject ("Aparna Mathur, …, said Ivanka Trump's statement …" → Mathur)."""
    chosen_at, chosen = names[-1]
    for position, words in reversed(names[:-1]):
        if _new_sentence_between(cast.text, position, chosen_at):
            break
        if _may_be(cast, words, position, gender) and not _in_opening_clause(
            cast.text, position, chosen_at
        ):
            chosen_at, chosen = position, words
    return cast.resolve_name(chosen, chosen_at)


def _in_opening_clause(text: str, position: int, later: int) -> bool:
    """In a clause that opens the sentence, closed before a main clause that opens with a
    name: not the sentence's subject ("Since announcing Weld as his running mate, Johnson
    has risen"). After "When the host steered Allen …, he offered" it may be."""
    reach = max(0, position - _CLAUSE_REACH)
    breaks = list(_sentence_breaks(text, reach, position))
    if not breaks and reach > 0:
        return False
    opening = text[breaks[-1] if breaks else 0 : position]
    first = opening.split()[:1]
    if not first or first[0].lower() not in _OPENERS or "," in opening:
        return False
    closing = text.find(",", position, later)
    main = text[closing + 1 : closing + 40].split()[:1] if closing > 0 else []
    return bool(main) and main[0][:1].isupper()


def _latest_speaker(cast: Cast, gender: str, at: int) -> tuple[int, Resolution | None]:
    for position, resolution in reversed(cast.recent[-_RECENT_SPEAKERS:]):
        if position < at and resolution.kind == "person" and resolution.gender in {gender, ""}:
            return position, resolution
    return -1, None


def _new_sentence_between(text: str, start: int, end: int) -> bool:
    """A sentence ends between the offsets (not at "Sen." or "U.S.")."""
    return next(_sentence_breaks(text, start, end), None) is not None


def _sentence_breaks(text: str, start: int, end: int) -> Iterator[int]:
    """Where each sentence between the offsets ends (not at "Sen." or "U.S.")."""
    for found in _SENTENCE_BREAK.finditer(text, start, max(start, end)):
        word = text[max(start, found.start() - 12) : found.start()].split()[-1:]
        if "\n" in found.group() or not word or not is_abbreviation(word[0]):
            yield found.end()


def _nearest_name(cast: Cast, at: int) -> Resolution | None:
    before = bisect_left(cast.positions, at)
    if before == 0 or at - cast.positions[before - 1] >= _RELATIVE_REACH:
        return None
    position, words = cast.names[before - 1]
    return cast.resolve_name(words, position)
