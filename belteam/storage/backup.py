"""Backups of the database: made, checked, listed, rotated and copied back.

SQLite files are copied with the online backup API and the copy is checked with
``PRAGMA integrity_check``; SQLCipher files are copied as they are (they stay encrypted with
the same key); PostgreSQL is dumped with ``pg_dump -Fc``. Backups are readable by their owner
only (files 0600 in a 0700 folder).
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import peewee

from belteam.core import config
from belteam.core.clock import TZ
from belteam.core.messages import _
from belteam.storage.db import DatabaseError

SQLITE, SQLCIPHER, POSTGRES = "sqlite", "sqlcipher", "postgresql"
SUFFIXES = {SQLITE: ".sqlite3", SQLCIPHER: ".sqlcipher", POSTGRES: ".pgdump"}
SQLITE_HEADER = b"SQLite format 3\x00"
PG_HEADER = b"PGDMP"
DAILY = "daily"  # the label of the scheduled backups, the only ones rotation removes
_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-\d+)?\.\w+$")


class BackupError(DatabaseError):
    """A backup that cannot be made, read or restored; the message says why."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    when: datetime
    size: int
    schema_version: int | None
    engine: str

    def row(self) -> dict:
        return {"file": str(self.path), "when": self.when.isoformat(timespec="seconds"),
                "size": self.size, "schema_version": self.schema_version, "engine": self.engine}


def folder() -> Path:
    """The backups folder, readable by its owner only."""
    path = config.backup_dir()
    if os.name == "posix":
        path.chmod(0o700)
    return path


def private(path: Path) -> Path:
    """Readable by the owner only (POSIX)."""
    if os.name == "posix" and path.exists():
        path.chmod(0o600)
    return path


def engine_of(db: peewee.Database) -> str:
    if isinstance(db, peewee.PostgresqlDatabase):
        return POSTGRES
    return SQLCIPHER if type(db).__name__ == "SqlCipherDatabase" else SQLITE


def _target(db: peewee.Database, label: str, out: Path | None) -> Path:
    if out is not None:
        out = Path(out).expanduser()
        if out.exists():
            raise BackupError(_("{path} already exists; choose a new file name (nothing was "
                                "overwritten).", path=out))
        if not out.parent.is_dir():
            raise BackupError(_("The folder {folder} does not exist.", folder=out.parent))
        return out
    name = Path(db.database).stem if engine_of(db) != POSTGRES else db.database
    # The real clock: a pretended day (--as-of) must not decide what rotation removes.
    base = f"{name}-{label}-{datetime.now(TZ).strftime('%Y%m%d-%H%M%S')}"
    target, n = folder() / f"{base}{SUFFIXES[engine_of(db)]}", 1
    while target.exists():  # two backups in one second get a number
        target, n = folder() / f"{base}-{n}{SUFFIXES[engine_of(db)]}", n + 1
    return target


def make_backup(db: peewee.Database, label: str = "manual", out: Path | None = None,
                check: bool = True) -> Path | None:
    """Back up ``db`` now (None for an in-memory database); the copy is checked (``check``
    False only for the safety copy of a file already known to be damaged)."""
    if engine_of(db) != POSTGRES and db.database == ":memory:":
        return None
    target = _target(db, label, out)
    try:
        {SQLITE: _backup_sqlite, SQLCIPHER: _backup_sqlcipher, POSTGRES: _backup_postgres}[
            engine_of(db)](db, target)
        private(target)
        problem = check_file(target, engine_of(db), _key(db)) if check else ""
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    if problem:
        target.unlink(missing_ok=True)
        raise BackupError(_("The backup failed its check and was removed: {problem}",
                            problem=problem))
    return target


def _key(db: peewee.Database) -> str | None:
    """The key of an encrypted database (None for the others)."""
    return db.connect_params.get("passphrase") if engine_of(db) == SQLCIPHER else None


def _backup_sqlite(db: peewee.SqliteDatabase, target: Path) -> None:
    dest = sqlite3.connect(target)
    try:
        db.connection().backup(dest)
        dest.execute("PRAGMA journal_mode=delete")  # one self-contained file, no -wal beside it
    finally:
        dest.close()


def _backup_sqlcipher(db: peewee.SqliteDatabase, target: Path) -> None:
    # Copied as it is, so the backup stays encrypted with the same key; the write lock
    # (BEGIN IMMEDIATE) keeps others from changing the file while it is copied.
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    with db.atomic("IMMEDIATE"):
        shutil.copyfile(db.database, target)
        wal = Path(f"{db.database}-wal")
        if wal.exists() and wal.stat().st_size:
            shutil.copyfile(wal, f"{target}-wal")
    if Path(f"{target}-wal").exists():  # fold the copied log into the copy
        copy = _open_sqlcipher(target, _key(db))
        copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        copy.execute("PRAGMA journal_mode=delete")
        copy.close()


def pg_tool(name: str) -> str:
    """The path of a PostgreSQL client tool, or a clear error that the tools are missing."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if candidates:
        return candidates[-1]
    raise BackupError(_("{tool} is not installed: install the PostgreSQL client tools "
                        "(Debian/Ubuntu: postgresql-client; Windows and macOS: the PostgreSQL "
                        "installer) and try again. Nothing was changed.", tool=name))


def pg_args(db: peewee.PostgresqlDatabase) -> tuple[list[str], dict[str, str]]:
    """Connection flags and environment for pg_dump/pg_restore (the password never on argv)."""
    params = db.connect_params
    args = [f"--dbname={db.database}"]
    for flag, key in (("--host", "host"), ("--port", "port"), ("--username", "user")):
        if params.get(key):
            args.append(f"{flag}={params[key]}")
    env = dict(os.environ)
    if params.get("password"):
        env["PGPASSWORD"] = str(params["password"])
    return args, env


def _backup_postgres(db: peewee.PostgresqlDatabase, target: Path) -> None:
    args, env = pg_args(db)
    done = subprocess.run([pg_tool("pg_dump"), "--format=custom", f"--file={target}", *args],
                          env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BackupError(_("pg_dump failed: {error}", error=done.stderr.strip()))


# -- reading a backup -----------------------------------------------------------------------
def detect_engine(path: Path) -> str:
    """What kind of backup a file is by its first bytes (encrypted files have no header)."""
    with open(path, "rb") as handle:
        head = handle.read(16)
    if head.startswith(PG_HEADER):
        return POSTGRES
    return SQLITE if head == SQLITE_HEADER else SQLCIPHER


def _open_sqlcipher(path: Path, key: str | None):
    import sqlcipher3  # only installed with belteam[encryption]

    conn = sqlcipher3.connect(str(path))
    quoted = (key or "").replace("'", "''")
    conn.execute(f"PRAGMA key='{quoted}'")
    return conn


def _open_file(path: Path, engine: str, key: str | None):
    if engine == SQLCIPHER:
        return _open_sqlcipher(path, key)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _sqlite_version(conn) -> int:
    found = conn.execute("SELECT name FROM sqlite_master WHERE name='schema_version'").fetchone()
    if not found:
        return 0
    return int(conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0)


def _pg_version(path: Path) -> int:
    done = subprocess.run([pg_tool("pg_restore"), "--data-only", "--table=schema_version",
                           "--file=-", str(path)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BackupError(done.stderr.strip() or "pg_restore could not read the file")
    versions, columns, copying = [0], [], False
    for line in done.stdout.splitlines():
        if line.startswith("COPY ") and "schema_version" in line:
            columns = [c.strip() for c in line[line.index("(") + 1:line.index(")")].split(",")]
            copying = True
        elif copying and line == "\\.":
            copying = False
        elif copying:
            versions.append(int(line.split("\t")[columns.index("version")]))
    return max(versions)


def check_file(path: Path, engine: str, key: str | None = None) -> str:
    """'' when the backup is whole; else what is wrong with it."""
    if engine == SQLCIPHER and not key:
        return "not an SQLite file"
    try:
        if engine == POSTGRES:
            done = subprocess.run([pg_tool("pg_restore"), "--list", str(path)],
                                  capture_output=True, text=True, check=False)
            return "" if done.returncode == 0 else (done.stderr.strip() or "unreadable dump")
        conn = _open_file(path, engine, key)
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
        return "" if result == ["ok"] else "; ".join(result[:5])
    except (sqlite3.DatabaseError, OSError) as exc:
        return str(exc)
    except Exception as exc:  # sqlcipher3 raises its own DatabaseError class
        if type(exc).__name__ in ("DatabaseError", "OperationalError"):
            return str(exc)
        raise


def inspect(path: Path, key: str | None = None) -> BackupInfo:
    """What a backup file holds: engine, schema version, when it was made, its size."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise BackupError(_("There is no backup file at {path}.", path=path))
    engine = detect_engine(path)
    version: int | None
    try:
        if engine == POSTGRES:
            version = _pg_version(path)
        elif engine == SQLCIPHER and not key:
            version = None  # encrypted, or no database at all: unreadable without the key
        else:
            conn = _open_file(path, engine, key)
            try:
                version = _sqlite_version(conn)
            finally:
                conn.close()
    except (BackupError, sqlite3.DatabaseError, OSError):
        version = None
    except Exception as exc:
        if type(exc).__name__ not in ("DatabaseError", "OperationalError"):
            raise
        version = None
    return BackupInfo(path, made_at(path), path.stat().st_size, version, engine)


def made_at(path: Path) -> datetime:
    """When a backup was made: from the stamp in its name, else the file's time."""
    found = _STAMP.search(path.name)
    if found:
        return datetime.strptime(found.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=TZ)
    return datetime.fromtimestamp(path.stat().st_mtime, TZ)


def backup_files() -> list[Path]:
    """Every backup in the backups folder, newest first."""
    files = [p for p in folder().iterdir()
             if p.is_file() and p.suffix in SUFFIXES.values()]
    return sorted(files, key=made_at, reverse=True)


def list_backups(key: str | None = None) -> list[BackupInfo]:
    return [inspect(p, key) for p in backup_files()]


def to_keep(moments: dict[Path, datetime], daily: int, weekly: int, monthly: int) -> set[Path]:
    """Grandfather-father-son: the newest backup of each of the last N days, weeks, months."""
    keep: set[Path] = set()
    newest_first = sorted(moments, key=lambda path: moments[path], reverse=True)
    for count, period in ((daily, lambda d: d.date()), (weekly, lambda d: d.isocalendar()[:2]),
                          (monthly, lambda d: (d.year, d.month))):
        seen: list = []
        for path in newest_first:
            key = period(moments[path])
            if key not in seen:
                if len(seen) >= count:
                    break
                seen.append(key)
                keep.add(path)
    return keep


def rotate(daily: int, weekly: int, monthly: int) -> list[Path]:
    """Remove scheduled backups that rotation no longer keeps; returns the removed files."""
    scheduled = {p: made_at(p) for p in backup_files() if f"-{DAILY}-" in p.name}
    keep = to_keep(scheduled, daily, weekly, monthly)
    removed = [p for p in scheduled if p not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


# -- copying a backup back ------------------------------------------------------------------
# Called as progress(status, remaining, total) between steps of an SQLite restore (tests use
# it to kill the process midway).
RESTORE_PROGRESS = None
RESTORE_STEP_PAGES = 256


def restore_into(db: peewee.Database, path: Path) -> None:
    """Replace the contents of ``db`` with the backup at ``path`` (checked by the caller)."""
    if engine_of(db) == POSTGRES:
        _restore_postgres(db, Path(path))
        return
    source = _open_file(Path(path), engine_of(db), _key(db))
    try:
        # The steps share one write transaction on the destination, committed at the end:
        # other connections, and a crash midway, see the old or the new database, never a mix.
        source.backup(db.connection(), pages=RESTORE_STEP_PAGES, progress=RESTORE_PROGRESS)
    finally:
        source.close()


def _dump_tables(path: Path) -> set[str]:
    done = subprocess.run([pg_tool("pg_restore"), "--list", str(path)],
                          capture_output=True, text=True, check=False)
    names = set()
    for line in done.stdout.splitlines():
        parts = line.split()
        if not line.startswith(";") and len(parts) >= 6 and parts[3] == "TABLE":
            names.add(parts[5])
    return names


def _restore_postgres(db: peewee.PostgresqlDatabase, path: Path) -> None:
    args, env = pg_args(db)
    db.close()  # our own idle connection must not hold the tables pg_restore drops
    done = subprocess.run(
        [pg_tool("pg_restore"), "--clean", "--if-exists", "--single-transaction",
         "--exit-on-error", "--no-owner", "--no-privileges", *args, str(path)],
        env=env, capture_output=True, text=True, check=False)
    db.connect()
    if done.returncode != 0:
        raise BackupError(_("The restore failed, so nothing was changed: {error}",
                            error=done.stderr.strip()))
    # Tables added after the backup was made are dropped; the migrations create them again.
    for table in set(db.get_tables()) - _dump_tables(path):
        db.execute_sql(f'DROP TABLE IF EXISTS "{table}" CASCADE')

