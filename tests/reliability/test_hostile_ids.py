"""Numbers beyond any database id name nothing: 404 or 422, never an overflow in the driver.

Found by schemathesis (tests/reliability/test_api_fuzzing.py): ``/v1/documents/10**25`` was a
500 on SQLite ("Python int too large") and ``/v1/documents/2**31`` one on PostgreSQL (32-bit
``integer`` out of range).
"""

from __future__ import annotations

import base64
import json

import pytest
from flask.testing import FlaskClient

TOO_BIG_FOR_POSTGRESQL = 2**31
TOO_BIG_FOR_SQLITE = 10**25


def forged_cursor(position: int) -> str:
    raw = json.dumps({"p": position}).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def requests_naming(number: int) -> list[tuple[str, str, dict | None]]:
    cursor = forged_cursor(number)
    return [
        ("GET", f"/v1/documents/{number}", None),
        ("GET", f"/v1/documents/{number}/versions", None),
        ("DELETE", f"/v1/documents/{number}", None),
        ("GET", f"/v1/speakers/{number}", None),
        ("GET", f"/v1/verifications/{number}", None),
        ("GET", f"/v1/verifications/{number}/claimreview", None),
        ("POST", f"/v1/verifications/{number}/review", {"verdict": "verified"}),
        ("GET", f"/v1/quotes?document_id={number}", None),
        ("GET", f"/v1/quotes?speaker={number}", None),
        ("POST", "/v1/verify", {"quote": "It works", "document_id": number}),
        ("POST", "/v1/verify/batch", {"claims": [{"quote": "It works", "document_id": number}]}),
        ("GET", f"/v1/documents?cursor={cursor}", None),
        ("GET", f"/v1/quotes?cursor={cursor}", None),
        ("GET", f"/v1/speakers?cursor={cursor}", None),
        ("GET", f"/v1/verifications?cursor={cursor}", None),
    ]


@pytest.mark.parametrize("number", [TOO_BIG_FOR_POSTGRESQL, TOO_BIG_FOR_SQLITE])
def test_an_id_beyond_the_database_integer_is_a_client_error(
    client: FlaskClient, number: int
) -> None:
    for method, url, body in requests_naming(number):
        response = client.open(url, method=method, json=body)
        assert response.status_code in (200, 404, 422), (method, url, response.status_code)
        if response.status_code == 200:
            assert response.get_json()["items"] == [], (method, url)


@pytest.mark.parametrize("speaker", ["²", "١٢", "007"])
def test_a_speaker_filter_of_unusual_digits_is_an_answer(client: FlaskClient, speaker: str) -> None:
    response = client.get("/v1/quotes", query_string={"speaker": speaker})
    assert response.status_code == 200 and response.get_json()["items"] == []
