"""A pairing's due days over a long period (calls.due_dates.due_days) equal the schedule's own."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from belteam.calls.due_dates import due_dates, due_days, plan_of
from belteam.calls.schedule_data import PairRow
from belteam.pairings.plans import parse_plan

PLANS = ("daily", "weekdays", "weekly:mon", "weekly:tue+fri", "biweekly:wed", "every3weeks:mon",
         "every4weeks:thu+sun", "monthly:1mon", "monthly:-1fri", "once")
DAY0 = date(2024, 12, 1)  # the holidays of Christmas and the new year lie in reach


@settings(max_examples=400, deadline=None)
@given(plan=st.sampled_from(PLANS), start=st.integers(0, 900), length=st.none() | st.integers(0, 400),
       frm=st.integers(0, 900), days=st.integers(0, 400), move=st.booleans())
def test_due_days_equal_the_schedules(plan, start, length, frm, days, move):
    rrule = parse_plan(plan).to_rrule()
    begin = DAY0 + timedelta(days=start)
    pair = PairRow(1, 1, 1, rrule, begin,
                   None if length is None else begin + timedelta(days=length),
                   None, "", "", "", "")
    lo = DAY0 + timedelta(days=frm)
    hi = lo + timedelta(days=days)
    assert due_days(pair, lo, hi, move) == set(due_dates(pair, lo, hi, move)), plan_of(rrule)
