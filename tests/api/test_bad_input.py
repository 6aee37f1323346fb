"""Bad input gets a 4xx problem document naming the field, and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import text
from werkzeug.test import TestResponse

TABLES = ("documents", "quotes", "speakers", "speaker_aliases", "corpus_changes")


@pytest.fixture
def database_rows(app: Flask) -> Callable[[], dict[str, list[tuple]]]:
    engine = app.extensions["quotecheck"].engine

    def read() -> dict[str, list[tuple]]:
        with engine.connect() as connection:
            return {
                table: sorted(
                    tuple(row) for row in connection.execute(text(f"SELECT * FROM {table}"))
                )
                for table in TABLES
            }

    return read


@pytest.fixture
def stocked_client(app: Flask) -> FlaskClient:
    client = app.test_client()
    client.post("/v1/documents", json={"text": "“It works,” Jane Doe said."})
    return client


def send(client: FlaskClient, method: str, url: str, **kwargs: Any) -> TestResponse:
    return client.open(url, method=method, **kwargs)


BAD_REQUESTS = [
    pytest.param("POST", "/v1/documents", {"json": {"text": ""}}, 422, "text", id="empty-text"),
    pytest.param("POST", "/v1/documents", {"json": {"text": "  \n "}}, 422, "text", id="blank"),
    pytest.param("POST", "/v1/documents", {"json": {}}, 422, "text", id="missing-text"),
    pytest.param("POST", "/v1/documents", {"json": {"text": 42}}, 422, "text", id="text-number"),
    pytest.param(
        "POST", "/v1/documents", {"json": {"text": "Hi.", "kind": "poem"}}, 422, "kind", id="kind"
    ),
    pytest.param(
        "POST",
        "/v1/documents",
        {"json": {"text": "Hi.", "colour": 1}},
        422,
        "colour",
        id="unknown-field",
    ),
    pytest.param(
        "POST",
        "/v1/documents",
        {"json": {"text": "Hi.", "url": "javascript:alert(1)"}},
        422,
        "url",
        id="bad-url",
    ),
    pytest.param("POST", "/v1/documents", {"json": ["Hi."]}, 422, "_schema", id="json-array"),
    pytest.param(
        "POST",
        "/v1/documents",
        {"data": b'{"text": "caf\xe9"}', "content_type": "application/json"},
        400,
        "body",
        id="invalid-utf8",
    ),
    pytest.param(
        "POST",
        "/v1/documents",
        {"data": b'{"text": ', "content_type": "application/json"},
        400,
        "body",
        id="malformed-json",
    ),
    pytest.param(
        "POST",
        "/v1/documents",
        {"data": b"text=hi", "content_type": "text/plain"},
        415,
        None,
        id="wrong-content-type",
    ),
    pytest.param(
        "POST",
        "/v1/documents",
        {
            "data": b'{"text": "' + b"a" * (10 * 1024 * 1024) + b'"}',
            "content_type": "application/json",
        },
        413,
        None,
        id="ten-megabytes",
    ),
    pytest.param("GET", "/v1/documents/999", {}, 404, None, id="unknown-document"),
    pytest.param("DELETE", "/v1/documents/999", {}, 404, None, id="delete-unknown"),
    pytest.param("GET", "/v1/speakers/999", {}, 404, None, id="unknown-speaker"),
    pytest.param("GET", "/v1/documents?limit=0", {}, 422, "limit", id="limit-zero"),
    pytest.param("GET", "/v1/documents?limit=501", {}, 422, "limit", id="limit-too-big"),
    pytest.param("GET", "/v1/documents?cursor=garbage", {}, 422, "cursor", id="forged-cursor"),
    pytest.param("GET", "/v1/quotes?document_id=abc", {}, 422, "document_id", id="id-not-int"),
    pytest.param("PUT", "/v1/documents", {"json": {"text": "Hi."}}, 405, None, id="wrong-method"),
    pytest.param("GET", "/v1/nothing-here", {}, 404, None, id="unknown-path"),
]


@pytest.mark.parametrize(("method", "url", "kwargs", "status", "field"), BAD_REQUESTS)
def test_bad_request_is_a_problem_naming_the_field_and_changes_nothing(
    stocked_client: FlaskClient,
    database_rows: Callable[[], dict[str, list[tuple]]],
    method: str,
    url: str,
    kwargs: dict,
    status: int,
    field: str | None,
) -> None:
    before = database_rows()
    response = send(stocked_client, method, url, **kwargs)
    assert response.status_code == status
    assert response.content_type == "application/problem+json"
    problem = response.get_json()
    assert problem["status"] == status and problem["title"] and problem["detail"]
    assert "Traceback" not in response.get_data(as_text=True)
    if field is not None:
        assert field in problem["errors"], problem
    assert database_rows() == before


def test_a_bug_is_a_500_problem_without_internals(app: Flask) -> None:
    @app.get("/boom")
    def boom() -> str:
        raise RuntimeError("secret internal detail")

    response = app.test_client().get("/boom")
    assert response.status_code == 500
    assert response.content_type == "application/problem+json"
    assert "secret internal detail" not in response.get_data(as_text=True)
