"""IPTC ninjs items of every version become the same document fields."""

from __future__ import annotations

import pytest

from service.formats import ninjs_to_document
from service.formats.ninjs import NinjsError

BODY = "“We will rebuild,” Jane Doe said."

NINJS_1 = {
    "uri": "urn:newsml:example.com:20240423:bridge",
    "type": "text",
    "headline": "Bridge to be rebuilt",
    "body_text": BODY,
    "byline": "By A. Reporter",
    "versioncreated": "2024-04-23T10:00:00Z",
    "language": "en",
}
NINJS_2 = {
    "uri": "urn:newsml:example.com:20240423:bridge",
    "headlines": [{"role": "main", "value": "Bridge to be rebuilt"}],
    "bodies": [{"role": "main", "contenttype": "text/html", "value": f"<p>{BODY}</p>"}],
    "by": "By A. Reporter",
    "versioncreated": "2024-04-23T10:00:00Z",
    "language": "en",
}
NINJS_3 = {
    "uri": "urn:newsml:example.com:20240423:bridge",
    "headlines": [{"role": "main", "value": "Bridge to be rebuilt"}],
    "bodies": [
        {"role": "summary", "contentType": "text/plain", "value": "A short summary."},
        {"role": "main", "contentType": "text/plain", "value": BODY},
    ],
    "by": "By A. Reporter",
    "versionCreated": "2024-04-23T10:00:00Z",
    "language": "en",
}


@pytest.mark.parametrize("item", [NINJS_1, NINJS_2, NINJS_3], ids=["1.x", "2.x", "3.0"])
def test_every_ninjs_version_gives_the_same_document(item: dict) -> None:
    assert ninjs_to_document(item) == {
        "text": BODY,
        "title": "Bridge to be rebuilt",
        "byline": "By A. Reporter",
        "published_at": "2024-04-23T10:00:00Z",
        "language": "en",
        "external_id": "urn:newsml:example.com:20240423:bridge",
    }


def test_an_item_without_a_body_is_refused_naming_bodies() -> None:
    with pytest.raises(NinjsError) as refused:
        ninjs_to_document({"uri": "x", "headline": "Only a headline"})
    assert refused.value.field == "bodies"
