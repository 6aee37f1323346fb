"""A deterministic synthetic news corpus for retrieval benchmarks.

Articles of about 800 words in paragraphs: narration and quotations with "X said" speakers,
person names (first and last, some with "Mr."/"Sen."), titles, organisations, places, numbers
and money. Nouns, verbs, adjectives and surnames follow a Zipf law over a lexicon of real words
extended with generated ones, as in real news: a few words are everywhere, most are rare.
The same ``seed`` always gives the same corpus.

    python -m bench.corpus --sentences 1000 --seed 7 > corpus.txt
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections.abc import Iterator, Sequence

from bench.lexicon import (
    ADJECTIVES,
    AUXILIARIES,
    BODIES,
    CODAS,
    CONJUNCTIONS,
    DETERMINERS,
    FIRST_NAMES,
    NOUNS,
    PLACES,
    PREPOSITIONS,
    PRONOUNS,
    SURNAMES,
    SYLLABLES,
    TIMES,
    TITLES,
    VERBS,
)

ARTICLE_SENTENCES = (38, 58)


class Zipf:
    """Words drawn with a Zipf-Mandelbrot law, probability proportional to 1 / (rank + 10).

    The offset flattens the head as in real text, where the commonest noun is in a few per cent
    of sentences rather than a fifth of them.
    """

    def __init__(self, rng: random.Random, real: Sequence[str], size: int) -> None:
        generated = {_pseudo_word(rng) for _ in range(size)} - set(real)
        self.words = [*real, *sorted(generated)]
        self.cumulative = list(
            itertools.accumulate(1 / (rank + 10) for rank in range(1, len(self.words) + 1))
        )

    def draw(self, rng: random.Random) -> str:
        return rng.choices(self.words, cum_weights=self.cumulative)[0]


class NewsWriter:
    """Writes articles from one seeded random generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.nouns = Zipf(self.rng, NOUNS, 30_000)
        self.verbs = Zipf(self.rng, VERBS, 5_000)
        self.adjectives = Zipf(self.rng, ADJECTIVES, 8_000)
        self.surnames = Zipf(self.rng, [name.lower() for name in SURNAMES], 20_000)

    def article(self) -> tuple[str, int]:
        """Return an article's text, in paragraphs, and its number of sentences."""
        cast = [self.person() for _ in range(self.rng.randint(2, 5))]
        written = [self.sentence(cast) for _ in range(self.rng.randint(*ARTICLE_SENTENCES))]
        sentences = [text for text, _ in written]
        paragraphs, at = [], 0
        while at < len(sentences):
            size = self.rng.choice((1, 2, 2, 3))
            paragraphs.append(" ".join(sentences[at : at + size]))
            at += size
        return "\n\n".join(paragraphs), sum(count for _, count in written)

    def sentence(self, cast: list[tuple[str, str]]) -> tuple[str, int]:
        """One sentence, or two (a two-sentence quotation), and how many."""
        name, title = self.rng.choice(cast)
        clause = _capitalise(self.clause())
        kind = self.rng.random()
        if kind < 0.45:
            return f"{clause}.", 1
        if kind < 0.62:
            return f"“{clause},” {name} said.", 1
        if kind < 0.72:
            return f"“{clause},” said {name}, {title}.", 1
        if kind < 0.82:
            return f"{name}, {title}, said {self.clause()}.", 1
        if kind < 0.9:
            return f"“{clause}.” {name} said {self.clause()} {self.rng.choice(TIMES)}.", 2
        if kind < 0.95:
            return f"“{clause}. {_capitalise(self.clause())},” {name} said.", 2
        return f"{clause}, according to {self.organisation()}.", 1

    def clause(self) -> str:
        parts = [self.noun_phrase(), self.verb_phrase(), self.noun_phrase()]
        if self.rng.random() < 0.5:
            parts += [self.rng.choice(PREPOSITIONS), self.noun_phrase()]
        if self.rng.random() < 0.35:
            parts += [self.rng.choice(CONJUNCTIONS), self.noun_phrase(), self.verb_phrase()]
        if self.rng.random() < 0.3:
            parts.append(self.rng.choice(TIMES))
        return " ".join(parts)

    def noun_phrase(self) -> str:
        roll = self.rng.random()
        if roll < 0.08:
            return self.person()[0]
        if roll < 0.14:
            return self.organisation()
        if roll < 0.24:
            return f"{self.number()} {self.nouns.draw(self.rng)}s"
        if roll < 0.3:
            return self.rng.choice(PRONOUNS)
        adjective = f"{self.adjectives.draw(self.rng)} " if self.rng.random() < 0.4 else ""
        return f"{_weighted(self.rng, DETERMINERS)} {adjective}{self.nouns.draw(self.rng)}"

    def verb_phrase(self) -> str:
        verb = self.verbs.draw(self.rng)
        auxiliary = _weighted(self.rng, AUXILIARIES)
        return f"{auxiliary} {verb}" if auxiliary else f"{verb.removesuffix('e')}ed"

    def person(self) -> tuple[str, str]:
        """A speaker's name as written in the text, and their title."""
        honorific = self.rng.choice(("", "", "", "Mr. ", "Ms. ", "Dr. ", "Sen. ", "Gov. "))
        first, last = self.rng.choice(FIRST_NAMES), self.surnames.draw(self.rng).capitalize()
        return (
            f"{honorific}{first} {last}",
            f"the {self.rng.choice(TITLES)} of {self.organisation()}",
        )

    def organisation(self) -> str:
        noun = self.nouns.draw(self.rng).capitalize()
        return f"the {self.rng.choice(PLACES)} {noun} {self.rng.choice(BODIES)}"

    def number(self) -> str:
        roll = self.rng.random()
        if roll < 0.4:
            return str(self.rng.randint(2, 99))
        if roll < 0.75:
            return f"{self.rng.randint(100, 99_999):,}"
        if roll < 0.9:
            return f"{self.rng.randint(1, 99)}.{self.rng.randint(1, 9)} per cent of the"
        return f"${self.rng.randint(1, 900)} million in"


def generate_articles(n_sentences: int, seed: int = 0) -> Iterator[str]:
    """Yield article texts until at least ``n_sentences`` sentences were written."""
    writer = NewsWriter(seed)
    written = 0
    while written < n_sentences:
        text, count = writer.article()
        written += count
        yield text


def _weighted(rng: random.Random, choices: dict[str, int]) -> str:
    return rng.choices(list(choices), weights=list(choices.values()))[0]


def _pseudo_word(rng: random.Random) -> str:
    syllables = rng.choices(SYLLABLES, k=rng.randint(2, 4))
    return "".join(syllables) + rng.choice(CODAS)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write a synthetic news corpus to stdout.")
    parser.add_argument("--sentences", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    arguments = parser.parse_args(argv)
    for text in generate_articles(arguments.sentences, arguments.seed):
        sys.stdout.write(f"{text}\n\n\n")


if __name__ == "__main__":
    main()
