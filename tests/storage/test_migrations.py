"""Schema versions, backups and databases that cannot be opened."""

import peewee
import pytest

from belteam.core import config
from belteam.storage import backup
from belteam.storage import db as dbmod
from belteam.storage.migrations import CURRENT_VERSION, NewerSchemaError, init_db, schema_version
from belteam.storage.models import SchemaVersion, Volunteer


def test_fresh_database_is_at_current_version(db):
    assert schema_version(db) == CURRENT_VERSION
    assert db.table_exists("volunteer")


def test_reopening_does_not_migrate_twice(db_url, clock):
    init_db(db_url)
    init_db(db_url)
    assert SchemaVersion.select().where(SchemaVersion.version == CURRENT_VERSION).count() == 1
    dbmod.close()


def test_newer_database_is_refused(db_url, clock):
    init_db(db_url)
    SchemaVersion.create(version=CURRENT_VERSION + 5, applied_at=clock.now())
    dbmod.close()
    with pytest.raises(NewerSchemaError, match="newer Belteam"):
        init_db(db_url)
    dbmod.close()


def test_sqlite_runs_with_wal_and_foreign_keys(sqlite_db):
    assert sqlite_db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert sqlite_db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_older_sqlite_database_is_backed_up_before_migrating(tmp_path, clock, monkeypatch):
    from belteam.storage import migrations as schema

    path = tmp_path / "old.sqlite3"
    init_db(str(path))
    Volunteer.create(code="V1", first_name="Ans", created_at=clock.now(), updated_at=clock.now())
    dbmod.close()
    added = []
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS + [(CURRENT_VERSION + 1, added.append)])
    monkeypatch.setattr(schema, "CURRENT_VERSION", CURRENT_VERSION + 1)
    database = init_db(str(path))
    assert added == [database]
    backups = list(config.backup_dir().glob("old-before-*.sqlite3"))
    assert len(backups) == 1
    copy = peewee.SqliteDatabase(str(backups[0]))
    assert copy.execute_sql("SELECT first_name FROM volunteer").fetchone()[0] == "Ans"
    copy.close()
    dbmod.close()


def test_corrupt_file_gives_a_clear_message_and_is_left_alone(tmp_path, clock):
    path = tmp_path / "broken.sqlite3"
    garbage = b"this is a spreadsheet, not a database" * 100
    path.write_bytes(garbage)
    with pytest.raises(dbmod.DatabaseError, match="not a Belteam database or is damaged"):
        init_db(str(path))
    assert path.read_bytes() == garbage


def test_missing_folder_is_explained(tmp_path, clock):
    with pytest.raises(dbmod.DatabaseError, match="does not exist"):
        init_db(str(tmp_path / "nowhere" / "x.sqlite3"))


def test_sqlite_url_forms(tmp_path):
    assert dbmod.sqlite_path(f"sqlite:///{tmp_path}/a.db") == f"{tmp_path}/a.db"
    assert dbmod.sqlite_path("sqlite://") == ":memory:"
    assert dbmod.is_postgres_url("postgresql://u@h/db")


def test_database_refuses_a_second_open_case(db, clock):
    from belteam.storage.models import OutreachCase, Resident

    resident = Resident.create(code="R1", first_name="Ans", created_at=clock.now(), updated_at=clock.now())
    OutreachCase.create(resident=resident, opened_at=clock.now(), status="open")
    OutreachCase.create(resident=resident, opened_at=clock.now(), status="closed")
    with pytest.raises(peewee.IntegrityError), db.atomic():
        OutreachCase.create(resident=resident, opened_at=clock.now(), status="taken")
    assert OutreachCase.select().count() == 2


def test_v2_database_migrates_to_v3_with_the_drafts_table_and_a_backup(tmp_path, clock, monkeypatch):
    from belteam.storage import migrations as schema
    from belteam.storage.models import CallDraft

    path = tmp_path / "v2.sqlite3"
    with monkeypatch.context() as older:  # a Belteam that knew only the first two steps
        older.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:2])
        older.setattr(schema, "CURRENT_VERSION", 2)
        database = init_db(str(path))
        assert schema_version(database) == 2
        assert not database.table_exists(CallDraft._meta.table_name)
        # the table as version 2 had it (no version columns yet)
        database.execute_sql("INSERT INTO volunteer (code, first_name, last_name, phone, email, "
                             "languages, area, available, max_residents, archived, erased, "
                             "created_at, updated_at) VALUES ('V1', 'Ans', '', '', '', '', '', "
                             "'', 5, false, false, '2026-11-30 11:00:00', '2026-11-30 11:00:00')")
        dbmod.close()
    assert CURRENT_VERSION >= 3
    database = init_db(str(path))
    assert schema_version(database) == CURRENT_VERSION
    assert database.table_exists(CallDraft._meta.table_name)
    assert ["actor", "resident_id"] in [ix.columns for ix in database.get_indexes("call_draft")
                                        if ix.unique]
    assert CallDraft.select().count() == 0
    backups = list(config.backup_dir().glob("v2-before-*.sqlite3"))
    assert len(backups) == 1
    copy = peewee.SqliteDatabase(str(backups[0]))
    assert copy.execute_sql("SELECT first_name FROM volunteer").fetchone()[0] == "Ans"
    assert "call_draft" not in copy.get_tables()
    copy.close()
    dbmod.close()


def _pretend_newer_code(monkeypatch):
    from belteam.storage import migrations as schema

    added = []
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS + [(CURRENT_VERSION + 1, added.append)])
    monkeypatch.setattr(schema, "CURRENT_VERSION", CURRENT_VERSION + 1)
    return added


def test_postgres_is_dumped_before_migrating(tmp_path, clock, monkeypatch):
    from conftest import open_test_db

    url = open_test_db("postgres", tmp_path)
    init_db(url)
    Volunteer.create(code="V1", first_name="Ans", created_at=clock.now(), updated_at=clock.now())
    dbmod.close()
    added = _pretend_newer_code(monkeypatch)
    init_db(url)
    dbmod.close()
    dumps = list(config.backup_dir().glob("*-before-*.pgdump"))
    assert len(added) == 1 and len(dumps) == 1
    assert dumps[0].read_bytes()[:5] == b"PGDMP"


def test_postgres_migration_refused_without_pg_dump(tmp_path, clock, monkeypatch):
    from conftest import open_test_db


    url = open_test_db("postgres", tmp_path)
    init_db(url)
    dbmod.close()
    added = _pretend_newer_code(monkeypatch)
    monkeypatch.setattr(backup.shutil, "which", lambda name: None)
    monkeypatch.setattr(backup.glob, "glob", lambda pattern: [])
    with pytest.raises(dbmod.DatabaseError, match="pg_dump"):
        init_db(url)
    dbmod.close()
    assert added == []


def test_v3_database_gets_versions_and_a_seeded_erasure_ledger(db_url, clock, monkeypatch):
    from belteam.storage import migrations as schema
    from belteam.storage.models import ErasedPerson, Resident

    with monkeypatch.context() as older:  # a Belteam that knew three steps
        older.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
        older.setattr(schema, "CURRENT_VERSION", 3)
        database = init_db(db_url)
        database.execute_sql(
            "INSERT INTO resident (code, first_name, last_name, phone, phone2, area, address, "
            "postcode, languages, lives_alone, emergency_contact_name, emergency_contact_phone, "
            "key_holder, consent_by, consent_purpose, status, preferred_days, archived, erased, "
            "created_at, updated_at) VALUES ('erased-1', '—', '', '', '', '', '', '', '', "
            "false, '', '', '', '', '', 'stopped', '', true, true, "
            "'2026-01-01 10:00:00', '2026-02-01 10:00:00')")
        dbmod.close()
    database = init_db(db_url)
    assert schema_version(database) == CURRENT_VERSION
    assert {"version", "changed_by", "changed_at"} <= {
        c.name for c in database.get_columns("resident")}
    [line] = ErasedPerson.select()
    assert (line.kind, line.person_id) == ("resident", Resident.get().id)
    assert Resident.get().version == 1
    dbmod.close()


def test_v3_database_gets_the_attempt_moment_index(db_url, clock, monkeypatch):
    """Step 4 (issue 12) adds the index the overview's periods use, on both engines."""
    from belteam.storage import migrations as schema

    with monkeypatch.context() as older:
        older.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
        older.setattr(schema, "CURRENT_VERSION", 3)
        database = init_db(db_url)
        database.execute_sql("DROP INDEX IF EXISTS call_attempt_at_outcome")  # as in a v3 file
        database.execute_sql("DELETE FROM schema_version WHERE version > 3")
        dbmod.close()
    monkeypatch.setenv("BELTEAM_PG_BACKUP", "skip")
    database = init_db(db_url)
    assert schema_version(database) == CURRENT_VERSION
    assert ["at", "outcome"] in [ix.columns for ix in database.get_indexes("call_attempt")]


def test_v3_database_gets_the_wanted_plan_columns(db_url, clock, monkeypatch):
    from belteam.storage import migrations as schema
    from belteam.storage.models import Resident

    monkeypatch.setenv("BELTEAM_PG_BACKUP", "skip")
    with monkeypatch.context() as older:  # a Belteam before issue 15: no such columns
        older.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
        older.setattr(schema, "CURRENT_VERSION", 3)
        database = init_db(db_url)  # the ladder's version 3: no such columns yet
        database.execute_sql("INSERT INTO resident (code, first_name, last_name, phone, phone2, "
                             "area, address, postcode, languages, lives_alone, "
                             "emergency_contact_name, emergency_contact_phone, key_holder, "
                             "consent_by, consent_purpose, status, preferred_days, archived, "
                             "erased, created_at, updated_at) VALUES ('R1', 'Jo', '', '', '', "
                             "'', '', '', '', false, '', '', '', '', '', 'waiting', '', false, "
                             "false, '2026-11-30T10:00:00+01:00', '2026-11-30T10:00:00+01:00')")
        dbmod.close()
    database = init_db(db_url)
    assert schema_version(database) == CURRENT_VERSION
    stored = Resident.get(Resident.code == "R1")
    assert (stored.wanted_plan, stored.waiting_priority) == ("", False)
    dbmod.close()


def test_migrating_keeps_the_rows_that_hang_off_a_rebuilt_table(db_url, tmp_path, clock):
    """SQLite rebuilds a table to add a NOT NULL column (step 5): with foreign keys on, that
    drop deleted every pause and call attempt of every resident (ON DELETE CASCADE)."""
    from belteam.storage.migrations import migrate_db

    database = dbmod.connect(db_url)
    migrate_db(database, upto=4)
    columns = {c.name: c for c in database.get_columns("resident")}
    values = {name: ("2026-01-01" if "date" in c.data_type.lower() or "time" in c.data_type.lower()
                     else
                     False if "bool" in c.data_type.lower() else
                     0 if "int" in c.data_type.lower() else "x")
              for name, c in columns.items() if name != "id" and not c.null}
    values["status"] = "active"
    marks = ", ".join([database.param] * len(values))
    database.execute_sql(f"INSERT INTO resident ({', '.join(values)}) VALUES ({marks})",
                         list(values.values()))
    rid = database.execute_sql("SELECT id FROM resident").fetchone()[0]
    database.execute_sql("INSERT INTO pause (resident_id, start_date, reason) VALUES "
                         f"({database.param}, '2026-01-01', 'away')", (rid,))
    dbmod.close()
    migrated = init_db(db_url)
    assert migrated.execute_sql("SELECT COUNT(*) FROM pause").fetchone()[0] == 1
    if not isinstance(migrated, peewee.PostgresqlDatabase):
        assert migrated.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    dbmod.close()
