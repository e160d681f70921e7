"""Volunteers ▸ Make accounts…: one-time passwords shown once, letters printed as PDF."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from argon2 import PasswordHasher
from belteam_gui.app.session import Session
from belteam_gui.people import make_accounts as dialog_module
from belteam_gui.people.volunteers_page import VolunteersPage
from today_helpers import settle

from belteam.accounts import users as accounts
from belteam.core.actors import SYSTEM, Actor
from belteam.people import service as people
from belteam.storage.models import User


@pytest.fixture
def team(sqlite_db, clock, monkeypatch):
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=64,
                                                           parallelism=1))
    boss = accounts.actor_for(accounts.create_user(SYSTEM, "boss", "coordinator", "correct horse 1"))
    for code, first in (("V1", "Anna"), ("V2", "Bram")):
        people.save_volunteer(SYSTEM, {"code": code, "first_name": first, "last_name": "Dijk",
                                       "phone": "0633333333"})
    return boss


def test_only_coordinators_see_the_button(qtbot, team):
    page = VolunteersPage(Session("sqlite-test", team))
    settle(qtbot, page)
    qtbot.addWidget(page)
    assert not page.accounts_button.isHidden()
    staff = VolunteersPage(Session("sqlite-test", Actor("sam", "staff")))
    settle(qtbot, staff)
    qtbot.addWidget(staff)
    assert staff.accounts_button.isHidden()


def test_the_passwords_are_shown_once_and_printed_as_letters(qtbot, team, tmp_path, monkeypatch):
    shown = []

    class Box(dialog_module.ForWhomBox):
        def exec(self):
            self.clickedButton = lambda: self.everyone
            return 0

    class Shown(dialog_module.OneTimePasswordsDialog):
        def exec(self):
            shown.append(self)
            self.print_letters()
            return 0

    monkeypatch.setattr(dialog_module, "ForWhomBox", Box)
    monkeypatch.setattr(dialog_module, "OneTimePasswordsDialog", Shown)
    page = VolunteersPage(Session("sqlite-test", team))
    settle(qtbot, page)
    qtbot.addWidget(page)
    made = dialog_module.make_accounts(team, page, None, lambda _d: str(tmp_path / "brieven"))
    assert [a.username for a in made] == ["v1", "v2"]
    table = shown[0].table
    assert [table.item(r, 2).text() for r in range(table.rowCount())] == [a.password for a in made]
    assert User.get(User.username == "v1").must_change_password
    text = subprocess.run([shutil.which("pdftotext"), str(tmp_path / "brieven.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert made[1].password in text and "Beste Bram Dijk" in text
    assert "Letters" in shown[0].message.text() or "Brieven" in shown[0].message.text()
