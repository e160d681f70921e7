"""Restore: checked first, the current state saved, erasures kept in force; per engine."""

import sqlite3

import pytest
from account_helpers import resident

from belteam.audit import log as audit
from belteam.cli import main as cli
from belteam.core.actors import SYSTEM, Actor, PermissionDenied
from belteam.privacy import ledger, rights
from belteam.privacy import restore as restoring
from belteam.storage import backup
from belteam.storage.db import DB
from belteam.storage.migrations import CURRENT_VERSION
from belteam.storage.models import AuditEntry, ErasedPerson, Resident


def names() -> dict[str, str]:
    return {r.code: r.first_name for r in Resident.select()}


def test_round_trip_keeps_the_erasure(db, clock):
    resident("R1", "Ans", "Bakker", "0612345678")
    resident("R2", "Bep", "de Vries", "0687654321")
    made = backup.make_backup(db, "manual")
    Resident.update(first_name="Anna").where(Resident.code == "R1").execute()
    resident("R3", "Cor", "Smit", "0611111111")
    erased_id = Resident.get(Resident.code == "R2").id
    rights.erase_person(SYSTEM, "R2")

    done = restoring.restore(SYSTEM, made)

    assert names() == {"R1": "Ans", f"erased-{erased_id}": "—"}
    gone = Resident.get_by_id(erased_id)
    assert gone.erased and gone.phone == "" and gone.address == ""
    assert done.reerased == 1 and done.safety_copy.exists()
    assert ErasedPerson.get(ErasedPerson.person_id == erased_id).kind == "resident"
    [entry] = AuditEntry.select().where(AuditEntry.action == audit.DATABASE_RESTORED)
    assert made.name in entry.detail and "re-erased=1" in entry.detail
    # The safety copy holds the state just before the restore.
    assert restoring.check(SYSTEM, done.safety_copy).schema_version == CURRENT_VERSION


def _damage(path) -> None:
    data = bytearray(path.read_bytes())
    if data.startswith(backup.PG_HEADER):
        path.write_bytes(bytes(data[: len(data) // 2]))
        return
    page = 4096
    data[page: page * 3] = b"\xff" * (page * 2)  # wreck the pages after the header
    path.write_bytes(bytes(data))


def test_damaged_backup_is_refused_and_nothing_changes(db, clock):
    resident("R1", "Ans", "Bakker", "0612345678")
    made = backup.make_backup(db, "manual")
    Resident.update(first_name="Anna").where(Resident.code == "R1").execute()
    _damage(made)
    with pytest.raises(backup.BackupError):
        restoring.restore(SYSTEM, made)
    DB.obj.connect(reuse_if_open=True)
    assert names() == {"R1": "Anna"}


def test_garbage_and_missing_files_are_refused(sqlite_db, tmp_path):
    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"a spreadsheet, not a database" * 200)
    with pytest.raises(backup.BackupError, match="damaged"):
        restoring.check(SYSTEM, junk)
    with pytest.raises(backup.BackupError, match="no backup file"):
        restoring.check(SYSTEM, tmp_path / "nowhere.sqlite3")


def test_newer_backup_is_refused(sqlite_db, clock):
    made = backup.make_backup(sqlite_db, "manual")
    copy = sqlite3.connect(made)
    copy.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, '2026-11-30')",
                 (CURRENT_VERSION + 1,))
    copy.commit()
    copy.close()
    with pytest.raises(backup.BackupError, match="newer Belteam"):
        restoring.restore(SYSTEM, made)


def test_other_engine_is_refused(db, clock, tmp_path):
    other = tmp_path / "other.pgdump" if backup.engine_of(db) != backup.POSTGRES else None
    if other is not None:
        other.write_bytes(backup.PG_HEADER + b"\x00" * 100)
    else:
        other = tmp_path / "other.sqlite3"
        sqlite3.connect(other).execute("CREATE TABLE schema_version (version int)").connection.close()
    with pytest.raises(backup.BackupError, match="open database is"):
        restoring.check(SYSTEM, other)


def test_only_a_coordinator_restores(sqlite_db, clock):
    made = backup.make_backup(sqlite_db)
    for role in ("volunteer", "staff"):
        with pytest.raises(PermissionDenied):
            restoring.check(Actor("x", role), made)


def test_cli_restore_asks_for_yes_then_restores(sqlite_db, tmp_path, capsys, clock):
    url = sqlite_db.database
    resident("R1", "Ans", "Bakker", "0612345678")
    made = backup.make_backup(sqlite_db)
    Resident.update(first_name="Anna").where(Resident.code == "R1").execute()
    assert cli.run(["--db", url, "restore", str(made)]) == 2
    assert "--yes" in capsys.readouterr().err
    assert cli.run(["--db", url, "restore", str(made), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out
    sqlite_db.connect(reuse_if_open=True)
    DB.initialize(sqlite_db)
    assert names() == {"R1": "Ans"}
    assert ledger.lines() == []


def test_sqlcipher_backup_stays_encrypted_and_restores(tmp_path, monkeypatch, clock):
    pytest.importorskip("sqlcipher3", reason="install the [encryption] extra (sqlcipher3)")
    from belteam.storage import db as dbmod
    from belteam.storage.migrations import init_db

    monkeypatch.setenv("BELTEAM_DB_KEY", "correct horse battery")
    database = init_db(f"sqlcipher:///{tmp_path / 'secret.db'}")
    resident("R1", "Wilhelmina", "Bakker", "0521111111")
    made = backup.make_backup(database, "manual")
    raw = made.read_bytes()
    assert b"Wilhelmina" not in raw and not raw.startswith(backup.SQLITE_HEADER)
    assert backup.inspect(made, "correct horse battery").schema_version == CURRENT_VERSION
    Resident.update(first_name="Mina").execute()
    restoring.restore(SYSTEM, made)
    assert names() == {"R1": "Wilhelmina"}
    dbmod.close()
    monkeypatch.setenv("BELTEAM_DB_KEY", "another key entirely")
    other = init_db(f"sqlcipher:///{tmp_path / 'other.db'}")
    with pytest.raises(backup.BackupError, match="encrypted with another key"):
        restoring.check(SYSTEM, made)
    assert other is not None
    dbmod.close()


def test_an_older_backup_is_migrated_and_keeps_later_erasures(db_url, clock, monkeypatch):
    """A backup made by a Belteam of schema version 3 comes back at the current version."""
    from belteam.storage import db as dbmod
    from belteam.storage import migrations as schema
    from belteam.storage.migrations import init_db, schema_version
    from belteam.storage.models import ErasedPerson

    with monkeypatch.context() as older:
        older.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
        older.setattr(schema, "CURRENT_VERSION", 3)
        database = init_db(db_url)  # the ladder's version 3: no versions, no ledger yet
        for code, name in (("R1", "Ans"), ("R2", "Bep")):
            database.execute_sql(
                "INSERT INTO resident (code, first_name, last_name, phone, phone2, area, address,"
                " postcode, languages, lives_alone, emergency_contact_name, "
                "emergency_contact_phone, key_holder, consent_by, consent_purpose, status, "
                "preferred_days, archived, erased, created_at, updated_at) VALUES "
                f"('{code}', '{name}', '', '', '', '', '', '', '', false, '', '', '', '', '', "
                "'waiting', '', false, false, '2026-01-01 10:00:00', '2026-01-01 10:00:00')")
        old = backup.make_backup(database, "manual")
        dbmod.close()
    database = init_db(db_url)  # today's Belteam: migrated, then R2 erased
    bep = Resident.get(Resident.code == "R2").id
    rights.erase_person(SYSTEM, "R2")
    done = restoring.restore(SYSTEM, old)
    assert done.migrated_from == 3 and schema_version(database) == CURRENT_VERSION
    assert names() == {"R1": "Ans", f"erased-{bep}": "—"} and done.reerased == 1
    assert Resident.get(Resident.code == "R1").version == 1
    assert [(e.kind, e.person_id) for e in ErasedPerson.select()] == [("resident", bep)]
    dbmod.close()
