"""Quotecheck: a REST service that indexes quotes and speakers and verifies claimed quotes.

``create_app`` is imported lazily, so the pure core (``service.extraction``,
``service.matching``) can be used without loading Flask or the database.
"""

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from service.app import create_app

        return create_app
    raise AttributeError(name)
