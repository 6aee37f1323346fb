"""Gunicorn settings for every deployment (``make run``, Docker, ``quotecheck serve``).

Read by ``gunicorn.conf.py`` at the top of the repository and by ``quotecheck serve``.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from service.config import Config
from service.setup import prepare_database

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY") or os.cpu_count() or 1)
wsgi_app = "service.wsgi:app"
accesslog = "-"
timeout = 60
graceful_timeout = 30


def on_starting(server: Any) -> None:
    """Migrate and seed once, in the master, before any worker forks."""
    logging.basicConfig(level=logging.INFO)
    prepare_database(Config.from_environment())
