"""Schema versions as a ladder of numbered, atomic migrations, with a backup first."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import peewee
from playhouse.migrate import SchemaMigrator, migrate  # noqa: F401  (for the next steps)

from belteam.core import config
from belteam.core.clock import clock
from belteam.storage import backup, integrity, schema_v1, schema_v3, wal
from belteam.storage.db import DB, DatabaseError, check_missing, connect
from belteam.storage.models import (
    Absence,
    ErasedPerson,
    OutreachCase,
    Pairing,
    Resident,
    SchemaVersion,
    UnknownSignIn,
    User,
    Versioned,
    Volunteer,
)

# The ladder. Step N brings a database from version N-1 to N and creates ONLY what version N
# introduced, from definitions frozen on the day it was written (schema_v1, schema_v3, or the
# SQL/column given in the step), never from the current models: a fresh database climbs the
# same steps as an old one, so both end with the same schema (tests/storage/
# test_migrations_ladder.py compares them with the current models). New columns go through
# SchemaMigrator.from_database(db) + migrate(...) so that SQLite and PostgreSQL migrate alike.


def _v1_create_tables(db: peewee.Database) -> None:
    """The fifteen tables of the first release, as they were then."""
    with db.bind_ctx(schema_v1.V1_MODELS):
        db.create_tables(schema_v1.V1_MODELS, safe=True)


def _v2_one_open_case_per_resident(db: peewee.Database) -> None:
    """The database itself refuses a second open case for a resident (both engines know partial indexes)."""
    db.execute_sql(
        "CREATE UNIQUE INDEX IF NOT EXISTS outreach_case_one_open ON outreach_case (resident_id) "
        "WHERE status IN ('open', 'taken')")


def _v3_call_drafts(db: peewee.Database) -> None:
    """Unsaved call notes move from a file on one PC into the database."""
    with db.bind_ctx(schema_v3.V3_MODELS):
        db.create_tables(schema_v3.V3_MODELS, safe=True)


def _i10_unknown_sign_ins(db: peewee.Database) -> None:
    """Failed sign-ins for unknown user names are counted in the database, not per process."""
    db.create_tables([UnknownSignIn], safe=True)


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


# A plain ordered list: append the next step at the end.


def _i12_attempt_moment_index(db: peewee.Database) -> None:
    """The overview counts a period's attempts by their moment: an index keeps a week fast
    (with the outcome in it, the weekly reach rates are read from the index alone)."""
    db.execute_sql("CREATE INDEX IF NOT EXISTS call_attempt_at_outcome ON call_attempt (at, outcome)")


def _i15_matching(db: peewee.Database) -> None:
    """A resident's wanted plan and their place at the front of the waiting list."""
    migrator = SchemaMigrator.from_database(db)
    columns = {c.name for c in db.get_columns("resident")}
    steps = []
    if "wanted_plan" not in columns:
        steps.append(migrator.add_column("resident", "wanted_plan", Resident.wanted_plan))
    if "waiting_priority" not in columns:
        steps.append(migrator.add_column("resident", "waiting_priority",
                                         Resident.waiting_priority))
    migrate(*steps)


def _i14_text_size(db: peewee.Database) -> None:
    """Each user keeps their own text size (100–200 %) between sessions."""
    columns = {c.name for c in db.get_columns(User._meta.table_name)}
    if "text_size" not in columns:
        migrator = SchemaMigrator.from_database(db)
        migrate(migrator.add_column(User._meta.table_name, "text_size", User.text_size))


def _i14_one_time_passwords(db: peewee.Database) -> None:
    """An account made with a one-time password must choose its own at first sign-in."""
    columns = {c.name for c in db.get_columns(User._meta.table_name)}
    if "must_change_password" not in columns:
        migrator = SchemaMigrator.from_database(db)
        migrate(migrator.add_column(User._meta.table_name, "must_change_password",
                                    User.must_change_password))


def _i13_recent_attempts_index(db: peewee.Database) -> None:
    """Each resident's newest attempts (the outreach rules, nightly for everyone) are read
    from the index alone: (resident, at, id, outcome, concern) replaces (resident, at)."""
    db.execute_sql("CREATE INDEX IF NOT EXISTS call_attempt_resident_id_at_id_outcome_concern "
                   "ON call_attempt (resident_id, at, id, outcome, concern)")
    db.execute_sql("DROP INDEX IF EXISTS call_attempt_resident_id_at")


def _i13_attempt_resident_due_index(db: peewee.Database) -> None:
    """One volunteer's list (and the first rows of the team's) reads a few residents' attempts
    for a few due dates: an index finds them without walking each resident's history."""
    db.execute_sql('CREATE INDEX IF NOT EXISTS "call_attempt_resident_id_due_date" '
                   'ON "call_attempt" ("resident_id", "due_date")')


def _i12_overview_index(db: peewee.Database) -> None:
    """The overview reads each resident's attempts of a period as one range of a covering
    index (no table rows, no sorting; the topics and wellbeing marks are in it too)."""
    db.execute_sql("CREATE INDEX IF NOT EXISTS call_attempt_overview ON call_attempt "
                   "(resident_id, at, volunteer_id, outcome, practical_help, wants_again, "
                   "concern, wellbeing, topics)")


def _i15_volunteer_last_call_index(db: peewee.Database) -> None:
    """The volunteers list's "last call logged" is one probe per volunteer on (volunteer, at);
    the foreign keys' own one-column indexes go: each is the start of a wider one."""
    db.execute_sql('CREATE INDEX IF NOT EXISTS "call_attempt_volunteer_id_at" '
                   'ON "call_attempt" ("volunteer_id", "at")')
    for name in ("call_attempt_pairing_id", "call_attempt_resident_id",
                 "call_attempt_volunteer_id"):
        db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')


MIGRATIONS: list[tuple[int, Callable[[peewee.Database], None]]] = [
    (1, _v1_create_tables),
    (2, _v2_one_open_case_per_resident),
    (3, _v3_call_drafts),
    (4, _i10_unknown_sign_ins),
    (5, _i11_erasure_ledger_and_versions),
    (6, _i12_attempt_moment_index),
    (7, _i15_matching),
    (8, _i14_text_size),
    (9, _i14_one_time_passwords),
    (10, _i13_recent_attempts_index),
    (11, _i13_attempt_resident_due_index),
    (12, _i12_overview_index),
    (13, _i15_volunteer_last_call_index),
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


def migrate_db(db: peewee.Database, upto: int | None = None) -> int:
    """Run every missing step in order (up to version ``upto``, default the newest), each
    atomic; refuse a newer schema."""
    target = CURRENT_VERSION if upto is None else min(upto, CURRENT_VERSION)
    version = schema_version(db)
    if version > CURRENT_VERSION:
        raise NewerSchemaError(
            f"This database has schema version {version}, made by a newer Belteam; this "
            f"Belteam knows up to version {CURRENT_VERSION}. Install the newer Belteam.")
    if version >= target:
        return version
    if version > 0:
        backup_before_migrating(db, f"before-v{target}")
    sqlite = not isinstance(db, peewee.PostgresqlDatabase)
    if sqlite:
        # SQLite adds a NOT NULL column by rebuilding the table; dropping the old one with
        # foreign keys on would delete (ON DELETE CASCADE) every row that refers to it.
        db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        for number, step in MIGRATIONS:
            if number <= version or number > target:
                continue
            with db.atomic():
                step(db)
                if sqlite and db.execute_sql("PRAGMA foreign_key_check").fetchone():
                    raise DatabaseError(f"Step {number} would leave rows pointing nowhere; "
                                        "nothing of it was applied.")
                SchemaVersion.create(version=number, applied_at=clock.now())
    finally:
        if sqlite:
            db.execute_sql("PRAGMA foreign_keys = ON")
    return target


def init_db(url: str | None = None, check: bool = True, create: bool = True) -> peewee.Database:
    """Open the database at ``url`` (default: the embedded SQLite file) and bring it up to date.

    An SQLite file gets a quick integrity check first (``check``; off only to restore over a
    damaged file). ``create=False``: a file that does not exist is an error instead of a
    new database.
    """
    url = url or config.default_db_url()
    if not create:
        check_missing(url)
    try:
        db = connect(url)
    except DatabaseError as exc:
        if "malformed" in str(exc) and not url.startswith(("postgres", "sqlcipher")):
            # Too damaged to open at all: say which backup to take.
            good = integrity.newest_good_backup(backup.SQLITE, None)
            raise integrity.DamagedDatabase(f"{exc} {integrity.restore_hint(good)}",
                                            good) from exc
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
