"""Date and time fields take typed text from a click anywhere; To follows From."""

from __future__ import annotations

from datetime import date

import pytest
from belteam_gui.common.date_time_fields import DateField, TimeField, link_period
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtWidgets import QLineEdit


@pytest.fixture
def field(qtbot, clock):
    field = DateField(date(2026, 11, 30))
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    return field


def test_a_click_anywhere_then_typing_replaces_the_date(qtbot, field):
    assert field.text() == "Mon 30 Nov 2026"
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() // 3, field.height() // 2))
    qtbot.waitUntil(lambda: field.selectedText() == field.text())
    qtbot.keyClicks(field, "1-12")
    assert field.date() == QDate(2026, 12, 1)  # read while typing, as Alt+S on Save does
    with qtbot.waitSignal(field.dateChanged) as changed:
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert changed.args == [QDate(2026, 12, 1)]  # once, not for "1" and "1-1" on the way
    assert field.text() == "Tue 1 Dec 2026"


@pytest.mark.parametrize(("typed", "meant"), [("1 dec", QDate(2026, 12, 1)),
                                              ("morgen", QDate(2026, 12, 1)),
                                              ("24-12-2026", QDate(2026, 12, 24))])
def test_typed_forms(qtbot, field, typed, meant):
    field.selectAll()
    qtbot.keyClicks(field, typed)
    assert field.date() == meant


def test_a_wrong_text_is_marked_and_the_last_good_date_kept(qtbot, field):
    field.selectAll()
    qtbot.keyClicks(field, "32-1")
    assert field.property("role") == "error" and field.date() == QDate(2026, 11, 30)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.property("role") == "" and field.text() == "Mon 30 Nov 2026"


def test_up_and_down_move_a_day_not_a_week(qtbot, field):
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == QDate(2026, 12, 1)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.date() == QDate(2026, 11, 29)


def test_the_minimum_date_holds(qtbot, field):
    field.setMinimumDate(QDate(2026, 11, 30))
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.date() == QDate(2026, 11, 30)
    field.selectAll()
    qtbot.keyClicks(field, "1-11-2026")
    assert field.property("role") == "error" and field.date() == QDate(2026, 11, 30)


@pytest.mark.parametrize(("typed", "meant"), [("14", QTime(14, 0)), ("1400", QTime(14, 0)),
                                              ("14:00", QTime(14, 0)), ("14.00", QTime(14, 0)),
                                              ("930", QTime(9, 30))])
def test_time_field_takes_the_usual_ways(qtbot, typed, meant):
    field = TimeField(QTime(10, 30))
    qtbot.addWidget(field)
    field.show()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 8, field.height() // 2))
    qtbot.waitUntil(lambda: field.selectedText() == "10:30")
    qtbot.keyClicks(field, typed)
    assert field.time() == meant
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert isinstance(field, QLineEdit)


def test_to_follows_from(qtbot, clock):
    start, end = DateField(date(2026, 12, 7)), DateField(date(2026, 12, 18))
    link_period(start, end)
    start.setDate(QDate(2026, 12, 14))
    assert end.date() == QDate(2026, 12, 25)  # the period keeps its length
