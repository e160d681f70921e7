"""The database file on the command line: a reading command never creates one, and a
read-only file or folder is said as such (issue 10)."""

from __future__ import annotations

import os

import pytest

from belteam.cli import main as cli
from belteam.storage import db as dbmod


@pytest.mark.parametrize("argv", [["list", "residents"], ["today"], ["audit"],
                                  ["log-call", "R1", "--outcome", "reached"]])
def test_a_command_on_a_missing_file_says_so_and_creates_nothing(tmp_path, capsys, clock, argv):
    typo = tmp_path / "typo.db"
    status = cli.run(["--db", str(typo), *argv])
    out, err = capsys.readouterr()
    assert status == 2 and out == ""
    assert f"There is no Belteam database at {typo}" in err
    assert list(tmp_path.glob("typo.db*")) == []


def test_commands_that_put_data_in_may_start_a_new_database(tmp_path, capsys, clock):
    new = tmp_path / "new.db"
    csv = tmp_path / "vol.csv"
    csv.write_text("code,first_name\nV01,Anna\n", encoding="utf-8")
    assert cli.run(["--db", str(new), "import", "volunteers", str(csv)]) == 0
    assert new.exists()


@pytest.mark.parametrize("blocked, said", [("file", "database file"), ("folder", "folder")])
def test_a_read_only_file_or_folder_is_said_as_such(tmp_path, capsys, clock, monkeypatch,
                                                   blocked, said):
    path = tmp_path / "belteam.sqlite3"
    path.touch()  # (the tests run as root, who may write anywhere: os.access stands in)
    target = path if blocked == "file" else tmp_path
    real_access = os.access
    monkeypatch.setattr(dbmod.os, "access", lambda p, mode: False if str(p) == str(target)
                        and mode == os.W_OK else real_access(p, mode))
    status = cli.run(["--db", str(path), "list", "residents"])
    err = capsys.readouterr().err
    assert status == 2 and f"The {said} " in err and "is read-only" in err
    assert "unable to open" not in err
