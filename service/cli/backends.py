"""Where the command line's work is done: the local database or a running service.

Both backends take and give the same plain data (the API's JSON shapes), so every command
prints the same whichever one it talks to.
"""

from __future__ import annotations

from typing import Any, Literal, Protocol

IngestOutcome = Literal["added", "unchanged", "new_version"]


class DocumentRejected(ValueError):
    """The document was refused; the message says why (e.g. ``text: Must contain some text.``)."""


class RequestRejected(ValueError):
    """A verify or check request was refused as invalid; the message says why."""


class ServiceUnavailable(RuntimeError):
    """The service could not be reached or answered something unusable."""


class Backend(Protocol):
    def ingest(self, fields: dict[str, Any]) -> IngestOutcome:
        """Store one document (JSON-ready fields, plain text). Raises DocumentRejected."""
        ...

    def verify(self, quote: str, speaker: str | None) -> dict[str, Any]:
        """The verification of one claim, as ``POST /v1/verify`` answers it."""
        ...

    def check(self, text: str, text_format: str) -> dict[str, Any]:
        """Every quote of a draft verified, as ``POST /v1/check`` answers it."""
        ...

    def close(self) -> None: ...


def describe_errors(errors: dict[str, list[str]]) -> str:
    """``{"text": ["Must contain some text."]}`` → ``text: Must contain some text.``"""
    return "; ".join(f"{field}: {' '.join(messages)}" for field, messages in errors.items())
