"""The ``quotecheck`` command."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from service.config import Config
from service.setup import prepare_database


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="quotecheck", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("init", help="migrate the database and load the seeds into a new corpus")
    serve = commands.add_parser("serve", help="serve the API under gunicorn")
    serve.add_argument("--host", default=None, help="address to bind (default: HOST or 127.0.0.1)")
    serve.add_argument("--port", default=None, help="port (default: PORT or 8000)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if args.command == "init":
        prepare_database(Config.from_environment())
        return 0
    return _serve(args.host, args.port)


def _serve(host: str | None, port: str | None) -> int:
    if host:
        os.environ["HOST"] = host
    if port:
        os.environ["PORT"] = port
    gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
    os.execv(gunicorn, [gunicorn, "--config", "python:service.serving"])


if __name__ == "__main__":
    sys.exit(main())
