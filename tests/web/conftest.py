"""Fixtures for the web pages: SQLite only (the pages do not depend on the backend), a real
gunicorn serving the seed corpus plus a hostile document, and a headless Chromium."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.conftest import REPO_ROOT, SEEDS_DIR
from tests.databases import throwaway_database
from tests.integration.server import call, free_port, running_server
from tests.web.browser import WatchedPage, chromium, watched_page
from tests.web.hostile import HOSTILE_DOCUMENT


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    with throwaway_database("sqlite", tmp_path) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


@pytest.fixture
def watched(browser: Browser) -> Iterator[WatchedPage]:
    with watched_page(browser) as page:
        yield page


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The service under gunicorn on loopback, with the seed corpus and a hostile document."""
    folder = tmp_path_factory.mktemp("served")
    env = {
        "HOST": "127.0.0.1",
        "PORT": str(free_port()),
        "WEB_CONCURRENCY": "2",
        "DATABASE_URL": f"sqlite:///{folder / 'quotecheck.db'}",
        "QUOTECHECK_SEEDS_DIR": str(SEEDS_DIR),
    }
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    command = [gunicorn, "--config", "gunicorn.conf.py"]
    with running_server(command, env, REPO_ROOT, folder / "gunicorn.log") as base_url:
        status, _ = call("POST", f"{base_url}/v1/documents", HOSTILE_DOCUMENT)
        assert status == 201
        yield base_url
