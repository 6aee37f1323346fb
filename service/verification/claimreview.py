"""A verification record as schema.org ClaimReview JSON-LD, for publishing and search engines."""

from __future__ import annotations

from typing import Any

# (alternateName, ratingValue) on a 1-5 scale: 5 the quote stands as published.
RATINGS: dict[str, tuple[str, int]] = {
    "verified": ("Accurate quote", 5),
    "minor_deviation": ("Accurate quote with minor wording differences", 4),
    "not_found": ("Unverified: no source found", 3),
    "unquoted": ("Paraphrase presented as a quote", 2),
    "misattributed": ("Misattributed quote", 1),
    "altered": ("Altered quote", 1),
}
EXPLANATIONS = {
    "verified": "The words appear as a quotation of the claimed speaker in the source.",
    "minor_deviation": "The words differ from the source only in ways that keep the meaning.",
    "not_found": "No indexed source has these words; that is not a finding that they are false.",
    "unquoted": "The source has these words as narration or paraphrase, not as a quotation.",
    "misattributed": "The source attributes these words to someone else.",
    "altered": "The words differ from the source in a way that changes the meaning.",
}


def claim_review(record: dict[str, Any], newsroom_name: str, newsroom_url: str) -> dict[str, Any]:
    """ClaimReview for a stored record, rated on its final (reviewed, else machine) verdict."""
    verdict = record["final_verdict"]
    name, value = RATINGS[verdict]
    result = record["result"]
    review_url = f"{newsroom_url.rstrip('/')}/v1/verifications/{record['id']}"
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": review_url,
        "claimReviewed": record["quote"],
        "datePublished": record["created_at"].date().isoformat(),
        "author": {"@type": "Organization", "name": newsroom_name, "url": newsroom_url},
        "itemReviewed": {
            "@type": "Claim",
            "author": _agent(record["claimed_speaker"] or "Unknown"),
        },
        "reviewRating": {
            "@type": "Rating",
            "alternateName": name,
            "ratingValue": value,
            "bestRating": 5,
            "worstRating": 1,
            "ratingExplanation": _explanation(verdict, result),
        },
        "isBasedOn": [_quotation(result["match"])] if result.get("match") else [],
    }


def _agent(name: str, kind: str = "person") -> dict[str, Any]:
    return {"@type": "Organization" if kind == "organization" else "Person", "name": name}


def _explanation(verdict: str, result: dict[str, Any]) -> str:
    changes = [
        f"“{change['claimed']}” where the source has “{change['source']}”"
        for change in result.get("changes", [])
        if change["type"] in ("negation", "number", "name", "word")
    ]
    detail = f" Differences: {'; '.join(changes)}." if changes and verdict == "altered" else ""
    return EXPLANATIONS[verdict] + detail


def _quotation(match: dict[str, Any]) -> dict[str, Any]:
    document = match["document"]
    quotation: dict[str, Any] = {
        "@type": "Quotation",
        "text": match["text"],
        "isPartOf": {
            "@type": "CreativeWork",
            "name": document.get("title"),
            "url": document.get("url"),
            "publisher": document.get("publisher"),
            "datePublished": document.get("published_at"),
        },
    }
    speaker = match.get("speaker")
    if speaker:
        quotation["creator"] = _agent(speaker["name"], speaker["kind"])
    return quotation
