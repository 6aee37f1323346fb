"""``/docs``: the interactive API documentation, served from this service with no CDN."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, send_from_directory
from swagger_ui_bundle import swagger_ui_path

from service.web.headers import CONTENT_SECURITY_POLICY, SECURITY_HEADERS

_HERE = Path(__file__).resolve().parent / "docs_assets"

docs_blueprint = Blueprint("docs", __name__)
# Swagger UI sets style attributes as it renders, so only styles may be inline here.
DOCS_HEADERS = {
    **SECURITY_HEADERS,
    "Content-Security-Policy": CONTENT_SECURITY_POLICY.replace(
        "style-src 'self'", "style-src 'self' 'unsafe-inline'"
    ),
}


@docs_blueprint.after_request
def add_docs_headers(response: Response) -> Response:
    response.headers.update(DOCS_HEADERS)
    return response


@docs_blueprint.get("/docs")
def docs_page() -> Response:
    return send_from_directory(_HERE, "docs.html")


@docs_blueprint.get("/docs/init.js")
def docs_initializer() -> Response:
    return send_from_directory(_HERE, "init.js")


@docs_blueprint.get("/docs/assets/<path:filename>")
def docs_asset(filename: str) -> Response:
    return send_from_directory(swagger_ui_path, filename)
