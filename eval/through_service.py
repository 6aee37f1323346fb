"""The claim benchmark through the service itself: the articles ingested into a throw-away
SQLite database (extraction, speaker index, store) and every claim verified by a worker's
``Verifier`` (candidate index, sources from the store, matching core), as ``POST /v1/verify``
does."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from service.config import Config
from service.corpus.ingest import ingest_document
from service.matching import Thresholds
from service.setup import prepare_database
from service.store import build_engine
from service.verification.verifier import ClaimRequest, Verifier


class ServiceVerifier:
    """Verdicts from the service's own verification path over ingested articles."""

    def __init__(self, articles: Sequence[dict[str, Any]]) -> None:
        self._folder = tempfile.TemporaryDirectory()
        url = f"sqlite:///{Path(self._folder.name) / 'claims.db'}"
        prepare_database(Config(database_url=url, seeds_dir=str(Path(self._folder.name))))
        engine = build_engine(url)
        for article in articles:
            fields = {"text": article["text"], "external_id": article["id"]}
            fields.update({k: article[k] for k in ("title", "publisher") if article.get(k)})
            ingest_document(engine, fields)
        self.verifier = Verifier(engine, Thresholds())

    def verdict(self, quote: str, speaker: str | None) -> str:
        verdict: str = self.verifier.verify([ClaimRequest(quote, speaker)])[0]["verdict"]
        return verdict

    def close(self) -> None:
        self.verifier.engine.dispose()
        self._folder.cleanup()
