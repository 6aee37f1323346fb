"""How one person's name may be written: given names that cannot be the same person's, a
nickname, a letter wrong, a family name written first.

Words are a name's lower-case, accent-free words without titles (see ``speakers.name_words``).
"""

from __future__ import annotations

from nicknames import NickNamer
from rapidfuzz.distance import Levenshtein

from service.matching.lexicon import FAMILY_NAMES_FIRST

# Shorter names one letter apart are as often two people ("Cohn", "Cohen").
_SPELLING_MIN_LETTERS = 5
_NICKNAMES = NickNamer()


def other_given_names(claimed: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Both full names, the same surname, given names that cannot be the same person's
    (``Bill`` / ``Hillary``; an initial agrees with a name it starts: ``H.`` / ``Hillary``)."""
    if min(len(claimed), len(full)) < 2 or claimed[-1] != full[-1]:
        return False
    shorter, longer = sorted((claimed[:-1], full[:-1]), key=len)
    return not all(any(_same_given(word, other) for other in longer) for word in shorter)


def _same_given(first: str, second: str) -> bool:
    if len(first) == 1 or len(second) == 1:
        return first[0] == second[0]
    return _word_alike(first, second) or _nickname_pair(first, second)


def nicknamed(claimed: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """A nickname for the source's first name, and its surname: ``Bill Clinton`` for
    ``William Jefferson Clinton``, ``Tony Blinken`` for ``Antony Blinken``."""
    if min(len(claimed), len(full)) < 2 or claimed[-1] != full[-1]:
        return False
    return _nickname_pair(claimed[0], full[0])


def _nickname_pair(first: str, second: str) -> bool:
    """One name is a nickname of the other (or of a spelling one letter off: Tony, Anthony,
    Antony), by the curated English nickname list of the ``nicknames`` package."""
    related = _NICKNAMES.nicknames_of(first) | _NICKNAMES.canonicals_of(first)
    return any(_word_alike(name, second) for name in related)


def spelled_alike(claimed: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """The same name with a letter wrong: ``Blinkin`` for ``Blinken``, ``Anthony Blinken`` for
    ``Antony Blinken``. Each word is the source's or one edit from it (five letters or more,
    the same first letter); a lone claimed word is compared with the surname."""
    source = full[-1:] if len(claimed) == 1 else full
    if len(claimed) != len(source) or claimed == source:
        return False
    return all(_word_alike(word, other) for word, other in zip(claimed, source, strict=True))


def _word_alike(word: str, other: str) -> bool:
    if word == other:
        return True
    long_enough = min(len(word), len(other)) >= _SPELLING_MIN_LETTERS
    return long_enough and word[0] == other[0] and Levenshtein.distance(word, other) == 1


def family_name_first(claimed: tuple[str, ...], full: tuple[str, ...]) -> bool:
    return len(claimed) == 1 and len(full) > 1 and claimed[0] == full[0] in FAMILY_NAMES_FIRST
