"""``/v1/documents``: ingest, list, fetch and delete source documents."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import abort

from schemas.common import PageArgsSchema, ProblemSchema
from schemas.documents import (
    DocumentCreateSchema,
    DocumentPageSchema,
    DocumentSchema,
    DocumentVersionsSchema,
)
from schemas.ninjs import NinjsSchema
from service.api.base import Blueprint, not_found
from service.api.document_body import NINJS_MIMETYPE, load_document_request
from service.api.pagination import decode_cursor, page
from service.api.problems import PROBLEM_MIMETYPE
from service.api.state import app_state
from service.corpus.catalog import document_with_quotes
from service.corpus.ingest import ingest_document, remove_document
from service.store import documents as document_store
from service.store import read_transaction

INGEST_REQUEST_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": DocumentCreateSchema},
        NINJS_MIMETYPE: {"schema": NinjsSchema},
    },
}

blp = Blueprint("documents", __name__, url_prefix="/v1/documents", description="Source documents")


@blp.route("")
class Documents(MethodView):
    @blp.arguments(PageArgsSchema, location="query")
    @blp.response(200, DocumentPageSchema)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """List current documents, newest first."""
        with read_transaction(app_state().engine) as connection:
            rows = document_store.list_documents(
                connection, before_id=decode_cursor(args["cursor"]), limit=args["limit"] + 1
            )
        return page([dict(row) for row in rows], args["limit"])

    @blp.doc(requestBody=INGEST_REQUEST_BODY)
    @blp.response(201, DocumentSchema, description="Stored, with its extracted quotes.")
    @blp.alt_response(200, schema=DocumentSchema, description="Already stored: the existing one.")
    @blp.alt_response(
        422,
        schema=ProblemSchema,
        content_type=PROBLEM_MIMETYPE,
        description="Invalid fields, named in errors.",
    )
    def post(self) -> tuple[dict[str, Any], int]:
        """Ingest a document; the same text (or external_id and text) again is not duplicated.

        Send JSON fields (``format: html`` when ``text`` is a web page), or a whole IPTC ninjs
        item with ``Content-Type: application/vnd.iptc.ninjs+json``.
        """
        fields = load_document_request()
        state = app_state()
        if len(fields["text"]) > state.config.max_document_chars:
            abort(422, messages={"json": {"text": ["Longer than this service accepts."]}})
        result = ingest_document(state.engine, fields)
        return _fetch(result.document_id), 201 if result.created else 200


@blp.route("/<int:document_id>")
class Document(MethodView):
    @blp.response(200, DocumentSchema)
    def get(self, document_id: int) -> dict[str, Any]:
        """A document with its quotes (any version, current or not)."""
        return _fetch(document_id)

    @blp.response(204)
    def delete(self, document_id: int) -> None:
        """Delete a document and its quotes."""
        if not remove_document(app_state().engine, document_id):
            not_found(f"document {document_id}")


@blp.route("/<int:document_id>/versions")
class DocumentVersions(MethodView):
    @blp.response(200, DocumentVersionsSchema)
    def get(self, document_id: int) -> dict[str, Any]:
        """Every version of the story this document belongs to, newest first."""
        with read_transaction(app_state().engine) as connection:
            document = document_store.get_document(connection, document_id)
            if document is None:
                not_found(f"document {document_id}")
            if document["external_id"] is None:
                return {"items": [document]}
            return {"items": document_store.list_versions(connection, document["external_id"])}


def _fetch(document_id: int) -> dict[str, Any]:
    with read_transaction(app_state().engine) as connection:
        document = document_with_quotes(connection, document_id)
    if document is None:
        not_found(f"document {document_id}")
    return document
