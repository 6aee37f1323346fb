"""Claims with one thing swapped: the speaker (``misattributed``), or a name or a content word
of the quotation (``name``, ``word``), never an editor's [bracketed] words."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from eval.claim_edits import bare_word, bracketed_indexes, differs, is_content, is_name, replace
from eval.claim_sentences import WORD, Article

Made = TypeVar("Made")  # what the caller's claim maker returns


def misattributed(
    claim: Callable[..., Made], text: str, speaker: str,
    named: list[tuple[dict[str, Any], str | None]], rng: random.Random,
) -> Iterator[Made]:  # fmt: skip
    others = sorted({s for _, s in named if s and _distinct_people(s, speaker)})
    if others:
        yield claim("misattributed", text, "misattributed", rng.choice(others))


def _distinct_people(first: str, second: str) -> bool:
    """Different surnames, comparing only the name before any apposition or parenthesis
    ("Leslie Wimes, a South Florida-based president ...", "Jason Chaffetz (R-Utah)")."""
    first_words = WORD.findall(re.sub(r"\([^)]*\)", "", first).split(",")[0])
    second_words = WORD.findall(re.sub(r"\([^)]*\)", "", second).split(",")[0])
    if not first_words or not second_words:
        return False
    capitalised = first_words[-1][0].isupper() and second_words[-1][0].isupper()
    return capitalised and bare_word(first_words[-1]) != bare_word(second_words[-1])


def swapped(
    claim: Callable[..., Made], text: str, speaker: str,
    articles: list[Article], rng: random.Random,
) -> Iterator[Made]:  # fmt: skip
    words = text.split()
    bracketed = bracketed_indexes(words)
    names = [
        i for i, w in enumerate(words[1:], 1) if is_name(w, words[i - 1]) and i not in bracketed
    ]
    if names:
        i = rng.choice(names)
        other = _other_word(articles, rng, lambda w: is_name(w, "x") and differs(w, words[i]))
        yield claim("name", replace(words, i, other), "altered", speaker)
    content = [i for i, w in enumerate(words) if is_content(w) and i not in bracketed]
    if content:
        i = rng.choice(content)
        other = _other_word(articles, rng, lambda w: is_content(w) and differs(w, words[i]))
        yield claim("word", replace(words, i, other), "altered", speaker)


def _other_word(articles: list[Article], rng: random.Random, accept: Callable[[str], bool]) -> str:
    while True:
        text = rng.choice(articles)["text"]
        start = rng.randrange(0, max(1, len(text) - 200))
        words = [w for w in text[start : start + 200].split()[1:] if accept(w)]
        if words:
            return words[0].strip(".,;:!?\"“”'’()")
