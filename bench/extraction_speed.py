"""Extraction speed on real news: articles per second on one core (median of several runs).

    python bench/extraction_speed.py [GOLD] [--runs 5]

GOLD defaults to the dev split (``$QUOTECHECK_EVAL_DIR`` or ``shared/eval`` beside the repo).
The target is 200 articles of ~800 words per second; the figure is scaled to 800 words too.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from service.extraction import extract_quotes  # noqa: E402


def load_texts(gold: Path) -> list[str]:
    """The ``text`` of every article in a JSON-lines file."""
    with gold.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()]


def one_run(texts: list[str]) -> float:
    """Seconds taken to extract quotes from every text once."""
    began = time.perf_counter()
    for text in texts:
        extract_quotes(text)
    return time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    eval_dir = Path(os.environ.get("QUOTECHECK_EVAL_DIR", REPO.parent / "shared" / "eval"))
    texts = load_texts(args.gold or eval_dir / "polnear.dev.jsonl")
    words = sum(len(text.split()) for text in texts)
    seconds = statistics.median(one_run(texts) for _ in range(args.runs))
    per_second = len(texts) / seconds
    print(f"articles: {len(texts)}  words: {words} (mean {words / len(texts):.0f} per article)")
    print(f"median of {args.runs} runs: {seconds:.3f} s  ->  {per_second:.0f} articles/s")
    print(f"scaled to 800-word articles: {words / seconds / 800:.0f} articles/s on one core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
