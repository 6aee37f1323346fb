"""Claims for the benchmarks, drawn from random sentences of an index, deterministically:
exact (with typographic variants), altered (negation, number, name, word), fragment, and
ellipsis (within a sentence or across two)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from bench.lexicon import FIRST_NAMES, NOUNS, SURNAMES
from service.retrieval import SentenceIndex

SEED = 20261129
AUXILIARIES = {"will", "would", "could", "must", "did", "can", "may"}
KINDS = ("altered", "fragment", "ellipsis", "exact")


@dataclass(frozen=True, slots=True)
class Claim:
    """A claimed quote and the span (document, start, end) it was drawn from."""

    kind: str
    text: str
    document_id: int
    start: int
    end: int


class ClaimMaker:
    """Draws claims of each kind from random sentences of an index, deterministically."""

    def __init__(self, index: SentenceIndex, texts: list[str], seed: int) -> None:
        self.index, self.texts, self.rng = index, texts, random.Random(seed)

    def claims(self, kind: str, count: int) -> list[Claim]:
        make = getattr(self, kind)
        return [make() for _ in range(count)]

    def exact(self) -> Claim:
        slot, words = self._sentence(minimum_words=4)
        text = " ".join(words)
        variant = self.rng.choice((str.upper, str.lower, _straighten, _curl))
        return self._claim("exact", variant(text), slot, slot)

    def altered(self) -> Claim:
        slot, words = self._sentence(minimum_words=8)
        for _ in range(self.rng.choice((1, 2))):
            alteration = self.rng.choice((_negate, _renumber, _rename, _reword))
            words = alteration(self.rng, words)
        return self._claim("altered", " ".join(words), slot, slot)

    def fragment(self) -> Claim:
        slot, words = self._sentence(minimum_words=12)
        at = self.rng.randrange(len(words) - 7)
        return self._claim("fragment", " ".join(words[at : at + 7]), slot, slot)

    def ellipsis(self) -> Claim:
        dots = self.rng.choice(("...", "…", " . . . "))
        slot, words = self._sentence(minimum_words=12)
        following = self._words(slot + 1) if self._same_document(slot, slot + 1) else []
        if following and self.rng.random() < 0.5:
            text = f"{' '.join(words[-5:])} {dots} {' '.join(following[:5])}"
            return self._claim("ellipsis", text, slot, slot + 1)
        text = f"{' '.join(words[:4])} {dots} {' '.join(words[-4:])}"
        return self._claim("ellipsis", text, slot, slot)

    def _sentence(self, minimum_words: int) -> tuple[int, list[str]]:
        """A random sentence slot with enough words, and its words (the quotation if any)."""
        while True:
            slot = self.rng.randrange(len(self.index.documents))
            words = self._words(slot)
            if len(words) >= minimum_words:
                return slot, words

    def _words(self, slot: int) -> list[str]:
        text = self._text(slot, slot)
        quoted = re.search(r"“([^”]+)”", text)
        return (quoted.group(1) if quoted else text).split()

    def _text(self, first: int, last: int) -> str:
        document = self.texts[self.index.documents[first]]
        return document[self.index.starts[first] : self.index.ends[last]]

    def _same_document(self, slot: int, other: int) -> bool:
        documents = self.index.documents
        return other < len(documents) and documents[other] == documents[slot]

    def _claim(self, kind: str, text: str, first: int, last: int) -> Claim:
        index = self.index
        return Claim(kind, text, index.documents[first], index.starts[first], index.ends[last])


def _negate(rng: random.Random, words: list[str]) -> list[str]:
    if "not" in words:
        return [word for word in words if word != "not"]
    at = next((i for i, word in enumerate(words) if word.lower() in AUXILIARIES), None)
    at = rng.randrange(len(words)) if at is None else at
    return [*words[: at + 1], "not", *words[at + 1 :]]


def _renumber(rng: random.Random, words: list[str]) -> list[str]:
    numbers = [i for i, word in enumerate(words) if any(c.isdigit() for c in word)]
    if not numbers:
        return _reword(rng, words)
    return _replace(words, rng.choice(numbers), str(rng.randint(2, 9999)))


def _rename(rng: random.Random, words: list[str]) -> list[str]:
    names = [i for i, word in enumerate(words) if i and word[:1].isupper()]
    if not names:
        return _reword(rng, words)
    return _replace(words, rng.choice(names), rng.choice(SURNAMES + FIRST_NAMES))


def _reword(rng: random.Random, words: list[str]) -> list[str]:
    long_words = [i for i, word in enumerate(words) if len(word) > 3] or list(range(len(words)))
    return _replace(words, rng.choice(long_words), rng.choice(NOUNS))


def _replace(words: list[str], at: int, word: str) -> list[str]:
    return [*words[:at], word, *words[at + 1 :]]


def _straighten(text: str) -> str:
    return text.replace("’", "'").replace("“", '"').replace("”", '"')


def _curl(text: str) -> str:
    return f"“{text.replace(chr(39), '’')}”"
