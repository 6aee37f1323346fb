"""Ingesting, listing, fetching and deleting documents over the API."""

from __future__ import annotations

from flask.testing import FlaskClient

STATEMENT = (
    "The mayor spoke on Monday.\n"
    "“We will rebuild the bridge before winter,” Jane Doe said.\n"
    "“Nobody will be left behind,” she added."
)


def post_document(client: FlaskClient, **fields: object):
    return client.post("/v1/documents", json={"text": STATEMENT, **fields})


def test_ingest_returns_the_stored_document_with_its_quotes(client: FlaskClient) -> None:
    response = post_document(client, title="Bridge", kind="statement")
    assert response.status_code == 201
    body = response.get_json()
    assert body["title"] == "Bridge" and body["kind"] == "statement" and body["version"] == 1
    quote = body["quotes"][0]
    assert quote["text"] == "We will rebuild the bridge before winter,"
    assert body["text"][quote["start"] : quote["end"]] == quote["text"]
    assert quote["speaker"]["name"].endswith("Doe")


def test_same_text_again_returns_the_existing_document(client: FlaskClient) -> None:
    first = post_document(client).get_json()
    again = post_document(client)
    assert again.status_code == 200
    assert again.get_json()["id"] == first["id"]
    assert client.get("/v1/stats").get_json()["documents"] == 1


def test_same_external_id_and_text_again_is_not_duplicated(client: FlaskClient) -> None:
    first = post_document(client, external_id="story-1").get_json()
    again = post_document(client, external_id="story-1")
    assert again.status_code == 200 and again.get_json()["id"] == first["id"]


def test_new_text_under_known_external_id_becomes_the_current_version(client: FlaskClient) -> None:
    first = post_document(client, external_id="story-1").get_json()
    corrected = client.post(
        "/v1/documents", json={"text": STATEMENT + " Corrected.", "external_id": "story-1"}
    )
    assert corrected.status_code == 201
    second = corrected.get_json()
    assert second["version"] == 2 and second["id"] != first["id"]
    listed = client.get("/v1/documents").get_json()["items"]
    assert [item["id"] for item in listed] == [second["id"]]
    versions = client.get(f"/v1/documents/{second['id']}/versions").get_json()["items"]
    assert [(v["version"], v["is_current"]) for v in versions] == [(2, True), (1, False)]
    assert client.get(f"/v1/documents/{first['id']}").status_code == 200
    assert client.get("/v1/stats").get_json()["quotes"] == len(second["quotes"])


def test_documents_are_listed_newest_first_in_pages(client: FlaskClient) -> None:
    ids = [
        client.post("/v1/documents", json={"text": f"Story number {n}."}).get_json()["id"]
        for n in range(5)
    ]
    first = client.get("/v1/documents?limit=2").get_json()
    second = client.get(f"/v1/documents?limit=2&cursor={first['next_cursor']}").get_json()
    third = client.get(f"/v1/documents?limit=2&cursor={second['next_cursor']}").get_json()
    seen = [item["id"] for page in (first, second, third) for item in page["items"]]
    assert seen == list(reversed(ids))
    assert third["next_cursor"] is None


def test_deleting_a_document_removes_its_quotes_and_idle_speakers(client: FlaskClient) -> None:
    document = post_document(client).get_json()
    assert client.get("/v1/speakers").get_json()["items"]
    assert client.delete(f"/v1/documents/{document['id']}").status_code == 204
    assert client.get(f"/v1/documents/{document['id']}").status_code == 404
    assert client.get("/v1/quotes").get_json()["items"] == []
    assert client.get("/v1/speakers").get_json()["items"] == []
    assert client.get("/v1/stats").get_json() == {"documents": 0, "quotes": 0, "speakers": 0}


def test_deleting_an_unknown_document_is_404(client: FlaskClient) -> None:
    response = client.delete("/v1/documents/12345")
    assert response.status_code == 404
    assert response.content_type == "application/problem+json"


def test_published_at_must_carry_a_timezone(client: FlaskClient) -> None:
    response = post_document(client, published_at="2024-04-23T10:00:00")
    assert response.status_code == 422
    assert "published_at" in response.get_json()["errors"]
    stored = post_document(client, published_at="2024-04-23T10:00:00+02:00").get_json()
    assert stored["published_at"] == "2024-04-23T08:00:00+00:00"
