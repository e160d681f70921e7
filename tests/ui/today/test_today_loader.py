"""The Today screen loads in a worker: the window keeps answering, a newer load wins."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from belteam_gui.app.session import Session
from belteam_gui.today.page import TodayPage
from PySide6.QtCore import QTimer
from today_helpers import COORDINATOR, build_morning, settle

from belteam.calls import schedule


@pytest.fixture
def gated(monkeypatch):
    """today_list waits for ``gate`` on the days in ``held`` (as a slow query on a big team)."""
    real = schedule.today_list
    gate, held = threading.Event(), set()

    def slow(actor, day=None, volunteer_id=None):
        if day in held:
            gate.wait(timeout=30)
        return real(actor, day, volunteer_id)

    monkeypatch.setattr(schedule, "today_list", slow)
    yield gate, held
    gate.set()


def _names(page: TodayPage) -> list[str]:
    return [call.resident_name for call in page.model.calls()]


def test_window_answers_while_the_refresh_loads(qtbot, sqlite_db, clock, gated):
    gate, held = gated
    build_morning(clock.today())
    page = TodayPage(Session("test", COORDINATOR))
    qtbot.addWidget(page)
    settle(qtbot, page)
    before = _names(page)
    held.add(clock.today())
    page.session.changed("refresh")  # the periodic refresh: returns at once
    assert page.loading()
    timer = QTimer(page)
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=5000):
        timer.start(10)  # the event loop runs while the list is still loading
    assert page.loading() and _names(page) == before
    gate.set()
    settle(qtbot, page)
    assert _names(page) == before


def test_a_stale_load_is_dropped(qtbot, sqlite_db, clock, gated):
    gate, held = gated
    build_morning(clock.today())
    held.add(clock.today())
    page = TodayPage(Session("test", COORDINATOR))  # today's load hangs
    qtbot.addWidget(page)
    tomorrow = clock.today() + timedelta(days=1)
    page.go_to(tomorrow)  # a newer load, answered first
    settle(qtbot, page)
    expected = [c.resident_name for c in schedule.today_list(COORDINATOR, tomorrow)]
    assert _names(page) == expected
    with qtbot.waitSignal(page.loader.discarded, timeout=5000) as dropped:
        gate.set()  # today's late answer arrives
    assert dropped.args == [1]
    assert page.day == tomorrow and _names(page) == expected
    assert expected != [c.resident_name for c in schedule.today_list(COORDINATOR, clock.today())]
