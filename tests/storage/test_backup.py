"""Backups: checked, private, listed, rotated, made nightly, and a clear word without pg_dump."""

import json
import os
import sqlite3
from datetime import datetime, timedelta

import pytest
from account_helpers import resident

from belteam import bootstrap
from belteam.cli import main as cli
from belteam.core.actors import SYSTEM
from belteam.core.clock import TZ
from belteam.jobs import backups as backup_job
from belteam.jobs import runner as jobs
from belteam.settings import store as settings
from belteam.storage import backup
from belteam.storage.migrations import CURRENT_VERSION


def test_backup_is_checked_private_and_listed(db, clock):
    resident("R1", "Ans", "Bakker", "0612345678")
    made = backup.make_backup(db, "manual")
    assert made.parent == backup.folder()
    if os.name == "posix":
        assert made.stat().st_mode & 0o777 == 0o600
        assert made.parent.stat().st_mode & 0o777 == 0o700
    [info] = backup.list_backups()
    assert info.path == made and info.schema_version == CURRENT_VERSION
    assert info.engine == backup.engine_of(db) and info.size == made.stat().st_size
    assert abs(info.when - datetime.now(TZ)) < timedelta(minutes=5)  # the real clock
    assert backup.check_file(made, info.engine) == ""


def test_sqlite_backup_is_one_file_with_the_data(sqlite_db, clock):
    resident("R1", "Ans", "Bakker", "0612345678")
    made = backup.make_backup(sqlite_db)
    assert not os.path.exists(f"{made}-wal")
    copy = sqlite3.connect(made)
    assert copy.execute("SELECT first_name FROM resident").fetchone()[0] == "Ans"
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    copy.close()


def test_a_copy_that_fails_its_check_is_removed(sqlite_db, clock, monkeypatch):
    monkeypatch.setattr(backup, "check_file", lambda *a: "page 3 is never used")
    with pytest.raises(backup.BackupError, match="failed its check"):
        backup.make_backup(sqlite_db)
    assert backup.backup_files() == []


def test_out_never_overwrites(sqlite_db, tmp_path):
    out = tmp_path / "mine.sqlite3"
    assert backup.make_backup(sqlite_db, out=out) == out
    with pytest.raises(backup.BackupError, match="already exists"):
        backup.make_backup(sqlite_db, out=out)


def test_missing_postgres_tools_are_named(monkeypatch):
    monkeypatch.setattr(backup.shutil, "which", lambda name: None)
    monkeypatch.setattr(backup.glob, "glob", lambda pattern: [])
    with pytest.raises(backup.BackupError, match="pg_dump is not installed.*client tools"):
        backup.pg_tool("pg_dump")


def _daily(day: datetime) -> None:
    (backup.folder() / f"belteam-daily-{day:%Y%m%d-%H%M%S}.sqlite3").write_bytes(b"x")


def test_rotation_keeps_7_daily_4_weekly_12_monthly(clock):
    start = datetime(2026, 11, 30, 3, 0, tzinfo=TZ)
    for back in range(400):
        _daily(start - timedelta(days=back))
    manual = backup.folder() / "belteam-manual-20240101-120000.sqlite3"
    manual.write_bytes(b"x")
    removed = backup.rotate(7, 4, 12)
    left = sorted(backup.made_at(p) for p in backup.backup_files() if "-daily-" in p.name)
    days = {m.date() for m in left}
    assert {(start - timedelta(days=b)).date() for b in range(7)} <= days
    weeks = {m.isocalendar()[:2] for m in left}
    assert len(weeks) >= 4 and len({(m.year, m.month) for m in left}) == 12
    assert len(left) <= 7 + 4 + 12 and len(left) + len(removed) == 400
    assert left[0] >= start - timedelta(days=366)
    assert manual.exists()  # only the scheduled backups rotate


def test_nightly_job_is_registered_backs_up_and_rotates(sqlite_db, clock):
    assert bootstrap.SYSTEM_JOBS[backup_job.JOB_ID] is backup_job.backup_job
    settings.set_value(SYSTEM, "backup_keep_daily", 1)
    settings.set_value(SYSTEM, "backup_keep_weekly", 0)
    settings.set_value(SYSTEM, "backup_keep_monthly", 0)
    yesterday = datetime.now(TZ) - timedelta(days=1)
    _daily(yesterday)
    jobs.run_job(backup_job.JOB_ID)
    [kept] = backup.backup_files()
    assert "-daily-" in kept.name and backup.made_at(kept) > yesterday
    assert jobs.last_run(backup_job.JOB_ID) is not None


def test_rotation_settings_are_checked(sqlite_db):
    with pytest.raises(settings.SettingError):
        settings.set_value(SYSTEM, "backup_keep_daily", 0)


def test_cli_backup_and_list(db, db_url, capsys):
    assert cli.run(["--db", db_url, "backup"]) == 0
    path = capsys.readouterr().out.strip()
    assert os.path.isfile(path)
    assert cli.run(["--db", db_url, "backup", "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["file"] == path and row["schema_version"] == CURRENT_VERSION
    assert set(row) == {"file", "when", "size", "schema_version", "engine"}
    assert cli.run(["--db", db_url, "backup", "--out", path]) == 2
    assert "already exists" in capsys.readouterr().err


def test_a_pretended_day_does_not_date_a_backup(sqlite_db, clock):
    from datetime import date

    clock.pin(date(2031, 1, 1))  # --as-of
    made = backup.make_backup(sqlite_db)
    assert backup.made_at(made).year < 2031  # rotation sees when it really was made
