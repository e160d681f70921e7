"""Schema versions as a ladder of numbered, atomic migrations, with a backup first."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import peewee
from playhouse.migrate import SchemaMigrator, migrate  # noqa: F401  (used by later steps)

from belteam.core import config
from belteam.core.clock import clock
from belteam.storage.db import DB, DatabaseError, connect
from belteam.storage.models import ALL_MODELS, CallDraft, SchemaVersion, User


def _v1_create_tables(db: peewee.Database) -> None:
    db.create_tables(ALL_MODELS, safe=True)


def _v2_one_open_case_per_resident(db: peewee.Database) -> None:
    """The database itself refuses a second open case for a resident (both engines know partial indexes)."""
    db.execute_sql(
        "CREATE UNIQUE INDEX IF NOT EXISTS outreach_case_one_open ON outreach_case (resident_id) "
        "WHERE status IN ('open', 'taken')")


def _v3_call_drafts(db: peewee.Database) -> None:
    """Unsaved call notes move from a file on one PC into the database (a no-op on fresh ones)."""
    db.create_tables([CallDraft], safe=True)


def _i14_text_size(db: peewee.Database) -> None:
    """Each user keeps their own text size (100–200 %) between sessions."""
    columns = {c.name for c in db.get_columns(User._meta.table_name)}
    if "text_size" not in columns:  # a fresh database made it in step 1
        migrator = SchemaMigrator.from_database(db)
        migrate(migrator.add_column(User._meta.table_name, "text_size", User.text_size))


# Each step takes the database and brings it from version N-1 to N. Later steps use
# SchemaMigrator.from_database(db) so that SQLite and PostgreSQL migrate alike.
MIGRATIONS: list[tuple[int, Callable[[peewee.Database], None]]] = [
    (1, _v1_create_tables),
    (2, _v2_one_open_case_per_resident),
    (3, _v3_call_drafts),
    (4, _i14_text_size),
]
CURRENT_VERSION = MIGRATIONS[-1][0]


class NewerSchemaError(DatabaseError):
    """The database was written by a newer Belteam."""


def schema_version(db: peewee.Database) -> int:
    if not db.table_exists(SchemaVersion._meta.table_name):
        return 0
    row = SchemaVersion.select(peewee.fn.MAX(SchemaVersion.version)).scalar()
    return int(row or 0)


def backup_sqlite(db: peewee.SqliteDatabase, label: str) -> Path | None:
    """Copy a file database with SQLite's online backup; returns the copy's path."""
    if db.database == ":memory:":
        return None
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = config.backup_dir() / f"{Path(db.database).stem}-{label}-{stamp}.sqlite3"
    if type(db).__name__ == "SqlCipherDatabase":
        # An encrypted file is copied as it is, so the backup stays encrypted with the same key.
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(db.database, target)
        return target
    dest = sqlite3.connect(target)
    try:
        db.connection().backup(dest)
    finally:
        dest.close()
    return target


def backup_postgres(db: peewee.PostgresqlDatabase, label: str) -> Path | None:
    """Dump a shared PostgreSQL database with pg_dump (custom format) before it is changed."""
    if os.environ.get("BELTEAM_PG_BACKUP") == "skip":
        return None
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise DatabaseError(
            "Before updating the shared database, Belteam makes a backup with pg_dump, which is "
            "not installed. Install the PostgreSQL client tools (Debian: postgresql-client), or "
            "make a backup yourself and set BELTEAM_PG_BACKUP=skip. Nothing was changed.")
    params = db.connect_params
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = config.backup_dir() / f"{db.database}-{label}-{stamp}.pgdump"
    command = [pg_dump, "--format=custom", f"--file={target}", f"--dbname={db.database}"]
    for flag, key in (("--host", "host"), ("--port", "port"), ("--username", "user")):
        if params.get(key):
            command.append(f"{flag}={params[key]}")
    env = dict(os.environ)
    if params.get("password"):
        env["PGPASSWORD"] = str(params["password"])
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        raise DatabaseError(f"The backup before updating the database failed, so nothing was "
                            f"changed: {done.stderr.strip()}")
    return target


def migrate_db(db: peewee.Database) -> int:
    """Run every missing step in order, each atomic; refuse a newer schema."""
    version = schema_version(db)
    if version > CURRENT_VERSION:
        raise NewerSchemaError(
            f"This database has schema version {version}, made by a newer Belteam; this "
            f"Belteam knows up to version {CURRENT_VERSION}. Install the newer Belteam.")
    if version == CURRENT_VERSION:
        return version
    if version > 0 and isinstance(db, peewee.SqliteDatabase):
        backup_sqlite(db, f"before-v{CURRENT_VERSION}")
    elif version > 0 and isinstance(db, peewee.PostgresqlDatabase):
        backup_postgres(db, f"before-v{CURRENT_VERSION}")
    for number, step in MIGRATIONS:
        if number <= version:
            continue
        with db.atomic():
            step(db)
            SchemaVersion.create(version=number, applied_at=clock.now())
    return CURRENT_VERSION


def init_db(url: str | None = None) -> peewee.Database:
    """Open the database at ``url`` (default: the embedded SQLite file) and bring it up to date."""
    db = connect(url or config.default_db_url())
    try:
        migrate_db(db)
    except peewee.DatabaseError as exc:
        raise DatabaseError(f"The database could not be prepared: {exc}") from exc
    return DB.obj
