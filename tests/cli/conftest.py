"""Fixtures: the command run in-process on a throw-away SQLite database, and its database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from service.store import build_engine
from tests.conftest import SEEDS_DIR


@pytest.fixture
def database_file(tmp_path: Path) -> Path:
    return tmp_path / "db" / "quotecheck.db"


@pytest.fixture
def local_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, database_file: Path
) -> dict[str, str]:
    """DATABASE_URL on a new SQLite file and no seeds, as the command reads them."""
    empty_seeds = tmp_path / "no-seeds"
    empty_seeds.mkdir()
    environment = {
        "DATABASE_URL": f"sqlite:///{database_file}",
        "QUOTECHECK_SEEDS_DIR": str(empty_seeds),
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("QUOTECHECK_API_KEY", raising=False)
    return environment


@pytest.fixture
def seeded_environment(
    monkeypatch: pytest.MonkeyPatch, local_environment: dict[str, str]
) -> dict[str, str]:
    """The local database holding the seed article (loaded when the command first opens it)."""
    monkeypatch.setenv("QUOTECHECK_SEEDS_DIR", str(SEEDS_DIR))
    return {**local_environment, "QUOTECHECK_SEEDS_DIR": str(SEEDS_DIR)}


@pytest.fixture
def engine(local_environment: dict[str, str]) -> Iterator[Engine]:
    """The command's database, for looking at what it stored."""
    engine = build_engine(local_environment["DATABASE_URL"])
    yield engine
    engine.dispose()
