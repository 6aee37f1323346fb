"""Verifying claims against the corpus: candidates from the index, judgement by the core."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine

from service.matching import Claim, Span, Thresholds, verify_claim
from service.verification.corpus_index import CorpusIndex
from service.verification.present import verification_view
from service.verification.sources import Source, SourceCache

CANDIDATE_WINDOWS = 20
# Passages holding less of the claim's word weight than this share of the best passage's are
# not aligned (nor are documents with no other): they share a few words, not the quote. The
# altered and ellipsis claims of bench/service.py keep their source at these settings.
RELATIVE_SCORE_FLOOR = 0.6
MAX_CANDIDATE_DOCUMENTS = 8


@dataclass(frozen=True)
class ClaimRequest:
    """A claim and where to look for it."""

    quote: str
    speaker: str | None = None
    document_id: int | None = None
    publisher: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    @classmethod
    def of(cls, fields: Mapping[str, Any]) -> ClaimRequest:
        """From validated request fields (absent filters are None)."""
        return cls(
            quote=fields["quote"],
            speaker=fields.get("speaker"),
            document_id=fields.get("document_id"),
            publisher=fields.get("publisher"),
            since=fields.get("since"),
            until=fields.get("until"),
        )


class UnknownDocument(LookupError):
    """A claim named a document that does not exist."""


class OverBudget(TimeoutError):
    """The claims took longer than the request's time budget; ``done`` of ``total`` were."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__(f"verified {done} of {total} claims within the time budget")
        self.done, self.total = done, total


class Verifier:
    """One worker's verifier: its candidate index and source cache over one database."""

    def __init__(
        self, engine: Engine, thresholds: Thresholds, corpus: CorpusIndex | None = None
    ) -> None:
        self.engine = engine
        self.thresholds = thresholds
        self.sources = SourceCache()
        self.corpus = corpus or CorpusIndex()
        self.corpus.report_removals_to(self.sources.forget)

    def verify(
        self, claims: Sequence[ClaimRequest], budget_s: float | None = None
    ) -> list[dict[str, Any]]:
        """A verification view per claim, in order. Raises UnknownDocument, and
        OverBudget when the claims take longer than ``budget_s`` seconds."""
        deadline = None if budget_s is None else time.monotonic() + budget_s
        results: list[dict[str, Any]] = []
        # The change log alone is read on every request; sources not cached yet are read in
        # a snapshot of their own (a document removed since is simply not found).
        self.corpus.catch_up_from(self.engine)
        for claim in claims:
            if deadline is not None and time.monotonic() > deadline:
                raise OverBudget(len(results), len(claims))
            results.append(self._verify_one(claim))
        return results

    def _verify_one(self, claim: ClaimRequest) -> dict[str, Any]:
        sources, passages = self._candidate_sources(claim)
        documents = tuple(source.document for source in sources)
        verification = verify_claim(
            Claim(claim.quote, claim.speaker), documents, self.thresholds, passages
        )
        return verification_view(
            claim.quote, verification, {s.document.document_id: s for s in sources}
        )

    def _candidate_sources(self, claim: ClaimRequest) -> tuple[list[Source], dict[int, list[Span]]]:
        """The sources to align and, unless the claim names its document (which is aligned
        whole), the passages of each that the index found."""
        if claim.document_id is not None:
            sources = self.sources.sources_for(self.engine, [claim.document_id])
            if not sources:
                raise UnknownDocument(claim.document_id)
            return sources, {}
        # A publisher or date filter is applied to every document the index found, not only
        # to the best few: the one asked for may rank below others that hold the same words.
        filtered = bool(claim.publisher or claim.since or claim.until)
        documents = CANDIDATE_WINDOWS if filtered else MAX_CANDIDATE_DOCUMENTS
        passages = self._candidate_passages(claim.quote, documents)
        sources = self.sources.sources_for(self.engine, list(passages))
        kept = [source for source in sources if _passes_filters(source.metadata, claim)]
        return kept[:MAX_CANDIDATE_DOCUMENTS], passages

    def _candidate_passages(self, quote: str, documents: int) -> dict[int, list[Span]]:
        """Up to ``documents`` documents worth aligning, best first, each with its passages
        that score at least the floor (overlapping and adjacent ones are aligned as one
        stretch, so a claim running across sentences is still aligned whole)."""
        windows = self.corpus.candidates(quote, limit=CANDIDATE_WINDOWS)
        if not windows:
            return {}
        floor = RELATIVE_SCORE_FLOOR * max(window.score for window in windows)
        kept = [window for window in windows if window.score >= floor]
        chosen = list(dict.fromkeys(window.document_id for window in kept))[:documents]
        passages: dict[int, list[Span]] = {document_id: [] for document_id in chosen}
        for window in kept:
            if window.document_id in passages:
                passages[window.document_id].append(Span(window.start, window.end))
        return passages


def _passes_filters(metadata: dict[str, Any], claim: ClaimRequest) -> bool:
    """The claim's publisher and date filters; an undated document passes no date filter."""
    publisher = metadata["publisher"]
    if claim.publisher and (publisher or "").casefold() != claim.publisher.casefold():
        return False
    published = metadata["published_at"]
    if claim.since and (published is None or published < claim.since):
        return False
    return not (claim.until and (published is None or published > claim.until))
