"""File menu: a volunteer prints their list, saves their calendar, reports an absence and
changes their password; a coordinator sees no "my list"."""

from __future__ import annotations

import pytest
from account_helpers import PASSWORD, build_world, use_fast_hasher
from belteam_gui.accounts.account_dialogs import ChangeOwnPasswordDialog
from belteam_gui.app.main_window import MainWindow
from belteam_gui.app.session import Session
from belteam_gui.today import schedule_export

from belteam.accounts import users as accounts

NEW = "a brand new passphrase 42"


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch):
    use_fast_hasher(monkeypatch)


@pytest.fixture
def world(sqlite_db, clock):
    return build_world()


def _window(qtbot, actor) -> MainWindow:
    window = MainWindow(Session("test", actor))
    qtbot.addWidget(window)
    return window


def test_a_volunteer_finds_their_own_things_in_the_file_menu(qtbot, world, tmp_path, monkeypatch):
    window = _window(qtbot, world.vol1)
    keys = ("print_my_list", "save_my_calendar", "report_absence", "change_password")
    assert all(window.menu_actions[k].isVisible() for k in keys)
    assert window.menu_actions["print_my_list"].text() == "&Print my list…"
    monkeypatch.setattr(schedule_export, "_save_path", lambda *a: str(tmp_path / "anna.ics"))
    window.menu_actions["save_my_calendar"].trigger()
    assert (tmp_path / "anna.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "anna.ics" in window.statusBar().currentMessage()


def test_a_coordinator_has_no_my_list(qtbot, world):
    window = _window(qtbot, world.actor("coordinator"))
    assert not window.menu_actions["print_my_list"].isVisible()
    assert window.menu_actions["change_password"].isVisible()


def test_change_my_password_dialog(qtbot, world):
    dialog = ChangeOwnPasswordDialog(world.vol1)
    qtbot.addWidget(dialog)
    dialog.current.setText("wrong")
    dialog.passwords.password.setText(NEW)
    dialog.passwords.repeat.setText(NEW)
    dialog._ok()
    assert "current password is not right" in dialog.message.text()
    dialog.current.setText(PASSWORD)
    dialog._ok()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert accounts.sign_in("anna", NEW).username == "anna"
