"""Benchmark the service end to end on a synthetic news corpus; one JSON line per size.

For each size: ingest the corpus into a fresh SQLite file (extraction included), load a
worker's verifier, verify altered / fragment / ellipsis / exact claims in-process, scan the
corpus by brute force for the baseline, then serve it under gunicorn (2 workers) and load it
with wrk beside a bare Flask endpoint and the same verify work behind the thinnest Flask view
(``bench/verify_ceiling.py``), check a 1,500-word draft over HTTP, and verify again on
PostgreSQL. Ratios (brute force ÷ verify, HTTP ÷ in-process) survive a noisy machine.

    python -m bench.service --quick      # 100k sentences
    python -m bench.service              # 10k, 100k, 1M, each in a fresh process
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench import http_rounds
from bench.claims import KINDS, SEED, Claim, ClaimMaker
from bench.corpus import generate_articles
from bench.postgres_copy import copied_to_postgres
from bench.timing import brute_force_scan_ms, latencies_ms, percentile
from service.config import Config
from service.corpus.ingest import ingest_document
from service.matching import Thresholds
from service.setup import prepare_database
from service.store import build_engine
from service.verification.verifier import ClaimRequest, Verifier

INGEST_TIMED = 500


def benchmark(size: int, claims_per_kind: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        figures: dict[str, Any] = {"sentences": 0, **ingest_corpus(url, size)}
        verifier, ready_s = loaded_verifier(url)
        texts = current_texts(verifier)
        figures["sentences"] = len(verifier.corpus.sentences)
        figures["index_build_s"] = round(ready_s, 2)
        maker = ClaimMaker(verifier.corpus.sentences, texts, SEED)  # type: ignore[arg-type]
        claims = [claim for kind in KINDS for claim in maker.claims(kind, claims_per_kind)]
        figures.update(in_process(verifier, claims))
        brute_ms, _ = brute_force_scan_ms(verifier.corpus.sentences, texts, claims)  # type: ignore[arg-type]
        figures["brute_force_ms"] = round(brute_ms, 1)
        figures["brute_force_ratio"] = round(brute_ms / figures["verify_p50_ms"])
        figures.update(http_rounds.over_http(url, claims, verifier, texts))
        figures.update(on_postgres(url, claims))
        figures["pg_p95_ratio"] = round(figures["pg_verify_p95_ms"] / figures["verify_p95_ms"], 2)
        return figures


def ingest_corpus(url: str, size: int) -> dict[str, Any]:
    """Ingest every article; the rate is timed over the first ``INGEST_TIMED`` articles."""
    prepare_database(Config(database_url=url, seeds_dir="/nonexistent"))
    engine = build_engine(url)
    articles = list(generate_articles(size, SEED))
    started = time.perf_counter()
    for position, text in enumerate(articles):
        ingest_document(engine, {"text": text, "external_id": f"bench-{position}"})
        if position + 1 == INGEST_TIMED:
            timed_s = time.perf_counter() - started
    engine.dispose()
    timed = min(INGEST_TIMED, len(articles))
    rate = (
        timed / timed_s
        if len(articles) >= INGEST_TIMED
        else len(articles) / (time.perf_counter() - started)
    )
    return {"documents": len(articles), "ingest_articles_per_s": round(rate, 1)}


def loaded_verifier(url: str) -> tuple[Verifier, float]:
    """A worker's verifier with its index loaded from the database, and the load time."""
    verifier = Verifier(build_engine(url), Thresholds())
    started = time.perf_counter()
    verifier.corpus.refresh(verifier.engine)
    elapsed = time.perf_counter() - started
    # As the gunicorn master does after loading the index (service/serving.py).
    gc.collect()
    gc.freeze()
    return verifier, elapsed


def in_process(verifier: Verifier, claims: list[Claim]) -> dict[str, Any]:
    latencies = latencies_ms(
        lambda claim: verifier.verify([ClaimRequest(claim.text)]), claims, time.perf_counter
    )
    recall = {
        f"recall_{kind}": _candidate_recall(verifier, [c for c in claims if c.kind == kind])
        for kind in KINDS
    }
    return {
        "verify_p50_ms": percentile(latencies, 0.5),
        "verify_p95_ms": percentile(latencies, 0.95),
        "verify_p99_ms": percentile(latencies, 0.99),
        "verify_per_s": round(1000 / statistics.mean(latencies), 1),
        **recall,
        "candidate_recall": min(
            recall[f"recall_{kind}"] for kind in ("altered", "fragment", "ellipsis")
        ),
    }


def on_postgres(url: str, claims: list[Claim]) -> dict[str, Any]:
    with copied_to_postgres(url) as postgres_url:
        verifier, _ = loaded_verifier(postgres_url)
        latencies = latencies_ms(
            lambda claim: verifier.verify([ClaimRequest(claim.text)]), claims, time.perf_counter
        )
        verifier.engine.dispose()
    return {
        "pg_verify_p50_ms": percentile(latencies, 0.5),
        "pg_verify_p95_ms": percentile(latencies, 0.95),
    }


def _candidate_recall(verifier: Verifier, claims: list[Claim]) -> float:
    found = 0
    for claim in claims:
        windows = verifier.corpus.sentences.candidates(claim.text, limit=20)
        found += any(
            w.document_id == claim.document_id and w.start <= claim.start and claim.end <= w.end
            for w in windows
        )
    return round(found / len(claims), 4)


def current_texts(verifier: Verifier) -> dict[int, str]:
    from sqlalchemy import text

    with verifier.engine.connect() as connection:
        return {
            int(i): str(t)
            for i, t in connection.execute(text("SELECT id, text FROM documents WHERE is_current"))
        }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Benchmark the service end to end.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--quick", action="store_true", help="only 100k sentences")
    parser.add_argument("--claims", type=int, default=200, help="claims per kind")
    arguments = parser.parse_args(argv)
    sizes = [100_000] if arguments.quick else arguments.sizes
    if len(sizes) == 1:
        print(json.dumps(benchmark(sizes[0], arguments.claims)), flush=True)
        return
    # Each size in a fresh process: a size's figures (ingest above all) must not carry what
    # the sizes before it left in memory.
    for size in sizes:
        command = ["--sizes", str(size), "--claims", str(arguments.claims)]
        subprocess.run([sys.executable, "-m", "bench.service", *command], check=True)


if __name__ == "__main__":
    main()
