"""JSON reading and writing: ``service.json_codec`` (orjson) against the standard library.

On the seed corpus's own documents: a verify response (the largest JSON a verify request
writes), a claim body (what it reads) and an access-log line. Each figure is the median of
several runs, in µs per call, with the standard library's time over the codec's.

    python -m bench.json_codec
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from service import json_codec
from service.app import create_app
from service.config import Config
from service.setup import prepare_database

RUNS = 7
CALLS = 2000
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CLAIM = {
    "quote": "China really wants to be the center of the election campaign",
    "speaker": "Bonnie Glaser",
}


def per_call_us(work: Callable[[], object]) -> float:
    runs = []
    for _ in range(RUNS):
        started = time.perf_counter()
        for _ in range(CALLS):
            work()
        runs.append((time.perf_counter() - started) / CALLS * 1e6)
    return statistics.median(runs)


def seed_response() -> dict[str, Any]:
    """What ``POST /v1/verify`` answers for an altered claim on the seed corpus."""
    with tempfile.TemporaryDirectory() as folder:
        config = Config(database_url=f"sqlite:///{folder}/bench.db", seeds_dir=str(SEEDS))
        prepare_database(config)
        response = create_app(config).test_client().post("/v1/verify", json=CLAIM)
        document: dict[str, Any] = response.get_json()
        return document


def compared(name: str, standard: Callable[[], object], codec: Callable[[], object]) -> dict:
    standard_us, codec_us = per_call_us(standard), per_call_us(codec)
    return {
        f"{name}_json_us": round(standard_us, 2),
        f"{name}_codec_us": round(codec_us, 2),
        f"{name}_ratio": round(standard_us / codec_us, 1),
    }


def main() -> None:
    response = seed_response()
    body = json.dumps(CLAIM).encode()
    line: dict[str, object] = {"time": "2026-12-07T13:00:00+00:00", "level": "info"}
    line |= {"message": "request", "request_id": "0" * 32, "path": "/v1/verify", "status": 200}
    figures = {"response_bytes": len(json.dumps(response))}
    # Flask's own writing: sorted keys, ASCII escapes, compact.
    flask_writes = {"sort_keys": True, "separators": (",", ":"), "default": str}
    figures |= compared(
        "response",
        lambda: json.dumps(response, **flask_writes),  # type: ignore[arg-type]
        lambda: json_codec.dumps(response, str, sort_keys=True),
    )
    figures |= compared("body", lambda: json.loads(body), lambda: json_codec.loads(body))
    figures |= compared(
        "log_line", lambda: json.dumps(line, default=str), lambda: json_codec.dumps(line, str)
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
