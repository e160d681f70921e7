"""Dates and times as a person types them (the rule behind the window's date and time fields)."""

from __future__ import annotations

from datetime import date, time

import pytest

from belteam.calls.absences import wholly_past
from belteam.core.validation import parse_time, parse_typed_date

TODAY = date(2026, 11, 30)  # a Monday


@pytest.mark.parametrize(("typed", "meant"), [
    ("1-12", date(2026, 12, 1)),
    ("1-12-2026", date(2026, 12, 1)),
    ("1/12/26", date(2026, 12, 1)),
    ("1.12.2026", date(2026, 12, 1)),
    ("1 dec", date(2026, 12, 1)),
    ("1 December 2026", date(2026, 12, 1)),
    ("3 mrt", date(2027, 3, 3)),  # the nearest 3 March lies ahead
    ("15-11", date(2026, 11, 15)),  # the nearest 15 November was a fortnight ago
    ("1-2", date(2027, 2, 1)),
    ("morgen", date(2026, 12, 1)),
    ("Tomorrow", date(2026, 12, 1)),
    ("vandaag", TODAY),
    ("2026-12-01", date(2026, 12, 1)),
    ("di 1 dec 2026", date(2026, 12, 1)),  # as the window shows a date, in Dutch
    ("Tue 1 Dec 2026", date(2026, 12, 1)),  # and in English
    ("", None),
])
def test_typed_dates(typed, meant):
    assert parse_typed_date(typed, TODAY) == meant


@pytest.mark.parametrize("typed", ["32-1", "1-13", "tomorow", "1 foo", "2500"])
def test_not_a_date_says_how_to_write_one(typed):
    with pytest.raises(ValueError, match="is not a date; write for example 1-12, 1-12-2026, 1 dec or tomorrow"):
        parse_typed_date(typed, TODAY)


@pytest.mark.parametrize(("typed", "meant"), [
    ("14", time(14, 0)), ("1400", time(14, 0)), ("930", time(9, 30)), ("14:00", time(14, 0)),
    ("14.00", time(14, 0)), ("14u30", time(14, 30)), ("9u", time(9, 0)),
])
def test_typed_times(typed, meant):
    assert parse_time(typed) == meant


@pytest.mark.parametrize("typed", ["2500", "1460", "12345"])
def test_not_a_time(typed):
    with pytest.raises(ValueError):
        parse_time(typed)


def test_an_absence_that_ended_yesterday_lies_wholly_in_the_past(clock):
    assert wholly_past(date(2026, 11, 29))
    assert not wholly_past(date(2026, 11, 30))
