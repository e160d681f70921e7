"""Integrity at start: a quick check of an SQLite file, bounded, with the newest good backup."""

import time

import pytest
from integrity_helpers import damage, make_team

from belteam.cli import main as cli
from belteam.storage import backup, integrity
from belteam.storage import db as dbmod
from belteam.storage.migrations import init_db
from belteam.storage.models import Resident


def test_damaged_file_is_refused_with_the_newest_good_backup(tmp_path, clock):
    path = tmp_path / "team.sqlite3"
    make_team(path)
    good = backup.make_backup(dbmod.DB.obj, "manual")
    dbmod.close()
    damage(path)
    with pytest.raises(integrity.DamagedDatabase) as refused:
        init_db(str(path))
    assert "is damaged" in str(refused.value) and str(good) in str(refused.value)
    assert "belteam restore" in str(refused.value)


def test_a_file_too_damaged_to_open_names_the_backup_too(tmp_path, clock):
    path = tmp_path / "team.sqlite3"
    make_team(path)
    good = backup.make_backup(dbmod.DB.obj, "manual")
    dbmod.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\x07" * (4096 - 100)  # the schema page itself
    path.write_bytes(bytes(data))
    with pytest.raises(integrity.DamagedDatabase) as refused:
        init_db(str(path))
    assert str(good) in str(refused.value)


def test_command_line_exits_non_zero_then_restore_repairs(tmp_path, clock, capsys):
    path = tmp_path / "team.sqlite3"
    make_team(path)
    good = backup.make_backup(dbmod.DB.obj, "manual")
    dbmod.close()
    damage(path)
    assert cli.run(["--db", str(path), "list", "residents"]) == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and str(good) in err
    assert cli.run(["--db", str(path), "restore", str(good), "--yes"]) == 0
    assert "Restored" in capsys.readouterr().out
    init_db(str(path))  # whole again
    assert Resident.select().count() == 400
    dbmod.close()


def test_check_is_skipped_within_a_day_after_a_clean_close(tmp_path, clock):
    path = tmp_path / "team.sqlite3"
    database = init_db(str(path))  # the first start checks
    dbmod.close()
    now = time.time()
    assert integrity.check_at_start(dbmod.connect(str(path)), now) is False  # closed cleanly
    # ...but this opening was not closed cleanly (no close since): the next start checks.
    assert integrity.check_at_start(dbmod.connect(str(path)), now) is True
    dbmod.close()
    assert integrity.check_at_start(dbmod.connect(str(path)), now + 25 * 3600) is True
    dbmod.close()
    assert database is not None
