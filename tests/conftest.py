"""Fixtures: an app on a throw-away SQLite file per test, its client, and the seed text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service import create_app
from service.api.state import AppState
from service.config import Config
from service.setup import prepare_database
from tests.databases import throwaway_database

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = REPO_ROOT / "seeds"
SEED_FILE = SEEDS_DIR / "000_22d07be6e4e0769a.txt"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Every test that uses the database runs once on SQLite and once on PostgreSQL."""
    with throwaway_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def config(tmp_path: Path, database_url: str) -> Config:
    empty_seeds = tmp_path / "no-seeds"
    empty_seeds.mkdir()
    return Config(database_url=database_url, seeds_dir=str(empty_seeds))


@pytest.fixture
def app(config: Config) -> Iterator[Flask]:
    prepare_database(config)
    app = create_app(config)
    yield app
    state: AppState = app.extensions["quotecheck"]
    state.engine.dispose()


@pytest.fixture
def app_factory(config: Config) -> Iterator[Callable[..., Flask]]:
    """Make apps on the test's database with some settings changed; all closed afterwards."""
    prepare_database(config)
    made: list[Flask] = []

    def make(**overrides: Any) -> Flask:
        made.append(create_app(replace(config, **overrides)))
        return made[-1]

    yield make
    for app in made:
        app.extensions["quotecheck"].engine.dispose()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_FILE.read_text(encoding="utf-8")
