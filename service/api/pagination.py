"""Opaque pagination cursors: clients pass back what they were given, nothing else."""

from __future__ import annotations

import base64
import binascii
import json

from flask_smorest import abort

from schemas.common import MAX_ID


def encode_cursor(position: int) -> str:
    raw = json.dumps({"p": position}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int | None:
    """The position a cursor stands for; a cursor we did not issue is a 422 on ``cursor``."""
    if cursor is None:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        position = json.loads(raw)["p"]
    except (binascii.Error, ValueError, KeyError, TypeError):
        position = None
    if not isinstance(position, int) or isinstance(position, bool) or not 0 <= position <= MAX_ID:
        abort(422, messages={"query": {"cursor": ["Not a cursor this service issued."]}})
    return position


def page(items: list[dict], limit: int, position_of: str = "id") -> dict:
    """A page body; the store was asked for ``limit + 1`` rows to know whether more follow."""
    more = len(items) > limit
    shown = items[:limit]
    next_cursor = encode_cursor(shown[-1][position_of]) if more and shown else None
    return {"items": shown, "next_cursor": next_cursor}
