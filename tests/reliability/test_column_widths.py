"""Values wider than a PostgreSQL column are refused at the edge or fitted to it, never a 500.

Found by schemathesis on PostgreSQL (a 63-character ``language`` tag against its 35-character
column), and then by reading the other bounded columns (a speaker's 512-character merge key).
"""

from __future__ import annotations

from flask.testing import FlaskClient

from service.corpus.speaker_index import merge_key

LONG_NAME = " ".join(["Bartholomew"] * 80)


def test_a_language_tag_longer_than_35_characters_is_refused(client: FlaskClient) -> None:
    tag = "en-" + "-".join(["abcdefgh"] * 5)
    response = client.post("/v1/documents", json={"text": "Hello there.", "language": tag})
    assert response.status_code == 422 and "language" in response.get_json()["errors"]


def test_a_speaker_name_of_a_thousand_characters_is_indexed(client: FlaskClient) -> None:
    first = client.post("/v1/documents", json={"text": f"“We will rebuild,” said {LONG_NAME}."})
    again = client.post("/v1/documents", json={"text": f"“We did rebuild,” said {LONG_NAME}."})
    assert (first.status_code, again.status_code) == (201, 201)
    speakers = [
        quote["speaker"] for quote in first.get_json()["quotes"] + again.get_json()["quotes"]
    ]
    assert LONG_NAME.startswith(speakers[0]["name"]) and speakers[0]["id"] == speakers[1]["id"]


def test_a_merge_key_fits_its_column_whatever_the_name() -> None:
    key = merge_key(" ".join(["Bartholomew"] * 200))
    assert 0 < len(key) <= 512 and key.startswith("bartholomew bartholomew")
