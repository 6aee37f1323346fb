"""Score verify_claim on the generated claim benchmark and print accuracy per category.

    python eval/run_claims.py [GOLD.jsonl] [--gold-sources] [--per-category N] [--errors N]

By default every article of GOLD (the dev split, see ``eval.claims.default_gold_path``) is
ingested into a throw-away SQLite database exactly as ``POST /v1/documents`` does, and every
claim is verified as ``POST /v1/verify`` does (extraction, speaker index, candidate index,
matching), so extraction errors cost accuracy. ``--gold-sources`` uses the gold quotations and
speakers instead, with a word-overlap prefilter for retrieval, which isolates the matcher.
Fabricated claims come from train articles that are not ingested.

A false accept is a claim that should be misattributed, altered, not_found or unquoted coming
back ``verified`` or ``minor_deviation``; its rate is over those claims.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.claims import (  # noqa: E402
    Article,
    LabelledClaim,
    default_gold_path,
    generate_claims,
    load_articles,
)
from eval.claims import speaker_name as gold_speaker_name  # noqa: E402
from eval.through_service import ServiceVerifier  # noqa: E402
from service.matching import (  # noqa: E402
    Claim,
    SourceDocument,
    SourceQuote,
    SourceSpeaker,
    verify_claim,
)

ACCEPTS = frozenset({"verified", "minor_deviation"})
NEGATIVE = frozenset({"misattributed", "altered", "not_found", "unquoted"})
CANDIDATES = 5
_WORD = re.compile(r"\w+")


def gold_document(number: int, article: Article) -> SourceDocument:
    """The article with the annotators' quotations and speakers as its quotation index."""
    quotes = []
    for index, quote in enumerate(article["quotes"]):
        name = gold_speaker_name(quote)
        aliases = (quote["speaker"],) if quote.get("speaker") else ()
        speaker = SourceSpeaker(None, name, "person", aliases) if name else None
        quotes.append(SourceQuote(index, quote["start"], quote["end"], speaker))
    return SourceDocument(number, article["text"], "article", tuple(quotes))


class Prefilter:
    """Rank documents by the summed rarity (idf) of the claim's words and word pairs."""

    def __init__(self, documents: Sequence[SourceDocument]) -> None:
        self.documents = documents
        self.postings: dict[str, set[int]] = defaultdict(set)
        for position, document in enumerate(documents):
            for word in set(_words(document.text)):
                self.postings[word].add(position)

    def candidates(self, quote: str, limit: int = CANDIDATES) -> list[SourceDocument]:
        scores: dict[int, float] = defaultdict(float)
        total = len(self.documents)
        for word in set(_words(quote)):
            found = self.postings.get(word, set())
            for position in found:
                scores[position] += math.log((total + 1) / len(found))
        ranked = sorted(scores, key=lambda position: -scores[position])[:limit]
        return [self.documents[position] for position in ranked]


def _words(text: str) -> list[str]:
    """Words and word pairs: pairs make common words ("to get to where we") discriminative."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    return words + [f"{first} {second}" for first, second in zip(words, words[1:], strict=False)]


def run(claims: list[LabelledClaim], prefilter: Prefilter) -> list[tuple[LabelledClaim, str]]:
    results: list[tuple[LabelledClaim, str]] = []
    for labelled in claims:
        verification = verify_claim(
            Claim(labelled.quote, labelled.speaker), prefilter.candidates(labelled.quote)
        )
        results.append((labelled, verification.verdict))
    return results


def run_through_service(
    claims: list[LabelledClaim], articles: list[Article]
) -> list[tuple[LabelledClaim, str]]:
    """Every claim through the service's own path: ingest, store, index, verify."""
    service = ServiceVerifier(articles)
    try:
        return [
            (labelled, service.verdict(labelled.quote, labelled.speaker)) for labelled in claims
        ]
    finally:
        service.close()


def print_table(results: list[tuple[LabelledClaim, str]]) -> None:
    by_category: dict[str, list[tuple[LabelledClaim, str]]] = defaultdict(list)
    for labelled, got in results:
        by_category[labelled.category].append((labelled, got))
    print(f"{'category':<14} {'n':>5} {'accuracy':>9}  confusion (expected -> got: n)")
    for category, rows in sorted(by_category.items()):
        correct = sum(labelled.expected == got for labelled, got in rows)
        confusion = Counter(f"{labelled.expected}->{got}" for labelled, got in rows)
        shown = ", ".join(f"{key}: {n}" for key, n in confusion.most_common())
        print(f"{category:<14} {len(rows):>5} {correct / len(rows):>9.3f}  {shown}")
    correct = sum(labelled.expected == got for labelled, got in results)
    negative = [(labelled, got) for labelled, got in results if labelled.expected in NEGATIVE]
    accepted = sum(got in ACCEPTS for _, got in negative)
    print(f"{'overall':<14} {len(results):>5} {correct / max(len(results), 1):>9.3f}")
    print(f"false accepts: {accepted}/{len(negative)} = {accepted / max(len(negative), 1):.4f}")


def print_errors(results: list[tuple[LabelledClaim, str]], limit: int, seed: int) -> None:
    errors = [(labelled, got) for labelled, got in results if labelled.expected != got]
    for labelled, got in random.Random(seed).sample(errors, min(limit, len(errors))):
        print(f"[{labelled.category}] expected {labelled.expected}, got {got}: "
              f"{labelled.speaker!r} {labelled.quote[:150]!r} ({labelled.article_id})")  # fmt: skip


def _split(
    articles: list[Article], unseen_path: Path, seed: int
) -> tuple[list[Article], list[Article]]:
    """The articles to ingest and up to 60 not-ingested ones to fabricate claims from: from
    ``unseen_path`` when it exists, else a seeded tenth of ``articles`` held out."""
    rng = random.Random(seed)
    if unseen_path.exists():
        unseen = load_articles(unseen_path)
        return articles, rng.sample(unseen, min(60, len(unseen)))
    shuffled = rng.sample(articles, len(articles))
    held_out = max(1, len(articles) // 10)
    return shuffled[held_out:], shuffled[:held_out]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(default_gold_path("dev")))
    parser.add_argument("--gold-sources", action="store_true")
    parser.add_argument("--unseen", default=str(default_gold_path("train")))
    parser.add_argument("--per-category", type=int, default=150)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--errors", type=int, default=0, help="print this many failures")
    args = parser.parse_args(argv)
    started = time.monotonic()
    articles, unseen = _split(load_articles(Path(args.gold)), Path(args.unseen), args.seed)
    claims = generate_claims(articles, unseen, args.per_category, args.seed)
    if args.gold_sources:
        documents = [gold_document(number, article) for number, article in enumerate(articles)]
        results = run(claims, Prefilter(documents))
        print("sources: gold quotations (the matching core alone, word-overlap prefilter)")
    else:
        results = run_through_service(claims, articles)
        print("sources: the service (extraction, store, candidate index, matching)")
    print_table(results)
    print_errors(results, args.errors, args.seed)
    print(f"{len(claims)} claims in {time.monotonic() - started:.1f}s")


if __name__ == "__main__":
    main()
