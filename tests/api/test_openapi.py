"""The API describes itself: OpenAPI 3.1 and an interactive page that needs no CDN."""

from __future__ import annotations

from flask.testing import FlaskClient


def test_openapi_document_is_3_1_and_lists_the_endpoints(client: FlaskClient) -> None:
    spec = client.get("/openapi.json").get_json()
    assert spec["openapi"].startswith("3.1")
    for path in ("/v1/documents", "/v1/documents/{document_id}", "/v1/quotes", "/v1/speakers"):
        assert path in spec["paths"], path
    assert "Problem" in spec["components"]["schemas"]


def fetch(client: FlaskClient, url: str) -> tuple[int, bytes]:
    """Status and body of a static file, with the file handle closed."""
    with client.get(url) as response:
        return response.status_code, response.data


def test_docs_page_loads_its_scripts_from_this_service(client: FlaskClient) -> None:
    with client.get("/docs") as response:
        policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    status, page = fetch(client, "/docs")
    assert status == 200 and b'src="/docs/assets/swagger-ui-bundle.js"' in page
    assert fetch(client, "/docs/assets/swagger-ui-bundle.js")[0] == 200
    assert b"SwaggerUIBundle" in fetch(client, "/docs/init.js")[1]


def test_healthz_reports_the_database(client: FlaskClient) -> None:
    assert client.get("/healthz").get_json() == {"status": "ok", "database": "ok"}


def test_readyz_reports_the_loaded_candidate_index(client: FlaskClient) -> None:
    client.post("/v1/documents", json={"text": "One sentence here. And another one."})
    ready = client.get("/readyz").get_json()
    assert ready == {"status": "ready", "indexed_documents": 1, "indexed_sentences": 2}
