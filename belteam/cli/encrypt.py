"""``belteam encrypt SOURCE TARGET``: make an encrypted (SQLCipher) copy of a plain database."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

import peewee

from belteam.cli.common import CommandError
from belteam.core.actors import Actor, require
from belteam.privacy import encryption
from belteam.storage import db as dbmod


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "encrypt", help="copy a plain SQLite database into a new encrypted file",
        description="Copy a plain SQLite database into a new SQLCipher file. The passphrase "
                    f"comes from {dbmod.KEY_ENV} or is asked twice. Keep it safe: a lost "
                    "passphrase means the data cannot be recovered. Open the copy with "
                    "--db sqlcipher:///TARGET (four slashes for an absolute path).")
    # SOURCE is the database this command opens and signs in to (dest "db"), so only its
    # coordinator (or the system while it has no accounts) may copy it.
    p.add_argument("db", metavar="SOURCE", type=_source, help="the plain SQLite database file")
    p.add_argument("target", metavar="TARGET", type=_target, help="the new encrypted file")
    p.set_defaults(func=cmd_encrypt)


def _source(text: str) -> str:
    path = dbmod.sqlite_path(text)
    if not encryption.is_plain_sqlite(path):
        raise argparse.ArgumentTypeError(f"{path} is not a plain (unencrypted) SQLite database file")
    return path


def _target(text: str) -> str:
    path = dbmod.sqlcipher_path(text) if text.startswith(dbmod.SQLCIPHER_PREFIX) else text
    if Path(path).expanduser().exists():
        raise argparse.ArgumentTypeError(
            f"{path} already exists; choose a new file name (nothing was overwritten)")
    return path


def _new_passphrase() -> str:
    """The key from BELTEAM_DB_KEY, else typed twice on the terminal (never echoed)."""
    if dbmod.KEY_ENV in os.environ:
        passphrase = repeat = os.environ[dbmod.KEY_ENV]
    elif not sys.stdin or not sys.stdin.isatty():
        raise CommandError(f"No terminal to ask for the passphrase: set {dbmod.KEY_ENV}.")
    else:
        print("Keep the passphrase safe: if it is lost, the data cannot be recovered.",
              file=sys.stderr)
        passphrase = getpass.getpass("Passphrase for the encrypted copy: ")
        repeat = getpass.getpass("Repeat the passphrase: ")
    problem = encryption.new_passphrase_problem(passphrase, repeat)
    if problem:
        raise CommandError(problem)
    return passphrase


def _release_source() -> None:
    """Write the source's WAL into the file and close it, so the copy sees everything."""
    database = dbmod.DB.obj
    if isinstance(database, peewee.SqliteDatabase) and not database.is_closed():
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    dbmod.close()


def cmd_encrypt(args: argparse.Namespace, actor: Actor) -> int:
    require(actor, "data.encrypt")  # refuse before asking for a passphrase
    passphrase = _new_passphrase()
    _release_source()
    try:
        counts = encryption.encrypt_copy(actor, args.db, args.target, passphrase)
    except encryption.EncryptionError as exc:
        raise CommandError(str(exc)) from None
    target = Path(args.target).expanduser().resolve()
    print(f"Encrypted copy made: {target} ({len(counts)} tables, {sum(counts.values())} rows, "
          "checked with the passphrase).")
    print(f"Open it with  --db sqlcipher:///{target}  (the original {args.db} is unchanged; "
          "delete it safely once you have checked the copy).")
    return 0
