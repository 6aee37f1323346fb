"""The pages as the server sends them: security headers, and nothing inline a CSP would block."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from selectolax.lexbor import LexborHTMLParser

from service.web.headers import SECURITY_HEADERS

STATIC_DIR = Path(__file__).resolve().parents[2] / "service" / "web" / "static"
PAGES = ["/", "/sources"]


@pytest.mark.parametrize("path", [*PAGES, "/assets/editor.js", "/assets/style.css"])
def test_pages_and_assets_carry_the_security_headers(client: FlaskClient, path: str) -> None:
    with client.get(path) as response:
        assert response.status_code == 200
        headers = response.headers
    for name, value in SECURITY_HEADERS.items():
        assert headers[name] == value
    assert "script-src 'self';" in headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_have_no_inline_script_style_or_event_handler(client: FlaskClient, path: str) -> None:
    page = LexborHTMLParser(client.get(path).get_data(as_text=True))
    scripts = page.css("script")
    assert scripts and all(script.attributes.get("src") for script in scripts)
    assert all(not script.text().strip() for script in scripts)
    assert not page.css("style") and not page.css("[style]")
    for node in page.css("*"):
        assert not [name for name in node.attributes if name.lower().startswith("on")]


@pytest.mark.parametrize("path", PAGES)
def test_every_form_field_has_a_label(client: FlaskClient, path: str) -> None:
    page = LexborHTMLParser(client.get(path).get_data(as_text=True))
    labelled = {label.attributes.get("for") for label in page.css("label")}
    fields = page.css("input, textarea, select")
    assert fields and all(field.attributes.get("id") in labelled for field in fields)


def test_scripts_are_served_as_javascript_modules(client: FlaskClient) -> None:
    with client.get("/assets/editor.js") as response:
        assert response.mimetype == "text/javascript"


@pytest.mark.parametrize("script", sorted(STATIC_DIR.glob("*.js")), ids=lambda path: path.name)
def test_scripts_never_turn_data_into_markup(script: Path) -> None:
    source = script.read_text(encoding="utf-8")
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", source)
