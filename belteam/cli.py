"""The command line: ``belteam COMMAND``. Each command module registers its own sub-commands."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from belteam import db as dbmod
from belteam.actors import SYSTEM, Actor, PermissionDenied
from belteam.clock import clock
from belteam.validation import ValidationError

# Modules with a ``register(subparsers)`` function; each adds its commands with
# ``set_defaults(func=...)`` where func(args, actor) returns an exit status.
COMMAND_MODULES = [
    "belteam.cli_people",
    "belteam.cli_import",
    "belteam.cli_accounts",
    "belteam.cli_privacy",
    "belteam.cli_demo",
    "belteam.cli_calls",
    "belteam.cli_outreach",
    "belteam.cli_encrypt",
]


class CommandError(Exception):
    """A command failed in a way the user can fix; the message says how."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="belteam", description="Belteam: the phone circle's call scheduler.")
    parser.add_argument("--db", help="database: a file path, sqlite:///path or postgresql://… (default: BELTEAM_DB or the user data folder)")
    parser.add_argument("--as-of", type=_iso_date, help="act as if today were YYYY-MM-DD")
    parser.add_argument("--user", help="account name (needed once accounts exist); password from BELTEAM_PASSWORD or the terminal")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write YYYY-MM-DD") from None


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def error(message: str) -> int:
    print(f"belteam: {message}", file=sys.stderr)
    return 2


# Set by the accounts module once it exists: (args) -> Actor, raising CommandError.
authenticate: Callable[[argparse.Namespace], Actor] = lambda args: SYSTEM  # noqa: E731


def run(argv: Sequence[str] | None = None) -> int:
    """Parse, open the database, authenticate and run one command; returns the exit status."""
    from belteam.schema import init_db

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    if args.as_of:
        clock.pin(args.as_of)
    try:
        init_db(args.db)
        actor = authenticate(args)
        return int(args.func(args, actor) or 0)
    except PermissionDenied as exc:
        return error(str(exc))
    except ValidationError as exc:
        return error(str(exc))
    except (CommandError, LookupError, dbmod.DatabaseError) as exc:
        return error(str(exc))
    finally:
        dbmod.close()


def main(argv: Sequence[str] | None = None) -> None:
    sys.exit(run(argv))


if __name__ == "__main__":
    main()
