"""Bulk ingest: every document of the given files and folders, through one backend.

Each document is stored in its own transaction and an unchanged document is skipped, so a run
that was interrupted is completed by running it again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from service.cli.backends import Backend, DocumentRejected
from service.cli.progress import Progress
from service.cli.sources import count_documents, read_documents, source_files

OUTCOME_LABELS = {
    "added": "added",
    "unchanged": "unchanged (already in)",
    "new_version": "new versions",
}


@dataclass
class IngestSummary:
    """Documents per outcome, and each failure as ``origin: reason``."""

    outcomes: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)


def ingest_sources(
    backend: Backend, arguments: Sequence[Path], default_kind: str, progress_stream: TextIO
) -> IngestSummary:
    """Ingest every document found; a failure is noted and the run goes on."""
    files = source_files(arguments)
    progress = Progress(sum(count_documents(path) for path in files), progress_stream)
    summary = IngestSummary()
    for path in files:
        for item in read_documents(path, default_kind):
            if item.fields is None:
                summary.failures.append(f"{item.origin}: {item.problem}")
            else:
                _ingest_one(backend, item.origin, item.fields, summary)
            progress.advance()
    progress.finish()
    return summary


def _ingest_one(
    backend: Backend, origin: str, fields: dict[str, Any], summary: IngestSummary
) -> None:
    try:
        summary.outcomes[backend.ingest(fields)] += 1
    except DocumentRejected as rejected:
        summary.failures.append(f"{origin}: {rejected}")


def summary_report(summary: IngestSummary) -> str:
    """The summary as lines for a reader: a count per outcome, then each failure."""
    lines = [
        f"{summary.outcomes[outcome]:>6}  {label}" for outcome, label in OUTCOME_LABELS.items()
    ]
    lines.append(f"{len(summary.failures):>6}  failed")
    lines.extend(f"        {failure}" for failure in summary.failures)
    return "\n".join(lines) + "\n"
