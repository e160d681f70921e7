"""At start, a damaged SQLite file: the box explains and offers "Restore the backup of DATE",
which runs the real restore and opens the database again."""

from __future__ import annotations

import pytest
from belteam_gui.app import damaged
from belteam_gui.app.main import open_session
from integrity_helpers import damage, make_team
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from belteam.storage import backup, integrity
from belteam.storage import db as dbmod
from belteam.storage.models import Resident


def _damaged_team(path):
    """400 residents, a good backup, then a few data pages wrecked (checked a day ago)."""
    make_team(path)
    good = backup.make_backup(dbmod.DB.obj, "manual")
    dbmod.close()
    damage(path)
    return good


def _answer(buttons: list[str], seen: list[tuple[str, list[str]]]) -> None:
    """Click, in each message box as it opens, the button whose text starts with the next
    of ``buttons``; note each box's text and button texts."""
    last: list = [None]

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box is last[0]:
            QTimer.singleShot(10, poll)
            return
        last[0] = box
        texts = [b.text() for b in box.buttons()]
        seen.append((box.text(), texts))
        wanted = buttons.pop(0)
        next(b for b in box.buttons() if b.text().startswith(wanted)).click()
        if buttons:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


@pytest.fixture
def damaged_file(tmp_path, clock, qapp):
    path = tmp_path / "team.sqlite3"
    good = _damaged_team(path)
    with pytest.raises(damaged.restoring.DamagedDatabase) as refused:
        open_session(str(path))
    yield path, good, refused.value
    dbmod.close()


def test_the_box_offers_the_newest_good_backup_and_restores_it(damaged_file):
    path, good, error = damaged_file
    assert error.backup == good
    seen: list = []
    when = backup.made_at(good).strftime("%d-%m-%Y %H:%M")
    _answer([f"Restore the backup of {when}", "OK"], seen)
    session = damaged.repair(error, str(path), None, open_session)
    assert session is not None
    assert "is damaged" in seen[0][0] and str(good) in seen[0][0]
    assert f"Restore the backup of {when}" in seen[0][1]
    assert "Restored" in seen[1][0] and "before-restore" in seen[1][0]
    assert Resident.select().count() == 400
    assert integrity.quick_check(dbmod.DB.obj) == ""


def test_closing_the_box_changes_nothing(damaged_file):
    path, good, error = damaged_file
    before = path.read_bytes()
    seen: list = []
    _answer(["Close Belteam"], seen)
    assert damaged.repair(error, str(path), None, open_session) is None
    assert path.read_bytes() == before
    assert len(seen) == 1


def test_without_a_good_backup_there_is_no_restore_button(damaged_file):
    path, good, error = damaged_file
    good.unlink()
    with pytest.raises(damaged.restoring.DamagedDatabase) as refused:
        open_session(str(path))
    assert refused.value.backup is None
    seen: list = []
    _answer(["Close Belteam"], seen)
    assert damaged.repair(refused.value, str(path), None, open_session) is None
    assert "no good backup" in seen[0][0]
    assert seen[0][1] == ["Close Belteam"]
