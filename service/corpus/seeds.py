"""The default corpus: documents in ``seeds/`` loaded into a database that has never held any."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from service.corpus.ingest import ingest_document
from service.store import read_transaction
from service.store.documents import corpus_ever_changed

METADATA_FILE = "metadata.json"


def load_seeds(engine: Engine, seeds_dir: Path) -> int:
    """Ingest every seed document unless the corpus has ever held a document (so a newsroom
    that deleted the seeds does not get them back); returns how many were loaded."""
    with read_transaction(engine) as connection:
        if corpus_ever_changed(connection):
            return 0
    metadata = _read_metadata(seeds_dir)
    loaded = 0
    for path in sorted(seeds_dir.glob("*.txt")):
        fields = {"text": path.read_text(encoding="utf-8"), **metadata.get(path.name, {})}
        loaded += ingest_document(engine, fields).created
    return loaded


def _read_metadata(seeds_dir: Path) -> dict[str, dict[str, Any]]:
    path = seeds_dir / METADATA_FILE
    if not path.exists():
        return {}
    metadata: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return metadata
