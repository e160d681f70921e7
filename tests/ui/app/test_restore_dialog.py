"""File → Restore…: a coordinator's menu item; checked, confirmed, and a damaged file refused."""

from __future__ import annotations

import pytest
from belteam_gui.app import restore_dialog
from belteam_gui.app.main_window import MainWindow
from belteam_gui.app.session import Session

from belteam.core.actors import SYSTEM, Actor
from belteam.people import service as people
from belteam.storage import backup
from belteam.storage.models import Resident


@pytest.fixture
def window(qtbot, sqlite_db):
    session = Session("sqlite-test", Actor("ans", "coordinator"))
    window = MainWindow(session)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def told(monkeypatch):
    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(restore_dialog, "tell",
                        lambda parent, title, text, problem=False: said.append((text, problem)))
    return said


def test_restore_from_the_file_menu_after_confirming(window, sqlite_db, monkeypatch, told, qtbot):
    people.save_resident(SYSTEM, {"code": "R1", "first_name": "Ans"})
    made = backup.make_backup(sqlite_db)
    Resident.update(first_name="Anna").execute()
    questions = []
    monkeypatch.setattr(restore_dialog, "choose_file", lambda parent: str(made))
    monkeypatch.setattr(restore_dialog, "confirm", lambda parent, text: questions.append(text) or True)
    assert window.menu_actions["restore"].isVisible()
    with qtbot.waitSignal(window.session.data_changed):
        window.menu_actions["restore"].trigger()
    assert made.name in questions[0] and "saved as a backup first" in questions[0]
    assert Resident.get().first_name == "Ans"
    assert told[0][1] is False and "before-restore" in told[0][0]


def test_saying_no_changes_nothing(window, sqlite_db, monkeypatch, told):
    people.save_resident(SYSTEM, {"code": "R1", "first_name": "Ans"})
    made = backup.make_backup(sqlite_db)
    Resident.update(first_name="Anna").execute()
    monkeypatch.setattr(restore_dialog, "choose_file", lambda parent: str(made))
    monkeypatch.setattr(restore_dialog, "confirm", lambda parent, text: False)
    assert window.restore_backup() is False
    assert Resident.get().first_name == "Anna" and told == []


def test_a_damaged_file_is_refused_before_asking(window, tmp_path, monkeypatch, told):
    junk = tmp_path / "broken.sqlite3"
    junk.write_bytes(b"not a database" * 300)
    monkeypatch.setattr(restore_dialog, "choose_file", lambda parent: str(junk))
    monkeypatch.setattr(restore_dialog, "confirm", lambda parent, text: pytest.fail("asked"))
    assert window.restore_backup() is False
    assert told[0][1] is True and "damaged" in told[0][0]


def test_only_coordinators_see_restore(window):
    for role in ("staff", "volunteer"):
        window.session.set_actor(Actor("x", role))
        assert not window.menu_actions["restore"].isVisible()
