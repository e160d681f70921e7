"""Encryption at rest: choosing a passphrase, and copying a plain SQLite file into SQLCipher."""

from __future__ import annotations

from pathlib import Path

from belteam.core.actors import Actor, require
from belteam.core.messages import _
from belteam.storage.db import (  # noqa: F401  (the window asks for the key through these)
    KEY_ENV,
    SQLCIPHER_PREFIX,
    key_given,
    sqlcipher_path,
)

MIN_PASSPHRASE_LENGTH = 10
SQLITE_HEADER = b"SQLite format 3\x00"


class EncryptionError(Exception):
    """The copy cannot be made or did not come out right; the message says what to do."""


def new_passphrase_problem(passphrase: str, repeat: str) -> str | None:
    """Why a new passphrase (typed twice) cannot be used, or None when it is fine."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return _("A passphrase needs at least {minimum} characters ({length} given).",
                 minimum=MIN_PASSPHRASE_LENGTH, length=len(passphrase))
    if passphrase != repeat:
        return _("The two passphrases are not the same.")
    return None


def is_new_file(path: str | Path) -> bool:
    """True when opening ``path`` would make a new database (no file, or an empty one)."""
    file = Path(path).expanduser()
    return not file.exists() or file.stat().st_size == 0


def is_plain_sqlite(path: str | Path) -> bool:
    """True for an unencrypted SQLite database file."""
    try:
        with Path(path).expanduser().open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _sqlcipher():
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise EncryptionError(_("Encrypting needs SQLCipher: run  pip install 'belteam[encryption]'")) from exc
    return dbapi2


def table_counts(connection, schema: str = "main") -> dict[str, int]:
    """Rows per table of an open DB-API connection (SQLite's own tables left out)."""
    names = [row[0] for row in connection.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: connection.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
            for name in names}


def encrypt_copy(actor: Actor, source: str | Path, target: str | Path, passphrase: str) -> dict[str, int]:
    """Copy the plain database ``source`` into a new encrypted file ``target``; returns the
    rows per table, checked in the copy opened with the passphrase."""
    require(actor, "data.encrypt")
    source, target = Path(source).expanduser(), Path(target).expanduser()
    _check_files(source, target)
    problem = new_passphrase_problem(passphrase, passphrase)
    if problem:
        raise EncryptionError(problem)
    sqlcipher = _sqlcipher()
    plain = sqlcipher.connect(str(source), isolation_level=None)  # no key: a plain file
    try:
        plain.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), passphrase))
        plain.execute("BEGIN")  # count and copy the same state, even if the window writes
        counts = table_counts(plain)
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute("COMMIT")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    _verify(target, passphrase, counts)
    return counts


def _check_files(source: Path, target: Path) -> None:
    if not is_plain_sqlite(source):
        raise EncryptionError(_("{path} is not a plain (unencrypted) SQLite database file.",
                                path=source))
    if target.exists():
        raise EncryptionError(_("{path} already exists; choose a new file name for the encrypted "
                                "copy. Nothing was overwritten.", path=target))
    if not target.resolve().parent.is_dir():
        raise EncryptionError(_("The folder {folder} does not exist; create it or choose another "
                                "file.", folder=target.resolve().parent))


def _verify(target: Path, passphrase: str, expected: dict[str, int]) -> None:
    """Open the copy with the key and compare the counts; a wrong copy is removed."""
    sqlcipher = _sqlcipher()
    copy = sqlcipher.connect(str(target), isolation_level=None)
    try:
        copy.execute("PRAGMA key = " + _quoted(passphrase))
        found = table_counts(copy)
    except sqlcipher.DatabaseError as exc:
        found = {f"? {exc}": -1}
    finally:
        copy.close()
    if found != expected:
        target.unlink(missing_ok=True)
        raise EncryptionError(_("The encrypted copy did not come out right ({found} instead of "
                                "{expected}); it was removed. The original is unchanged.",
                                found=found, expected=expected))


def _quoted(text: str) -> str:
    """An SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + text.replace("'", "''") + "'"
