"""The fast overview (aggregates in SQL) gives exactly the straightforward figures."""

from __future__ import annotations

import threading
from datetime import date, datetime, time, timedelta

import pytest
from report_helpers import scripted_month
from report_oracle import KEYS, straightforward

from belteam.core.actors import SYSTEM, Actor
from belteam.core.clock import TZ, clock
from belteam.demo import team as demo
from belteam.reports import overview as reports
from belteam.reports import periods
from belteam.storage import db as db_module
from belteam.storage.models import CallAttempt, Resident, Volunteer


def _same(period: periods.Period) -> None:
    for by_area in (False, True):
        fast, slow = reports.figures(period, by_area), straightforward(period, by_area)
        assert set(slow) <= set(fast), (period, by_area)
        for group, row in fast.items():
            expected = slow.get(group)
            if expected is None:  # a group with cases or waiting only: no attempts, none due
                assert (row["attempts"], row["due"], row["residents_not_reached"]) == (0, 0, 0)
                continue
            got = {key: row[key] for key in KEYS}
            assert got == {key: expected[key] for key in KEYS}, (period, by_area, group)


def _awkward_attempts() -> None:
    """What the demo rarely makes: no caller, a second caller, several topics, a sharp drop,
    two marks at one moment."""
    residents = list(Resident.select().order_by(Resident.id).limit(6))
    other = Volunteer.select().order_by(Volunteer.id.desc()).first()
    for i, res in enumerate(residents):
        day = clock.today() - timedelta(days=3 + 9 * i)
        moment = datetime.combine(day, time(14, 5 * i), TZ)
        CallAttempt.create(resident=res.id, volunteer=None if i % 2 else other.id, due_date=day,
                           at=moment, outcome="reached" if i % 3 else "busy",
                           topics=["mood", "health"] if i % 2 else ["money"],
                           wellbeing=1 + i, wants_again=i != 4, concern=i == 5,
                           practical_help=i == 1)
    late = datetime.combine(clock.today() - timedelta(days=1), time(22, 30), TZ)
    for mark in (3, 9):  # two marks at one moment, the last of the period: the first counts
        CallAttempt.create(resident=residents[1].id, volunteer=other.id, due_date=late.date(),
                           at=late, outcome="reached", wellbeing=mark)


@pytest.mark.parametrize("seed", [5, 12])
def test_a_demo_teams_figures_equal_the_straightforward_ones(db, seed):
    demo.generate(SYSTEM, residents=40, volunteers=10, years=1.2, seed=seed)
    _awkward_attempts()
    today = clock.today()
    for period in (periods.week_of(today - timedelta(days=7)), periods.month(2026, 11),
                   periods.quarter(2026, 3), periods.dates(today - timedelta(days=365),
                                                           today - timedelta(days=1))):
        _same(period)
        _same(period.previous())


def test_the_scripted_months_figures_equal_the_straightforward_ones(db):
    scripted_month()
    _same(periods.month(2026, 11))
    _same(periods.dates(date(2026, 10, 1), date(2026, 11, 30)))


def test_the_two_periods_read_side_by_side_equal_them_read_one_after_the_other(db, monkeypatch):
    demo.generate(SYSTEM, residents=40, volunteers=10, years=1.2, seed=5)
    _awkward_attempts()
    coordinator, period = Actor("coco", "coordinator"), periods.month(2026, 11)
    threads, real = set(), reports._protected

    def spy(*args):
        threads.add(threading.get_ident())
        return real(*args)

    monkeypatch.setattr(reports, "_protected", spy)
    side_by_side = reports.overview(coordinator, period, by_area=True).as_json()
    assert len(threads) == 2  # the previous period was read on its own connection
    monkeypatch.setattr(db_module, "shared_by_threads", lambda: False)
    assert reports.overview(coordinator, period, by_area=True).as_json() == side_by_side
    assert side_by_side["previous"]["attempts"] > 0
