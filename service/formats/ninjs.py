"""IPTC ninjs items (versions 1.x to 3.0) as document fields.

ninjs 1.x names the parts ``headline``, ``body_text``/``body_html``, ``byline`` and
``versioncreated``; 2.x keeps ``versioncreated`` but moves to ``headlines``, ``bodies`` and ``by``;
3.0 writes ``versionCreated``. All of them are read; the first usable value wins.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from service.formats.html import html_to_text

_MAIN_ROLES = (None, "", "main", "body", "text")


class NinjsError(ValueError):
    """The item has no usable body; ``field`` names what was missing."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def ninjs_to_document(item: Mapping[str, Any]) -> dict[str, Any]:
    """Document fields from a ninjs item: text, title, byline, published_at (as given),
    language and external_id (the item's ``uri``). Raises NinjsError without a body."""
    text = _body_text(item)
    if not text.strip():
        raise NinjsError("bodies", "The item has no body text.")
    return {
        "text": text,
        "title": _headline(item),
        "byline": _byline(item),
        "published_at": item.get("versionCreated") or item.get("versioncreated"),
        "language": item.get("language"),
        "external_id": item.get("uri"),
    }


def _body_text(item: Mapping[str, Any]) -> str:
    bodies = _main_first(item.get("bodies") or [])
    plain = [b.get("value") for b in bodies if _content_type(b) == "text/plain"]
    html = [b.get("value") for b in bodies if _content_type(b) == "text/html"]
    plain.append(item.get("body_text"))
    html.append(item.get("body_html"))
    for value in plain:
        if isinstance(value, str) and value.strip():
            return value
    for value in html:
        if isinstance(value, str) and value.strip():
            return html_to_text(value)
    return ""


def _main_first(parts: Sequence[Any]) -> list[Mapping[str, Any]]:
    usable = [part for part in parts if isinstance(part, Mapping)]
    return sorted(usable, key=lambda part: part.get("role") not in _MAIN_ROLES)


def _content_type(part: Mapping[str, Any]) -> str:
    declared = part.get("contenttype") or part.get("contentType") or "text/plain"
    return str(declared).split(";")[0].strip().lower()


def _headline(item: Mapping[str, Any]) -> str | None:
    for headline in _main_first(item.get("headlines") or []):
        if isinstance(headline.get("value"), str):
            return str(headline["value"])
    value = item.get("headline")
    return value if isinstance(value, str) else None


def _byline(item: Mapping[str, Any]) -> str | None:
    value = item.get("by") or item.get("byline")
    return value if isinstance(value, str) else None
