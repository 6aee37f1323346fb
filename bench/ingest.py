"""Ingest speed alone: the first 500 synthetic articles into a fresh SQLite file, as
bench/service.py times them, several runs; one JSON line with medians.

    python -m bench.ingest [--runs 5] [--articles 500]

``ingest_articles_per_s`` is wall clock, defined as in bench/service.py; ``cpu_articles_per_s``
uses the process's CPU time, which other jobs on a shared machine do not skew. The split is
of CPU time per article: extraction, time inside the SQLite driver (statements and commits),
and the rest (SQLAlchemy, hashing, building rows). The timing hooks cost a few µs a statement.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import event

import service.corpus.ingest as ingest_module
from bench.claims import SEED
from bench.corpus import generate_articles
from service.config import Config
from service.setup import prepare_database
from service.store import build_engine


class _Clock:
    """CPU seconds spent inside wrapped calls."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds += time.process_time() - started

        return timed


def one_run(articles: list[str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        prepare_database(Config(database_url=url, seeds_dir="/nonexistent"))
        engine = build_engine(url)
        extraction, driver = _Clock(), _Clock()
        original_extract = ingest_module.extract_quotes
        ingest_module.extract_quotes = extraction.wrap(original_extract)
        _time_driver(engine, driver)
        try:
            wall, cpu = _ingest_all(engine, articles)
        finally:
            ingest_module.extract_quotes = original_extract
            engine.dispose()
    per_article_ms = 1000 / len(articles)
    return {
        "wall": len(articles) / wall,
        "cpu": len(articles) / cpu,
        "extraction_ms": extraction.seconds * per_article_ms,
        "driver_ms": driver.seconds * per_article_ms,
        "other_ms": (cpu - extraction.seconds - driver.seconds) * per_article_ms,
    }


def _ingest_all(engine: Any, articles: list[str]) -> tuple[float, float]:
    """(wall-clock, CPU) seconds to ingest every article, one call each as bench/service.py."""
    wall, cpu = time.perf_counter(), time.process_time()
    for position, text in enumerate(articles):
        ingest_module.ingest_document(engine, {"text": text, "external_id": f"bench-{position}"})
    return time.perf_counter() - wall, time.process_time() - cpu


def _time_driver(engine: Any, clock: _Clock) -> None:
    """Count the CPU time of every DBAPI execute, executemany and commit."""

    def before(*_args: Any) -> None:
        clock.seconds -= time.process_time()

    def after(*_args: Any) -> None:
        clock.seconds += time.process_time()

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    engine.dialect.do_commit = clock.wrap(engine.dialect.do_commit)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Benchmark ingest alone.")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", type=int, default=500)
    arguments = parser.parse_args(argv)
    articles = list(generate_articles(100_000, SEED))[: arguments.articles]
    runs = [one_run(articles) for _ in range(arguments.runs)]

    def median(key: str, digits: int = 1) -> float:
        return round(statistics.median(run[key] for run in runs), digits)

    print(
        json.dumps(
            {
                "articles": len(articles),
                "runs": len(runs),
                "ingest_articles_per_s": median("wall"),
                "cpu_articles_per_s": median("cpu"),
                "extraction_ms": median("extraction_ms", 3),
                "driver_ms": median("driver_ms", 3),
                "other_ms": median("other_ms", 3),
            }
        )
    )


if __name__ == "__main__":
    main()
