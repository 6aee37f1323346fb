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
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from bench.corpus import FIRST_NAMES, NOUNS, SURNAMES, generate_articles
from service.retrieval import Candidate, SentenceIndex, snapshot

SEED = 20261129
RUNS = 3
BRUTE_FORCE_SAMPLE = 200_000
BRUTE_FORCE_CLAIMS = 5
AUXILIARIES = {"will", "would", "could", "must", "did", "can", "may"}
KINDS = ("altered", "fragment", "ellipsis", "exact")


@dataclass(frozen=True, slots=True)
class Claim:
    """A claimed quote and the span (document, start, end) it was drawn from."""

    kind: str
    text: str
    document_id: int
    start: int
    end: int


class ClaimMaker:
    """Draws claims of each kind from random sentences of an index, deterministically."""

    def __init__(self, index: SentenceIndex, texts: list[str], seed: int) -> None:
        self.index, self.texts, self.rng = index, texts, random.Random(seed)

    def claims(self, kind: str, count: int) -> list[Claim]:
        make = getattr(self, kind)
        return [make() for _ in range(count)]

    def exact(self) -> Claim:
        slot, words = self._sentence(minimum_words=4)
        text = " ".join(words)
        variant = self.rng.choice((str.upper, str.lower, _straighten, _curl))
        return self._claim("exact", variant(text), slot, slot)

    def altered(self) -> Claim:
        slot, words = self._sentence(minimum_words=8)
        for _ in range(self.rng.choice((1, 2))):
            alteration = self.rng.choice((_negate, _renumber, _rename, _reword))
            words = alteration(self.rng, words)
        return self._claim("altered", " ".join(words), slot, slot)

    def fragment(self) -> Claim:
        slot, words = self._sentence(minimum_words=12)
        at = self.rng.randrange(len(words) - 7)
        return self._claim("fragment", " ".join(words[at : at + 7]), slot, slot)

    def ellipsis(self) -> Claim:
        dots = self.rng.choice(("...", "…", " . . . "))
        slot, words = self._sentence(minimum_words=12)
        following = self._words(slot + 1) if self._same_document(slot, slot + 1) else []
        if following and self.rng.random() < 0.5:
            text = f"{' '.join(words[-5:])} {dots} {' '.join(following[:5])}"
            return self._claim("ellipsis", text, slot, slot + 1)
        text = f"{' '.join(words[:4])} {dots} {' '.join(words[-4:])}"
        return self._claim("ellipsis", text, slot, slot)

    def _sentence(self, minimum_words: int) -> tuple[int, list[str]]:
        """A random sentence slot with enough words, and its words (the quotation if any)."""
        while True:
            slot = self.rng.randrange(len(self.index.documents))
            words = self._words(slot)
            if len(words) >= minimum_words:
                return slot, words

    def _words(self, slot: int) -> list[str]:
        text = self._text(slot, slot)
        quoted = re.search(r"“([^”]+)”", text)
        return (quoted.group(1) if quoted else text).split()

    def _text(self, first: int, last: int) -> str:
        document = self.texts[self.index.documents[first]]
        return document[self.index.starts[first] : self.index.ends[last]]

    def _same_document(self, slot: int, other: int) -> bool:
        documents = self.index.documents
        return other < len(documents) and documents[other] == documents[slot]

    def _claim(self, kind: str, text: str, first: int, last: int) -> Claim:
        index = self.index
        return Claim(kind, text, index.documents[first], index.starts[first], index.ends[last])


def _negate(rng: random.Random, words: list[str]) -> list[str]:
    if "not" in words:
        return [word for word in words if word != "not"]
    at = next((i for i, word in enumerate(words) if word.lower() in AUXILIARIES), None)
    at = rng.randrange(len(words)) if at is None else at
    return [*words[: at + 1], "not", *words[at + 1 :]]


def _renumber(rng: random.Random, words: list[str]) -> list[str]:
    numbers = [i for i, word in enumerate(words) if any(c.isdigit() for c in word)]
    if not numbers:
        return _reword(rng, words)
    return _replace(words, rng.choice(numbers), str(rng.randint(2, 9999)))


def _rename(rng: random.Random, words: list[str]) -> list[str]:
    names = [i for i, word in enumerate(words) if i and word[:1].isupper()]
    if not names:
        return _reword(rng, words)
    return _replace(words, rng.choice(names), rng.choice(SURNAMES + FIRST_NAMES))


def _reword(rng: random.Random, words: list[str]) -> list[str]:
    long_words = [i for i, word in enumerate(words) if len(word) > 3] or list(range(len(words)))
    return _replace(words, rng.choice(long_words), rng.choice(NOUNS))


def _replace(words: list[str], at: int, word: str) -> list[str]:
    return [*words[:at], word, *words[at + 1 :]]


def _straighten(text: str) -> str:
    return text.replace("’", "'").replace("“", '"').replace("”", '"')


def _curl(text: str) -> str:
    return f"“{text.replace(chr(39), '’')}”"


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
    candidates = _latencies_ms(lambda claim: index.candidates(claim.text), every, time.perf_counter)
    verify = _latencies_ms(
        lambda claim: _verify_estimate(index, texts, claim), every, time.perf_counter
    )
    # CPU time of this thread: what a query costs when it is not waiting for a shared CPU.
    candidates_cpu = _latencies_ms(
        lambda claim: index.candidates(claim.text), every, time.thread_time
    )
    brute_force_ms, scanned = _brute_force_ms(index, texts, every)
    return {
        "sentences": len(index),
        "documents": len(texts),
        "build_s": round(build_s, 2),
        **_load_in_worker(index),
        "candidates_p50_ms": _percentile(candidates, 0.5),
        "candidates_p95_ms": _percentile(candidates, 0.95),
        "verify_estimate_p50_ms": _percentile(verify, 0.5),
        "verify_estimate_p95_ms": _percentile(verify, 0.95),
        "candidates_cpu_p50_ms": _percentile(candidates_cpu, 0.5),
        "candidates_cpu_p95_ms": _percentile(candidates_cpu, 0.95),
        **recall,
        "candidate_recall": min(recall.values()),
        "claims_per_kind": claims_per_kind,
        "brute_force_ms": round(brute_force_ms, 1),
        "brute_force_scanned_sentences": scanned,
        "brute_force_extrapolated": scanned < len(index),
        "brute_force_ratio": round(brute_force_ms / _percentile(candidates, 0.5)),
        "brute_force_ratio_verify": round(brute_force_ms / _percentile(verify, 0.5)),
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


def _latencies_ms(
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


def _percentile(sorted_values: list[float], fraction: float) -> float:
    return round(sorted_values[min(len(sorted_values) - 1, int(fraction * len(sorted_values)))], 3)


def _brute_force_ms(
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
