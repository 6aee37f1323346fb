"""Preparing a database for service: schema migrations, then the seed corpus if it is new."""

from __future__ import annotations

import logging
from pathlib import Path

from service.config import Config
from service.corpus.seeds import load_seeds
from service.store import build_engine, upgrade_to_head

logger = logging.getLogger(__name__)


def prepare_database(config: Config) -> int:
    """Migrate to the newest schema and load the seeds into a fresh corpus; idempotent.

    Returns the number of seed documents loaded.
    """
    engine = build_engine(config.database_url)
    try:
        upgrade_to_head(engine)
        seeds_dir = Path(config.seeds_dir or "seeds")
        loaded = load_seeds(engine, seeds_dir) if seeds_dir.is_dir() else 0
    finally:
        engine.dispose()
    logger.info("database ready (%d seed documents loaded)", loaded)
    return loaded
