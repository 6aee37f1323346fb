"""Text no database can store is refused up front with a 422 naming the field.

Found by schemathesis (tests/reliability/test_api_fuzzing.py): a NUL character was a 500 on
PostgreSQL ("text fields cannot contain NUL"), and a lone surrogate, which the JSON escape
``\\ud800`` decodes to, a 500 on both databases (it has no UTF-8 form).
"""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

NUL = "\\u0000"
LONE_SURROGATE = "\\ud800"

BODIES = [
    pytest.param("/v1/documents", '{"text": "“Hi%s,” Jane Doe said."}', "text", id="document"),
    pytest.param("/v1/documents", '{"text": "Hello.", "title": "a%s"}', "title", id="title"),
    pytest.param("/v1/verify", '{"quote": "hi%s there", "save": true}', "quote", id="verify"),
    pytest.param(
        "/v1/verify/batch", '{"claims": [{"quote": "a%s"}]}', "claims.0.quote", id="batch"
    ),
    pytest.param("/v1/check", '{"text": "“Hi%s,” Jane Doe said."}', "text", id="check"),
]


@pytest.mark.parametrize("character", [NUL, LONE_SURROGATE], ids=["nul", "lone-surrogate"])
@pytest.mark.parametrize(("url", "body", "field"), BODIES)
def test_unstorable_character_in_a_body_is_refused_naming_the_field(
    client: FlaskClient, url: str, body: str, field: str, character: str
) -> None:
    response = client.post(url, data=body % character, content_type="application/json")
    assert response.status_code == 422, response.get_data(as_text=True)
    assert field in response.get_json()["errors"]
    assert client.get("/v1/stats").get_json()["documents"] == 0


@pytest.mark.parametrize(
    "url", ["/v1/quotes?q=a%00", "/v1/quotes?speaker=%00", "/v1/speakers?q=%00"]
)
def test_nul_in_a_query_is_refused_naming_the_parameter(client: FlaskClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 422
    assert set(response.get_json()["errors"]) <= {"q", "speaker"}


@pytest.mark.parametrize(
    "nested",
    [
        "[" * 100_000 + "]" * 100_000,
        # Just past what orjson reads (1,024 levels), so the standard library's parser gets it.
        "[" * 1_100 + "]" * 1_100,
        '{"quote": ' + '{"a": ' * 1_100 + "1" + "}" * 1_101,
    ],
    ids=["100000-lists", "1100-lists", "1100-objects"],
)
def test_deeply_nested_body_is_an_answer_not_a_crash(client: FlaskClient, nested: str) -> None:
    response = client.post("/v1/verify", data=nested, content_type="application/json")
    assert 400 <= response.status_code < 500


@pytest.mark.parametrize(("url", "body", "field"), BODIES)
def test_raw_surrogate_bytes_in_a_body_are_refused_naming_the_field(
    client: FlaskClient, url: str, body: str, field: str
) -> None:
    # Python's JSON decoder lets a UTF-8-encoded surrogate (no escape) through as itself.
    raw = (body % "\ud800").encode("utf-8", "surrogatepass")
    response = client.post(url, data=raw, content_type="application/json")
    assert response.status_code == 422, response.get_data(as_text=True)
    assert field in response.get_json()["errors"]
    assert client.get("/v1/stats").get_json()["documents"] == 0


def test_escaped_nul_in_a_utf16_body_is_refused_naming_the_field(client: FlaskClient) -> None:
    # JSON may come in UTF-16, where the escape's bytes are not contiguous.
    body = ('{"quote": "hi' + NUL + ' there"}').encode("utf-16-le")
    response = client.post("/v1/verify", data=body, content_type="application/json")
    assert response.status_code == 422, response.get_data(as_text=True)
    assert "quote" in response.get_json()["errors"]
