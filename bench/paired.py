"""Is a change to the request path faster? Two trees' HTTP verify rates, measured in pairs.

    python -m bench.paired OTHER_TREE [--pairs 10] [--seconds 3] [--sentences 100000]
    python -m bench.paired . --app bench.verify_ceiling:app      # the service ÷ its ceiling

Serves one synthetic corpus from this tree and from OTHER_TREE (a ``git worktree`` of another
commit, say), each under its own gunicorn settings with two workers, and loads them in turn
with the same wrk run (8 connections), the order alternating pair by pair. A shared machine
drifts by a tenth over a minute, and one run differs from the next by up to a tenth, so only
ratios of two rates measured seconds apart can show a change of a few percent. Prints
one JSON line: each pair's ratio (OTHER_TREE ÷ this tree) and their median, min and max.
Run it once with this tree as OTHER_TREE for the noise alone (an A/A comparison): a change
smaller than the A/A median's distance from 1 does not show. Both trees must read the corpus's
schema.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import http_load
from bench.claims import KINDS, SEED, ClaimMaker
from bench.http_rounds import WARM_UP_S
from bench.service import current_texts, ingest_corpus, loaded_verifier

THIS_TREE = http_load.ROOT
CLAIMS_PER_KIND = 100


def compare(other: Path, app: str, pairs: int, seconds: int, sentences: int) -> dict[str, object]:
    """Both trees' rates on one corpus, in ``pairs`` pairs of wrk runs."""
    for tree in (THIS_TREE, other):
        check_imports_from(tree)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'paired.db'}"
        ingest_corpus(url, sentences)
        bodies = _claim_bodies(url)
        env = {"DATABASE_URL": url, "QUOTECHECK_SEEDS_DIR": "/nonexistent"}
        serve = http_load.gunicorn
        with (
            serve("service.wsgi:app", 2, env, service_settings=True) as (this, _),
            serve(app, 2, env, service_settings=True, root=other) as (that, _),
        ):
            for base in (this, that):
                http_load.wrk(base, bodies, seconds=WARM_UP_S)
            rates = [_pair(this, that, bodies, seconds, number) for number in range(pairs)]
    ratios = [that_rps / this_rps for this_rps, that_rps in rates]
    return {
        "other_tree": str(other),
        "app": app,
        "pairs": pairs,
        "this_rps": round(statistics.median(rate for rate, _ in rates), 1),
        "other_rps": round(statistics.median(rate for _, rate in rates), 1),
        "ratio": round(statistics.median(ratios), 3),
        "ratio_min": round(min(ratios), 3),
        "ratio_max": round(max(ratios), 3),
        "ratios": [round(ratio, 3) for ratio in ratios],
    }


def _pair(
    this: str, that: str, bodies: list[dict[str, object]], seconds: int, number: int
) -> tuple[float, float]:
    """One wrk run on each server, this tree first in even pairs; (this rate, other rate)."""
    order = [this, that] if number % 2 == 0 else [that, this]
    rates = {base: http_load.wrk(base, bodies, seconds=seconds)["rps"] for base in order}
    return rates[this], rates[that]


def _claim_bodies(url: str) -> list[dict[str, object]]:
    verifier, _ = loaded_verifier(url)
    maker = ClaimMaker(verifier.corpus.sentences, current_texts(verifier), SEED)  # type: ignore[arg-type]
    claims = [claim for kind in KINDS for claim in maker.claims(kind, CLAIMS_PER_KIND)]
    verifier.engine.dispose()
    return [{"quote": claim.text} for claim in claims]


def check_imports_from(tree: Path) -> None:
    """Refuse a tree whose gunicorn would import the service from somewhere else (the
    installed package) and so compare this tree with itself."""
    found = subprocess.run(
        [sys.executable, "-c", "import service; print(service.__file__)"],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not Path(found).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"{tree} would serve the service from {found}: not a project tree")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other_tree", type=lambda path: Path(path).resolve())
    parser.add_argument("--app", default="service.wsgi:app", help="the WSGI app OTHER_TREE serves")
    parser.add_argument("--pairs", type=int, default=10)
    parser.add_argument("--seconds", type=int, default=3, help="length of each wrk run")
    parser.add_argument("--sentences", type=int, default=100_000)
    arguments = parser.parse_args(argv)
    figures = compare(
        arguments.other_tree, arguments.app, arguments.pairs, arguments.seconds, arguments.sentences
    )
    print(json.dumps(figures), flush=True)


if __name__ == "__main__":
    main()
