"""Checking a whole draft: find every quotation in it and verify each with its speaker."""

from __future__ import annotations

from collections import Counter
from typing import Any

from service.extraction import ExtractedQuote, extract_quotes
from service.verification.verifier import ClaimRequest, Verifier


def check_draft(verifier: Verifier, draft: str, budget_s: float | None = None) -> dict[str, Any]:
    """Each quotation of ``draft`` (offsets into it) with the verification of its words and
    the speaker the draft gives, plus a count of quotes per verdict."""
    found = [quote for quote in extract_quotes(draft) if quote.text.strip()]
    claims = [ClaimRequest(quote.text, _claimed_speaker(quote)) for quote in found]
    results = verifier.verify(claims, budget_s)
    quotes = [_draft_quote(quote, result) for quote, result in zip(found, results, strict=True)]
    return {"quotes": quotes, "summary": dict(Counter(r["verdict"] for r in results))}


def _claimed_speaker(quote: ExtractedQuote) -> str | None:
    return quote.speaker.name if quote.speaker else None


def _draft_quote(quote: ExtractedQuote, result: dict[str, Any]) -> dict[str, Any]:
    mention = quote.speaker_mention
    return {
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "claimed_speaker": _claimed_speaker(quote),
        "speaker_mention": None
        if mention is None
        else {"text": mention.text, "start": mention.start, "end": mention.end},
        "result": result,
    }
