"""Who is asking: the identity behind the request's API key."""

from __future__ import annotations

from flask import g

OPEN_MODE_IDENTITY = "local (no API key)"


def current_role() -> str:
    """The role of the request's key; everything is allowed in open mode."""
    role: str = g.get("api_key_role") or "admin"
    return role


def current_identity() -> str:
    """The name of the API key the request came with; in open mode (no keys) a fixed label,
    never a name the client chose."""
    identity: str = g.get("api_key_name") or OPEN_MODE_IDENTITY
    return identity
