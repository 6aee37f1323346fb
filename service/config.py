"""The one configuration object, read from the environment.

Every setting has a default that works on a developer's machine; ``create_app(config)`` may
override any of them (tests pass a throw-away database URL).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Any

from service.matching import Thresholds

DEFAULT_DATABASE_URL = "sqlite:///var/quotecheck.db"
KEYED_RATE_LIMIT = "600 per minute"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return int(raw) if raw not in (None, "") else default


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    return float(raw) if raw not in (None, "") else default


def _keys_required() -> bool:
    """Keys are required when asked for, and always when serving beyond loopback."""
    asked = os.environ.get("QUOTECHECK_REQUIRE_KEYS", "").strip().lower() in ("1", "true", "yes")
    return asked or os.environ.get("HOST", "127.0.0.1") not in LOOPBACK_HOSTS


@dataclass(frozen=True)
class Config:
    """Settings of one Quotecheck process (see the README's configuration table)."""

    database_url: str = DEFAULT_DATABASE_URL
    max_body_bytes: int = 2 * 1024 * 1024
    max_document_chars: int = 1_000_000
    max_quote_chars: int = 5_000
    max_batch_claims: int = 1_000
    page_default: int = 50
    page_max: int = 500
    confirm_threshold: float = 90.0
    review_threshold: float = 75.0
    seeds_dir: str | None = None
    newsroom_name: str = "Quotecheck"
    newsroom_url: str = "http://127.0.0.1:8000/"
    require_api_keys: bool = False
    # None: no rate limit (open mode on loopback serves one newsroom developer; a local load
    # test must measure the service, not the limiter).
    rate_limit: str | None = None
    redis_url: str | None = None
    cors_origins: tuple[str, ...] = ()
    request_time_budget_s: float = 30.0
    # Longest a served connection may send or take nothing before it is closed.
    client_timeout_s: float = 10.0
    index_snapshot: str | None = None

    @classmethod
    def from_environment(cls) -> Config:
        """Build the configuration from ``QUOTECHECK_*`` and the usual deployment variables."""
        defaults = cls()
        require_keys = _keys_required()
        return cls(
            database_url=os.environ.get("DATABASE_URL") or defaults.database_url,
            max_body_bytes=_env_int("QUOTECHECK_MAX_BODY_BYTES", defaults.max_body_bytes),
            max_document_chars=_env_int(
                "QUOTECHECK_MAX_DOCUMENT_CHARS", defaults.max_document_chars
            ),
            max_quote_chars=_env_int("QUOTECHECK_MAX_QUOTE_CHARS", defaults.max_quote_chars),
            max_batch_claims=_env_int("QUOTECHECK_MAX_BATCH_CLAIMS", defaults.max_batch_claims),
            confirm_threshold=_env_float(
                "QUOTECHECK_CONFIRM_THRESHOLD", defaults.confirm_threshold
            ),
            review_threshold=_env_float("QUOTECHECK_REVIEW_THRESHOLD", defaults.review_threshold),
            seeds_dir=os.environ.get("QUOTECHECK_SEEDS_DIR") or None,
            newsroom_name=os.environ.get("QUOTECHECK_NEWSROOM_NAME") or defaults.newsroom_name,
            newsroom_url=os.environ.get("QUOTECHECK_NEWSROOM_URL") or defaults.newsroom_url,
            require_api_keys=require_keys,
            rate_limit=os.environ.get("QUOTECHECK_RATE_LIMIT")
            or (KEYED_RATE_LIMIT if require_keys else None),
            redis_url=os.environ.get("REDIS_URL") or None,
            cors_origins=tuple(
                origin.strip()
                for origin in os.environ.get("QUOTECHECK_CORS_ORIGINS", "").split(",")
                if origin.strip()
            ),
            index_snapshot=os.environ.get("QUOTECHECK_INDEX_SNAPSHOT") or None,
            request_time_budget_s=_env_float(
                "QUOTECHECK_REQUEST_TIME_BUDGET_S", defaults.request_time_budget_s
            ),
            client_timeout_s=_env_float("QUOTECHECK_CLIENT_TIMEOUT_S", defaults.client_timeout_s),
        )

    def with_overrides(self, overrides: dict[str, Any]) -> Config:
        """Return a copy with the named settings replaced; unknown names are an error."""
        known = {f.name for f in fields(self)}
        unknown = set(overrides) - known
        if unknown:
            raise ValueError(f"unknown configuration settings: {sorted(unknown)}")
        return replace(self, **overrides)

    @property
    def thresholds(self) -> Thresholds:
        """The verdict thresholds these settings give the matcher."""
        return Thresholds(confirm=self.confirm_threshold, review=self.review_threshold)
