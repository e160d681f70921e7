"""The command line: ``belteam COMMAND``. Each command module adds its own sub-commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from belteam import bootstrap
from belteam.cli import (
    accounts,
    calls,
    demo,
    encrypt,
    importing,
    matching,
    outreach,
    people,
    privacy,
)
from belteam.cli.accounts import authenticate
from belteam.cli.common import CommandError, error, iso_date, print_json  # noqa: F401
from belteam.core.actors import PermissionDenied
from belteam.core.clock import clock
from belteam.core.validation import ValidationError
from belteam.storage import db as dbmod
from belteam.storage.migrations import init_db

# Each module's ``register(subparsers)`` adds its commands with ``set_defaults(func=...)``,
# where func(args, actor) returns an exit status.
COMMAND_MODULES = [people, importing, accounts, privacy, demo, calls, outreach, encrypt, matching]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="belteam", description="Belteam: the phone circle's call scheduler.")
    parser.add_argument("--db", help="database: a file path, sqlite:///path or postgresql://… (default: BELTEAM_DB or the user data folder)")
    parser.add_argument("--as-of", type=iso_date, help="act as if today were YYYY-MM-DD")
    parser.add_argument("--user", help="account name (needed once accounts exist); password from BELTEAM_PASSWORD or the terminal")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    """Parse, open the database, authenticate and run one command; returns the exit status."""
    bootstrap.wire()
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
