"""JSON through orjson reads and writes what the standard library would, falling back to it
wherever orjson refuses; the API's bodies and responses go through it."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st

from service import json_codec

# Within 64 bits: orjson reads a larger integer as a float (see test_huge_integer below).
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),  # lone surrogates included
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=20,
)


@given(JSON_VALUES)
def test_reading_gives_what_the_standard_library_gives(value: Any) -> None:
    for written in (json.dumps(value), json.dumps(value, ensure_ascii=False)):
        assert json_codec.loads(written) == json.loads(written)
        encoded = written.encode("utf-8", "surrogatepass")
        assert json_codec.loads(encoded) == json.loads(encoded)


@given(JSON_VALUES)
def test_writing_reads_back_as_the_same_value(value: Any) -> None:
    assert json.loads(json_codec.dumps(value, str)) == value


@pytest.mark.parametrize(
    "text",
    [
        b'{"a": NaN, "b": -Infinity}',  # orjson refuses what json reads
        b'["\\ud800"]',  # a lone surrogate escape
        '{"a": "é"}'.encode("utf-16"),  # not UTF-8
        b"1e400",
    ],
)
def test_what_orjson_refuses_is_read_by_the_standard_library(text: bytes) -> None:
    assert repr(json_codec.loads(text)) == repr(json.loads(text))


@pytest.mark.parametrize("text", [b"", b"{", b'{"a": 1,}', b"\xff"])
def test_malformed_json_raises_a_value_error_as_the_standard_library_does(text: bytes) -> None:
    with pytest.raises(ValueError):
        json_codec.loads(text)


def test_huge_integer_is_read_as_a_float() -> None:
    assert json_codec.loads(b"123456789012345678901234567890") == pytest.approx(1.2345678e29)


def test_writing_sorts_keys_on_request_and_hands_other_types_to_default() -> None:
    moment = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)
    written = json_codec.dumps({"b": moment, 2: "’", "a": [1]}, str, sort_keys=True)
    assert written == '{"2":"’","a":[1],"b":"2026-12-07 13:00:00+00:00"}'.encode()


def test_a_lone_surrogate_is_written_as_an_escape() -> None:
    assert json_codec.dumps({"text": "a\ud800"}, str) == b'{"text":"a\\ud800"}'


def test_a_response_is_utf8_with_sorted_keys(client: FlaskClient) -> None:
    client.post("/v1/documents", json={"text": "“It doesn’t work,” Jane Doe said."})
    response = client.post("/v1/verify", json={"quote": "It doesn’t work"})
    raw = response.get_data()
    assert "doesn’t".encode() in raw
    keys = list(json.loads(raw))
    assert keys == sorted(keys)


def test_a_body_only_the_standard_library_reads_is_answered_as_before(
    client: FlaskClient,
) -> None:
    # NaN is no integer: a 422 naming the field, not a 400 for unreadable JSON.
    response = client.post(
        "/v1/verify", data='{"quote": "hi", "document_id": NaN}', content_type="application/json"
    )
    assert response.status_code == 422
    assert list(response.get_json()["errors"]) == ["document_id"]
