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
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from bench import cores, http_load
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
# A first pass over the claims through both workers before the timed wrk runs.
WARM_UP_S = 3
# The HTTP rate is measured in rounds, each right after an in-process pass over the same
# claims: a shared machine's speed drifts by a tenth over a minute, and a ratio of two rates
# measured seconds apart survives that drift; the figures are the rounds' medians.
HTTP_ROUNDS = 5
ROUND_S = 4
# Each round also runs two forked copies of the verifier at once for this long (bench/cores.py).
TWIN_S = 2
# The same verify work behind the thinnest Flask view: what http_ratio can reach with Flask.
CEILING_APP = "bench.verify_ceiling:app"


def benchmark(size: int, claims_per_kind: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        figures: dict[str, Any] = {"sentences": 0, **ingest_corpus(url, size)}
        verifier, ready_s = loaded_verifier(url)
        texts = _texts(verifier)
        figures["sentences"] = len(verifier.corpus.sentences)
        figures["index_build_s"] = round(ready_s, 2)
        maker = ClaimMaker(verifier.corpus.sentences, texts, SEED)  # type: ignore[arg-type]
        claims = [claim for kind in KINDS for claim in maker.claims(kind, claims_per_kind)]
        figures.update(in_process(verifier, claims))
        brute_ms, _ = brute_force_scan_ms(verifier.corpus.sentences, texts, claims)  # type: ignore[arg-type]
        figures["brute_force_ms"] = round(brute_ms, 1)
        figures["brute_force_ratio"] = round(brute_ms / figures["verify_p50_ms"])
        figures.update(over_http(url, claims, verifier, texts))
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


def over_http(
    url: str, claims: list[Claim], verifier: Verifier, texts: dict[int, str]
) -> dict[str, Any]:
    bodies: list[dict[str, object]] = [{"quote": claim.text} for claim in claims]
    with http_load.gunicorn("bench.bare_app:app", 2, {}) as (base, _master):
        http_load.wrk(base, bodies, seconds=WARM_UP_S)
        bare = http_load.wrk(base, bodies)
    env = {"DATABASE_URL": url, "QUOTECHECK_SEEDS_DIR": "/nonexistent"}
    started = time.perf_counter()
    with http_load.gunicorn("service.wsgi:app", 2, env, service_settings=True) as (base, master):
        start_s = time.perf_counter() - started
        ready_s = http_load.worker_ready_s(master)
        with http_load.gunicorn(CEILING_APP, 2, env, service_settings=True) as (ceiling, _):
            # The in-process figures are warm (each claim's median of three runs); so are these.
            http_load.wrk(base, bodies, seconds=WARM_UP_S)
            http_load.wrk(ceiling, bodies, seconds=WARM_UP_S)
            # Each round loads the two servers in turn, the service first every other round.
            orders = [(base, ceiling), (ceiling, base)]
            with _twins(verifier, claims) as twin_rate:
                rounds = [
                    _paired_round(orders[number % 2], bodies, verifier, claims, twin_rate)
                    for number in range(HTTP_ROUNDS)
                ]
        check_ms = _check_latencies(base, texts)
        rss = http_load.worker_rss_mb(master)
    served = [round_[base] for round_ in rounds]
    ceilings = [round_[ceiling] for round_ in rounds]
    return {
        "http_verify_per_s": _median(served, "rps", 1),
        "http_verify_p50_ms": _median(served, "p50_ms", 2),
        "http_verify_p95_ms": _median(served, "p95_ms", 2),
        "http_errors": sum(int(rate["errors"]) for rate in served),
        "http_ratio": _median(served, "ratio", 3),
        "http_ratio_rounds": [round(rate["ratio"], 3) for rate in served],
        "flask_ceiling_ratio": _median(ceilings, "ratio", 3),
        "two_core_scaling": _median(served, "two_core_scaling", 3),
        "http_vs_two_cores": _median(served, "vs_two_cores", 3),
        "bare_endpoint_per_s": round(bare["rps"], 1),
        "check_p50_ms": percentile(check_ms, 0.5),
        "check_p95_ms": percentile(check_ms, 0.95),
        "worker_rss_mb": rss,
        "worker_ready_s": round(ready_s, 3),
        "server_start_s": round(start_s, 2),
    }


def _twins(verifier: Verifier, claims: list[Claim]) -> AbstractContextManager[Callable[[], float]]:
    """Two forked copies of the in-process verifier (bench/cores.py)."""
    return cores.twin_verifiers(
        lambda quote: verifier.verify([ClaimRequest(quote)]),
        [claim.text for claim in claims],
        TWIN_S,
        after_fork=lambda: verifier.engine.dispose(close=False),
    )


def _paired_round(
    bases: Sequence[str],
    bodies: list[dict[str, object]],
    verifier: Verifier,
    claims: list[Claim],
    twin_rate: Callable[[], float],
) -> dict[str, dict[str, float]]:
    """One pass over the claims in-process (one core) and one run of two copies at once (two
    cores), then a wrk run on each server in turn: its HTTP rate, that rate's ratio to twice
    the single-core rate (``http_ratio``) and to the two copies' rate, and the copies' rate
    over twice the single-core rate (what the second core gives)."""
    started = time.perf_counter()
    for claim in claims:
        verifier.verify([ClaimRequest(claim.text)])
    single_per_s = len(claims) / (time.perf_counter() - started)
    two_cores_per_s = twin_rate()
    rates = {base: http_load.wrk(base, bodies, seconds=ROUND_S) for base in bases}
    return {
        base: {
            **rate,
            "ratio": rate["rps"] / (2 * single_per_s),
            "vs_two_cores": rate["rps"] / two_cores_per_s,
            "two_core_scaling": two_cores_per_s / (2 * single_per_s),
        }
        for base, rate in rates.items()
    }


def _median(rounds: Sequence[dict[str, float]], key: str, digits: int) -> float:
    return round(statistics.median(served[key] for served in rounds), digits)


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


def _check_latencies(base: str, texts: dict[int, str], drafts: int = 12) -> list[float]:
    """A 1,500-word draft (quotes from the corpus, some altered) through /v1/check."""
    ordered = [texts[key] for key in sorted(texts)]
    timings = []
    for number in range(drafts):
        words: list[str] = []
        for text in ordered[number * 3 :]:
            words.extend(text.replace("not ", "").split())
            if len(words) >= 1500:
                break
        elapsed, _ = http_load.post_json(f"{base}/v1/check", {"text": " ".join(words[:1500])})
        timings.append(elapsed)
    return sorted(timings)


def _candidate_recall(verifier: Verifier, claims: list[Claim]) -> float:
    found = 0
    for claim in claims:
        windows = verifier.corpus.sentences.candidates(claim.text, limit=20)
        found += any(
            w.document_id == claim.document_id and w.start <= claim.start and claim.end <= w.end
            for w in windows
        )
    return round(found / len(claims), 4)


def _texts(verifier: Verifier) -> dict[int, str]:
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
