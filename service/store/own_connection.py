"""A connection of each process's own, beside the pool, for one statement that every
verification runs first: the look at the change log on PostgreSQL.

Through the pool that look costs a pre-ping round trip, SQLAlchemy's checkout and the statement
itself, about 0.4 ms. On a connection of the process's own, in autocommit mode (so that each
statement sees the newest commit), it is the statement's one round trip.

The connection is made on a process's first statement, and again after any failure, which the
caller hears as ``Unavailable`` and answers by taking the pooled path. A forked worker never
uses its parent's connection (the two would talk over one socket): it makes its own, and forgets
the inherited one without closing it (psycopg closes a connection only in the process that
opened it). ``Engine.dispose()`` closes it, as it closes the pool's.
"""

from __future__ import annotations

import os
from contextlib import closing, suppress
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, event


class Unavailable(Exception):
    """The process's own connection could not be made or could not answer."""


# Per engine: the process that opened the connection, and the driver's connection.
_OPENED: WeakKeyDictionary[Engine, tuple[int, Any]] = WeakKeyDictionary()


def first_row(engine: Engine, statement: str, parameters: tuple[Any, ...]) -> Any:
    """The statement's first row, or None, on this process's own autocommit connection to
    ``engine``'s database. Raises Unavailable, after closing the connection, on any failure."""
    connection = _connection_of_this_process(engine)
    try:
        with closing(connection.cursor()) as cursor:
            cursor.execute(statement, parameters)
            return cursor.fetchone()
    except Exception as failure:
        _close(engine)
        raise Unavailable from failure


def _connection_of_this_process(engine: Engine) -> Any:
    opened = _OPENED.get(engine)
    if opened is not None and opened[0] == os.getpid():
        return opened[1]
    try:
        arguments, keywords = engine.dialect.create_connect_args(engine.url)
        connection = engine.dialect.connect(*arguments, **keywords)
        connection.autocommit = True
    except Exception as failure:
        raise Unavailable from failure
    _OPENED[engine] = (os.getpid(), connection)
    if not event.contains(engine, "engine_disposed", _close):
        event.listen(engine, "engine_disposed", _close)
    return connection


def _close(engine: Engine) -> None:
    opened = _OPENED.pop(engine, None)
    if opened is not None and opened[0] == os.getpid():
        with suppress(Exception):
            opened[1].close()
