"""Today on a later day (read, not logged) and on an empty team (the first step is named)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from belteam_gui.app.session import Session
from belteam_gui.today import log_call_dialog
from belteam_gui.today.hints import progress_text
from belteam_gui.today.page import TodayPage
from PySide6.QtCore import Qt
from today_helpers import COORDINATOR, build_morning, settle

from belteam.core.actors import SYSTEM
from belteam.people import service as people


def _page(qtbot, actor) -> TodayPage:
    widget = TodayPage(Session("test", actor))
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, widget)
    widget.initial_focus()
    return widget


def test_a_later_day_is_read_but_not_logged(qtbot, sqlite_db, clock, monkeypatch):
    morning = build_morning(clock.today())
    page = _page(qtbot, morning.actor)
    day = clock.today() + timedelta(days=1)
    while True:  # the first later day with calls
        page.go_to(day)
        settle(qtbot, page)
        if page.model.rowCount():
            break
        day += timedelta(days=1)
        assert day < clock.today() + timedelta(days=15)
    opened = []
    monkeypatch.setattr(log_call_dialog.LogCallDialog, "exec", lambda self: opened.append(1))
    assert page.current_call() is not None
    assert not page.log_button.isEnabled()
    assert "on the day itself" in page.progress_label.text()
    assert not page.progress_bar.isVisible()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == []
    assert "log it on that day" in page.status_label.text()
    page.go_today()
    settle(qtbot, page)
    assert page.log_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [1]


def test_empty_team_names_the_first_step(qtbot, sqlite_db, clock):
    page = _page(qtbot, COORDINATOR)
    assert page.empty_label.isVisible()
    assert "Import residents" in page.empty_label.text()
    people.save_resident(SYSTEM, {"code": "R1", "first_name": "Jan"})
    page.session.changed("people")
    settle(qtbot, page)
    assert "Pairings" in page.empty_label.text()


def test_a_paired_team_shows_no_first_step(qtbot, sqlite_db, clock):
    morning = build_morning(clock.today())
    page = _page(qtbot, COORDINATOR)
    assert morning.day == clock.today()
    page.go_to(clock.today() + timedelta(days=40))
    settle(qtbot, page)
    assert not page.empty_label.isVisible()


@pytest.mark.parametrize("done,total,later,expected", [
    (0, 0, False, "No calls on this day."), (2, 5, False, "2 of 5 calls done"),
    (5, 5, False, "All 5 calls done — thank you!"),
    (0, 1, True, "1 call planned. You can log it on the day itself.")])
def test_progress_words(done, total, later, expected):
    from belteam_gui.today.hints import progress_text
    assert progress_text(done, total, later) == expected


@pytest.mark.parametrize(("done", "total", "text"), [
    (0, 1, "0 of 1 call done"),
    (1, 1, "The call is done — thank you!"),
    (1, 3, "1 of 3 calls done"),
    (3, 3, "All 3 calls done — thank you!"),
    (0, 0, "No calls on this day."),
])
def test_progress_says_call_for_one_and_calls_for_more(qapp, done, total, text):
    assert progress_text(done, total, later_day=False) == text
