"""PostgreSQL: each process's own connection for the look at the change log
(service/store/own_connection.py): it comes back after a failure, a forked child never uses
its parent's, and disposing of the engine closes it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from service.config import Config
from service.setup import prepare_database
from service.store import build_engine, own_connection
from service.store.changes import surely_unchanged_since
from tests.databases import throwaway_database

BACKEND_PID = "SELECT pg_backend_pid()"


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    with throwaway_database("postgresql", tmp_path) as url:
        prepare_database(Config(database_url=url, seeds_dir=str(tmp_path / "none")))
        engine = build_engine(url)
        try:
            yield engine
        finally:
            engine.dispose()


def _backends(engine: Engine) -> set[int]:
    """The server processes connected to this database, other than the asking one."""
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT pid FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
        return {int(pid) for (pid,) in rows}


def test_the_look_keeps_one_connection_and_makes_a_new_one_after_it_is_cut(
    engine: Engine,
) -> None:
    (first,) = own_connection.first_row(engine, BACKEND_PID, ())
    assert own_connection.first_row(engine, BACKEND_PID, ()) == (first,)
    with engine.connect() as connection:
        connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
    # The cut connection cannot answer: the look is unsure, and raises nothing.
    assert surely_unchanged_since(engine, 0) is False
    assert surely_unchanged_since(engine, 0) is True
    (second,) = own_connection.first_row(engine, BACKEND_PID, ())
    assert second != first


def test_a_forked_child_makes_its_own_connection_and_leaves_its_parents_open(
    engine: Engine,
) -> None:
    (parents,) = own_connection.first_row(engine, BACKEND_PID, ())
    child = os.fork()
    if child == 0:  # pragma: no cover - the child reports through its exit code
        try:
            (childs,) = own_connection.first_row(engine, BACKEND_PID, ())
            os._exit(0 if childs != parents and surely_unchanged_since(engine, 0) else 1)
        finally:
            os._exit(2)
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    # The child forgot the inherited connection without closing it.
    assert own_connection.first_row(engine, BACKEND_PID, ()) == (parents,)


def test_disposing_of_the_engine_closes_the_connection(engine: Engine) -> None:
    (backend,) = own_connection.first_row(engine, BACKEND_PID, ())
    assert backend in _backends(engine)
    engine.dispose()
    assert backend not in _backends(engine)
