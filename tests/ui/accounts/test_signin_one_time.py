"""Signing in with a one-time password asks for the user's own password at once."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from belteam_gui.accounts.account_dialogs import ChangeOwnPasswordDialog
from belteam_gui.accounts.signin_dialog import SignInDialog
from PySide6.QtWidgets import QDialog

from belteam.accounts import onetime
from belteam.accounts import users as accounts
from belteam.core.actors import SYSTEM
from belteam.people import service as people

NEW = "my own garden 42"


@pytest.fixture
def one_time(sqlite_db, clock, monkeypatch):
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=64,
                                                           parallelism=1))
    boss = accounts.actor_for(accounts.create_user(SYSTEM, "boss", "coordinator", "correct horse 1"))
    people.save_volunteer(SYSTEM, {"code": "V9", "first_name": "Cor", "last_name": "Dijk",
                                   "phone": "0633333333"})
    return onetime.create_accounts_for(boss, None)[0]


def _sign_in(qtbot, monkeypatch, account, answer):
    """Sign in; the change dialog is filled by ``answer`` instead of a person."""
    class Filled(ChangeOwnPasswordDialog):
        def exec(self):
            return answer(self)
    monkeypatch.setattr(SignInDialog, "change_dialog", Filled)
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.username.setText(account.username)
    dialog.password.setText(account.password)
    dialog.try_sign_in()
    return dialog


def test_the_new_password_is_chosen_before_signing_in_completes(qtbot, monkeypatch, one_time):
    def choose(change):
        change.passwords.password.setText(NEW)
        change.passwords.repeat.setText(NEW)
        change._ok()
        return change.result()
    dialog = _sign_in(qtbot, monkeypatch, one_time, choose)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not accounts.must_change_password(dialog.actor)
    assert accounts.sign_in(one_time.username, NEW).username == one_time.username


def test_cancelling_the_change_keeps_the_window_closed(qtbot, monkeypatch, one_time):
    dialog = _sign_in(qtbot, monkeypatch, one_time, lambda change: QDialog.DialogCode.Rejected)
    assert dialog.actor is None and dialog.result() != QDialog.DialogCode.Accepted
    assert "eigen" in dialog.message.text() or "own password" in dialog.message.text()
