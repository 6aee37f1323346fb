"""Parsing the command line and running each command."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy.exc import OperationalError

from schemas.documents import DOCUMENT_KINDS
from service.access.command import add_key_commands, run_key_command
from service.cli.backends import Backend, RequestRejected, ServiceUnavailable
from service.cli.bulk import ingest_sources, summary_report
from service.cli.local import LocalBackend
from service.cli.remote import RemoteBackend
from service.cli.reports import check_report, verification_report
from service.config import Config
from service.setup import prepare_database
from service.store import build_engine

EXIT_OK, EXIT_FAILED, EXIT_NOT_VERIFIED, EXIT_INTERRUPTED = 0, 1, 2, 130


class ArgumentParser(argparse.ArgumentParser):
    # A usage mistake exits 1, keeping 2 for "a quote is not verified" (read by CMS hooks).
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_FAILED, f"{self.prog}: error: {message}\n")


def main(argv: list[str] | None = None) -> int:
    """Run one ``quotecheck`` command; returns its exit code."""
    args = _parser().parse_args(argv)
    quiet = args.command in ("ingest", "verify", "check")
    logging.basicConfig(
        level=logging.WARNING if quiet else logging.INFO,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command == "init":
        prepare_database(Config.from_environment())
        return EXIT_OK
    if args.command == "serve":
        _serve(args.host, args.port)
    if args.command == "keys":
        return _keys(args)
    try:
        return _with_backend(args.url, lambda backend: COMMANDS[args.command](backend, args))
    except (RequestRejected, ServiceUnavailable, OSError, UnicodeDecodeError) as error:
        print(f"quotecheck {args.command}: {error}", file=sys.stderr)
        return EXIT_FAILED
    except OperationalError as error:
        print(f"quotecheck {args.command}: database error: {error.orig}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        # Every document stored so far is complete: its own transaction committed it.
        print(f"\nquotecheck {args.command}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _keys(args: argparse.Namespace) -> int:
    config = Config.from_environment()
    prepare_database(config)
    engine = build_engine(config.database_url)
    try:
        return run_key_command(engine, args)
    finally:
        engine.dispose()


def _with_backend(url: str | None, run: Callable[[Backend], int]) -> int:
    backend: Backend = RemoteBackend(url) if url else LocalBackend(Config.from_environment())
    try:
        return run(backend)
    finally:
        backend.close()


def _ingest(backend: Backend, args: argparse.Namespace) -> int:
    summary = ingest_sources(backend, args.paths, args.kind, sys.stderr)
    sys.stdout.write(summary_report(summary))
    return EXIT_FAILED if summary.failures else EXIT_OK


def _verify(backend: Backend, args: argparse.Namespace) -> int:
    result = backend.verify(args.quote, args.speaker)
    _print(result, args.json, verification_report)
    return EXIT_OK if result["verdict"] == "verified" else EXIT_NOT_VERIFIED


def _check(backend: Backend, args: argparse.Namespace) -> int:
    checked = backend.check(args.draft.read_text(encoding="utf-8"), args.format)
    _print(checked, args.json, check_report)
    unverified = [q for q in checked["quotes"] if q["result"]["verdict"] != "verified"]
    return EXIT_NOT_VERIFIED if unverified else EXIT_OK


COMMANDS: dict[str, Callable[[Backend, argparse.Namespace], int]] = {
    "ingest": _ingest,
    "verify": _verify,
    "check": _check,
}


def _print(data: dict[str, Any], as_json: bool, readable: Callable[[dict[str, Any]], str]) -> None:
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    else:
        sys.stdout.write(readable(data))


def _serve(host: str | None, port: str | None) -> NoReturn:
    if host:
        os.environ["HOST"] = host
    if port:
        os.environ["PORT"] = port
    gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
    os.execv(gunicorn, [gunicorn, "--config", "python:service.serving"])


def _parser() -> ArgumentParser:
    parser = ArgumentParser(prog="quotecheck", description="Quote and attribution checker.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("init", help="migrate the database and load the seeds into a new corpus")
    serve = commands.add_parser("serve", help="serve the API under gunicorn")
    serve.add_argument("--host", default=None, help="address to bind (default: HOST or 127.0.0.1)")
    serve.add_argument("--port", default=None, help="port (default: PORT or 8000)")
    add_key_commands(commands)
    target = ArgumentParser(add_help=False)
    target.add_argument(
        "--url", help="a running service (default: the local DATABASE_URL); key: QUOTECHECK_API_KEY"
    )
    ingest = commands.add_parser("ingest", parents=[target], help="ingest files and folders")
    ingest.add_argument("paths", nargs="+", type=Path, metavar="FILE|DIR")
    ingest.add_argument("--kind", default="article", choices=DOCUMENT_KINDS)
    verify = commands.add_parser("verify", parents=[target], help="verify one quote")
    verify.add_argument("quote", metavar="QUOTE")
    verify.add_argument("--speaker", metavar="NAME", help="who is claimed to have said it")
    verify.add_argument("--json", action="store_true", help="the API's JSON instead of a report")
    check = commands.add_parser("check", parents=[target], help="verify every quote of a draft")
    check.add_argument("draft", type=Path, metavar="FILE")
    check.add_argument("--format", default="text", choices=("text", "html"))
    check.add_argument("--json", action="store_true", help="the API's JSON instead of a report")
    return parser
