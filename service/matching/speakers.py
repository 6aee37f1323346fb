"""Does the claimed speaker name the source's speaker?

Names compare case- and accent-insensitively, without titles (``Mr.``, ``Secretary``), leading
determiners or a possessive. A claimed surname matches a full name (``Blinken`` ~ ``Antony
Blinken``); a claimed full name matches a source that gives only the surname, but only
partially (the source does not say which Blinken); two full names with the same surname and
different first names do not match (``Bill Clinton`` != ``Hillary Clinton``), even when the
source also knows its speaker by the bare surname. A claimed family name that is written first
(``Xi`` for ``Xi Jinping``) matches partially: the words alone cannot tell it from a given
name, so a short list of such family names decides (``Antony`` is not ``Antony Blinken``).
Descriptions match when the claimed words are all in the source's and the head nouns agree
(``State Department official`` ~ ``a senior State Department official``); an institution and
someone speaking for it match partially (``the Foreign Ministry`` ~ ``a Foreign Ministry
official``), a person and an aide do not (``Clinton`` / ``a Clinton aide``). Appositions, party
tags and affiliations are not part of a name (``Jason Chaffetz (R-Utah)``, ``Leslie Wimes, a
Florida activist``). A generation suffix tells a father from his son: ``Donald Trump`` is not
``Donald Trump Jr.``; a name written without its suffix matches one with it only partially.
A name one letter off (``Blinkin``) or with a nickname for its first name (``Bill Clinton`` for
``William Jefferson Clinton``) matches partially; ``given_names`` holds those rules.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from service.extraction.lexicon import ORGANIZATION_WORDS
from service.matching.given_names import (
    family_name_first,
    nicknamed,
    other_given_names,
    spelled_alike,
)
from service.matching.model import SourceSpeaker

SpeakerMatch = Literal["full", "partial", "none"]
_RANK: tuple[SpeakerMatch, ...] = ("none", "partial", "full")

_TITLES = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady sen senator rep representative
    gov governor president vice former prime minister secretary chairman chairwoman chair mayor
    judge justice gen general col lt capt sgt rev reverend pope king queen prince princess
    candidate nominee presidential attorney speaker leader ceo chancellor sec amb ambassador
    adm admiral cmdr commander sheriff chief deputy det detective officer supt
    the a an""".split()
)
_GENERATIONS = frozenset("jr sr ii iii iv".split())
_SUFFIXES = _GENERATIONS | frozenset("phd md esq".split())
_PRONOUNS = frozenset(
    "he she they it i we you him her them his hers their who this that one me us".split()
)
_WORD = re.compile(r"[^\W_]+")
_DETERMINERS = frozenset("the a an".split())
# "officials at Homeland Security", "a spokesman for the campaign": the head comes first.
_AFFILIATION = re.compile(r"\s(?:at|for|from|with|in|on)\s")


def match_speaker(claimed: str, speaker: SourceSpeaker) -> SpeakerMatch:
    """How well ``claimed`` names ``speaker`` (its name or any alias): the best of the matches."""
    claimed_words = name_words(claimed)
    if not claimed_words:
        return "none"
    results = {_match_words(claimed_words, name_words(name)) for name in _names(speaker)}
    best = max(results, key=_RANK.index)
    if speaker.kind == "person":
        return _as_person(claimed, claimed_words, speaker.name, best)
    if best == "none" and any(_speaks_for(claimed, name) for name in _names(speaker)):
        return "partial"
    return best


def _as_person(
    claimed: str, claimed_words: tuple[str, ...], name: str, best: SpeakerMatch
) -> SpeakerMatch:
    """``best`` under the rules for people's names: other given names never match, a family
    name written first matches partially, and generation suffixes cap the match."""
    full = name_words(name)
    if best == "none" and (spelled_alike(claimed_words, full) or nicknamed(claimed_words, full)):
        return "partial"
    if other_given_names(claimed_words, full):
        return "none"
    if best == "none" and family_name_first(claimed_words, full):
        best = "partial"
    return min(best, _generation_cap(claimed, claimed_words, name), key=_RANK.index)


def _speaks_for(claimed: str, source: str) -> bool:
    """One side names an institution and the other someone speaking for it: ``Foreign
    Ministry`` / ``a senior Foreign Ministry official``, either way round. The institution's
    words (titles kept: the ``Justice`` Department) all stand before the other's head noun,
    and its own head is an institution's (``Clinton`` / ``a Clinton aide`` is not: an aide's
    words are not Clinton's)."""
    institution, member = sorted((_plain_words(claimed), _plain_words(source)), key=len)
    return (
        len(member) > len(institution) > 0
        and institution[-1] in ORGANIZATION_WORDS
        and set(institution) <= set(member[:-1])
    )


def _plain_words(name: str) -> tuple[str, ...]:
    """A name's words before any apposition, without determiners or parenthesised tags."""
    return tuple(w for w in _WORD.findall(_before_apposition(name)) if w not in _DETERMINERS)


def _before_apposition(name: str) -> str:
    """``name`` folded, up to its first comma, without possessives or parenthesised tags."""
    return re.sub(r"'s\b|\([^)]*\)", "", _fold(name)).split(",")[0]


def is_named(speaker: SourceSpeaker | None) -> bool:
    """True when the speaker has a usable name: not missing and not only a pronoun."""
    return speaker is not None and any(name_words(name) for name in _names(speaker))


def mentioned_near(claimed: str, text: str, start: int, end: int) -> bool:
    """True when the claimed speaker's surname (or a description's last word) appears in the
    paragraph holding ``text[start:end]`` or the one before, outside the quoted words."""
    claimed_words = name_words(claimed)
    if not claimed_words:
        return False
    lines_before = [line for line in text[max(0, start - 3000) : start].split("\n") if line.strip()]
    around = " ".join(lines_before[-2:]) + " " + text[end : end + 3000].split("\n", 1)[0]
    return bool(re.search(rf"\b{re.escape(claimed_words[-1])}\b", _fold(around)))


def name_words(name: str) -> tuple[str, ...]:
    """The words that identify a name: lower case, no accents, titles, suffixes, pronouns,
    parenthesised tags, apposition or a trailing place (``Leslie Wimes, a Florida activist``
    -> leslie wimes; ``officials at Homeland Security`` -> officials)."""
    plain = _AFFILIATION.split(_before_apposition(name), maxsplit=1)[0]
    words = [w for w in _WORD.findall(plain) if w not in _SUFFIXES]
    while len(words) > 1 and words[0] in _TITLES:
        words.pop(0)
    return () if all(w in _PRONOUNS for w in words) else tuple(words)


def _fold(text: str) -> str:
    """Lower case, plain apostrophes, accents removed (``Raúl`` -> ``raul``)."""
    plain = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


def _names(speaker: SourceSpeaker) -> tuple[str, ...]:
    return (speaker.name, *speaker.aliases)


def _match_words(claimed: tuple[str, ...], source: tuple[str, ...]) -> SpeakerMatch:
    if not source:
        return "none"
    if claimed == source or _contains(source, claimed):
        return "full"
    if _contains(claimed, source):
        return "partial"
    return "none"


def _generation_cap(claimed: str, claimed_words: tuple[str, ...], name: str) -> SpeakerMatch:
    """The best match the generation suffixes allow: a claimed full name without the source's
    suffix names the father, not the son; a missing suffix otherwise leaves a doubt."""
    claimed_generation, source_generation = _generation(claimed), _generation(name)
    if claimed_generation == source_generation:
        return "full"
    if claimed_generation and source_generation:
        return "none"
    if source_generation and len(claimed_words) > 1:
        return "none"
    return "partial"


def _generation(name: str) -> set[str]:
    return set(_WORD.findall(_fold(name))) & _GENERATIONS


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """True when every word of ``shorter`` is in ``longer`` and the last words (a surname, a
    description's head noun) agree: ``Clinton`` is in ``Hillary Clinton``, ``Bill`` is not,
    and ``the IMF`` is not ``IMF chief economist Maury Obstfeld``."""
    return set(shorter) <= set(longer) and shorter[-1] == longer[-1]
