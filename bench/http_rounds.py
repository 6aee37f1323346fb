"""The HTTP figures of ``make bench``: the service under gunicorn (2 workers) loaded by wrk
in paired rounds beside the same verify work behind the thinnest Flask view, the bare
endpoint's rate, ``/v1/check`` on a 1,500-word draft, worker memory and start-up."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any

from bench import cores, http_load
from bench.claims import Claim
from bench.timing import percentile
from service.verification.verifier import ClaimRequest, Verifier

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
