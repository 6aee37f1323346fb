"""Verifications and draft checks as a newsroom reader wants them on a terminal."""

from __future__ import annotations

from typing import Any

QUOTE_PREVIEW_CHARS = 90


def verification_report(result: dict[str, Any]) -> str:
    """Verdict and score, flags, the source passage with its document and speaker, the changes."""
    lines = [_verdict_line(result)]
    lines.append(f"Claimed: {result['claimed_speaker'] or '(no speaker given)'}")
    if result["flags"]:
        lines.append(f"Flags:   {', '.join(result['flags'])}")
    match = result["match"]
    if match is None:
        lines.append("Source:  none found")
    else:
        lines.extend(_source_lines(match))
    lines.extend(f"Change:  {_change(change)}" for change in result["changes"])
    return "\n".join(lines) + "\n"


def check_report(checked: dict[str, Any]) -> str:
    """Each quote of the draft with its verdict, the claimed vs source speaker and the changes
    to the source's words, then the count of quotes per verdict."""
    lines = []
    for number, quote in enumerate(checked["quotes"], start=1):
        result = quote["result"]
        lines.append(f"{number:>3}. {result['verdict']:<16} “{_preview(quote['text'])}”")
        lines.append(
            f"     claimed: {quote['claimed_speaker'] or '—'}   source: {_source_speaker(result)}"
        )
        lines.extend(f"     change: {_change(change)}" for change in result["changes"])
    lines.append(summary_line(checked["summary"]))
    return "\n".join(lines) + "\n"


def summary_line(summary: dict[str, int]) -> str:
    total = sum(summary.values())
    counts = ", ".join(f"{count} {verdict}" for verdict, count in sorted(summary.items()))
    return f"{total} quotes: {counts}" if total else "No quotes found."


def _verdict_line(result: dict[str, Any]) -> str:
    review = ", needs review" if result["needs_review"] else ""
    return f"{result['verdict'].upper()} (score {result['score']:.1f}{review})"


def _source_lines(match: dict[str, Any]) -> list[str]:
    document = match["document"]
    title = document["title"] or "untitled"
    speaker = match["speaker"]["name"] if match["speaker"] else "no speaker (narration)"
    return [
        f"Source:  “{match['text']}”",
        f"         said by {speaker}, in “{title}” (document {document['id']})",
        f"Context: {' '.join(match['context'].split())}",
    ]


def _change(change: dict[str, Any]) -> str:
    claimed, source = change["claimed"], change["source"]
    if change["type"] == "order":
        return f"order: “{claimed}” stands elsewhere in the source, as “{source}”"
    return f"{change['type']}: “{claimed}” where the source has “{source}”"


def _source_speaker(result: dict[str, Any]) -> str:
    match = result["match"]
    if match is None:
        return "(no source)"
    return match["speaker"]["name"] if match["speaker"] else "(narration)"


def _preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= QUOTE_PREVIEW_CHARS else flat[: QUOTE_PREVIEW_CHARS - 1] + "…"
