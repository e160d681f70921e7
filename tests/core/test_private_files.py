"""Files with personal data are for their owner only: 0600 in 0700 folders (issue 10)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from belteam.cli import main as cli
from belteam.core import config, private

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask():
    """The command sets the process umask; give the other tests theirs back."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_database_its_journal_and_folders_are_private(tmp_path, clock, umask):
    home = config.data_dir()
    csv = tmp_path / "vol.csv"
    csv.write_text("code,first_name\nV01,Anna\n", encoding="utf-8")
    db = home / "belteam.sqlite3"
    assert cli.run(["--db", str(db), "import", "volunteers", str(csv)]) == 0
    assert mode(home) == mode(config.backup_dir()) == 0o700
    for file in home.glob("belteam.sqlite3*"):
        assert mode(file) == 0o600, file
    export = tmp_path / "out" / "v01.json"
    export.parent.mkdir()
    assert cli.run(["--db", str(db), "person", "export", "V01", "--out", str(export)]) == 0
    assert mode(export) == 0o600


def test_existing_files_and_folders_are_fixed_at_start(tmp_path, clock, umask):
    home = config.data_dir()
    db = home / "belteam.sqlite3"
    csv = tmp_path / "vol.csv"
    csv.write_text("code,first_name\nV01,Anna\n", encoding="utf-8")
    assert cli.run(["--db", str(db), "import", "volunteers", str(csv)]) == 0
    backup = config.backup_dir() / "belteam-old.sqlite3"
    backup.write_bytes(db.read_bytes())
    for path, loose in ((home, 0o755), (config.backup_dir(), 0o755), (db, 0o644),
                        (backup, 0o644)):
        os.chmod(path, loose)
    assert cli.run(["--db", str(db), "list", "volunteers"]) == 0
    assert (mode(home), mode(config.backup_dir())) == (0o700, 0o700)
    assert (mode(db), mode(backup)) == (0o600, 0o600)


def test_the_helper_leaves_other_peoples_and_linked_files_alone(tmp_path):
    target = tmp_path / "shared.txt"
    target.write_text("x")
    os.chmod(target, 0o644)
    link = tmp_path / "link"
    link.symlink_to(target)
    private.make_private(link)
    assert mode(target) == 0o644
