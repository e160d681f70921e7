"""The erasure ledger: no personal data, reaches the backups and the WAL, survives restores."""

import os
import sqlite3

from account_helpers import resident, volunteer

from belteam.cli import main as cli
from belteam.core.actors import SYSTEM
from belteam.privacy import ledger, rights
from belteam.storage import backup, wal
from belteam.storage import db as dbmod
from belteam.storage.migrations import init_db
from belteam.storage.models import ErasedPerson, Resident


def test_erasure_writes_a_ledger_line_without_personal_data(db, clock):
    r = resident("R1", "Ans", "Bakker", "0612345678")
    v = volunteer("V1", "Joop", "Zoet", "0612121212")
    rights.erase_person(SYSTEM, "R1")
    rights.erase_person(SYSTEM, "V1")
    assert {(e.kind, e.person_id) for e in ErasedPerson.select()} == {
        ("resident", r.id), ("volunteer", v.id)}
    assert {f.name for f in ErasedPerson._meta.sorted_fields} == {
        "id", "kind", "person_id", "created_at", "erased_at"}


def test_backups_holding_the_person_are_named_and_scrubbed(sqlite_db, clock):
    resident("R1", "Ans", "Bakkerszoon", "0612345678")
    resident("R2", "Bep", "de Vries", "0687654321")
    old = backup.make_backup(sqlite_db, "manual")
    rights.erase_person(SYSTEM, "R1")
    after = backup.make_backup(sqlite_db, "manual")
    assert ledger.backups_holding(ledger.lines()) == [old]
    assert b"Bakkerszoon" in old.read_bytes()
    rewritten, deleted = ledger.erase_in_backups(SYSTEM, [old])
    assert rewritten == [old] and deleted == []
    assert b"Bakkerszoon" not in old.read_bytes() and b"0612345678" not in old.read_bytes()
    assert not os.path.exists(f"{old}-wal") and after.exists()
    assert ledger.backups_holding(ledger.lines()) == []
    copy = sqlite3.connect(old)  # the other resident is untouched in the backup
    assert copy.execute("SELECT first_name FROM resident WHERE code='R2'").fetchone() == ("Bep",)
    copy.close()


def test_cli_erase_names_the_backups_and_scrub_clears_them(sqlite_db, clock, capsys):
    resident("R1", "Ans", "Bakkerszoon", "0612345678")
    old = backup.make_backup(sqlite_db, "manual")
    url = sqlite_db.database
    assert cli.run(["--db", url, "person", "erase", "R1", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "1 backup(s) still hold this person" in out and str(old) in out
    assert cli.run(["--db", url, "backup", "scrub"]) == 0
    assert "1 backup(s) rewritten" in capsys.readouterr().out
    assert b"Bakkerszoon" not in old.read_bytes()


def test_wal_held_by_another_reader_is_reported_and_emptied_at_next_start(tmp_path, clock):
    path = tmp_path / "team.sqlite3"
    init_db(str(path))
    resident("R1", "Ans", "Bakkerszoon", "0612345678")
    reader = sqlite3.connect(path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM resident").fetchone()  # holds a read snapshot
    counts = rights.erase_person(SYSTEM, "R1")
    assert counts.wal_cleared is False
    reader.rollback()
    reader.close()
    dbmod.close()
    init_db(str(path))  # the next start finishes it
    assert os.path.getsize(f"{path}-wal") == 0
    assert not (wal.config.data_dir() / "pending-wal-truncate").exists()
    dbmod.close()


def test_erasure_without_other_readers_empties_the_wal(sqlite_db, clock):
    resident("R1", "Ans", "Bakkerszoon", "0612345678")
    assert rights.erase_person(SYSTEM, "R1").wal_cleared is True
    assert os.path.getsize(f"{sqlite_db.database}-wal") == 0


def test_a_reused_id_is_not_erased_by_an_old_ledger_line(sqlite_db, clock):
    r = resident("R1", "Ans", "Bakker", "0612345678")
    line = ledger.Line("resident", r.id, clock.now().replace(year=2020), clock.now())
    assert ledger.reapply([line]) == 0
    assert not Resident.get_by_id(r.id).erased
    assert ledger.reapply([ledger.Line("resident", r.id, r.created_at, clock.now())]) == 1
    assert Resident.get_by_id(r.id).erased
