"""Benchmark candidate retrieval on the synthetic news corpus: speed, recall, memory, start-up.

For each size it builds a ``SentenceIndex``, draws claims from random indexed sentences
(altered, fragment, ellipsis, exact; deterministic), and prints one JSON line with latency
percentiles (per-claim median of several runs), recall per claim kind, a brute-force rapidfuzz
``partial_ratio`` scan for comparison, the load time and memory of a snapshot loaded in a
fresh worker process, the time to replace one document (the change-log replay rate) and the
load average, since the machine may be shared.

    python -m bench.retrieval --quick            # 100k sentences
    python -m bench.retrieval --sizes 10000 100000 1000000
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from rapidfuzz import fuzz

from bench.claims import KINDS, SEED, Claim, ClaimMaker
from bench.corpus import generate_articles
from bench.timing import RUNS, brute_force_scan_ms, latencies_ms, percentile
from service.retrieval import Candidate, SentenceIndex, snapshot


def benchmark(size: int, claims_per_kind: int) -> dict[str, object]:
    """Build an index of about ``size`` sentences and measure it; one JSON-ready dict."""
    texts = list(generate_articles(size, SEED))
    started = time.perf_counter()
    index = SentenceIndex()
    for document_id, text in enumerate(texts):
        index.add_document(document_id, text)
    build_s = time.perf_counter() - started
    maker = ClaimMaker(index, texts, SEED)
    claims = {kind: maker.claims(kind, claims_per_kind) for kind in KINDS}
    every = [claim for kind in KINDS for claim in claims[kind]]
    recall = {f"recall_{kind}": _recall(index, texts, claims[kind]) for kind in KINDS}
    candidates = latencies_ms(lambda claim: index.candidates(claim.text), every, time.perf_counter)
    verify = latencies_ms(
        lambda claim: _verify_estimate(index, texts, claim), every, time.perf_counter
    )
    # CPU time of this thread: what a query costs when it is not waiting for a shared CPU.
    candidates_cpu = latencies_ms(
        lambda claim: index.candidates(claim.text), every, time.thread_time
    )
    brute_force_ms, scanned = brute_force_scan_ms(index, texts, every)
    return {
        "sentences": len(index),
        "documents": len(texts),
        "build_s": round(build_s, 2),
        **_load_in_worker(index),
        "candidates_p50_ms": percentile(candidates, 0.5),
        "candidates_p95_ms": percentile(candidates, 0.95),
        "verify_estimate_p50_ms": percentile(verify, 0.5),
        "verify_estimate_p95_ms": percentile(verify, 0.95),
        "candidates_cpu_p50_ms": percentile(candidates_cpu, 0.5),
        "candidates_cpu_p95_ms": percentile(candidates_cpu, 0.95),
        **recall,
        "candidate_recall": min(recall.values()),
        "claims_per_kind": claims_per_kind,
        "brute_force_ms": round(brute_force_ms, 1),
        "brute_force_scanned_sentences": scanned,
        "brute_force_extrapolated": scanned < len(index),
        "brute_force_ratio": round(brute_force_ms / percentile(candidates, 0.5)),
        "brute_force_ratio_verify": round(brute_force_ms / percentile(verify, 0.5)),
        "replace_document_ms": _replace_ms(index, texts),
        "load_average_1m": round(os.getloadavg()[0], 2),
    }


def _replace_ms(index: SentenceIndex, texts: list[str]) -> float:
    """Median time to replace one document, as replaying a change log does (run last: it leaves
    dead slots behind)."""
    timings = []
    for document_id in range(0, len(texts), max(1, len(texts) // 100)):
        started = time.perf_counter()
        index.add_document(document_id, texts[document_id])
        timings.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(timings), 2)


def _recall(index: SentenceIndex, texts: list[str], claims: list[Claim]) -> float:
    """The share of claims with a candidate that covers their source span, or overlaps it and
    holds every word of the claim, or is an identical text elsewhere."""
    found = 0
    for claim in claims:
        source = texts[claim.document_id][claim.start : claim.end]
        for candidate in index.candidates(claim.text):
            if _finds(claim, candidate) or _text(texts, candidate) == source:
                found += 1
                break
    return round(found / len(claims), 4)


def _finds(claim: Claim, candidate: Candidate) -> bool:
    if candidate.document_id != claim.document_id:
        return False
    if candidate.start <= claim.start and claim.end <= candidate.end:
        return True
    return candidate.start < claim.end and claim.start < candidate.end and candidate.score == 1.0


def _text(texts: list[str], candidate: Candidate) -> str:
    return texts[candidate.document_id][candidate.start : candidate.end]


def _verify_estimate(index: SentenceIndex, texts: list[str], claim: Claim) -> None:
    """Candidates plus a rapidfuzz alignment of the claim with each: about what verify costs."""
    for candidate in index.candidates(claim.text):
        fuzz.partial_ratio_alignment(claim.text, _text(texts, candidate), processor=str.lower)


def _load_in_worker(index: SentenceIndex) -> dict[str, object]:
    """Save a snapshot, then load it in a fresh process: load time and resident memory."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "index.snapshot"
        started = time.perf_counter()
        snapshot.save(index, path, log_position=0)
        save_s = time.perf_counter() - started
        command = [sys.executable, "-m", "bench.retrieval", "--measure-load", str(path)]
        root = Path(__file__).resolve().parent.parent
        output = subprocess.run(command, cwd=root, check=True, capture_output=True, text=True)
        size_mb = path.stat().st_size / 2**20
    return {
        "snapshot_mb": round(size_mb, 1),
        "snapshot_save_s": round(save_s, 2),
        **json.loads(output.stdout),
    }


def measure_load(path: Path) -> dict[str, float]:
    """Load the snapshot at ``path`` ``RUNS`` times: median seconds; after the first load, the
    memory the index added and the whole process's (Python, numpy, rapidfuzz and the index)."""
    before, timings, worker = _resident_mb(), [], 0.0
    for _ in range(RUNS):
        started = time.perf_counter()
        index, _ = snapshot.load(path)
        timings.append(time.perf_counter() - started)
        worker = worker or _resident_mb()
        del index
        gc.collect()
    return {
        "snapshot_load_s": round(statistics.median(timings), 3),
        "index_rss_mb": round(worker - before, 1),
        "worker_rss_mb": round(worker, 1),
    }


def _resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Benchmark candidate retrieval.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--quick", action="store_true", help="only 100k sentences")
    parser.add_argument("--claims", type=int, default=500, help="claims per kind")
    parser.add_argument("--measure-load", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.measure_load:
        print(json.dumps(measure_load(arguments.measure_load)))
        return
    for size in [100_000] if arguments.quick else arguments.sizes:
        print(json.dumps(benchmark(size, arguments.claims)), flush=True)


if __name__ == "__main__":
    main()
