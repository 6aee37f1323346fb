"""Extraction speed on real news: articles per second on one core (median of several runs).

    python bench/extraction_speed.py [GOLD] [--runs 5]

GOLD defaults to the dev split (``$QUOTECHECK_EVAL_DIR`` or ``shared/eval`` beside the repo).
The target is 200 articles of ~800 words per second on one core. The per-core figure uses
the process's CPU time, so other jobs on a shared machine do not skew it; wall clock is
printed beside it.
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


def one_run(texts: list[str]) -> tuple[float, float]:
    """(wall-clock, CPU) seconds taken to extract quotes from every text once."""
    wall, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        extract_quotes(text)
    return time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    eval_dir = Path(os.environ.get("QUOTECHECK_EVAL_DIR", REPO.parent / "shared" / "eval"))
    texts = load_texts(args.gold or eval_dir / "polnear.dev.jsonl")
    words = sum(len(text.split()) for text in texts)
    runs = [one_run(texts) for _ in range(args.runs)]
    wall = statistics.median(run[0] for run in runs)
    cpu = statistics.median(run[1] for run in runs)
    print(f"articles: {len(texts)}  words: {words} (mean {words / len(texts):.0f} per article)")
    print(f"median of {args.runs} runs: wall {wall:.3f} s, CPU {cpu:.3f} s")
    print(f"wall clock: {len(texts) / wall:.0f} articles/s (slower when other jobs share the core)")
    print(f"one core (CPU time): {len(texts) / cpu:.0f} articles/s")
    print(f"scaled to 800-word articles: {words / cpu / 800:.0f} articles/s on one core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
