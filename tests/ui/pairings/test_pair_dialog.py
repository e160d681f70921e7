"""Pairing through the dialog stores the plan the editor shows; capacity is warned about."""

from __future__ import annotations

from datetime import date, time

import pytest
from belteam_gui.app.session import Session
from belteam_gui.pairings.pair_dialog import PairDialog
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from belteam.core.actors import SYSTEM
from belteam.pairings import service as pairings
from belteam.pairings.plans import Plan
from belteam.people.service import save_resident, save_volunteer
from belteam.storage.models import Pairing, Resident

MONDAY = date(2026, 11, 30)


@pytest.fixture
def session(sqlite_db, qapp):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Netherlands))
    return Session("test.sqlite3", SYSTEM)


@pytest.fixture
def team(session):
    anna = save_volunteer(SYSTEM, {"code": "V1", "first_name": "Anna", "last_name": "de Vries",
                                   "area": "Dorp", "languages": "nl, en", "max_residents": 5})
    bram = save_volunteer(SYSTEM, {"code": "V2", "first_name": "Bram", "last_name": "Smit",
                                   "area": "Stad", "max_residents": 1})
    active = save_resident(SYSTEM, {"code": "R1", "first_name": "Aad", "last_name": "Bakker",
                                    "status": "active"})
    jana = save_resident(SYSTEM, {"code": "R2", "first_name": "Jana", "last_name": "Ročak",
                                  "area": "Dorp"})
    piet = save_resident(SYSTEM, {"code": "R3", "first_name": "Piet", "last_name": "Zwart"})
    pairings.pair(SYSTEM, active, bram, "weekly:tue")  # Bram is now full
    return {"anna": anna, "bram": bram, "aad": active, "jana": jana, "piet": piet}


def make(qtbot, session, **kwargs) -> PairDialog:
    dialog = PairDialog(session, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_and_pick(qtbot, combo, text: str) -> None:
    """Type part of a name (no accents needed) and press Enter, as a keyboard user does."""
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), text)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)


def press_ok(qtbot, dialog: PairDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def combo_texts(combo) -> list[str]:
    return [combo.itemText(row) for row in range(combo.count())]


def test_choices_waiting_first_with_load(qtbot, session, team):
    dialog = make(qtbot, session)
    residents = combo_texts(dialog.resident_combo)
    assert residents == ["Jana Ročak — Dorp — waiting for a volunteer",
                         "Piet Zwart — waiting for a volunteer", "Aad Bakker"]
    assert combo_texts(dialog.volunteer_combo) == ["Anna de Vries — Dorp — 0/5 residents — NL, EN",
                                                   "Bram Smit — Stad — 1/1 residents"]


def test_pair_via_dialog_stores_rrule_start_and_time(qtbot, session, team):
    dialog = make(qtbot, session)
    type_and_pick(qtbot, dialog.resident_combo, "rocak")
    assert dialog.resident_combo.currentData() == team["jana"].id
    type_and_pick(qtbot, dialog.volunteer_combo, "vries")
    assert dialog.volunteer_combo.currentData() == team["anna"].id
    editor = dialog.editor
    editor.set_kind("biweekly")
    qtbot.mouseClick(editor.day_boxes[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.day_boxes[4], Qt.MouseButton.LeftButton)
    editor.start_edit.setDate(date(2026, 12, 2))
    editor.part_combo.setCurrentIndex(editor.part_combo.findData("at"))
    editor.time_edit.setTime(time(10, 30))
    assert editor.words_label.text() == "Every other Friday, morning (10:30)"
    with qtbot.waitSignal(session.data_changed) as changed:
        press_ok(qtbot, dialog)
    assert changed.args == ["pairings"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = Pairing.get(Pairing.resident == team["jana"].id)
    assert stored.id == dialog.pairing.id
    assert stored.volunteer_id == team["anna"].id
    assert stored.rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"
    assert stored.start_date == date(2026, 12, 2)
    assert stored.preferred_time == time(10, 30)
    assert stored.end_date is None
    assert Resident.get_by_id(team["jana"].id).status == "active"


def test_end_date_is_stored(qtbot, session, team):
    dialog = make(qtbot, session, resident_id=team["piet"].id)
    assert dialog.resident_combo.currentData() == team["piet"].id
    dialog.end_check.setChecked(True)
    assert dialog.end_edit.isVisibleTo(dialog)
    dialog.end_edit.setDate(date(2026, 12, 20))
    assert dialog.editor.next_dates() == [date(2026, 11, 30), date(2026, 12, 7),
                                          date(2026, 12, 14)]
    press_ok(qtbot, dialog)
    assert Pairing.get(Pairing.resident == team["piet"].id).end_date == date(2026, 12, 20)


def test_capacity_warning_and_pair_anyway(qtbot, session, team):
    dialog = make(qtbot, session, resident_id=team["jana"].id)
    assert not dialog.capacity_label.isVisibleTo(dialog)
    assert not dialog.force_check.isVisibleTo(dialog)
    type_and_pick(qtbot, dialog.volunteer_combo, "bram")
    assert dialog.at_capacity()
    assert dialog.capacity_label.isVisibleTo(dialog)
    assert dialog.capacity_label.text() == "Bram Smit already calls 1 residents, the agreed maximum."
    assert dialog.force_check.isVisibleTo(dialog)
    press_ok(qtbot, dialog)  # not forced: the service refuses, the dialog stays open
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisibleTo(dialog)
    assert "Volunteer: Bram Smit already calls 1 residents" in dialog.error_label.text()
    assert not Pairing.select().where(Pairing.resident == team["jana"].id).exists()
    box = dialog.force_check  # click on its text, as a person does
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(12, box.height() // 2))
    assert box.isChecked()
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Pairing.get(Pairing.resident == team["jana"].id).volunteer_id == team["bram"].id


def test_no_day_chosen_is_said_and_nothing_stored(qtbot, session, team):
    dialog = make(qtbot, session, resident_id=team["jana"].id)
    qtbot.mouseClick(dialog.editor.day_boxes[0], Qt.MouseButton.LeftButton)
    press_ok(qtbot, dialog)
    assert dialog.error_label.text() == "Choose at least one day."
    assert Pairing.select().count() == 1


def test_change_plan_of_existing_pairing(qtbot, session, team):
    running = Pairing.get(Pairing.resident == team["aad"].id)
    dialog = make(qtbot, session, pairing_id=running.id)
    assert dialog.windowTitle() == "Change call plan"
    assert dialog.resident_label.text() == "Aad Bakker"
    assert dialog.editor.plan() == Plan("weekly", 1, (1,))
    assert not dialog.editor.start_edit.isEnabled()
    dialog.editor.set_kind("monthly")
    dialog.editor.nth_combo.setCurrentIndex(dialog.editor.nth_combo.findData(-1))
    dialog.editor.month_day_combo.setCurrentIndex(4)
    dialog.editor.part_combo.setCurrentIndex(dialog.editor.part_combo.findData("evening"))
    press_ok(qtbot, dialog)
    stored = Pairing.get_by_id(running.id)
    assert stored.rrule == "FREQ=MONTHLY;BYDAY=-1FR"
    assert stored.preferred_time == time(19, 0)
    assert stored.start_date == MONDAY
    assert Pairing.select().count() == 1


def test_run_returns_pairing_and_ok(qtbot, session, team, monkeypatch):
    def fake_exec(self):
        qtbot.addWidget(self)
        self.editor.set_plan(Plan("once"), MONDAY, None)
        self.accept()
        return self.result()

    monkeypatch.setattr(PairDialog, "exec", fake_exec)
    pairing, ok = PairDialog.run(session, resident_id=team["piet"].id)
    assert ok
    assert pairing.rrule == "FREQ=DAILY;COUNT=1"
    monkeypatch.setattr(PairDialog, "exec", lambda self: (qtbot.addWidget(self), 0)[1])
    assert PairDialog.run(session) == (None, False)


def test_a_plan_changed_meanwhile_is_not_overwritten_silently(qtbot, session, team):
    from belteam.core.actors import Actor
    from belteam.pairings import service as pairing_service

    running = Pairing.get(Pairing.resident == team["aad"].id)
    dialog = make(qtbot, session, pairing_id=running.id)
    pairing_service.change_plan(Actor("ben", "coordinator"), Pairing.get_by_id(running.id),
                                "weekly:thu")  # another coordinator, while the dialog is open
    dialog.editor.set_kind("daily")
    press_ok(qtbot, dialog)
    assert dialog.error_label.text().startswith("Changed by ben at ")
    assert "Press Save plan again" in dialog.error_label.text()
    assert Pairing.get_by_id(running.id).rrule == "FREQ=WEEKLY;BYDAY=TH"
    press_ok(qtbot, dialog)  # the second Save overwrites deliberately
    assert Pairing.get_by_id(running.id).rrule == "FREQ=DAILY"


def test_volunteers_are_suggestions_best_first_with_reasons(qtbot, session, team):
    save_volunteer(SYSTEM, {"code": "V3", "first_name": "Cor", "last_name": "Aalders",
                            "area": "Stad", "languages": "tr"})
    zeeg = save_volunteer(SYSTEM, {"code": "V4", "first_name": "Zeeg", "last_name": "Zand",
                                   "area": "Dorp", "available": "ma ochtend"})
    save_resident(SYSTEM, {"code": "R4", "first_name": "Wim", "last_name": "Dam", "area": "Dorp",
                           "preferred_days": "ma ochtend"})
    wim = Resident.get(Resident.code == "R4")
    dialog = make(qtbot, session, resident_id=wim.id)
    texts = combo_texts(dialog.volunteer_combo)
    # Best first (not alphabetical), the full one after, who shares no language last.
    assert [t.split(" — ")[0] for t in texts] == ["Zeeg Zand", "Anna de Vries", "Bram Smit",
                                                 "Cor Aalders"]
    assert texts[-1].endswith("no shared language")
    assert dialog.volunteer_combo.currentData() == zeeg.id
    assert dialog.reasons_label.isVisibleTo(dialog)
    assert dialog.reasons_label.text() == (
        "Why: speaks Dutch · same area (Dorp) · free on Mon morning · 0 of 5 places taken")
    type_and_pick(qtbot, dialog.volunteer_combo, "bram")
    assert "Mind: full" in dialog.reasons_label.text()
    type_and_pick(qtbot, dialog.resident_combo, "piet")
    assert combo_texts(dialog.volunteer_combo)[0].startswith("Anna de Vries")
