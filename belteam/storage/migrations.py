"""Schema versions as a ladder of numbered, atomic migrations, with a backup first."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import peewee
from playhouse.migrate import SchemaMigrator, migrate  # noqa: F401  (used by later steps)

from belteam.core import config
from belteam.core.clock import clock
from belteam.storage import backup, integrity, wal
from belteam.storage.db import DB, DatabaseError, connect
from belteam.storage.models import (
    ALL_MODELS,
    Absence,
    CallDraft,
    ErasedPerson,
    OutreachCase,
    Pairing,
    Resident,
    SchemaVersion,
    Versioned,
    Volunteer,
)


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


def _i11_erasure_ledger_and_versions(db: peewee.Database) -> None:
    """The erasure ledger (seeded with the people erased so far) and a version on each record
    two people may edit at once."""
    db.create_tables([ErasedPerson], safe=True)
    migrator = SchemaMigrator.from_database(db)
    for model in (Volunteer, Resident, Pairing, Absence, OutreachCase):
        have = {c.name for c in db.get_columns(model._meta.table_name)}
        steps = [migrator.add_column(model._meta.table_name, name, field)
                 for name, field in (("version", peewee.IntegerField(default=1)),
                                     ("changed_by", peewee.CharField(max_length=80, default="")),
                                     ("changed_at", Versioned.changed_at.__class__(null=True)))
                 if name not in have]
        if steps:
            migrate(*steps)
    for kind, model in (("resident", Resident), ("volunteer", Volunteer)):
        erased = model.select(model.id, model.created_at, model.updated_at).where(
            model.erased == True)  # noqa: E712
        for person in erased:
            ErasedPerson.insert(kind=kind, person_id=person.id, created_at=person.created_at,
                                erased_at=person.updated_at).on_conflict_ignore().execute()


# Each step takes the database and brings it from version N-1 to N. Later steps use
# SchemaMigrator.from_database(db) so that SQLite and PostgreSQL migrate alike.
MIGRATIONS: list[tuple[int, Callable[[peewee.Database], None]]] = [
    (1, _v1_create_tables),
    (2, _v2_one_open_case_per_resident),
    (3, _v3_call_drafts),
    (4, _i11_erasure_ledger_and_versions),
]
CURRENT_VERSION = MIGRATIONS[-1][0]


class NewerSchemaError(DatabaseError):
    """The database was written by a newer Belteam."""


def schema_version(db: peewee.Database) -> int:
    if not db.table_exists(SchemaVersion._meta.table_name):
        return 0
    row = SchemaVersion.select(peewee.fn.MAX(SchemaVersion.version)).scalar()
    return int(row or 0)


def backup_before_migrating(db: peewee.Database, label: str) -> Path | None:
    """Back up the database before a migration changes it; refuse to migrate without one."""
    if isinstance(db, peewee.PostgresqlDatabase) and os.environ.get("BELTEAM_PG_BACKUP") == "skip":
        return None
    try:
        return backup.make_backup(db, label)
    except backup.BackupError as exc:
        hint = (" Or make a backup yourself and set BELTEAM_PG_BACKUP=skip."
                if isinstance(db, peewee.PostgresqlDatabase) else "")
        raise DatabaseError(f"Before updating the database, Belteam makes a backup, which "
                            f"failed, so nothing was changed: {exc}{hint}") from exc


def migrate_db(db: peewee.Database) -> int:
    """Run every missing step in order, each atomic; refuse a newer schema."""
    version = schema_version(db)
    if version > CURRENT_VERSION:
        raise NewerSchemaError(
            f"This database has schema version {version}, made by a newer Belteam; this "
            f"Belteam knows up to version {CURRENT_VERSION}. Install the newer Belteam.")
    if version == CURRENT_VERSION:
        return version
    if version > 0:
        backup_before_migrating(db, f"before-v{CURRENT_VERSION}")
    for number, step in MIGRATIONS:
        if number <= version:
            continue
        with db.atomic():
            step(db)
            SchemaVersion.create(version=number, applied_at=clock.now())
    return CURRENT_VERSION


def init_db(url: str | None = None, check: bool = True) -> peewee.Database:
    """Open the database at ``url`` (default: the embedded SQLite file) and bring it up to date.

    An SQLite file gets a quick integrity check first (``check``; off only to restore over a
    damaged file).
    """
    url = url or config.default_db_url()
    try:
        db = connect(url)
    except DatabaseError as exc:
        if "malformed" in str(exc) and not url.startswith(("postgres", "sqlcipher")):
            # Too damaged to open at all: say which backup to take.
            good = integrity.newest_good_backup(backup.SQLITE, None)
            raise integrity.DamagedDatabase(f"{exc} {integrity.restore_hint(good)}") from exc
        raise
    if check:
        try:
            integrity.check_at_start(db)
        except integrity.DamagedDatabase:
            db.close()
            raise
    try:
        migrate_db(db)
        wal.finish_pending(db)
    except peewee.DatabaseError as exc:
        raise DatabaseError(f"The database could not be prepared: {exc}") from exc
    return DB.obj
