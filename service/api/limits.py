"""Rate limits per API key (per client address in open mode), shared through Redis when
``REDIS_URL`` is set so they hold across workers and replicas."""

from __future__ import annotations

from flask import Flask, request
from flask_limiter import Limiter

from service.api.access import API_KEY_HEADER
from service.config import Config


def rate_limit_key() -> str:
    # Keys are checked after the limiter runs, so only the key's public prefix is used here:
    # a forged key is limited under its own prefix and then refused with 401.
    parts = request.headers.get(API_KEY_HEADER, "").split("_")
    if len(parts) >= 3 and parts[0] == "qc":
        return f"key:{parts[1][:16]}"
    return f"address:{request.remote_addr}"


def install_rate_limits(app: Flask, config: Config) -> Limiter | None:
    """Rate-limit ``/v1`` by ``config.rate_limit``; nothing when it is None."""
    if config.rate_limit is None:
        return None
    return Limiter(
        rate_limit_key,
        app=app,
        default_limits=[config.rate_limit],
        default_limits_exempt_when=lambda: not request.path.startswith("/v1/"),
        storage_uri=config.redis_url or "memory://",
        headers_enabled=True,
        strategy="fixed-window",
    )
