"""Judging single words: inflections and spelling variants, and names in running text."""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

_SUFFIXES = ("ing", "ies", "ied", "es", "ed", "'s", "s", "d", "ly")
_OPENERS = ".!?:\"'\u201c\u2018([\u2014-"


def same_word(claimed: str, found: str) -> bool:
    """True when two word keys are one word in another inflection or spelling
    (``want``/``wants``, ``favour``/``favor``), never for different words."""
    if claimed == found or _stem(claimed) == _stem(found):
        return True
    if any(c.isdigit() for c in claimed + found):
        return False
    if min(len(claimed), len(found)) < 5 or _common_prefix(claimed, found) < 4:
        return False
    return Levenshtein.distance(claimed, found) <= 2


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _common_prefix(first: str, second: str) -> int:
    length = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        length += 1
    return length


def is_capitalized_name(text: str, start: int) -> bool:
    """True when the word at ``text[start]`` is capitalised where a sentence does not begin."""
    if not text[start : start + 1].isupper() or text[start : start + 2] == "I ":
        return False
    before = text[max(0, start - 20) : start].rstrip()
    return bool(before) and before[-1] not in _OPENERS
