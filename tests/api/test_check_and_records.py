"""Checking a whole draft, stored verification records, reviews and ClaimReview."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

FABRICATED = "“We will open three new consulates in Siberia next year,” Glaser said."


@pytest.fixture
def seeded(client: FlaskClient, seed_text: str) -> FlaskClient:
    assert client.post("/v1/documents", json={"text": seed_text}).status_code == 201
    return client


def planted_draft(seed_text: str) -> str:
    """The seed article with a misattribution, a dropped negation and a fabricated quote."""
    misattributed = seed_text.replace("Blinken told reporters", "Xi Jinping told reporters")
    negation_dropped = misattributed.replace("China really doesn’t want", "China really wants")
    assert negation_dropped != misattributed != seed_text
    return negation_dropped + "\n" + FABRICATED


def test_draft_check_flags_exactly_the_three_planted_errors(
    seeded: FlaskClient, seed_text: str
) -> None:
    draft = planted_draft(seed_text)
    checked = seeded.post("/v1/check", json={"text": draft}).get_json()
    flagged = {
        q["text"]: q["result"]["verdict"]
        for q in checked["quotes"]
        if q["result"]["verdict"] != "verified"
    }
    assert len(flagged) == 3, flagged
    by_verdict = {verdict: text for text, verdict in flagged.items()}
    assert by_verdict["misattributed"].startswith("When it comes to Russia")
    assert by_verdict["altered"].startswith("China really wants")
    assert by_verdict["not_found"].startswith("We will open three new consulates")
    for quote in checked["quotes"]:
        assert draft[quote["start"] : quote["end"]] == quote["text"]
    assert checked["summary"]["verified"] == len(checked["quotes"]) - 3


def test_every_checked_quote_is_stored_as_a_record(seeded: FlaskClient) -> None:
    checked = seeded.post("/v1/check", json={"text": FABRICATED}).get_json()
    verification_id = checked["quotes"][0]["verification_id"]
    record = seeded.get(f"/v1/verifications/{verification_id}").get_json()
    assert record["verdict"] == "not_found" and record["quote"].startswith("We will open")
    assert record["claimed_speaker"] == "Glaser" and record["review"] is None


def test_review_keeps_the_machine_verdict_and_names_the_reviewer(seeded: FlaskClient) -> None:
    saved = seeded.post(
        "/v1/verify", json={"quote": "the main contributor right now is China", "save": True}
    ).get_json()
    url = f"/v1/verifications/{saved['verification_id']}"
    reviewed = seeded.post(
        f"{url}/review", json={"verdict": "altered", "note": "Context changes the meaning."}
    ).get_json()
    assert reviewed["verdict"] == "verified" and reviewed["final_verdict"] == "altered"
    assert reviewed["review"]["note"] == "Context changes the meaning."
    assert reviewed["review"]["reviewer"] and reviewed["review"]["reviewed_at"]


def test_a_record_keeps_its_evidence_after_the_source_is_deleted(seeded: FlaskClient) -> None:
    saved = seeded.post(
        "/v1/verify", json={"quote": "Positive change is very difficult to make.", "save": True}
    ).get_json()
    seeded.delete(f"/v1/documents/{saved['match']['document']['id']}")
    record = seeded.get(f"/v1/verifications/{saved['verification_id']}").get_json()
    assert record["result"]["match"]["text"] == saved["match"]["text"]
    assert record["result"]["verdict"] == "verified"


def test_a_record_whose_source_has_a_publication_time_is_listed_and_read(
    client: FlaskClient,
) -> None:
    # Found by schemathesis: the stored snapshot held the time as text, and listing it was a 500.
    body = {"text": "“It works,” Jane Doe said.", "published_at": "2026-01-02T03:04:05+00:00"}
    assert client.post("/v1/documents", json=body).status_code == 201
    saved = client.post("/v1/verify", json={"quote": "It works", "save": True}).get_json()
    published = saved["match"]["document"]["published_at"]
    listed = client.get("/v1/verifications")
    assert listed.status_code == 200
    assert listed.get_json()["items"][0]["result"]["match"]["document"]["published_at"] == published
    record = client.get(f"/v1/verifications/{saved['verification_id']}").get_json()
    assert record["result"]["match"]["document"]["published_at"] == published


VERDICT_CLAIMS = {
    "verified": {"quote": "Positive change is very difficult to make.", "speaker": "Shi Yinghong"},
    "misattributed": {"quote": "the main contributor right now is China", "speaker": "Xi Jinping"},
    "altered": {"quote": "China really wants to be the center of the election campaign"},
    "not_found": {"quote": "We will send peacekeepers to the moon next spring"},
    "unquoted": {"quote": "China has scaled back its rhetoric and military activities"},
}


@pytest.mark.parametrize("verdict", sorted(VERDICT_CLAIMS))
def test_claimreview_has_every_required_property(seeded: FlaskClient, verdict: str) -> None:
    saved = seeded.post("/v1/verify", json={**VERDICT_CLAIMS[verdict], "save": True}).get_json()
    assert saved["verdict"] == verdict
    review = seeded.get(f"/v1/verifications/{saved['verification_id']}/claimreview").get_json()
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == VERDICT_CLAIMS[verdict]["quote"]
    assert isinstance(review["datePublished"], str) and review["url"].startswith("http")
    assert review["author"]["@type"] == "Organization" and review["author"]["name"]
    assert review["itemReviewed"]["@type"] == "Claim"
    assert review["itemReviewed"]["author"]["name"]
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating" and isinstance(rating["alternateName"], str)
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert isinstance(rating["ratingExplanation"], str) and rating["ratingExplanation"]
    assert isinstance(review["isBasedOn"], list)
    if verdict != "not_found":
        quotation = review["isBasedOn"][0]
        assert quotation["@type"] == "Quotation" and quotation["text"]
        assert quotation["isPartOf"]["@type"] == "CreativeWork"


def test_unknown_verification_is_404(client: FlaskClient) -> None:
    for url in ("/v1/verifications/77", "/v1/verifications/77/claimreview"):
        assert client.get(url).status_code == 404
    response = client.post("/v1/verifications/77/review", json={"verdict": "verified"})
    assert response.status_code == 404
