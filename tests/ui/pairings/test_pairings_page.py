"""The Pairings screen: list, filter, show ended, new / change / end (ending never deletes)."""

from __future__ import annotations

from datetime import date, time

import pytest
from belteam_gui.app.session import Session
from belteam_gui.pairings import end_pairing_dialog
from belteam_gui.pairings.page import PairingsPage
from belteam_gui.pairings.pair_dialog import PairDialog
from PySide6.QtCore import QLocale, Qt

from belteam.core.actors import SYSTEM
from belteam.pairings import service as pairings
from belteam.people.service import save_resident, save_volunteer
from belteam.storage.models import Pairing


@pytest.fixture
def session(sqlite_db, qapp):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Netherlands))
    return Session("test.sqlite3", SYSTEM)


@pytest.fixture
def team(session, clock):
    anna = save_volunteer(SYSTEM, {"code": "V1", "first_name": "Anna", "last_name": "de Vries"})
    bram = save_volunteer(SYSTEM, {"code": "V2", "first_name": "Bram", "last_name": "Smit"})
    jana = save_resident(SYSTEM, {"code": "R1", "first_name": "Jana", "last_name": "Ročak"})
    kees = save_resident(SYSTEM, {"code": "R2", "first_name": "Kees", "last_name": "Bos"})
    lies = save_resident(SYSTEM, {"code": "R3", "first_name": "Lies", "last_name": "Mol"})
    first = pairings.pair(SYSTEM, jana, anna, "biweekly:fri", date(2026, 11, 6), time(10, 0))
    second = pairings.pair(SYSTEM, kees, bram, "monthly:1mon", date(2026, 11, 2), time(15, 30))
    old = pairings.pair(SYSTEM, lies, anna, "daily", date(2026, 10, 1))
    pairings.end_pairing(SYSTEM, old, date(2026, 11, 15), "Moved")
    return {"jana": first, "kees": second, "lies": old}


@pytest.fixture
def page(qtbot, session, team):
    widget = PairingsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cells(page: PairingsPage) -> list[list[str]]:
    proxy = page.proxy
    return [[proxy.index(row, col).data() for col in range(proxy.columnCount())]
            for row in range(proxy.rowCount())]


def test_lists_running_pairings_in_words(page, qtmodeltester):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    assert cells(page) == [  # sorted by the resident's name as shown
        ["Jana Ročak", "Anna de Vries", "every other Friday", "morning", "6 Nov 2026", ""],
        ["Kees Bos", "Bram Smit", "the first Monday of the month", "afternoon (15:30)",
         "2 Nov 2026", ""],
    ]
    page.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [row[1] for row in cells(page)] == ["Bram Smit", "Anna de Vries"]
    assert page.count_label.text() == "2 pairings"
    assert not page.change_button.isEnabled()
    assert not page.end_button.isEnabled()


def test_type_to_filter_ignores_case_and_accents(page, qtbot):
    qtbot.keyClicks(page.filter_edit, "ROCAK")
    assert [row[0] for row in cells(page)] == ["Jana Ročak"]
    assert page.count_label.text() == "1 of 2 pairings"
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "monday")
    assert [row[0] for row in cells(page)] == ["Kees Bos"]


def test_show_ended(page, qtbot, team):
    page.ended_check.setChecked(True)
    names = [row[0] for row in cells(page)]
    assert "Lies Mol" in names
    row = page.model.find_id(team["lies"].id)
    assert page.model.index(row, 5).data() == "15 Nov 2026"
    assert page.model.index(row, 5).data(Qt.ItemDataRole.ToolTipRole) == "Sun 15 Nov 2026 — Moved"
    assert page.model.index(row, 0).data(Qt.ItemDataRole.FontRole).italic()
    page.select_id(team["lies"].id)
    assert not page.change_button.isEnabled()  # ended: history only
    assert not page.end_button.isEnabled()


def test_end_pairing_via_page(page, qtbot, team, monkeypatch):
    asked = []

    def answer(parent, resident, volunteer, start):
        asked.append((resident, volunteer, start))
        return date(2026, 12, 4), "No longer wants calls"

    monkeypatch.setattr(end_pairing_dialog, "ask_end", answer)
    assert page.select_id(team["jana"].id)
    assert page.end_button.isEnabled()
    with qtbot.waitSignal(page.session.data_changed) as changed:
        qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["pairings"]
    assert asked == [("Jana Ročak", "Anna de Vries", date(2026, 11, 6))]
    stored = Pairing.get_by_id(team["jana"].id)
    assert stored.end_date == date(2026, 12, 4)
    assert stored.ended_reason == "No longer wants calls"
    assert Pairing.select().count() == 3  # nothing deleted
    # Still running until Friday: listed with its end date, still selected.
    assert page.selected_id() == team["jana"].id
    assert page.selected_row().end == date(2026, 12, 4)


def test_cancelled_end_changes_nothing(page, qtbot, team, monkeypatch):
    monkeypatch.setattr(end_pairing_dialog, "ask_end", lambda *args: None)
    page.select_id(team["kees"].id)
    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)
    assert Pairing.get_by_id(team["kees"].id).end_date is None


def test_end_dialog_defaults(qtbot, clock):
    dialog = end_pairing_dialog.EndPairingDialog("Jana Ročak", "Anna de Vries", date(2026, 12, 7))
    qtbot.addWidget(dialog)
    assert dialog.end_date() == date(2026, 12, 7)  # never before the start
    dialog.reason_combo.setEditText("  Hospital ")
    assert dialog.reason() == "Hospital"


def test_new_pairing_with_ctrl_n_reloads_and_selects(page, qtbot, session, team, monkeypatch):
    resident = save_resident(SYSTEM, {"code": "R9", "first_name": "Mien", "last_name": "Aal"})

    def fake_run(cls, session, resident_id=None, pairing_id=None, parent=None):
        volunteer = Pairing.get_by_id(team["jana"].id).volunteer
        made = pairings.pair(SYSTEM, resident, volunteer, "weekdays")
        session.changed("pairings")
        return made, True

    monkeypatch.setattr(PairDialog, "run", classmethod(fake_run))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 3
    assert page.selected_row().resident == "Mien Aal"
    assert page.selected_row().plan == "every weekday (Mon–Fri)"


def test_enter_on_a_row_changes_its_plan(page, qtbot, team, monkeypatch):
    calls = []
    monkeypatch.setattr(PairDialog, "run", classmethod(
        lambda cls, session, resident_id=None, pairing_id=None, parent=None:
        (calls.append(pairing_id), (None, False))[1]))
    page.select_id(team["kees"].id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert calls == [team["kees"].id]


def test_reloads_on_data_changed_and_focuses_filter(page, session, team, qtbot):
    pairings.change_plan(SYSTEM, Pairing.get_by_id(team["kees"].id), "weekly:wed", None)
    session.changed("pairings")
    assert cells(page)[1][:4] == ["Kees Bos", "Bram Smit", "every Wednesday", ""]
    page.activateWindow()
    page.initial_focus()
    qtbot.waitUntil(page.filter_edit.hasFocus)
