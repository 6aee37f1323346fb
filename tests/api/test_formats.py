"""HTML pages and ninjs items ingest to the same quotes as their plain text."""

from __future__ import annotations

import html

import pytest
from flask.testing import FlaskClient

from tests.formats.test_ninjs import NINJS_1, NINJS_3

NINJS = "application/vnd.iptc.ninjs+json"


def quote_texts(document: dict) -> list[str]:
    return [quote["text"] for quote in document["quotes"]]


@pytest.fixture
def paragraphs(seed_text: str) -> list[str]:
    return [line for line in seed_text.splitlines() if line.strip()]


def test_html_article_gives_the_quotes_of_its_plain_text(
    client: FlaskClient, paragraphs: list[str]
) -> None:
    plain = client.post("/v1/documents", json={"text": "\n\n".join(paragraphs)}).get_json()
    page = (
        "<html><head><script>track()</script></head><body><nav>Menu</nav><article>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    response = client.post("/v1/documents", json={"text": page, "format": "html"})
    assert response.status_code == 200  # the same text as the plain document: not duplicated
    assert response.get_json()["id"] == plain["id"]
    assert quote_texts(response.get_json()) == quote_texts(plain) and quote_texts(plain)


@pytest.mark.parametrize("item", [NINJS_1, NINJS_3], ids=["ninjs-1.x", "ninjs-3.0"])
def test_ninjs_item_is_stored_with_its_metadata_and_quotes(client: FlaskClient, item: dict) -> None:
    response = client.post("/v1/documents", json=item, headers={"Content-Type": NINJS})
    assert response.status_code == 201
    document = response.get_json()
    assert document["external_id"] == item["uri"] and document["title"] == "Bridge to be rebuilt"
    assert document["byline"] == "By A. Reporter" and document["language"] == "en"
    assert document["published_at"] == "2024-04-23T10:00:00+00:00"
    plain = client.post("/v1/documents", json={"text": document["text"] + " "}).get_json()
    assert quote_texts(document) == quote_texts(plain) == ["We will rebuild,"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"uri": "x", "headline": "No body"}, "bodies"),
        ({"uri": "x", "body_text": "Text.", "versioncreated": "yesterday"}, "published_at"),
        ({"uri": "x", "bodies": [{"role": "main"}]}, "bodies.0.value"),
    ],
)
def test_unusable_ninjs_is_a_422_naming_the_field(
    client: FlaskClient, body: dict, field: str
) -> None:
    response = client.post("/v1/documents", json=body, headers={"Content-Type": NINJS})
    assert response.status_code == 422 and field in response.get_json()["errors"]
    assert client.get("/v1/stats").get_json()["documents"] == 0


def test_html_without_readable_text_is_a_422_on_text(client: FlaskClient) -> None:
    response = client.post("/v1/documents", json={"text": "<script>x()</script>", "format": "html"})
    assert response.status_code == 422 and "text" in response.get_json()["errors"]
