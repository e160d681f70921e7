"""The Today screen loads in a worker: the window keeps answering, a newer load wins."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from belteam_gui.app.session import Session
from belteam_gui.today.page import TodayPage
from PySide6.QtCore import QTimer
from today_helpers import COORDINATOR, build_morning, settle

from belteam.calls import day_parts, schedule


@pytest.fixture
def gated(monkeypatch):
    """The list waits for ``gate`` on the days in ``held`` (as a slow query on a big team)."""
    real = day_parts.today_parts
    gate, held = threading.Event(), set()

    def slow(actor, day=None, volunteer_id=None, first=day_parts.FIRST):
        if day in held:
            gate.wait(timeout=30)
        yield from real(actor, day, volunteer_id, first)

    monkeypatch.setattr(day_parts, "today_parts", slow)
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


@pytest.fixture
def halting(monkeypatch):
    """The list in two parts (the first with 2 rows) and a gate between them."""
    real = day_parts.today_parts
    between = threading.Event()

    def parts(actor, day=None, volunteer_id=None, first=day_parts.FIRST):
        for number, part in enumerate(real(actor, day, volunteer_id, first=2)):
            if number == 1:
                between.wait(timeout=30)
            yield part

    monkeypatch.setattr(day_parts, "today_parts", parts)
    yield between
    between.set()


def test_the_first_rows_show_before_the_rest_which_is_appended(qtbot, qtmodeltester, sqlite_db,
                                                                clock, halting):
    build_morning(clock.today())
    whole = [c.resident_name for c in schedule.today_list(COORDINATOR, clock.today())]
    assert len(whole) > 2
    page = TodayPage(Session("test", COORDINATOR))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.loading() and _names(page) == whole[:2]
    assert page.current_row() >= 0  # the first open call is selected at once
    selected = page.current_call()
    inserted = []
    page.model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    page.model.modelReset.connect(lambda: inserted.append("reset"))
    halting.set()
    settle(qtbot, page)
    assert _names(page) == whole
    assert inserted == [(2, len(whole) - 1)]  # appended, never reset under the user
    assert page.current_call() == selected
    qtmodeltester.check(page.model)


def test_a_refresh_swaps_the_whole_list_at_once(qtbot, sqlite_db, clock, halting):
    build_morning(clock.today())
    halting.set()
    page = TodayPage(Session("test", COORDINATOR))
    qtbot.addWidget(page)
    settle(qtbot, page)
    halting.clear()
    counts = []
    page.model.modelReset.connect(lambda: counts.append(page.model.rowCount()))
    page.session.changed("refresh")
    timer = QTimer(page)
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=5000):
        timer.start(50)  # the first part is ready by now, and not shown
    assert counts == [] and page.loading()
    halting.set()
    settle(qtbot, page)
    assert counts == [page.model.rowCount()]


def test_a_newer_load_stops_an_older_one_between_its_parts(qtbot, sqlite_db, clock, halting):
    build_morning(clock.today())
    page = TodayPage(Session("test", COORDINATOR))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    tomorrow = clock.today() + timedelta(days=1)
    with qtbot.waitSignal(page.loader.discarded, timeout=5000) as dropped:
        page.go_to(tomorrow)
        halting.set()
    assert dropped.args == [1]
    settle(qtbot, page)
    assert _names(page) == [c.resident_name for c in schedule.today_list(COORDINATOR, tomorrow)]
