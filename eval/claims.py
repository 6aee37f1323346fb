"""A labelled claim benchmark generated from gold quotations (never from our own extraction).

``generate_claims(articles, unseen)`` turns the gold quote spans and speakers of PolNeAR-style
JSONL articles into claims with the verdict the service should return, one list per category:

    exact, typographic, ellipsis, fragment, no_speaker           -> verified
    contraction, trimmed (words left out without an ellipsis)     -> minor_deviation
    misattributed (another named speaker of the same article)    -> misattributed
    negation, number, name, word (one meaning-changing edit)     -> altered
    fabricated (a sentence from an article that is not ingested) -> not_found
    narration (a sentence of the article outside every quote)    -> unquoted

Choices, so the labels stay true:
- Gold quotations of fewer than six words are skipped. Fragments such as "rigged" stand in
  many articles as quotes and as narration, so their verdict depends on retrieval, not on the
  matcher; the service still answers them, flagged ``too_short``.
- The claimed speaker is the annotated mention ("Rep. John Mica (R-Fla.)"), or for a bare
  pronoun the corpus's automatic ``speaker_coref``. A null speaker, or a pronoun with no
  coreference name, makes the quotation usable only for the ``no_speaker`` category.
- Misattribution uses another speaker of the same article only when both look like names
  (capitalised) with different surnames, so "Trump" is never "misattributed" to "Donald Trump".
- Ellipses never cut a negation, number or qualifier (those omissions are alterations), and
  seven-word fragments never start or stop next to one (that hides it too).
- Name and word swaps never touch an editor's [bracketed] words, which are slots.
- Fabricated sentences come from ``unseen`` articles (by default train articles; run_claims
  holds out a tenth of the gold file when there is no train file) and share no four-word run
  with any ingested article: boilerplate such as "did not respond to a request for comment"
  is in the sources, not fabricated.
- Narration comes only from paragraphs without quotation marks or transcript speaker labels,
  since the gold annotation leaves some quotations (open multi-paragraph quotes) unmarked.
Everything is drawn with one seeded ``random.Random``: the same inputs give the same claims.
"""

from __future__ import annotations

import json
import os
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.claim_edits import (
    bare_word,
    bracketed_indexes,
    contraction,
    differs,
    ellipsis,
    fragment,
    is_content,
    is_name,
    negation,
    number,
    replace,
    trimmed,
    typographic,
)
from eval.claim_sentences import WORD, Article, four_grams, narration, sentences

GoldQuote = dict[str, Any]

MIN_WORDS = 6
PRONOUNS = frozenset("he she they it i we you him her them his their who this that one".split())


@dataclass(frozen=True, slots=True)
class LabelledClaim:
    """A claim and the verdict the service should give it."""

    category: str
    quote: str
    speaker: str | None
    expected: str
    article_id: str


def default_gold_path(split: str = "dev") -> Path:
    """``$QUOTECHECK_EVAL_DIR/polnear.<split>.jsonl``, else ``shared/eval`` beside the repo."""
    folder = os.environ.get("QUOTECHECK_EVAL_DIR")
    base = Path(folder) if folder else Path(__file__).resolve().parents[2] / "shared" / "eval"
    return base / f"polnear.{split}.jsonl"


def load_articles(path: Path) -> list[Article]:
    """One article per JSONL line."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def generate_claims(
    articles: list[Article], unseen: list[Article], per_category: int = 150, seed: int = 13
) -> list[LabelledClaim]:
    """Up to ``per_category`` claims per category (see the module docstring), seeded."""
    rng = random.Random(seed)
    pools: dict[str, list[LabelledClaim]] = {}
    for article in articles:
        for claim in _article_claims(article, articles, rng):
            pools.setdefault(claim.category, []).append(claim)
    pools["fabricated"] = list(_fabricated(unseen, articles, rng))
    claims = []
    for category in sorted(pools):
        pool = pools[category]
        claims += rng.sample(pool, min(per_category, len(pool)))
    # Drawn on its own, so adding it left every other category's claims as they were.
    trim_rng = random.Random(seed + 1)
    trims = list(_trimmed(articles, trim_rng))
    return claims + trim_rng.sample(trims, min(per_category, len(trims)))


def _article_claims(
    article: Article, articles: list[Article], rng: random.Random
) -> Iterator[LabelledClaim]:
    named = [(q, speaker_name(q)) for q in article["quotes"] if len(q["text"].split()) >= MIN_WORDS]
    for quote, speaker in named:
        text = quote["text"].strip()
        claim = _maker(article["id"], text, speaker)
        yield claim("no_speaker", text, "verified", None)
        if speaker is None:
            continue
        yield claim("exact", text, "verified", speaker)
        yield claim("typographic", typographic(text, rng), "verified", speaker)
        yield from _edited(claim, text, speaker, rng)
        yield from _misattributed(claim, text, speaker, named, rng)
        yield from _swapped(claim, text, speaker, articles, rng)
    for sentence in narration(article):
        others = [s for _, s in named if s]
        yield _maker(article["id"], sentence, None)(
            "narration", sentence, "unquoted", rng.choice([None, *others])
        )


def speaker_name(quote: GoldQuote) -> str | None:
    """The claimed speaker for a gold quote: the annotated mention, or for a bare pronoun the
    corpus's automatic full name (``speaker_coref``, which is noisy, so never preferred)."""
    for name in (quote.get("speaker"), quote.get("speaker_coref")):
        words = WORD.findall(name or "")
        # A lone lower-case word is a pronoun or a mis-annotated cue ("said"), not a speaker.
        if {w.lower() for w in words} - PRONOUNS and (len(words) > 1 or words[0][0].isupper()):
            return str(name)
    return None


def _maker(article_id: str, text: str, speaker: str | None) -> Callable[..., LabelledClaim]:
    def make(category: str, quote: str, expected: str, claimed: str | None) -> LabelledClaim:
        return LabelledClaim(category, quote, claimed, expected, article_id)

    return make


def _edited(
    claim: Callable[..., LabelledClaim], text: str, speaker: str, rng: random.Random
) -> Iterator[LabelledClaim]:
    words = text.split()
    edits = (
        ("fragment", fragment(words, rng), "verified"),
        ("ellipsis", ellipsis(words, rng), "verified"),
        ("contraction", contraction(text, rng), "minor_deviation"),
        ("negation", negation(words), "altered"),
        ("number", number(words, rng), "altered"),
    )
    for category, edited, expected in edits:
        if edited and edited != text:
            yield claim(category, edited, expected, speaker)


def _trimmed(articles: list[Article], rng: random.Random) -> Iterator[LabelledClaim]:
    for article in articles:
        for quote in article["quotes"]:
            speaker, text = speaker_name(quote), quote["text"].strip()
            edited = trimmed(text.split(), rng) if speaker else None
            if edited:
                yield LabelledClaim("trimmed", edited, speaker, "minor_deviation", article["id"])


def _misattributed(
    claim: Callable[..., LabelledClaim], text: str, speaker: str,
    named: list[tuple[GoldQuote, str | None]], rng: random.Random,
) -> Iterator[LabelledClaim]:  # fmt: skip
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


def _swapped(
    claim: Callable[..., LabelledClaim], text: str, speaker: str,
    articles: list[Article], rng: random.Random,
) -> Iterator[LabelledClaim]:  # fmt: skip
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


def _fabricated(
    unseen: list[Article], ingested: list[Article], rng: random.Random
) -> Iterator[LabelledClaim]:
    seen = {gram for article in ingested for gram in four_grams(article["text"])}
    speakers = sorted({s for a in ingested for q in a["quotes"] if (s := speaker_name(q))})
    for article in unseen:
        for start, end in sentences(article["text"]):
            sentence = article["text"][start:end].strip().strip('“”"')
            if 8 <= len(sentence.split()) <= 30 and not set(four_grams(sentence)) & seen:
                speaker = rng.choice([None, *speakers])
                yield LabelledClaim("fabricated", sentence, speaker, "not_found", article["id"])
