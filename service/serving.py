"""Gunicorn settings for every deployment (``make run``, Docker, ``quotecheck serve``).

Read by ``gunicorn.conf.py`` at the top of the repository and by ``quotecheck serve``.
"""

from __future__ import annotations

import gc
import logging
import os
import time
from pathlib import Path
from typing import Any

from gunicorn import glogging

from service.config import Config
from service.logs import configure_logging
from service.setup import prepare_database
from service.store import build_engine
from service.verification.corpus_index import CorpusIndex

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY") or os.cpu_count() or 1)
wsgi_app = "service.wsgi:app"
# The sync worker with a deadline on each wait for a client, closing at once after an answer
# when the client sent nothing more (service/client_timeout.py).
worker_class = "service.client_timeout.ClientTimeoutSyncWorker"
# Each request is logged by the app as one JSON line with its request id.
accesslog = None
logger_class = "service.serving.AppLogsRequests"
# Gunicorn's own messages as JSON lines too, like the app's.
logconfig_dict = {
    "version": 1,
    "formatters": {"json": {"()": "service.logs.JsonFormatter"}},
    "filters": {"client_timeouts": {"()": "service.client_timeout.ClientTimeoutsAreInfo"}},
    "handlers": {"json": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["json"], "level": "INFO"},
    "loggers": {
        "gunicorn.error": {
            "handlers": ["json"],
            "level": "INFO",
            "propagate": False,
            "filters": ["client_timeouts"],
        },
    },
}
timeout = 60
graceful_timeout = 30


class AppLogsRequests(glogging.Logger):
    """Gunicorn's logger without its access line: the app logs every request itself, with
    its request id. (With a logging config set, gunicorn would build an access line's
    fields for every request even with ``accesslog`` unset: 2% of a fast request.)"""

    def _compute_access_log_enabled(self) -> bool:
        return False


def on_starting(server: Any) -> None:
    """Migrate and seed once, in the master, before any worker forks."""
    configure_logging()
    config = Config.from_environment()
    prepare_database(config)
    _preload_corpus_index(config)
    if not config.require_api_keys:
        logging.getLogger("quotecheck").warning(
            "serving OPEN on loopback: no API keys required, no rate limit; "
            "set QUOTECHECK_REQUIRE_KEYS=true or bind beyond loopback to require keys"
        )


def post_fork(server: Any, worker: Any) -> None:
    _forked_at[:] = [time.perf_counter()]
    configure_logging()


_forked_at: list[float] = []


_preloaded: list[CorpusIndex] = []


def _preload_corpus_index(config: Config) -> None:
    """Load the candidate index once in the master: each worker forks with it (the big
    arrays stay shared pages) and only replays the changes since, so it is ready at once."""
    engine = build_engine(config.database_url)
    started = time.perf_counter()
    snapshot = Path(config.index_snapshot) if config.index_snapshot else None
    _preloaded[:] = [CorpusIndex.loaded(engine, snapshot)]
    engine.dispose()
    # Move what was loaded out of the cyclic collector's sight: workers would otherwise scan
    # (and, by touching, copy) the index's objects at every collection.
    gc.collect()
    gc.freeze()
    logging.getLogger("quotecheck").info(
        "candidate index loaded",
        extra={
            "sentences": len(_preloaded[0].sentences),
            "seconds": round(time.perf_counter() - started, 2),
        },
    )


def preloaded_corpus_index() -> CorpusIndex | None:
    """The master's index in a forked worker; None outside gunicorn."""
    return _preloaded[0] if _preloaded else None


def post_worker_init(worker: Any) -> None:
    """Load the candidate index before the first request, so a new worker answers at once."""
    state = worker.wsgi.extensions["quotecheck"]
    state.verifier.corpus.refresh(state.engine)
    ready_s = round(time.perf_counter() - _forked_at[0], 3) if _forked_at else None
    logging.getLogger("quotecheck").info("worker ready", extra={"seconds": ready_s})
