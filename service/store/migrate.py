"""Bring a database to the newest schema with the Alembic migrations shipped in the package."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def upgrade_to_head(engine: Engine) -> None:
    """Apply every migration not yet applied; safe to call on every start."""
    settings = AlembicConfig()
    settings.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        writer = connection.execution_options(writer=True)
        settings.attributes["connection"] = writer
        command.upgrade(settings, "head")
        writer.commit()
