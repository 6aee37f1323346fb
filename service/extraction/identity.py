"""Cross-document speaker identity: the keys the store uses to build its speaker index.

A person or organisation named in several documents is one speaker; a description
("a senior official") is never merged across documents, because nothing says it is the
same official.
"""

from __future__ import annotations

import re
import unicodedata

from service.extraction.lexicon import FEMALE_NAMES, MALE_NAMES, TITLES
from service.extraction.model import Speaker

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def name_words(name: str) -> list[str]:
    """Lower-case, accent-free words of a name, without leading titles or trailing suffixes."""
    folded = unicodedata.normalize("NFKD", name.replace("’", "'"))
    plain = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    plain = re.sub(r"'s\b", "", plain)
    words = _WORD.findall(plain.replace(".", " "))
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words = words[:-1]
    return words


def speaker_key(speaker: Speaker) -> str | None:
    """A key equal for the same person or organisation in any document; None for descriptions.

    ``Speaker("Antony Blinken", "person")`` and ``Speaker("Mr. Antony Blinken", "person")``
    share the key ``"antony blinken"``.
    """
    if speaker.kind == "description":
        return None
    words = name_words(speaker.name)
    return " ".join(words) or None


def same_person(a_name: str, b_name: str) -> bool:
    """Whether two names can denote the same person: equal, or one is the other's surname
    or a shorter form whose words all occur in order ("Blinken" / "Antony J. Blinken").
    A surname written first ("Shi" / "Shi Yinghong") counts unless it is a given name."""
    a_words, b_words = name_words(a_name), name_words(b_name)
    if not a_words or not b_words:
        return False
    shorter, longer = sorted((a_words, b_words), key=len)
    if shorter == longer[:1] and len(longer) == 2:
        return shorter[0] not in MALE_NAMES | FEMALE_NAMES
    if shorter[-1] != longer[-1]:
        return False
    remaining = iter(longer)
    return all(word in remaining for word in shorter)
