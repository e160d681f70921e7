"""One row per resident per day (earlier calls folded in), and days ahead show only the plan."""

import json
from datetime import date, datetime, time, timedelta

from dayhelp import COORD, as_volunteer, pair, resident, volunteer
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from belteam.calls import absences, schedule
from belteam.calls import log as calls
from belteam.cli import main as cli
from belteam.core.actors import SYSTEM
from belteam.core.clock import TZ
from belteam.storage.models import Absence, CallAttempt, Cover, Pairing, Pause, Resident, Volunteer

MON = date(2026, 11, 30)
TUE = MON + timedelta(days=1)
SUN = MON - timedelta(days=1)


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), TZ)


def test_daily_and_weekdays_plans_give_one_row_with_the_earlier_calls_folded(db, clock):
    vol = volunteer("V1")
    pair(resident("D", "Daily"), vol, "daily", date(2026, 11, 1))
    pair(resident("W", "Week"), vol, "weekdays", date(2026, 11, 2))
    calls.log_call(SYSTEM, Resident.get(Resident.code == "D").id, "no_answer", at=at(MON, 9))
    clock.pin(TUE)
    rows = {c.resident_code: c for c in schedule.today_list(COORD, TUE)}
    assert len(schedule.today_list(COORD, TUE)) == 2
    daily, week = rows["D"], rows["W"]
    assert (daily.due_date, daily.status) == (TUE, "due")
    assert daily.earlier == (SUN, MON) and daily.earlier_statuses == ("missed", "retry")
    assert daily.not_reached_since == SUN
    assert [a.outcome for a in daily.attempts] == ["no_answer"]  # Monday's try stays visible
    assert (week.due_date, week.earlier, week.earlier_statuses) == (TUE, (MON,), ("retry",))
    assert [c.resident_code for c in schedule.today_list(as_volunteer(vol), TUE)] == ["D", "W"]


def test_one_reach_closes_every_folded_call(db, clock):
    vol = volunteer("V1")
    res = resident("D")
    pair(res, vol, "daily", date(2026, 11, 1))
    clock.pin(TUE)
    calls.log_call(SYSTEM, res.id, "reached", at=at(TUE, 11))
    [row] = schedule.today_list(COORD, TUE)
    assert row.status == "done" and row.not_reached_since is None
    assert schedule.open_due_dates(res.id, TUE) == []
    clock.pin(TUE + timedelta(days=1))
    [wed] = schedule.today_list(COORD, TUE + timedelta(days=1))
    assert (wed.due_date, wed.status, wed.earlier) == (TUE + timedelta(days=1), "due", ())


def test_an_open_earlier_call_stands_alone_when_nothing_is_due_today(db, clock):
    pair(resident("R1"), volunteer("V1"), "weekly:mon", date(2026, 11, 2))
    clock.pin(TUE)
    [row] = schedule.today_list(COORD, TUE)
    assert (row.due_date, row.status, row.earlier) == (MON, "retry", ())


def test_days_ahead_show_only_the_plan(db, clock):
    anna, bert = volunteer("ANNA"), volunteer("BERT")
    pair(resident("D"), anna, "daily", date(2026, 11, 1))
    pair(resident("M"), anna, "weekly:mon", date(2026, 11, 2))
    pair(resident("B"), bert, "weekly:wed", date(2026, 11, 4))
    absences.add_absence(SYSTEM, bert.id, MON, MON + timedelta(days=7))
    tue = schedule.today_list(COORD, TUE)  # the clock says Monday
    assert [(c.resident_code, c.status, c.due_date, c.earlier) for c in tue] == [
        ("D", "due", TUE, ())]
    wed = {c.resident_code: c.status for c in schedule.today_list(COORD, TUE + timedelta(days=1))}
    assert wed == {"D": "due", "B": "needs_cover"}


def test_today_json_has_the_earlier_due_dates(db, db_url, capsys):
    pair(resident("D"), volunteer("V1"), "daily", date(2026, 11, 1))
    assert cli.run(["--db", db_url, "--as-of", "2026-12-01", "today", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["due_date"] == "2026-12-01" and row["earlier"] == ["2026-11-29", "2026-11-30"]


# --- property: no list holds a resident twice; days ahead show only the plan ----------------

PLANS = ["daily", "weekdays", "weekly:mon", "weekly:tue+fri", "biweekly:wed", "once",
         "weekly:sun", "monthly:1mon"]

resident_spec = st.fixed_dictionaries({
    "plans": st.lists(st.tuples(st.sampled_from(PLANS), st.integers(-20, 2), st.integers(0, 2),
                                st.none() | st.integers(-6, 4)), min_size=1, max_size=2),
    "attempts": st.lists(st.tuples(st.integers(-8, 0), st.sampled_from(
        ["reached", "no_answer", "busy"])), max_size=4),
})


def _wipe() -> None:
    for model in (CallAttempt, Pause, Cover, Absence, Pairing, Resident, Volunteer):
        model.delete().execute()


@hsettings(max_examples=30, deadline=None,
           suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(specs=st.lists(resident_spec, min_size=1, max_size=3),
       absence=st.none() | st.tuples(st.integers(0, 1), st.integers(-6, 2), st.integers(0, 6)),
       cover=st.none() | st.tuples(st.integers(-4, 2), st.integers(0, 4)))
def test_no_list_holds_a_resident_twice(db, clock, specs, absence, cover):
    _wipe()
    vols = [volunteer(f"V{i}") for i in range(3)]
    pairings = []
    for i, spec in enumerate(specs):
        res = resident(f"R{i}")
        for plan, start, vol, end in spec["plans"]:
            end_day = None if end is None else MON + timedelta(days=max(end, start))
            pairings.append(pair(res, vols[vol], plan, MON + timedelta(days=start), end=end_day))
        first = min(MON + timedelta(days=start) for _plan, start, _vol, _end in spec["plans"])
        for offset, outcome in sorted(spec["attempts"]):
            if MON + timedelta(days=offset) >= first:  # never before the first pairing
                calls.log_call(SYSTEM, res.id, outcome, at=at(MON + timedelta(days=offset)))
    if absence:
        who, start, length = absence
        absences.add_absence(SYSTEM, vols[who].id, MON + timedelta(days=start),
                             MON + timedelta(days=start + length))
    if cover:
        start, length = cover
        absences.assign_cover(SYSTEM, [p.id for p in pairings if p.volunteer_id != vols[2].id],
                              vols[2].id, MON + timedelta(days=start),
                              MON + timedelta(days=start + length))
    for offset in range(-3, 5):
        day = MON + timedelta(days=offset)
        for volunteer_id in (None, *(v.id for v in vols)):
            rows = schedule.today_list(COORD, day, volunteer_id)
            codes = [c.resident_code for c in rows]
            assert len(codes) == len(set(codes)), (day, volunteer_id, rows)
            for row in rows:
                assert list(row.earlier) == sorted(row.earlier)
                assert all(d < row.due_date for d in row.earlier)
                if day > MON:
                    assert row.due_date == day and row.earlier == ()
                    assert row.status in ("due", "needs_cover"), row
