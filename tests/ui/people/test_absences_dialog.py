"""The Absences dialog on the Volunteers screen: add, refuse a wrong period, remove."""

from __future__ import annotations

from datetime import date

import pytest
from belteam_gui.app.session import Session
from belteam_gui.people import absences_dialog
from belteam_gui.people.absences_dialog import AbsencesDialog
from belteam_gui.people.volunteers_page import VolunteersPage
from PySide6.QtCore import QDate
from today_helpers import settle

from belteam.calls import absences
from belteam.core.actors import SYSTEM, Actor
from belteam.people import service as people


@pytest.fixture
def session(sqlite_db) -> Session:
    people.save_volunteer(SYSTEM, {"code": "V1", "first_name": "Anna", "last_name": "Bakker"})
    return Session("sqlite-test", Actor("coco", "coordinator", user_id=None))


def _volunteer_id() -> int:
    return people.volunteer_by_code(SYSTEM, "V1").id


def _set(edit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def test_add_an_absence_and_tell_the_other_screens(qtbot, session, qtmodeltester):
    dialog = AbsencesDialog(session, _volunteer_id(), "Anna Bakker")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 0 and not dialog.remove_button.isEnabled()
    _set(dialog.start_edit, date(2026, 12, 7))
    _set(dialog.end_edit, date(2026, 12, 18))
    dialog.reason_edit.setText("vakantie")
    with qtbot.waitSignal(session.data_changed) as changed:
        dialog.add_button.click()
    assert changed.args == ["absences"]
    stored = absences.absences(SYSTEM, _volunteer_id())
    assert [(a.start_date, a.end_date, a.reason) for a in stored] == [
        (date(2026, 12, 7), date(2026, 12, 18), "vakantie")]
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 2).data() == "vakantie"
    assert dialog.reason_edit.text() == ""
    qtmodeltester.check(dialog.model)


def test_an_end_before_the_start_is_refused_with_the_reason(qtbot, session):
    dialog = AbsencesDialog(session, _volunteer_id(), "Anna Bakker")
    qtbot.addWidget(dialog)
    _set(dialog.start_edit, date(2026, 12, 18))
    _set(dialog.end_edit, date(2026, 12, 7))
    dialog.reason_edit.setText("vakantie")
    dialog.add_button.click()
    assert absences.absences(SYSTEM, _volunteer_id()) == []
    assert "end date" in dialog.message_label.text()
    assert dialog.reason_edit.text() == "vakantie"  # nothing typed is lost


def test_remove_asks_first(qtbot, session, monkeypatch):
    absences.add_absence(SYSTEM, _volunteer_id(), date(2026, 12, 7), date(2026, 12, 8))
    dialog = AbsencesDialog(session, _volunteer_id(), "Anna Bakker")
    qtbot.addWidget(dialog)
    assert dialog.remove_button.isEnabled()
    monkeypatch.setattr(absences_dialog, "confirm_remove", lambda *_: False)
    dialog.remove_button.click()
    assert len(absences.absences(SYSTEM, _volunteer_id())) == 1
    monkeypatch.setattr(absences_dialog, "confirm_remove", lambda *_: True)
    dialog.remove_button.click()
    assert absences.absences(SYSTEM, _volunteer_id()) == []
    assert dialog.model.rowCount() == 0


def test_volunteers_page_offers_absences_to_coordinators_only(qtbot, session, monkeypatch):
    page = VolunteersPage(session)
    settle(qtbot, page)
    qtbot.addWidget(page)
    page.show()
    assert page.absences_button.isVisible() and page.absences_button.isEnabled()
    opened = []
    monkeypatch.setattr(AbsencesDialog, "exec", lambda self: opened.append(self.volunteer_id))
    page.absences_button.click()
    assert opened == [_volunteer_id()]
    staff = VolunteersPage(Session("sqlite-test", Actor("sam", "staff")))
    settle(qtbot, staff)
    qtbot.addWidget(staff)
    staff.show()
    assert not staff.absences_button.isVisible()


def test_an_absence_wholly_in_the_past_is_asked_about_first(qtbot, session, monkeypatch):
    asked = []
    monkeypatch.setattr(absences_dialog, "confirm_past",
                        lambda parent, text: asked.append(text) or False)
    dialog = AbsencesDialog(session, _volunteer_id(), "Anna Bakker")
    qtbot.addWidget(dialog)
    _set(dialog.start_edit, date(2026, 11, 2))
    _set(dialog.end_edit, date(2026, 11, 6))
    dialog.add_button.click()
    assert len(asked) == 1 and "lies wholly in the past" in asked[0]
    assert absences.absences(SYSTEM, _volunteer_id()) == []  # "Change the dates"
    monkeypatch.setattr(absences_dialog, "confirm_past", lambda parent, text: True)
    dialog.add_button.click()
    assert len(absences.absences(SYSTEM, _volunteer_id())) == 1  # "Save anyway"
