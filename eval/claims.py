"""A labelled claim benchmark generated from gold quotations (never from our own extraction).

``generate_claims(articles, unseen)`` turns the gold quote spans and speakers of PolNeAR-style
JSONL articles into claims with the verdict the service should return, one list per category:

    exact, typographic, ellipsis, fragment, no_speaker           -> verified
    contraction, trimmed (words left out without an ellipsis)     -> minor_deviation
    misattributed (another named speaker of the same article)    -> misattributed
    negation, number, name, word (one meaning-changing edit)     -> altered
    reordered (two of the quotation's sentences swapped)         -> altered
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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.claim_edits import (
    contraction,
    ellipsis,
    fragment,
    negation,
    number,
    reordered,
    trimmed,
    typographic,
)
from eval.claim_sentences import WORD, Article, four_grams, narration, sentences
from eval.claim_swaps import misattributed, swapped

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
    for offset, (category, edit, expected) in enumerate(_OWN_STREAMS, start=1):
        own_rng = random.Random(seed + offset)
        pool = list(_edited_alone(category, edit, expected, articles, own_rng))
        claims += own_rng.sample(pool, min(per_category, len(pool)))
    return claims


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
        yield from misattributed(claim, text, speaker, named, rng)
        yield from swapped(claim, text, speaker, articles, rng)
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


def _edited_alone(
    category: str, edit: Edit, expected: str, articles: list[Article], rng: random.Random
) -> Iterator[LabelledClaim]:
    """Every named quotation's ``edit``, drawn from ``rng`` alone."""
    for article in articles:
        for quote in article["quotes"]:
            speaker, text = speaker_name(quote), quote["text"].strip()
            edited = edit(text, rng) if speaker else None
            if edited and edited != text:
                yield LabelledClaim(category, edited, speaker, expected, article["id"])


def _trim(text: str, rng: random.Random) -> str | None:
    return trimmed(text.split(), rng)


Edit = Callable[[str, random.Random], str | None]
# Categories added later, each drawn from its own seeded stream so that the earlier
# categories' claims, and their figures, stay as they were.
_OWN_STREAMS: tuple[tuple[str, Edit, str], ...] = (
    ("trimmed", _trim, "minor_deviation"),
    ("reordered", reordered, "altered"),
)


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
