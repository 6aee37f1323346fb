"""Migrations bring an existing database forward without losing what it holds."""

from __future__ import annotations

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import text

from service.store import build_engine, upgrade_to_head
from service.store.migrate import MIGRATIONS_DIR


def upgrade_to(engine, revision: str) -> None:
    settings = AlembicConfig()
    settings.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        settings.attributes["connection"] = connection
        command.upgrade(settings, revision)
        connection.commit()


def test_surname_keys_are_filled_in_for_speakers_stored_before_them(database_url: str) -> None:
    engine = build_engine(database_url)
    upgrade_to(engine, "0004")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO speakers (name, kind, merge_key) VALUES ('Antony Blinken', "
                "'person', 'antony blinken'), ('an official', 'description', NULL)"
            )
        )
    upgrade_to_head(engine)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT name, surname_key FROM speakers ORDER BY id"))
        assert [tuple(row) for row in rows] == [
            ("Antony Blinken", "blinken"),
            ("an official", None),
        ]
    upgrade_to_head(engine)  # a second run changes nothing and does not fail
    engine.dispose()
