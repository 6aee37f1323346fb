"""The ``quotecheck`` command line.

    quotecheck init                                   migrate the database, load the seeds
    quotecheck serve [--host H] [--port P]            serve the API under gunicorn
    quotecheck ingest FILE…|DIR [--kind K]            bulk ingest; re-running skips what is in
    quotecheck verify "QUOTE" [--speaker NAME] [--json]
    quotecheck check DRAFT [--format text|html] [--json]
    quotecheck keys create NAME [--role read|write|admin] | keys list | keys revoke NAME

``ingest``, ``verify`` and ``check`` work on the local database (``DATABASE_URL``) or, with
``--url``, against a running service, sending ``QUOTECHECK_API_KEY`` as ``X-API-Key``; both give
the same output. Exit codes: 0 success (``verify``/``check``: every quote verified), 1 failure
(``ingest``: some document failed), 2 ``verify``/``check`` found a quote that is not verified.
"""

from service.cli.commands import main

__all__ = ["main"]
