"""The web blueprint: two pages and their static assets, all sent with security headers."""

from __future__ import annotations

from flask import Blueprint, render_template

from schemas.documents import DOCUMENT_KINDS
from service.web.headers import add_security_headers

web_blueprint = Blueprint(
    "web",
    __name__,
    template_folder="templates",
    static_folder="static",
    static_url_path="/assets",
)
web_blueprint.after_request(add_security_headers)


@web_blueprint.get("/")
def editor_page() -> str:
    """Paste a draft, see each quote's verdict, open its evidence, review it."""
    return render_template("editor.html", page="editor")


@web_blueprint.get("/sources")
def sources_page() -> str:
    """The documents and speakers of the corpus, and a form to add a document."""
    return render_template("sources.html", page="sources", kinds=DOCUMENT_KINDS)
