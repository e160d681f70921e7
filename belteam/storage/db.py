"""Opening the database: an embedded SQLite file or a shared PostgreSQL server."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar
from urllib.parse import unquote, urlparse

import peewee

from belteam.core import config, private
from belteam.core.errors import DatabaseError  # noqa: F401  (raised here, defined in core)
from belteam.core.messages import _

DB = peewee.DatabaseProxy()

SQLCIPHER_PREFIX = "sqlcipher://"
KEY_ENV = "BELTEAM_DB_KEY"
# Asks for an encrypted database's key when BELTEAM_DB_KEY is not set (the CLI sets a
# terminal prompt); takes the file path, returns the key.
KEY_PROMPT: Callable[[str], str] | None = None
# A key the caller gave for the next opening (key_given); it wins over the environment.
_given_key: str | None = None

# How long a statement waits for another program's lock before giving up, on every
# connection of both engines (SQLite's busy_timeout, PostgreSQL's lock_timeout).
BUSY_TIMEOUT_MS = 30_000

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "cache_size": -64000,
}


def _sqlite_pragmas() -> dict:
    return {**SQLITE_PRAGMAS, "busy_timeout": BUSY_TIMEOUT_MS}


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgres://", "postgresql://"))


def sqlite_path(url: str) -> str:
    """Turn a file path, ``sqlite:///path`` or ``:memory:`` into what sqlite3 opens."""
    if url.startswith("sqlite:///"):
        return unquote(url[len("sqlite:///"):]) or ":memory:"
    if url.startswith("sqlite://"):
        return unquote(url[len("sqlite://"):]) or ":memory:"
    return url


@contextmanager
def key_given(passphrase: str) -> Iterator[None]:
    """Open encrypted databases with ``passphrase`` inside this block (e.g. around init_db)."""
    global _given_key
    previous, _given_key = _given_key, passphrase
    try:
        yield
    finally:
        _given_key = previous


def sqlcipher_path(url: str) -> str:
    """The file of a ``sqlcipher:///path`` URL (four slashes for an absolute path)."""
    return unquote(url[len(SQLCIPHER_PREFIX):].removeprefix("/"))


def make_database(url: str, passphrase: str | None = None) -> peewee.Database:
    """Build (not yet connect) the peewee database for a URL or a file path."""
    if is_postgres_url(url):
        return _postgres(url)
    if url.startswith(SQLCIPHER_PREFIX):
        return _sqlcipher(url, passphrase)
    path = sqlite_path(url)
    if path != ":memory:":
        parent = Path(path).expanduser().resolve().parent
        if not parent.exists():
            raise DatabaseError(f"The folder {parent} does not exist; create it or choose another file.")
        path = str(Path(path).expanduser())
        check_writable(path)
    return peewee.SqliteDatabase(path, pragmas=_sqlite_pragmas(), timeout=BUSY_TIMEOUT_MS / 1000,
                                 check_same_thread=False)


def file_of(url: str) -> Path | None:
    """The file behind a SQLite or SQLCipher URL; None for PostgreSQL and ``:memory:``."""
    if is_postgres_url(url):
        return None
    path = sqlcipher_path(url) if url.startswith(SQLCIPHER_PREFIX) else sqlite_path(url)
    return None if path in ("", ":memory:") else Path(path).expanduser()


def check_missing(url: str) -> None:
    """For commands that only read: a file that is not there is an error, never a new database."""
    path = file_of(url)
    if path is not None and not path.exists():
        raise DatabaseError(_("There is no Belteam database at {path}. Check the path (--db); "
                              "a new database is made by 'belteam import', 'belteam demo' or "
                              "'belteam user add'.", path=str(path)))


def check_writable(path: str) -> None:
    """Belteam writes to its database (and, in WAL mode, next to it): say so when it may not."""
    file = Path(path)
    if file.exists() and not os.access(file, os.W_OK):
        raise DatabaseError(_("The database file {path} is read-only: Belteam needs to write "
                              "to it. Ask for write access or copy it to a folder of your own.",
                              path=str(file)))
    folder = file.resolve().parent
    if not os.access(folder, os.W_OK):
        raise DatabaseError(_("The folder {folder} is read-only: Belteam needs to write there "
                              "(the database and its journal). Ask for write access or choose "
                              "a folder of your own.", folder=str(folder)))


def _sqlcipher(url: str, passphrase: str | None) -> peewee.Database:
    """An encrypted SQLite file (SQLCipher); the key comes from the caller, the env or a prompt."""
    try:
        from playhouse.sqlcipher_ext import SqlCipherDatabase
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise DatabaseError(
            "Encrypted databases need SQLCipher: run  pip install 'belteam[encryption]'") from exc
    path = sqlcipher_path(url)
    if not path or path == ":memory:":
        raise DatabaseError("An encrypted database needs a file: sqlcipher:///path/to/file")
    key = (passphrase or _given_key or os.environ.get(KEY_ENV)
           or (KEY_PROMPT(path) if KEY_PROMPT else ""))
    if not key:
        raise DatabaseError(_("{path} is encrypted: give its key in {env}.", path=path, env=KEY_ENV))
    parent = Path(path).expanduser().resolve().parent
    if not parent.exists():
        raise DatabaseError(f"The folder {parent} does not exist; create it or choose another file.")
    check_writable(str(Path(path).expanduser()))
    return SqlCipherDatabase(str(Path(path).expanduser()), passphrase=key,
                             pragmas=_sqlite_pragmas(), timeout=BUSY_TIMEOUT_MS / 1000,
                             check_same_thread=False)


def _postgres(url: str) -> peewee.Database:
    try:
        import psycopg2  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise DatabaseError(
            "PostgreSQL support is not installed: run  pip install 'belteam[postgres]'"
        ) from exc
    parts = urlparse(url)
    return peewee.PostgresqlDatabase(
        unquote(parts.path.lstrip("/")),
        user=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        host=parts.hostname or None,
        port=parts.port or None,
        # Only storage.prepared prepares statements on the server: small reads run again and
        # again with new values. One plan serves every run; left to choose, PostgreSQL plans
        # most of them afresh each time, which takes longer than running them.
        options=f"-c lock_timeout={BUSY_TIMEOUT_MS} -c plan_cache_mode=force_generic_plan",
    )


def connect(url: str, passphrase: str | None = None) -> peewee.Database:
    """Bind the proxy to the database at ``url`` and connect, with a clear message on failure."""
    database = make_database(url, passphrase)
    try:
        database.connect(reuse_if_open=True)
        if isinstance(database, peewee.SqliteDatabase):
            database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except (peewee.DatabaseError, sqlite3.DatabaseError, peewee.OperationalError) as exc:
        raise DatabaseError(_explain(url, exc)) from exc
    DB.initialize(database)
    _make_files_private(url)
    return database


def _make_files_private(url: str) -> None:
    """Files made before this rule (or copied in) are fixed at every start."""
    path = file_of(url)
    if path is not None:
        private.make_database_private(path)
    for folder in (config.data_dir(), config.backup_dir()):
        private.make_folder_private(folder)


def is_lock_error(exc: BaseException) -> bool:
    """A lock held by another program outlasted the busy timeout (either engine)."""
    text = str(exc).lower()
    return isinstance(exc, (peewee.OperationalError, sqlite3.OperationalError)) and (
        "database is locked" in text or "lock timeout" in text or "database table is locked" in text)


def locked_message() -> str:
    """The friendly message for a lock that outlasted the busy timeout."""
    return _("The database is locked by another program (an import that is still running, "
             "or another Belteam window). Wait until it is done and try again.")


def _explain(url: str, exc: Exception) -> str:
    text = str(exc)
    if url.startswith(SQLCIPHER_PREFIX) and "not a database" in text:
        return _("Cannot open the encrypted database {path}: the key is wrong (or the file is "
                 "damaged). Nothing was changed.", path=sqlcipher_path(url))
    if "not a database" in text or "malformed" in text:
        return (f"{sqlite_path(url)} is not a Belteam database or is damaged ({text}). "
                "Nothing was changed; restore it from a backup or choose another file.")
    if "readonly" in text or "read-only" in text:
        return _("The database file {path} is read-only: Belteam needs to write to it. Ask for "
                 "write access or copy it to a folder of your own.", path=sqlite_path(url))
    if "locked" in text:
        return (f"The database {sqlite_path(url)} is locked by another program. "
                "Close the other Belteam window and try again.")
    if is_postgres_url(url):
        return f"Cannot reach the PostgreSQL database ({text.strip()}). Check the address, user and password."
    return f"Cannot open the database {sqlite_path(url)}: {text}"


T = TypeVar("T")
U = TypeVar("U")


def run_in_thread_db(fn: Callable[..., T], *args: object, **kwargs: object) -> T:
    """Run ``fn`` in the current (worker) thread with its own database connection.

    peewee keeps one connection per thread: a worker opens its own and closes it afterwards,
    so another thread's connection is never shared. A thread that already has one keeps it.
    """
    database = DB.obj
    opened_here = database.is_closed()
    if opened_here:
        database.connect()
    try:
        return fn(*args, **kwargs)
    finally:
        if opened_here:
            database.close()


def shared_by_threads() -> bool:
    """Whether a second connection sees the same data (not so for an in-memory SQLite)."""
    database = DB.obj
    return not (isinstance(database, peewee.SqliteDatabase)
                and database.database in ("", ":memory:"))


def side_by_side(beside: Callable[[], T], here: Callable[[], U], *,
                 server_only: bool = False) -> tuple[T, U]:
    """(``beside()``, ``here()``): ``beside`` runs in a worker thread on a connection of its own
    while ``here`` runs on this thread's. The database does its work outside Python's lock, so
    two reads take little more than the longer one. They run one after the other when a second
    connection would not see the same data: an in-memory SQLite, or this thread in a
    transaction (its uncommitted rows are its own).

    ``server_only``: only on a database server. SQLite hands back Python's lock after every row
    it steps, so a read of many rows beside Python work convoys (each row waits for the other
    thread's switch interval) and is slower than one after the other; reads that return few
    rows (aggregates) do gain on SQLite too.
    """
    if (not shared_by_threads() or DB.obj.in_transaction()
            or (server_only and not isinstance(DB.obj, peewee.PostgresqlDatabase))):
        return beside(), here()
    with ThreadPoolExecutor(max_workers=1) as pool:
        later = pool.submit(run_in_thread_db, beside)
        mine = here()
        return later.result(), mine


# Called with the database just before close() closes it (wired by belteam.bootstrap).
ON_CLOSE: list[Callable[[peewee.Database], None]] = []


def close() -> None:
    if DB.obj is not None and not DB.is_closed():
        for hook in ON_CLOSE:
            hook(DB.obj)
        DB.close()
