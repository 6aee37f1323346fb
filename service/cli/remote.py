"""The remote backend: a running Quotecheck service, over HTTP with the standard library."""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from typing import Any

from service.cli.backends import (
    DocumentRejected,
    IngestOutcome,
    RequestRejected,
    ServiceUnavailable,
    describe_errors,
)

API_KEY_VARIABLE = "QUOTECHECK_API_KEY"
TIMEOUT_S = 120


class RemoteBackend:
    """The service at ``base_url``; the key in ``QUOTECHECK_API_KEY`` goes as ``X-API-Key``."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = os.environ.get(API_KEY_VARIABLE) or None

    def close(self) -> None:
        pass

    def ingest(self, fields: dict[str, Any]) -> IngestOutcome:
        status, body = self._post("/v1/documents", fields)
        if status == 200:
            return "unchanged"
        if status == 201:
            return "new_version" if body.get("version", 1) > 1 else "added"
        raise DocumentRejected(_problem_text(status, body))

    def verify(self, quote: str, speaker: str | None) -> dict[str, Any]:
        return self._answer("/v1/verify", {"quote": quote, "speaker": speaker})

    def check(self, text: str, text_format: str) -> dict[str, Any]:
        return self._answer("/v1/check", {"text": text, "format": text_format})

    def _answer(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        status, body = self._post(path, payload)
        if status != 200:
            raise RequestRejected(_problem_text(status, body))
        return body

    def _post(self, path: str, payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        request = urllib.request.Request(
            self.base_url + path,
            data=json.dumps(payload).encode("utf-8"),
            headers={"Content-Type": "application/json", "Accept": "application/json"},
            method="POST",
        )
        if self.api_key:
            request.add_header("X-API-Key", self.api_key)
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
                return response.status, _json_object(response.read())
        except urllib.error.HTTPError as error:
            return error.code, _json_object(error.read())
        except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
            reason = getattr(error, "reason", error)
            raise ServiceUnavailable(f"cannot reach {self.base_url}: {reason}") from error


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        body = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _problem_text(status: int, problem: dict[str, Any]) -> str:
    """A problem document as one line: the field errors when there are any, else the detail."""
    if status in (401, 403):
        return f"{status} {problem.get('title', 'refused')}: check {API_KEY_VARIABLE}"
    errors = problem.get("errors")
    if isinstance(errors, dict) and errors:
        return describe_errors(errors)
    return f"{status} {problem.get('detail') or problem.get('title') or 'error'}"
