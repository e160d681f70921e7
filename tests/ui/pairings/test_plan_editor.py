"""The plan editor makes the right Plan/RRULE for each kind and shows the next five dates.

The clock is pinned to Monday 2026-11-30 (the default start date).
"""

from __future__ import annotations

from datetime import date, time

import pytest
from belteam_gui.pairings.plan_editor import PlanEditor
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QComboBox

from belteam.pairings.plans import Plan

MONDAY = date(2026, 11, 30)


@pytest.fixture
def editor(qtbot, clock):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Netherlands))
    widget = PlanEditor()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an item with the keyboard only: Home, then Down until it is current."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, f"{text!r} not in the combo"


def toggle_day(qtbot, editor: PlanEditor, day: int) -> None:
    """Tick or untick a weekday box with the space bar, as a keyboard user does."""
    box = editor.day_boxes[day]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def shown(editor: PlanEditor) -> list[str]:
    return editor.dates_model.stringList()


def test_default_is_weekly_on_the_start_weekday(editor, qtmodeltester):
    assert editor.start() == MONDAY
    assert editor.plan() == Plan("weekly", 1, (0,))
    assert editor.words_label.text() == "Every Monday"
    assert shown(editor) == ["Mon 30 Nov 2026", "Mon 7 Dec 2026", "Mon 14 Dec 2026",
                             "Mon 21 Dec 2026", "Mon 28 Dec 2026"]
    qtmodeltester.check(editor.dates_model)


def test_weekly_two_days_by_keyboard(editor, qtbot):
    toggle_day(qtbot, editor, 0)  # untick Monday
    assert editor.plan() is None
    assert editor.error() == "Choose at least one day."
    assert editor.error_label.isVisibleTo(editor)
    assert shown(editor) == []
    toggle_day(qtbot, editor, 1)
    with qtbot.waitSignal(editor.changed):
        toggle_day(qtbot, editor, 3)
    assert editor.plan().to_rrule() == "FREQ=WEEKLY;BYDAY=TU,TH"
    assert editor.words_label.text() == "Every Tuesday and Thursday"
    assert editor.next_dates() == [date(2026, 12, 1), date(2026, 12, 3), date(2026, 12, 8),
                                   date(2026, 12, 10), date(2026, 12, 15)]
    assert not editor.error_label.isVisibleTo(editor)


def test_every_other_friday_by_mouse(editor, qtbot):
    choose(qtbot, editor.kind_combo, "Every other week")
    qtbot.mouseClick(editor.day_boxes[0], Qt.MouseButton.LeftButton)  # Monday off
    qtbot.mouseClick(editor.day_boxes[4], Qt.MouseButton.LeftButton)  # Friday on
    assert editor.plan().to_rrule() == "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"
    assert editor.words_label.text() == "Every other Friday"
    assert shown(editor) == ["Fri 4 Dec 2026", "Fri 18 Dec 2026", "Fri 1 Jan 2027",
                             "Fri 15 Jan 2027", "Fri 29 Jan 2027"]


def test_every_three_weeks(editor, qtbot):
    choose(qtbot, editor.kind_combo, "Every N weeks")
    assert editor.interval_spin.isVisibleTo(editor)
    editor.interval_spin.setFocus()
    editor.interval_spin.selectAll()
    qtbot.keyClicks(editor.interval_spin, "4")
    qtbot.keyClick(editor.interval_spin, Qt.Key.Key_Down)  # 4 -> 3
    assert editor.plan().to_rrule() == "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO"
    assert editor.words_label.text() == "Every 3 weeks on Monday"
    assert editor.next_dates() == [date(2026, 11, 30), date(2026, 12, 21), date(2027, 1, 11),
                                   date(2027, 2, 1), date(2027, 2, 22)]


def test_daily_and_weekdays_hide_the_days(editor, qtbot):
    choose(qtbot, editor.kind_combo, "Daily")
    assert not editor.days_row.isVisibleTo(editor)
    assert not editor.interval_row.isVisibleTo(editor)
    assert not editor.monthly_row.isVisibleTo(editor)
    assert editor.plan().to_rrule() == "FREQ=DAILY"
    assert editor.words_label.text() == "Every day"
    assert editor.next_dates() == [date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 2),
                                   date(2026, 12, 3), date(2026, 12, 4)]
    choose(qtbot, editor.kind_combo, "Weekdays only")
    assert editor.plan().to_rrule() == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
    assert editor.words_label.text() == "Every weekday (Mon–Fri)"
    editor.start_edit.setDate(date(2026, 12, 3))
    assert editor.next_dates() == [date(2026, 12, 3), date(2026, 12, 4), date(2026, 12, 7),
                                   date(2026, 12, 8), date(2026, 12, 9)]


def test_monthly_first_friday(editor, qtbot):
    choose(qtbot, editor.kind_combo, "Monthly")
    assert editor.monthly_row.isVisibleTo(editor)
    assert not editor.days_row.isVisibleTo(editor)
    # Suggested from the start date: Monday 30 November is the last Monday of the month.
    assert editor.plan() == Plan("monthly", 1, (0,), -1)
    choose(qtbot, editor.nth_combo, "First")
    choose(qtbot, editor.month_day_combo, "Friday")
    assert editor.plan().to_rrule() == "FREQ=MONTHLY;BYDAY=1FR"
    assert editor.words_label.text() == "The first Friday of the month"
    assert shown(editor) == ["Fri 4 Dec 2026", "Fri 1 Jan 2027", "Fri 5 Feb 2027",
                             "Fri 5 Mar 2027", "Fri 2 Apr 2027"]


def test_monthly_last_friday(editor, qtbot):
    choose(qtbot, editor.kind_combo, "Monthly")
    choose(qtbot, editor.nth_combo, "Last")
    choose(qtbot, editor.month_day_combo, "Friday")
    assert editor.plan().to_rrule() == "FREQ=MONTHLY;BYDAY=-1FR"
    assert editor.next_dates()[:3] == [date(2026, 12, 25), date(2027, 1, 29), date(2027, 2, 26)]


def test_once_to_try(editor, qtbot):
    editor.start_edit.setDate(date(2026, 12, 4))
    choose(qtbot, editor.kind_combo, "Once, to try")
    assert editor.plan().to_rrule() == "FREQ=DAILY;COUNT=1"
    assert editor.words_label.text() == "Once, to try"
    assert shown(editor) == ["Fri 4 Dec 2026"]


def test_time_of_day(editor, qtbot):
    choose(qtbot, editor.part_combo, "Evening (19:00)")
    assert not editor.time_edit.isVisibleTo(editor)
    assert editor.preferred_time() == time(19, 0)
    assert editor.words_label.text() == "Every Monday, evening"
    choose(qtbot, editor.part_combo, "At a set time")
    assert editor.time_edit.isVisibleTo(editor)
    editor.time_edit.setFocus()
    editor.time_edit.selectAll()  # as Tab does
    qtbot.keyClicks(editor.time_edit, "1545")  # typed on the keypad
    assert editor.preferred_time() == time(15, 45)
    assert editor.words_label.text() == "Every Monday, afternoon (15:45)"
    choose(qtbot, editor.part_combo, "No preference")
    assert editor.preferred_time() is None


@pytest.mark.parametrize(("plan", "kind"), [
    (Plan("weekly", 1, (1, 3)), "weekly"),
    (Plan("weekly", 2, (4,)), "biweekly"),
    (Plan("weekly", 5, (2,)), "every_n"),
    (Plan("daily"), "daily"),
    (Plan("weekdays"), "weekdays"),
    (Plan("monthly", 1, (4,), -1), "monthly"),
    (Plan("once"), "once"),
])
def test_set_plan_round_trip(editor, plan, kind):
    editor.set_plan(plan, date(2026, 10, 2), time(10, 30))
    assert editor.kind() == kind
    assert editor.plan() == plan
    assert editor.start() == date(2026, 10, 2)
    assert editor.preferred_time() == time(10, 30)
    assert editor.part_combo.currentData() == "at"


def test_started_plan_shows_dates_from_today_and_stops_at_the_end(editor):
    editor.set_plan(Plan("weekly", 2, (4,)), date(2026, 10, 2), time(10, 0))
    assert editor.part_combo.currentData() == "morning"
    assert editor.words_label.text() == "Every other Friday, morning"
    assert editor.next_dates() == [date(2026, 12, 11), date(2026, 12, 25), date(2027, 1, 8),
                                   date(2027, 1, 22), date(2027, 2, 5)]
    editor.set_end_date(date(2026, 12, 31))
    assert editor.next_dates() == [date(2026, 12, 11), date(2026, 12, 25)]
    editor.set_end_date(date(2026, 12, 1))
    assert shown(editor) == ["No calls before the end date."]


def test_dutch_dates(editor, qtbot):
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        choose(qtbot, editor.kind_combo, "Every other week")
        toggle_day(qtbot, editor, 0)
        toggle_day(qtbot, editor, 4)
        assert shown(editor)[0] == "vr 4 dec 2026"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Netherlands))


def test_a_skipped_first_week_is_explained(editor, qtbot):
    choose(qtbot, editor.kind_combo, "Every other week")
    toggle_day(qtbot, editor, 0)  # Monday off
    toggle_day(qtbot, editor, 4)  # Friday on
    assert not editor.skip_label.isVisibleTo(editor)  # Mon 30 Nov start: Fri 4 Dec is first
    editor.start_edit.setDate(QDate(2026, 12, 5))  # a Saturday: that week's Friday has passed
    assert editor.next_dates()[0] == date(2026, 12, 18)
    assert editor.skip_label.isVisibleTo(editor)
    assert editor.skip_label.text().startswith("The first call is on Fri 18 Dec 2026:")
    choose(qtbot, editor.kind_combo, "Weekly")  # every week: nothing is skipped
    assert not editor.skip_label.isVisibleTo(editor)
