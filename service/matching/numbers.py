"""Numbers compare by value.

``3,000`` = ``3000``, ``three`` = ``3``, ``3 million`` = ``3,000,000``, ``50%`` = ``50 percent``,
``third`` = ``3rd``. An ordinal's key is its value after ``#`` (``#3``), so ``third`` against
``fourth`` is a number change, and ``third`` against ``3`` only a change of form. A "one" that
counts nothing ("on the one hand", "one another") is not a number.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from service.matching.lexicon import NUMBER_WORDS, ORDINAL_WORDS, without_phrases

_MULTIPLIER = 100
_NUMERIC = re.compile(r"#?\d+(?:\.\d+)?")
_ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)")
# Idioms whose "one" (key "1") counts nothing, as token keys.
_NOT_COUNTS = (("on", "the", "1", "hand"), ("1", "another"))


def number_key(word: str) -> str:
    """Canonical form of ``word``: numbers by value (``3,000`` = ``3000``, ``three`` = ``3``),
    ``%`` as ``percent``."""
    if word in NUMBER_WORDS:
        return str(NUMBER_WORDS[word])
    if word in ORDINAL_WORDS:
        return f"#{ORDINAL_WORDS[word]}"
    ordinal = _ORDINAL_DIGITS.fullmatch(word)
    if ordinal:
        return f"#{int(ordinal.group(1))}"
    if word == "%":
        return "percent"
    if not word[:1].isdigit():
        return word
    digits = word.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", word) else word
    try:
        return format(Decimal(digits).normalize(), "f")
    except InvalidOperation:
        return word


def is_number(key: str) -> bool:
    """True when a token key (see :func:`number_key`) is a numeric value."""
    return _NUMERIC.fullmatch(key) is not None


def counted(keys: list[str]) -> list[str]:
    """``keys`` without the idioms whose "one" counts nothing."""
    return without_phrases(keys, _NOT_COUNTS)


def number_values(keys: list[str]) -> list[Decimal]:
    """The values the numeric keys spell, with runs combined: ``twenty thousand`` (keys 20,
    1000) is 20000, ``twenty one`` is 21, ``3 million`` is 3000000."""
    values: list[Decimal] = []
    previous_numeric = False
    for key in counted(keys):
        numeric = is_number(key)
        if numeric:
            value = Decimal(key.lstrip("#"))
            if previous_numeric and values and value >= _MULTIPLIER and values[-1] < value:
                values[-1] *= value
            elif previous_numeric and values and values[-1] % 10 == 0 and value < 10:
                values[-1] += value
            else:
                values.append(value)
        previous_numeric = numeric
    return sorted(values)
