"""Timing helpers shared by the benchmarks: per-claim latencies, percentiles, and the
brute-force rapidfuzz scan every speed figure is compared with."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from rapidfuzz import fuzz, process

from bench.claims import Claim
from service.retrieval import SentenceIndex

RUNS = 3
BRUTE_FORCE_SAMPLE = 200_000
BRUTE_FORCE_CLAIMS = 5


def latencies_ms(
    run: Callable[[Claim], object], claims: list[Claim], clock: Callable[[], float]
) -> list[float]:
    """Per-claim median over ``RUNS`` runs of ``clock``, in milliseconds, sorted."""
    runs: list[list[float]] = [[] for _ in claims]
    for _ in range(RUNS):
        for timings, claim in zip(runs, claims, strict=True):
            started = clock()
            run(claim)
            timings.append((clock() - started) * 1000)
    return sorted(statistics.median(timings) for timings in runs)


def percentile(sorted_values: list[float], fraction: float) -> float:
    return round(sorted_values[min(len(sorted_values) - 1, int(fraction * len(sorted_values)))], 3)


def brute_force_scan_ms(
    index: SentenceIndex, texts: list[str], claims: list[Claim]
) -> tuple[float, int]:
    """Median time of a full ``partial_ratio`` scan; beyond the sample size it is extrapolated
    linearly from a scan of the first ``BRUTE_FORCE_SAMPLE`` sentences."""
    scanned = min(len(index.documents), BRUTE_FORCE_SAMPLE)
    columns = zip(
        index.documents[:scanned], index.starts[:scanned], index.ends[:scanned], strict=True
    )
    sentences = [texts[document][start:end] for document, start, end in columns]
    timings = []
    for claim in claims[:: len(claims) // BRUTE_FORCE_CLAIMS][:BRUTE_FORCE_CLAIMS]:
        started = time.perf_counter()
        process.extractOne(claim.text, sentences, scorer=fuzz.partial_ratio)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings) * len(index) / scanned, scanned
