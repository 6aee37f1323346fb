"""Word tokens for retrieval: the same normalisation for indexed sentences and for claims.

A claim typed in a draft and the sentence it came from differ in case, in typography (curly or
straight quotes and apostrophes, ligatures, full-width digits) and in punctuation; none of that
may change which words they share, so both sides go through ``tokenize``.
"""

from __future__ import annotations

import re
import unicodedata

# Apostrophes join a word ("don't", "Blinken's"); removing them keeps "don’t" == "dont" == "don't".
_APOSTROPHES = re.compile(r"['’ʼ‘`´]")
# Thousands separators join a number, so "1,500" and "1500" are the same token.
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_WORD = re.compile(r"[^\W_]+")


def normalize(text: str) -> str:
    """Return ``text`` compatibility-normalised (NFKC) and casefolded, apostrophes removed."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _THOUSANDS.sub("", _APOSTROPHES.sub("", folded))


def tokenize(text: str) -> list[str]:
    """Return the words of ``text`` in order, normalised; punctuation and spacing are dropped."""
    return _WORD.findall(normalize(text))
