"""Copy a benchmark's SQLite database into a fresh PostgreSQL database, rows as they are."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy import insert, select

from service.config import Config
from service.setup import prepare_database
from service.store import build_engine
from service.store.tables import corpus_changes, documents, quotes, speaker_aliases, speakers

ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
TABLES = (documents, speakers, speaker_aliases, quotes, corpus_changes)


@contextmanager
def copied_to_postgres(sqlite_url: str) -> Iterator[str]:
    name = f"quotecheck_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    try:
        prepare_database(Config(database_url=url, seeds_dir="/nonexistent"))
        _copy_rows(sqlite_url, url)
        yield url
    finally:
        with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _copy_rows(source_url: str, target_url: str) -> None:
    source, target = build_engine(source_url), build_engine(target_url)
    with source.connect() as reading, target.begin() as writing:
        for table in TABLES:
            rows = [dict(row) for row in reading.execute(select(table)).mappings()]
            for start in range(0, len(rows), 5000):
                writing.execute(insert(table), rows[start : start + 5000])
        for table in TABLES:
            key = next(iter(table.primary_key.columns), None)
            if key is not None and key.autoincrement is not False and str(key.type) == "INTEGER":
                writing.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key.name}'), "
                    f"COALESCE((SELECT MAX({key.name}) FROM {table.name}), 1))"
                )
    # As after any bulk load: the planner's statistics, which autovacuum would otherwise
    # gather only later (and never where it is off, as on this machine's PostgreSQL).
    with target.begin() as analysing:
        analysing.exec_driver_sql("ANALYZE")
    source.dispose()
    target.dispose()
