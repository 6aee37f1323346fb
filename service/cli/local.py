"""The local backend: the service layer called directly on the configured database."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError

from schemas.documents import DocumentCreateSchema
from schemas.drafts import CheckRequestSchema, CheckResultSchema
from schemas.verification import VerificationSchema, VerifyRequestSchema
from service.api.problems import flatten_messages
from service.cli.backends import DocumentRejected, IngestOutcome, RequestRejected, describe_errors
from service.config import Config
from service.corpus.ingest import ingest_document
from service.formats import html_to_text
from service.setup import prepare_database
from service.store import build_engine
from service.verification.drafts import check_draft
from service.verification.records import save_results
from service.verification.verifier import ClaimRequest, Verifier

REQUESTED_BY = "quotecheck command line"
TOO_LONG = "Longer than this service accepts."


class LocalBackend:
    """The database of ``config``, migrated (and seeded when new) on opening; it validates
    with the API's own schemas, so a document refused here is refused by the service too."""

    def __init__(self, config: Config) -> None:
        prepare_database(config)
        self.config = config
        self.engine = build_engine(config.database_url)
        self.verifier = Verifier(self.engine, config.thresholds)

    def close(self) -> None:
        self.engine.dispose()

    def ingest(self, fields: dict[str, Any]) -> IngestOutcome:
        document = _load(DocumentCreateSchema(), fields, DocumentRejected)
        if document.pop("format") == "html":
            document["text"] = html_to_text(document["text"])
            if not document["text"]:
                raise DocumentRejected("text: The HTML has no readable text.")
        if len(document["text"]) > self.config.max_document_chars:
            raise DocumentRejected(f"text: {TOO_LONG}")
        result = ingest_document(self.engine, document)
        if not result.created:
            return "unchanged"
        return "new_version" if result.version > 1 else "added"

    def verify(self, quote: str, speaker: str | None) -> dict[str, Any]:
        claim = _load(VerifyRequestSchema(), {"quote": quote, "speaker": speaker}, RequestRejected)
        if len(claim["quote"]) > self.config.max_quote_chars:
            raise RequestRejected(f"quote: Longer than {self.config.max_quote_chars} characters.")
        result = self.verifier.verify([ClaimRequest.of(claim)])[0]
        dumped: dict[str, Any] = VerificationSchema().dump(result)
        return dumped

    def check(self, text: str, text_format: str) -> dict[str, Any]:
        request = _load(
            CheckRequestSchema(), {"text": text, "format": text_format}, RequestRejected
        )
        if len(request["text"]) > self.config.max_document_chars:
            raise RequestRejected(f"text: {TOO_LONG}")
        draft = html_to_text(request["text"]) if request["format"] == "html" else request["text"]
        checked = check_draft(self.verifier, draft)
        # Stored as POST /v1/check stores them, so an editor can review a local check too.
        ids = save_results(self.engine, [q["result"] for q in checked["quotes"]], REQUESTED_BY)
        for quote, verification_id in zip(checked["quotes"], ids, strict=True):
            quote["verification_id"] = verification_id
            quote["result"]["verification_id"] = verification_id
        dumped: dict[str, Any] = CheckResultSchema().dump({**checked, "text": draft})
        return dumped


def _load(schema: Schema, fields: dict[str, Any], error: type[ValueError]) -> dict[str, Any]:
    try:
        loaded: dict[str, Any] = schema.load(fields)
    except ValidationError as invalid:
        messages = invalid.messages if isinstance(invalid.messages, dict) else {}
        raise error(describe_errors(flatten_messages(messages))) from invalid
    return loaded
