"""Verifying claimed quotes against the seed article over the API."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service.config import Config
from service.matching import Thresholds


@pytest.fixture
def seeded(client: FlaskClient, seed_text: str) -> FlaskClient:
    response = client.post("/v1/documents", json={"text": seed_text, "title": "Seed"})
    assert response.status_code == 201
    return client


@pytest.mark.parametrize(
    ("speaker", "quote", "verdict", "source_speaker"),
    [
        ("Xi Jinping", "the main contributor right now is China", "misattributed", "Blinken"),
        (
            "Bonnie Glaser",
            "China really wants to be the center of the election campaign",
            "altered",
            "Bonnie Glaser",
        ),
        ("Shi Yinghong", "Positive change is very difficult to make.", "verified", "Shi Yinghong"),
        (
            "Blinken",
            "“When it comes to Russia's defense industrial base, the main contributor "
            "right now is China,”",
            "verified",
            "Blinken",
        ),
        (None, "Positive change is very difficult to make", "verified", "Shi Yinghong"),
        (
            None,
            "China has scaled back its rhetoric and military activities around Taiwan",
            "unquoted",
            None,
        ),
        ("Blinken", "We will send peacekeepers to the moon next spring", "not_found", None),
    ],
    ids=[
        "misattributed",
        "dropped-negation",
        "exact",
        "typographic",
        "no-speaker",
        "narration",
        "fabricated",
    ],
)
def test_verdicts_on_the_seed_article(
    seeded: FlaskClient, speaker: str | None, quote: str, verdict: str, source_speaker: str | None
) -> None:
    result = seeded.post("/v1/verify", json={"quote": quote, "speaker": speaker}).get_json()
    assert result["verdict"] == verdict, result
    if source_speaker is not None:
        assert result["match"]["speaker"]["name"] == source_speaker
    if verdict != "not_found":
        match = result["match"]
        document = seeded.get(f"/v1/documents/{match['document']['id']}").get_json()
        assert document["text"][match["start"] : match["end"]] == match["text"]
        assert match["text"] in match["context"] and match["document"]["title"] == "Seed"


def test_dropped_negation_is_reported_as_a_typed_change(seeded: FlaskClient) -> None:
    result = seeded.post(
        "/v1/verify",
        json={"quote": "China really wants to be the center of the election campaign"},
    ).get_json()
    negations = [change for change in result["changes"] if change["type"] == "negation"]
    assert negations and "n’t" in negations[0]["source"] + negations[0]["claimed"]


def test_sentences_quoted_in_another_order_come_back_altered_with_an_order_change(
    seeded: FlaskClient,
) -> None:
    quote = (
        "The US side should not lump it together. Ukraine is not an issue between China and the US."
    )
    result = seeded.post(
        "/v1/verify", json={"quote": quote, "speaker": "a senior Foreign Ministry official"}
    ).get_json()
    assert (result["verdict"], result["speaker_match"]) == ("altered", True)
    order = [change for change in result["changes"] if change["type"] == "order"]
    assert [change["claimed"] for change in order] == [
        "Ukraine is not an issue between China and the US."
    ]
    assert "lump it together" in result["match"]["text"]


def test_a_document_ingested_after_start_is_verifiable_at_once(seeded: FlaskClient) -> None:
    claim = {"quote": "The harbour will reopen on the first of May", "speaker": "Ana Lima"}
    assert seeded.post("/v1/verify", json=claim).get_json()["verdict"] == "not_found"
    text = "“The harbour will reopen on the first of May,” harbour master Ana Lima said."
    document = seeded.post("/v1/documents", json={"text": text}).get_json()
    assert seeded.post("/v1/verify", json=claim).get_json()["verdict"] == "verified"
    seeded.delete(f"/v1/documents/{document['id']}")
    assert seeded.post("/v1/verify", json=claim).get_json()["verdict"] == "not_found"


def test_batch_answers_each_claim_in_order(seeded: FlaskClient) -> None:
    claims = [
        {"quote": "Positive change is very difficult to make.", "speaker": "Shi Yinghong"},
        {"quote": "the main contributor right now is China", "speaker": "Xi Jinping"},
    ]
    results = seeded.post("/v1/verify/batch", json={"claims": claims}).get_json()["results"]
    assert [r["verdict"] for r in results] == ["verified", "misattributed"]


def test_publisher_filter_excludes_other_publishers(seeded: FlaskClient) -> None:
    claim = {"quote": "Positive change is very difficult to make.", "publisher": "Elsewhere"}
    assert seeded.post("/v1/verify", json=claim).get_json()["verdict"] == "not_found"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"quote": ""}, "quote"),
        ({"quote": "   "}, "quote"),
        ({}, "quote"),
        ({"quote": 12}, "quote"),
        ({"quote": "word " * 20_000}, "quote"),
        ({"quote": "Hello there friend", "speaker": ["x"]}, "speaker"),
        ({"quote": "Hello there friend", "document_id": 999}, "document_id"),
        ({"quote": "Hello there friend", "since": "last week"}, "since"),
        ({"quote": "Hello there friend", "extra": 1}, "extra"),
    ],
)
def test_bad_claims_are_422_problems_naming_the_field(
    client: FlaskClient, body: dict, field: str
) -> None:
    response = client.post("/v1/verify", json=body)
    assert response.status_code == 422
    assert response.content_type == "application/problem+json"
    assert field in response.get_json()["errors"]


def test_batch_over_the_limit_is_refused_naming_claims(client: FlaskClient) -> None:
    claims = [{"quote": "a b c"}] * 1001
    response = client.post("/v1/verify/batch", json={"claims": claims})
    assert response.status_code == 422 and "claims" in response.get_json()["errors"]


def test_a_batch_over_the_time_budget_is_a_503_problem_not_a_hang(
    app_factory, seed_text: str
) -> None:
    client = app_factory(request_time_budget_s=0.0).test_client()
    client.post("/v1/documents", json={"text": seed_text})
    claims = [{"quote": "Positive change is very difficult to make."}] * 3
    response = client.post("/v1/verify/batch", json={"claims": claims})
    assert response.status_code == 503
    assert response.content_type == "application/problem+json"
    assert "time budget" in response.get_json()["detail"]


def test_publisher_filter_finds_its_document_behind_many_better_ranked_others(
    client: FlaskClient,
) -> None:
    """Twelve wire stories and then the one paper asked for hold the same quotation; the
    paper's ranks last among the equals, behind more documents than are aligned unfiltered."""
    said = "“The harbour will reopen to ships before the winter storms arrive,” Ana Lima said."
    for number in range(12):
        body = {"text": f"{said} Wire copy {number}.", "publisher": "Wire"}
        assert client.post("/v1/documents", json=body).status_code == 201
    body = {"text": f"{said} Gazette copy.", "publisher": "Harbour Gazette"}
    assert client.post("/v1/documents", json=body).status_code == 201
    claim = {
        "quote": "The harbour will reopen to ships before the winter storms arrive",
        "speaker": "Ana Lima",
        "publisher": "Harbour Gazette",
    }
    result = client.post("/v1/verify", json=claim).get_json()
    assert result["verdict"] == "verified"
    assert result["match"]["document"]["publisher"] == "Harbour Gazette"


def test_a_stored_attribution_the_extractor_was_unsure_of_asks_for_review(
    client: FlaskClient,
) -> None:
    text = "Mayor Ana Lima spoke on Tuesday. “The port reopens on Friday for all ships.”"
    stored = client.post("/v1/documents", json={"text": text}).get_json()
    assert stored["quotes"][0]["speaker_confidence"] < 0.6
    claim = {"quote": "The port reopens on Friday for all ships.", "speaker": "Ana Lima"}
    result = client.post("/v1/verify", json=claim).get_json()
    assert result["verdict"] == "verified"
    assert "uncertain_attribution" in result["flags"] and result["needs_review"]


@pytest.mark.parametrize(
    ("review", "verdict", "needs_review"),
    [(75.0, "altered", True), (85.0, "not_found", False)],
)
def test_the_configured_thresholds_decide_what_is_found_and_what_needs_review(
    app_factory: Callable[..., Flask],
    seed_text: str,
    review: float,
    verdict: str,
    needs_review: bool,
) -> None:
    client = app_factory(review_threshold=review).test_client()
    assert client.post("/v1/documents", json={"text": seed_text}).status_code == 201
    result = client.post(
        "/v1/verify", json={"quote": "China really wants to be the center of the election campaign"}
    ).get_json()
    assert result["score"] < 85.0
    assert (result["verdict"], result["needs_review"]) == (verdict, needs_review)


def test_thresholds_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUOTECHECK_CONFIRM_THRESHOLD", "95")
    monkeypatch.setenv("QUOTECHECK_REVIEW_THRESHOLD", "60")
    assert Config.from_environment().thresholds == Thresholds(confirm=95.0, review=60.0)
