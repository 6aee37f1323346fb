"""The quote and speaker indexes over the API."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

FIRST_STORY = "“We are prepared to act,” Antony Blinken said on Tuesday."
SECOND_STORY = "“Dialogue matters,” Blinken said in Beijing."
THIRD_STORY = "“The talks were useful,” Hillary Clinton said."


@pytest.fixture
def stocked(client: FlaskClient) -> FlaskClient:
    for text in (FIRST_STORY, SECOND_STORY, THIRD_STORY):
        assert client.post("/v1/documents", json={"text": text}).status_code == 201
    return client


def test_same_person_in_two_documents_is_one_speaker_with_aliases(stocked: FlaskClient) -> None:
    found = stocked.get("/v1/speakers?q=blinken").get_json()["items"]
    assert len(found) == 1
    speaker = found[0]
    assert speaker["name"] == "Antony Blinken" and speaker["quote_count"] == 2
    assert "Blinken" in speaker["aliases"]


def test_speaker_detail_lists_their_quotes(stocked: FlaskClient) -> None:
    speaker = stocked.get("/v1/speakers?q=blinken").get_json()["items"][0]
    detail = stocked.get(f"/v1/speakers/{speaker['id']}").get_json()
    assert sorted(q["text"] for q in detail["quotes"]) == [
        "Dialogue matters,",
        "We are prepared to act,",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("speaker=blinken", {"We are prepared to act,", "Dialogue matters,"}),
        ("speaker=Clinton", {"The talks were useful,"}),
        ("q=DIALOGUE", {"Dialogue matters,"}),
        ("q=100%25", set()),
        ("speaker=blinken&q=prepared", {"We are prepared to act,"}),
    ],
)
def test_quotes_filter_by_speaker_and_words(
    stocked: FlaskClient, query: str, expected: set[str]
) -> None:
    items = stocked.get(f"/v1/quotes?{query}").get_json()["items"]
    assert {item["text"] for item in items} == expected


def test_quotes_filter_by_speaker_id_and_document(stocked: FlaskClient) -> None:
    speaker = stocked.get("/v1/speakers?q=clinton").get_json()["items"][0]
    by_id = stocked.get(f"/v1/quotes?speaker={speaker['id']}").get_json()["items"]
    assert [q["text"] for q in by_id] == ["The talks were useful,"]
    document_id = by_id[0]["document_id"]
    in_document = stocked.get(f"/v1/quotes?document_id={document_id}").get_json()["items"]
    assert [q["id"] for q in in_document] == [by_id[0]["id"]]


def test_quote_pages_follow_the_cursor(stocked: FlaskClient) -> None:
    first = stocked.get("/v1/quotes?limit=2").get_json()
    rest = stocked.get(f"/v1/quotes?limit=2&cursor={first['next_cursor']}").get_json()
    texts = [q["text"] for q in first["items"] + rest["items"]]
    assert len(texts) == 3 and len(set(texts)) == 3 and rest["next_cursor"] is None


def test_stats_count_documents_quotes_and_speakers(stocked: FlaskClient) -> None:
    assert stocked.get("/v1/stats").get_json() == {"documents": 3, "quotes": 3, "speakers": 2}


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        (
            ["“We act now,” Antony Blinken said.", "“Talks matter,” Blinken said."],
            {("Antony Blinken", 2)},
        ),
        (
            ["“Talks matter,” Blinken said.", "“We act now,” Antony Blinken said."],
            {("Antony Blinken", 2)},
        ),
        (
            ["“We act now,” Bill Clinton said.", "“Talks matter,” Hillary Clinton said."],
            {("Bill Clinton", 1), ("Hillary Clinton", 1)},
        ),
        (
            [
                "“We act now,” a senior official said.",
                "“Talks matter,” a senior official said.",
            ],
            {("a senior official", 1)},
        ),
    ],
    ids=["full-name-first", "surname-first", "different-first-names", "descriptions"],
)
def test_speaker_index_merges_people_across_documents_but_not_descriptions(
    client: FlaskClient, stories: list[str], expected: set[tuple[str, int]]
) -> None:
    for story in stories:
        assert client.post("/v1/documents", json={"text": story}).status_code == 201
    speakers = client.get("/v1/speakers").get_json()["items"]
    assert {(s["name"], s["quote_count"]) for s in speakers} == expected
    if expected == {("a senior official", 1)}:
        assert len(speakers) == 2


def test_a_speaker_named_the_same_way_again_keeps_one_alias_of_each_form(
    client: FlaskClient,
) -> None:
    for story in (
        "“We act now,” Antony Blinken said. “Soon,” Blinken added.",
        "“Talks matter,” Antony Blinken said.",
        "“Not yet,” Blinken said. “Later,” Mr. Blinken added.",
    ):
        assert client.post("/v1/documents", json={"text": story}).status_code == 201
    speakers = client.get("/v1/speakers").get_json()["items"]
    assert [(s["name"], s["quote_count"]) for s in speakers] == [("Antony Blinken", 5)]
    aliases = speakers[0]["aliases"]
    assert sorted(aliases) == sorted(set(aliases)) and {"Antony Blinken", "Blinken"} <= set(aliases)
