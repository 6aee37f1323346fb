"""``quotecheck keys create|list|revoke``: managing API keys on the local database."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy import Engine

from service.access.keys import ROLES, KeyProblem, create_key, list_keys, revoke_key


def add_key_commands(commands: argparse._SubParsersAction) -> None:
    keys = commands.add_parser("keys", help="create, list and revoke API keys")
    actions = keys.add_subparsers(dest="key_action", required=True)
    create = actions.add_parser("create", help="create a key and print it (shown only once)")
    create.add_argument("name", help="the identity the key's requests act as, e.g. a desk")
    create.add_argument("--role", choices=ROLES, default="read")
    actions.add_parser("list", help="list keys (never the keys themselves)")
    revoke = actions.add_parser("revoke", help="revoke a key by name")
    revoke.add_argument("name")


def run_key_command(engine: Engine, args: argparse.Namespace) -> int:
    """Carry out a ``keys`` command; 0 on success, 1 with a message on stderr otherwise."""
    try:
        if args.key_action == "create":
            print(create_key(engine, args.name, args.role))
        elif args.key_action == "revoke":
            revoke_key(engine, args.name)
            print(f"revoked {args.name}")
        else:
            for key in list_keys(engine):
                state = f"revoked {key['revoked_at']:%Y-%m-%d}" if key["revoked_at"] else "active"
                print(f"{key['name']}\t{key['role']}\tqc_{key['prefix']}_…\t{state}")
    except KeyProblem as problem:
        print(f"quotecheck keys: {problem}", file=sys.stderr)
        return 1
    return 0
