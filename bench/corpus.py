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

NOUNS = """government minister police council report plan budget election court company market
price tax school hospital health war president official people year week country city state law
bill vote party leader economy bank rate deal talks agreement investigation case trial judge
worker union strike pay pension energy oil gas climate flood storm fire drought water housing rent
home family child student teacher university research study crisis inflation debt loan fund
investment trade tariff border migrant refugee army soldier attack ceasefire weapon missile drone
ship port airport flight train bridge vaccine virus patient doctor nurse drug crime prison appeal
ruling protest campaign poll candidate mayor governor ministry agency regulator contract profit
loss share investor customer service network platform software security lawsuit settlement
penalty risk warning decision policy reform proposal program project spending revenue
deficit""".split()
VERBS = """approve reject support cut raise delay announce investigate deny confirm warn block
fund launch review expand close build sign oppose defend challenge restore reduce increase
protect threaten demand accept cancel extend suspend replace""".split()
ADJECTIVES = """new major local national federal public private former senior key early late
serious urgent fresh strong weak significant controversial independent foreign domestic rural
urban critical economic political financial military legal medical environmental""".split()
FIRST_NAMES = """James Mary Robert Linda Michael Sarah David Aisha Raj Priya Tomas Elena Wei Mei
Carlos Lucia Ahmed Fatima Ivan Olga Kwame Amara Hiroshi Yuki Pierre Claire Hans Greta Liam Niamh
Omar Leila Diego Sofia Kofi Ngozi Arjun Ananya Jonas Ingrid Mateo Valentina Samuel Grace Ali Zainab
Daniel Hannah Peter Anna""".split()
SURNAMES = """Smith Okafor Patel Varga Mensah Garcia Chen Novak Kowalski Nguyen Haddad Silva Rossi
Muller Dubois Johansson Tanaka Kim Singh Ibrahim Petrov Owusu Fernandez Murphy Obi""".split()
PLACES = """U.S. British Northern Southern Eastern Western Coastal Central Highland Riverside
Lakeside Harbour Valley Metropolitan Regional""".split()
BODIES = (
    "Council Authority Party Union Bank Group Institute Agency Ministry Commission Board".split()
)
TITLES = "director,chief executive,spokesperson,chair,secretary,head,treasurer,leader".split(",")
PREPOSITIONS = "in on at for with after before against over under despite during amid".split()
CONJUNCTIONS = "and but because while although so".split()
# Function words with rough news frequencies: most verbs are plain past tense, most nouns take
# "the" or "a"; a uniform choice would put "must" or "not" in a sixth of all sentences.
AUXILIARIES = {
    "": 55,
    "will": 8,
    "would": 6,
    "could": 4,
    "must": 2,
    "may": 2,
    "will not": 4,
    "would not": 3,
    "did not": 6,
    "cannot": 2,
    "should": 2,
    "might": 2,
    "can": 4,
}
DETERMINERS = {
    "the": 45,
    "a": 20,
    "this": 5,
    "that": 4,
    "its": 6,
    "their": 6,
    "our": 3,
    "every": 2,
    "no": 2,
    "some": 4,
    "another": 3,
}
PRONOUNS = "we they it this nobody everyone I you".split()
TIMES = """on Monday,on Tuesday,on Wednesday,on Thursday,on Friday,last year,this week,next month,
by March,in 2023,in 2024,since January,within weeks,by the end of the year""".split(",")
SYLLABLES = """ba be bi bo ka ke ko la le li lo ma me mi mo na ne no ra re ri ro sa se so ta te
to va ve vi""".split()
CODAS = ("", "", "n", "r", "l", "s", "t", "nd", "rk", "st")
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
