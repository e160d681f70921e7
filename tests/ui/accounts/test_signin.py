"""First run, sign-in, the inactivity lock, switching user, and the accounts and audit screens."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from belteam_gui.accounts import signin_dialog
from belteam_gui.accounts.account_dialogs import AddAccountDialog, ResetPasswordDialog
from belteam_gui.accounts.audit_page import AuditPage
from belteam_gui.accounts.first_run_dialog import FirstRunDialog
from belteam_gui.accounts.signin_dialog import SignInDialog
from belteam_gui.accounts.users_page import UsersPage
from belteam_gui.app.idle_lock import IdleLock
from belteam_gui.app.main_window import MainWindow
from belteam_gui.app.session import Session
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from belteam.accounts import users as accounts
from belteam.core.actors import SYSTEM
from belteam.people import service as people
from belteam.settings import store as settings
from belteam.storage.models import AuditEntry, User

PASSWORD = "correct horse 1"


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch):
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))


@pytest.fixture
def team(sqlite_db):
    v1 = people.save_volunteer(SYSTEM, {"code": "V1", "first_name": "Anna", "last_name": "Visser"})
    accounts.create_user(SYSTEM, "mieke", "coordinator", PASSWORD)
    accounts.create_user(SYSTEM, "sanne", "staff", PASSWORD)
    accounts.create_user(SYSTEM, "anna", "volunteer", PASSWORD, v1.id)
    return v1


def test_first_run_dialog_makes_the_coordinator(qtbot, sqlite_db):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.organisation, "Welzijn Westerveld")
    qtbot.keyClicks(dialog.username, "mieke")
    qtbot.keyClicks(dialog.passwords.password, "short")
    assert "10" in dialog.passwords.hint.text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "at least 10" in dialog.message.text()
    assert not accounts.has_users()
    dialog.passwords.password.clear()
    qtbot.keyClicks(dialog.passwords.password, PASSWORD)
    assert dialog.passwords.meter.value() >= 1
    qtbot.keyClicks(dialog.passwords.repeat, PASSWORD + "x")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.message.text()
    dialog.passwords.repeat.clear()
    qtbot.keyClicks(dialog.passwords.repeat, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.passwords.repeat, Qt.Key.Key_Return)  # keyboard alone works
    assert (dialog.actor.username, dialog.actor.role) == ("mieke", "coordinator")
    assert settings.get("organisation_name") == "Welzijn Westerveld"
    assert dialog.passwords.password.text() == ""  # the password does not linger


def test_sign_in_dialog_signs_in_and_shows_why_not(qtbot, team):
    dialog = SignInDialog(None, "Welzijn")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.username, "anna")
    qtbot.keyClicks(dialog.password, "wrong password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "not right" in dialog.message.text()
    assert dialog.password.text() == "" and dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor.volunteer_id == team.id


def test_lock_message_after_five_failures(qtbot, team, clock):
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "sanne")
    for _ in range(5):
        qtbot.keyClicks(dialog.password, "guess guess")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "locked for 5 minute" in dialog.message.text()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "locked" in dialog.message.text() and dialog.actor is None
    clock.advance(timedelta(minutes=6))
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.role == "staff"


def test_the_dialog_grows_to_show_the_whole_dutch_lock_message(qtbot, team):
    from belteam_gui.app import i18n

    i18n.install("nl")
    try:
        dialog = SignInDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        before = dialog.height()
        qtbot.keyClicks(dialog.username, "sanne")
        for _ in range(5):
            qtbot.keyClicks(dialog.password, "guess guess")
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        text = dialog.message.text()
    finally:
        i18n.install("en")
    assert "5 minuten geblokkeerd" in text and "coördinator" in text
    assert dialog.height() > before
    assert dialog.message.height() >= dialog.message.heightForWidth(dialog.message.width())


def test_ask_actor_picks_first_run_or_sign_in(qtbot, sqlite_db, monkeypatch):
    seen = []
    monkeypatch.setattr(QDialog, "exec", lambda self: seen.append(type(self).__name__) or 0)
    assert signin_dialog.ask_actor() is None
    accounts.create_user(SYSTEM, "mieke", "coordinator", PASSWORD)
    assert signin_dialog.ask_actor() is None
    assert seen == ["FirstRunDialog", "SignInDialog"]


def _window(qtbot, who: str) -> tuple[MainWindow, Session]:
    session = Session("unused", accounts.sign_in(who, PASSWORD))
    window = MainWindow(session)
    qtbot.addWidget(window)
    return window, session


def test_idle_lock_keeps_the_work_and_asks_the_password(qtbot, team):
    window, session = _window(qtbot, "anna")
    typed = QLineEdit(window)
    typed.setText("half a note about the garden")
    lock = IdleLock(window, session, minutes=0.001)
    window.show()
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    dialog = lock.dialog
    assert dialog.username.text() == "anna" and dialog.username.isReadOnly()
    assert not window.centralWidget().isVisible()  # nothing readable behind the lock
    dialog.reject()  # Esc cannot close the lock
    assert lock.locked and dialog.isVisible()
    qtbot.keyClicks(dialog.password, "not it at all")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert lock.locked and "not right" in dialog.message.text()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert not lock.locked
    assert window.centralWidget().isVisible()
    assert typed.text() == "half a note about the garden"
    assert AuditEntry.select().where(AuditEntry.detail == "unlock").count() == 2
    lock.remove()


def test_input_restarts_the_idle_timer(qtbot, team):
    window, session = _window(qtbot, "anna")
    lock = IdleLock(window, session, minutes=1)
    window.show()
    lock.timer.stop()
    QApplication.sendEvent(window, QEvent(QEvent.Type.User))
    assert not lock.timer.isActive()  # other events do not count as use
    qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert lock.timer.isActive() and lock.timer.interval() == 60_000
    lock.remove()


def test_switch_user_changes_the_screens(qtbot, team, monkeypatch):
    window, session = _window(qtbot, "anna")
    keys = lambda: [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]  # noqa: E731
    assert "users" not in keys() and "audit" not in keys()

    def sign_in_as_mieke(dialog):
        dialog.username.setText("mieke")
        dialog.password.setText(PASSWORD)
        dialog.try_sign_in()
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", sign_in_as_mieke)
    window.menu_actions["switch_user"].trigger()
    assert session.actor.username == "mieke"
    assert {"users", "audit"} <= set(keys())
    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: 0)  # Cancel keeps the user
    window.menu_actions["switch_user"].trigger()
    assert session.actor.username == "mieke"


def test_users_page_adds_resets_and_switches_off(qtbot, qtmodeltester, team, monkeypatch):
    session = Session("unused", accounts.sign_in("mieke", PASSWORD))
    page = UsersPage(session)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    assert [r.username for r in page.model.rows()] == ["anna", "mieke", "sanne"]
    assert page.model.rows()[0].volunteer == "Anna Visser (V1)"

    def add(dialog: AddAccountDialog):
        assert dialog.role.currentData() == "volunteer" and dialog.volunteer.isEnabled()
        dialog.username.setText("kees")
        dialog.role.setCurrentIndex(dialog.role.findData("staff"))
        dialog.passwords.password.setText("kees his password")
        dialog.passwords.repeat.setText("kees his password")
        dialog._ok()
        return dialog.result()

    monkeypatch.setattr(AddAccountDialog, "exec", add)
    page.add_button.click()
    assert "kees" in [r.username for r in page.model.rows()]
    assert page.selected().username == "kees"

    def reset(dialog: ResetPasswordDialog):
        dialog.passwords.password.setText("tiny")
        dialog.passwords.repeat.setText("tiny")
        dialog._ok()
        assert "at least 10" in dialog.message.text()
        dialog.passwords.password.setText("another secret")
        dialog.passwords.repeat.setText("another secret")
        dialog._ok()
        return dialog.result()

    monkeypatch.setattr(ResetPasswordDialog, "exec", reset)
    page.reset_button.click()
    assert accounts.sign_in("kees", "another secret").role == "staff"
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.toggle_button.click()
    assert not User.get(User.username == "kees").disabled  # a wrong click changes nothing
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.toggle_button.click()
    assert User.get(User.username == "kees").disabled
    assert page.selected().disabled
    qtmodeltester.check(page.model)


def test_audit_page_lists_and_filters(qtbot, qtmodeltester, team):
    session = Session("unused", accounts.sign_in("mieke", PASSWORD))
    with pytest.raises(accounts.SignInError):
        accounts.sign_in("anna", "nope nope nope")
    page = AuditPage(session)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    total = page.proxy.rowCount()
    assert total >= 5
    qtbot.keyClicks(page.search, "signin_failed")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    page.action.setCurrentIndex(page.action.findData("account_created"))
    assert page.model.rowCount() == 3


def test_audit_page_shows_data_changes_by_person_and_period(qtbot, team, clock):
    session = Session("unused", accounts.sign_in("mieke", PASSWORD))
    people.save_volunteer(session.actor, {"area": "Diever"}, team.id)
    page = AuditPage(session)
    qtbot.addWidget(page)
    page.action.setCurrentIndex(page.action.findData("volunteer_changed"))
    assert page.model.rowCount() == 1
    row = page.model.row(0)
    assert (row.actor, row.subject, row.detail) == ("mieke", "volunteer:V1", "fields=area")
    assert page.proxy.index(0, 2).data() == "Volunteer changed"
    page.action.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "volunteer:V1")
    assert page.proxy.rowCount() >= 2  # created by the system, changed by mieke
    clock.advance(timedelta(days=10))
    page.period.setCurrentIndex(page.period.findData(6))  # the last 7 days: nothing yet
    assert page.model.rowCount() == 0


def test_pages_need_their_permission(qtbot, team):
    for who, expect in (("mieke", True), ("sanne", False), ("anna", False)):
        window, _ = _window(qtbot, who)
        keys = {window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())}
        assert ("users" in keys) is expect and ("audit" in keys) is expect
        assert isinstance(window, QWidget)


def test_pages_of_a_signed_out_user_are_freed_and_never_called_again(qtbot, team, caplog):
    """After a coordinator opened every screen, signed out and staff signed in, data changes
    reached the old Audit page ("Internal C++ object (QComboBox) already deleted")."""
    window, session = _window(qtbot, "mieke")
    window.show()
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)  # builds every page the coordinator may open
    old_pages = list(window._widgets.values())
    assert any(isinstance(page, AuditPage) for page in old_pages)
    session.set_actor(accounts.sign_in("sanne", PASSWORD))
    qtbot.waitUntil(lambda: all(not _alive(page) for page in old_pages))
    for what in ("people", "pairings", "calls", "cases", "settings", ""):
        people.save_volunteer(session.actor if session.actor.can("people.edit") else SYSTEM,
                              {"area": f"Diever {what}"}, team.id)
        session.changed(what)
    assert "Error" not in caplog.text and "deleted" not in caplog.text
    assert "audit" not in [window.nav.item(i).data(Qt.ItemDataRole.UserRole)
                           for i in range(window.nav.count())]


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return isValid(widget)
