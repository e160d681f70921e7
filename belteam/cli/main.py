"""The command line: ``belteam COMMAND``. Each command module adds its own sub-commands."""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Sequence

import peewee

from belteam import bootstrap
from belteam.cli import (
    accounts,
    backup,
    calls,
    demo,
    encrypt,
    importing,
    matching,
    outreach,
    people,
    privacy,
    report,
)
from belteam.cli.accounts import as_of_allowed, authenticate, require_own_password
from belteam.cli.common import CommandError, error, iso_date, pipe_closed, print_json  # noqa: F401
from belteam.core import private
from belteam.core.actors import PermissionDenied
from belteam.core.clock import clock
from belteam.core.languages import SCREEN_LANGUAGES
from belteam.core.validation import ValidationError
from belteam.storage import db as dbmod
from belteam.storage.migrations import init_db

# Each module's ``register(subparsers)`` adds its commands with ``set_defaults(func=...)``,
# where func(args, actor) returns an exit status.
COMMAND_MODULES = [people, importing, accounts, privacy, demo, calls, outreach, encrypt, backup,
                   report, matching]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="belteam", description="Belteam: the phone circle's call scheduler.",
        epilog="Without a COMMAND, belteam opens the window.")
    parser.add_argument("--db", help="database: a file path, sqlite:///path or postgresql://… (default: BELTEAM_DB or the user data folder)")
    parser.add_argument("--as-of", type=iso_date, help="act as if today were YYYY-MM-DD")
    parser.add_argument("--user", help="account name (needed once accounts exist); password from BELTEAM_PASSWORD or the terminal")
    parser.add_argument("--lang", choices=SCREEN_LANGUAGES,
                        help="language of the window (default: the saved setting, else the system's); "
                             "the command line speaks English")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def command_names(parser: argparse.ArgumentParser) -> list[str]:
    """The COMMAND words the parser knows."""
    return [name for action in parser._actions
            if isinstance(action, argparse._SubParsersAction) for name in action.choices]


def command_word(argv: Sequence[str], parser: argparse.ArgumentParser | None = None) -> str | None:
    """The first word of ``argv`` that is neither an option nor an option's value: the command
    asked for, or None when there is none (then ``belteam`` opens the window)."""
    parser = parser or build_parser()
    takes_value = {flag for action in parser._actions if action.option_strings and action.nargs != 0
                   for flag in action.option_strings}
    words = iter(argv)
    for word in words:
        if word == "--":
            return next(words, None)
        if word.startswith("-") and word != "-":
            if word in takes_value:  # "--db FILE"; "--db=FILE" carries its own value
                next(words, None)
            continue
        return word
    return None


def unknown_command(word: str, parser: argparse.ArgumentParser) -> str | None:
    """One line for a word that is no command (with the nearest real one), else None."""
    names = command_names(parser)
    if word in names:
        return None
    nearest = difflib.get_close_matches(word, names, n=1, cutoff=0.0)[0]
    return f"belteam: unknown command '{word}'; did you mean '{nearest}'? (belteam --help lists all)"


def run(argv: Sequence[str] | None = None) -> int:
    """Parse, open the database, authenticate and run one command; returns the exit status."""
    bootstrap.wire()
    private.restrict_new_files()
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    word = command_word(argv, parser)
    message = unknown_command(word, parser) if word is not None else None
    if message:
        print(message, file=sys.stderr)
        return 2
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        # Only the commands that put data in may start a new database (set_defaults creates_db);
        # a restore may replace a damaged file, so it opens without the integrity check.
        init_db(args.db, check=args.command != "restore",
                create=getattr(args, "creates_db", False))
        actor = authenticate(args)
        require_own_password(args, actor)
        if args.as_of:
            clock.pretend(as_of_allowed(actor, args.as_of))
        status = int(args.func(args, actor) or 0)
        sys.stdout.flush()  # a closed pipe shows here, inside the guard
        return status
    except BrokenPipeError:
        return pipe_closed()
    except PermissionDenied as exc:
        return error(str(exc))
    except ValidationError as exc:
        return error(str(exc))
    except (CommandError, LookupError, dbmod.DatabaseError) as exc:
        return error(str(exc))
    except peewee.OperationalError as exc:
        if not dbmod.is_lock_error(exc):
            raise
        return error(dbmod.locked_message())
    except OverflowError:  # a last guard: the date arguments are checked when parsed
        return error("A date is outside what Belteam can work with.")
    finally:
        clock.pretend(None)
        dbmod.close()


def main(argv: Sequence[str] | None = None) -> None:
    sys.exit(run(argv))


if __name__ == "__main__":
    main()
