"""Signing in on the command line, and ``belteam user …`` for the coordinator.

``authenticate`` tells belteam.cli.main who is acting.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date

from belteam.accounts import letters, onetime
from belteam.accounts import users as accounts
from belteam.cli.common import CommandError, print_json
from belteam.core.actors import SYSTEM, Actor, require
from belteam.core.messages import _
from belteam.core.validation import ValidationError
from belteam.storage import db as dbmod
from belteam.storage.models import Volunteer
from belteam.storage.queries import not_erased


def _ask(prompt: str, env: str) -> str:
    """A secret from the environment variable, else typed on the terminal (never echoed)."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandError(f"No terminal to ask for the password: set {env}.")
    return getpass.getpass(prompt)


def authenticate(args: argparse.Namespace) -> Actor:
    """The acting user: the system while no account exists, else --user with its password."""
    if not accounts.has_users():
        return SYSTEM
    if not args.user:
        raise CommandError("Accounts exist: give --user NAME (password from BELTEAM_PASSWORD "
                           "or typed when asked).")
    password = _ask(f"Password for {args.user}: ", "BELTEAM_PASSWORD")
    try:
        return accounts.sign_in(args.user, password, where="cli")
    except accounts.SignInError as exc:
        raise CommandError(str(exc)) from None


MUST_CHANGE = ("This account still has its one-time password: first choose your own with "
               "'belteam user password' (new password from BELTEAM_NEW_PASSWORD or asked).")


def require_own_password(args: argparse.Namespace, actor: Actor) -> None:
    """With a one-time password, only ``belteam user password`` runs."""
    if getattr(args, "func", None) is cmd_password or not accounts.must_change_password(actor):
        return
    raise CommandError(MUST_CHANGE)


def as_of_allowed(actor: Actor, day: date) -> date:
    """``--as-of`` is for coordinators (and databases without accounts); others get an error."""
    if not accounts.may_pretend(actor):
        raise CommandError(_(accounts.AS_OF_REFUSED))
    return day


def _new_password() -> str:
    if "BELTEAM_NEW_PASSWORD" in os.environ:
        password = os.environ["BELTEAM_NEW_PASSWORD"]
        repeat = password
    else:
        password = _ask("New password: ", "BELTEAM_NEW_PASSWORD")
        repeat = getpass.getpass("Repeat the new password: ")
    try:
        accounts.check_new_password(password, repeat)
    except ValidationError as exc:
        raise CommandError(" ".join(exc.errors.values())) from None
    return password


def register(sub: argparse._SubParsersAction) -> None:
    user = sub.add_parser("user", help="accounts: add, disable, reset a password, list")
    cmds = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = cmds.add_parser("add", help="create an account (new password from BELTEAM_NEW_PASSWORD or asked)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["coordinator", "volunteer", "staff"])
    add.add_argument("--volunteer", metavar="CODE", help="link to this volunteer (role volunteer)")
    add.set_defaults(func=cmd_add, creates_db=True)
    off = cmds.add_parser("disable", help="switch an account off")
    off.add_argument("name")
    off.set_defaults(func=cmd_disable)
    on = cmds.add_parser("enable", help="switch an account on again")
    on.add_argument("name")
    on.set_defaults(func=cmd_enable)
    reset = cmds.add_parser("reset-password", help="give an account a new password")
    reset.add_argument("name")
    reset.set_defaults(func=cmd_reset)
    many = cmds.add_parser("add-volunteers", help="accounts with a one-time password for "
                           "volunteers without one (printed once)")
    many.add_argument("codes", nargs="*", metavar="CODE", help="these volunteers")
    many.add_argument("--all", action="store_true", help="every volunteer without an account")
    many.add_argument("--letters", metavar="FILE.pdf", help="also write a letter per volunteer")
    many.set_defaults(func=cmd_add_volunteers)
    own = cmds.add_parser("password", help="change your own password (new one from "
                          "BELTEAM_NEW_PASSWORD or asked)")
    own.set_defaults(func=cmd_password)
    lst = cmds.add_parser("list", help="print the accounts")
    lst.add_argument("--json", action="store_true", help="as JSON (the default)")
    lst.set_defaults(func=cmd_list)


def _volunteer_id(code: str | None) -> int | None:
    if not code:
        return None
    volunteer = Volunteer.get_or_none(Volunteer.code == code.upper(), not_erased(Volunteer))
    if volunteer is None:
        raise CommandError(f"No volunteer with code '{code}'.")
    return volunteer.id


def cmd_add(args: argparse.Namespace, actor: Actor) -> int:
    require(actor, "users.admin")  # refuse before asking for a password
    volunteer_id = _volunteer_id(args.volunteer)
    user = accounts.create_user(actor, args.name, args.role, _new_password(), volunteer_id)
    print(f"Account '{user.username}' ({user.role}) created.")
    return 0


def cmd_add_volunteers(args: argparse.Namespace, actor: Actor) -> int:
    require(actor, "users.admin")
    if bool(args.codes) == bool(args.all):
        raise CommandError("Give volunteer codes or --all (not both).")
    ids = None if args.all else [i for code in args.codes if (i := _volunteer_id(code)) is not None]
    if args.letters and not args.letters.lower().endswith(".pdf"):
        raise CommandError(f"'{args.letters}' should end in .pdf.")
    made = onetime.create_accounts_for(actor, ids)
    if not made:
        print("Every chosen volunteer has an account already.")
        return 0
    print("Shown once: hand each volunteer their password; it must be changed at first sign-in.")
    for account in made:
        print(f"{account.username}\t{account.password}\t{account.volunteer_name}")
    if args.letters:
        try:
            letters.write(args.letters, made)
        except OSError as exc:
            raise CommandError(f"The letters could not be written to {args.letters}: "
                               f"{exc.strerror or exc}. The passwords are above.") from None
        print(f"Letters written to {args.letters}.")
    return 0


def cmd_password(args: argparse.Namespace, actor: Actor) -> int:
    if actor.user_id is None:
        raise CommandError("Only a signed-in account can change its password.")
    current = _ask("Current password: ", "BELTEAM_PASSWORD")
    try:
        accounts.change_own_password(actor, current, _new_password())
    except ValidationError as exc:
        raise CommandError(" ".join(exc.errors.values())) from None
    print(f"Your password is changed, {actor.username}.")
    return 0


def cmd_disable(args: argparse.Namespace, actor: Actor) -> int:
    accounts.set_disabled(actor, args.name, True)
    print(f"Account '{args.name}' switched off.")
    return 0


def cmd_enable(args: argparse.Namespace, actor: Actor) -> int:
    accounts.set_disabled(actor, args.name, False)
    print(f"Account '{args.name}' switched on.")
    return 0


def cmd_reset(args: argparse.Namespace, actor: Actor) -> int:
    require(actor, "users.admin")
    accounts.reset_password(actor, args.name, _new_password())
    print(f"New password set for '{args.name}'.")
    return 0


def cmd_list(args: argparse.Namespace, actor: Actor) -> int:
    print_json([accounts.user_row(u) for u in accounts.users(actor)])
    return 0


def _key_prompt(path: str) -> str:
    """Ask for an encrypted database's key on the terminal (when BELTEAM_DB_KEY is not set)."""
    if not sys.stdin or not sys.stdin.isatty():
        return ""
    return getpass.getpass(f"Key for the encrypted database {path}: ")


dbmod.KEY_PROMPT = _key_prompt
