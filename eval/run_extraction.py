"""Run the extractor over a PolNeAR split and print the scorer's report verbatim.

    python eval/run_extraction.py [GOLD] [--ignore-type mixed]

GOLD defaults to ``polnear.dev.jsonl`` in ``$QUOTECHECK_EVAL_DIR`` or, failing that, in
``shared/eval`` beside the repository. Predictions go to ``eval/out/`` (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from service.extraction import ExtractedQuote, extract_quotes  # noqa: E402


def default_eval_dir() -> Path:
    """The shared evaluation folder: from the environment, else beside the repository."""
    configured = os.environ.get("QUOTECHECK_EVAL_DIR")
    return Path(configured) if configured else REPO.parent / "shared" / "eval"


def prediction(quote: ExtractedQuote) -> dict[str, object]:
    """One quote in the scorer's prediction shape."""
    mention = quote.speaker_mention
    return {
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "type": "direct" if quote.type == "direct" else "mixed",
        "speaker": mention.text if mention else None,
        "speaker_start": mention.start if mention else None,
        "speaker_end": mention.end if mention else None,
        "speaker_entity": quote.speaker.name if quote.speaker else None,
        "speaker_confidence": quote.speaker_confidence,
    }


def write_predictions(gold: Path, out: Path) -> None:
    """Extract quotes from every article of ``gold`` and write them as JSON lines to ``out``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with gold.open(encoding="utf-8") as source, out.open("w", encoding="utf-8") as sink:
        for line in source:
            if line.strip():
                article = json.loads(line)
                quotes = [prediction(q) for q in extract_quotes(article["text"])]
                sink.write(json.dumps({"id": article["id"], "quotes": quotes}) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path)
    parser.add_argument("--ignore-type", action="append", default=[])
    args = parser.parse_args(argv)
    gold = args.gold or default_eval_dir() / "polnear.dev.jsonl"
    out = REPO / "eval" / "out" / f"{gold.stem}.pred.jsonl"
    write_predictions(gold, out)
    scorer = [sys.executable, str(gold.parent / "score.py"), str(gold), str(out)]
    scorer += [arg for kind in args.ignore_type for arg in ("--ignore-type", kind)]
    return subprocess.run(scorer, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
