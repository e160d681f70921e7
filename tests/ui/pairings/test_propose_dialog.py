"""Propose pairings (ticked, with reasons, Apply) and Volunteer stops… in the window."""

from __future__ import annotations

from datetime import date

import pytest
from belteam_gui.app.session import Session
from belteam_gui.pairings.page import PairingsPage
from belteam_gui.pairings.propose_dialog import ProposeDialog
from belteam_gui.pairings.volunteer_stop_dialog import VolunteerStopDialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from belteam.core.actors import SYSTEM
from belteam.pairings import service as pairings
from belteam.people.service import save_resident, save_volunteer
from belteam.storage.models import Pairing, Resident


@pytest.fixture
def session(sqlite_db, qapp):
    return Session("test.sqlite3", SYSTEM)


@pytest.fixture
def team(session):
    ann = save_volunteer(SYSTEM, {"code": "V1", "first_name": "Ann", "area": "Dorp",
                                  "available": "di ochtend", "max_residents": 3})
    save_resident(SYSTEM, {"code": "R1", "first_name": "Jan", "area": "Dorp",
                           "preferred_days": "di ochtend", "wanted_plan": "biweekly"})
    save_resident(SYSTEM, {"code": "R2", "first_name": "Mien"})
    save_resident(SYSTEM, {"code": "R3", "first_name": "Tesfay", "languages": "ti"})
    return ann


def test_proposal_rows_untick_and_apply(qtbot, session, team):
    dialog = ProposeDialog(session)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["Jan", "Mien"]
    assert "same area (Dorp)" in table.item(0, 3).text()
    assert "Tesfay: nobody speaks Tigrinya" in dialog.unmatched_label.text()
    assert dialog.chosen() == ["R1", "R2"]
    table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.chosen() == ["R1"]
    with qtbot.waitSignal(session.data_changed):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [m["resident"] for m in dialog.made] == ["R1"]
    stored = Pairing.get(Pairing.resident == Resident.get(code="R1"))
    assert stored.rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"
    assert stored.start_date == date(2026, 12, 1)


def test_nothing_ticked_cannot_apply(qtbot, session, team):
    dialog = ProposeDialog(session)
    qtbot.addWidget(dialog)
    for row in range(dialog.table.rowCount()):
        dialog.table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.apply_button.isEnabled()


def test_volunteer_stops_puts_residents_first(qtbot, session, team):
    pairings.pair(SYSTEM, Resident.get(code="R2"), team, "weekly:wed")
    dialog = VolunteerStopDialog(session)
    qtbot.addWidget(dialog)
    dialog.volunteer_combo.select_data(team.id)
    dialog.accept()
    assert dialog.moved == ["R2"]
    assert Resident.get(code="R2").waiting_priority


def test_page_offers_propose_and_stop(qtbot, session, team):
    page = PairingsPage(session)
    qtbot.addWidget(page)
    assert page.propose_button.isEnabled() and page.stop_button.isEnabled()


def test_stop_opens_the_proposal_for_the_moved_residents(qtbot, session, team, monkeypatch):
    pairings.pair(SYSTEM, Resident.get(code="R2"), team, "weekly:wed")
    shown: list[list[str]] = []

    def stop(dialog):
        dialog.volunteer_combo.select_data(team.id)
        dialog.accept()
        return dialog.result()

    def propose(dialog):
        shown.append([r.code for r, _why in dialog.proposal.unmatched]
                     + [p.resident.code for p in dialog.proposal.pairs])
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(VolunteerStopDialog, "exec", stop)
    monkeypatch.setattr(ProposeDialog, "exec", propose)
    page = PairingsPage(session)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    # The proposal is for Mien only (not Jan or Tesfay); Ann is archived, so nobody is free.
    assert shown == [["R2"]]
    assert Resident.get(code="R2").waiting_priority
