"""A volunteer's own list, calendar, absences and calls: one rule, one wording, every route."""

from __future__ import annotations

from datetime import timedelta

import pytest
from account_helpers import build_world, use_fast_hasher

from belteam.calls import absences, ical, printing, schedule
from belteam.calls import log as calls
from belteam.core import messages
from belteam.core.actors import PermissionDenied


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch):
    use_fast_hasher(monkeypatch)


def _routes(w, tmp_path, today):
    other = w.v2.id
    return {
        "another volunteer's list": [
            lambda: schedule.today_list(w.vol1, today, other),
            lambda: printing.volunteer_list_pdf(w.vol1, tmp_path / "x.pdf", other, today),
        ],
        "another volunteer's calendar": [lambda: ical.volunteer_ics(w.vol1, other)],
        "another volunteer's absences": [lambda: absences.absences(w.vol1, other)],
        "logging another volunteer's call": [
            lambda: calls.log_call(w.vol1, w.r1.id, "reached", volunteer_id=other)],
    }


def test_every_route_refuses_another_volunteers_things_in_the_same_words(db, clock, tmp_path):
    w = build_world()
    for what, routes in _routes(w, tmp_path, clock.today()).items():
        for route in routes:
            with pytest.raises(PermissionDenied) as refused:
                route()
            assert str(refused.value) == f"Not allowed for the role volunteer: {what}."


def test_staff_and_coordinators_pass(db, clock, tmp_path):
    w = build_world()
    assert isinstance(schedule.today_list(w.staff, clock.today() + timedelta(days=1), w.v2.id), list)
    assert ical.volunteer_ics(w.coordinator, w.v2.id)


def test_the_wording_is_translated_where_the_window_set_a_translator(db, clock):
    w = build_world()
    messages.set_translator(lambda text: {"another volunteer's calendar": "KALENDER"}.get(text))
    try:
        with pytest.raises(PermissionDenied) as refused:
            ical.volunteer_ics(w.vol1, w.v2.id)
    finally:
        messages.set_translator(None)
    assert "KALENDER" in str(refused.value)
