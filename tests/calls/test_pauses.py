"""Pauses end: resume (command and service), a resident set active, the hospital outcome."""

import contextlib
import json
from datetime import date, timedelta

import pytest
from dayhelp import COORD, STAFF, list_on, pair, resident, volunteer
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from belteam.calls import absences, due_dates
from belteam.cli import main as cli
from belteam.core.actors import SYSTEM, PermissionDenied
from belteam.core.clock import clock
from belteam.core.validation import ValidationError
from belteam.outreach import cases as outreach
from belteam.people.service import save_resident
from belteam.storage.models import CallAttempt, OutreachCase, Pairing, Pause, Resident, Volunteer

MON = date(2026, 11, 30)


def codes(day: date) -> list[str]:
    return [c.resident_code for c in list_on(COORD, day) if c.due_date == day]


@pytest.fixture
def daily(db):
    res = resident("R1")
    pair(res, volunteer("V1"), "daily", date(2026, 11, 1))
    return res


def test_resume_ends_a_pause_until_further_notice(daily):
    absences.pause_resident(COORD, daily.id, MON - timedelta(days=5), None)
    assert codes(MON) == [] and codes(MON + timedelta(days=30)) == []
    assert absences.resume_resident(COORD, daily.id, MON + timedelta(days=2)) == 1
    assert codes(MON + timedelta(days=1)) == []
    assert codes(MON + timedelta(days=2)) == ["R1"]
    [pause] = Pause.select()
    assert pause.end_date == MON + timedelta(days=1)
    with pytest.raises(ValidationError, match="no pause"):
        absences.resume_resident(COORD, daily.id, MON + timedelta(days=3))
    with pytest.raises(PermissionDenied):
        absences.resume_resident(STAFF, daily.id)


def test_a_pause_starting_on_the_resume_day_goes_and_a_later_one_stays(daily):
    absences.pause_resident(COORD, daily.id, MON, MON + timedelta(days=3))
    absences.pause_resident(COORD, daily.id, MON + timedelta(days=10), None)
    assert absences.resume_resident(COORD, daily.id, MON) == 1
    assert codes(MON) == ["R1"] and codes(MON + timedelta(days=10)) == []
    assert [p.start_date for p in Pause.select()] == [MON + timedelta(days=10)]


def test_setting_a_resident_active_ends_running_pauses(daily):
    absences.pause_resident(COORD, daily.id, MON - timedelta(days=3), None)
    save_resident(COORD, {"status": "paused"}, pk=daily.id)
    assert codes(MON) == []
    save_resident(COORD, {"status": "active"}, pk=daily.id)
    assert codes(MON) == ["R1"]
    assert Pause.get().end_date == MON - timedelta(days=1)


def test_the_hospital_outcome_can_be_resumed(daily):
    case = OutreachCase.create(resident=daily, status="open", opened_at=clock.now())
    outreach.close(SYSTEM, case.id, "hospital", "Taken in")
    assert Resident.get_by_id(daily.id).status == "paused" and codes(MON) == []
    absences.resume_resident(COORD, daily.id, MON + timedelta(days=1))
    assert Resident.get_by_id(daily.id).status == "active"
    assert codes(MON + timedelta(days=1)) == ["R1"]


def test_resume_on_the_command_line(daily, db_url, capsys):
    absences.pause_resident(COORD, daily.id, MON - timedelta(days=3), None)
    assert cli.run(["--db", db_url, "resume", "R1", "--on", "2026-12-02"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "resident": "R1", "calls_from": "2026-12-02", "pauses_ended": 1}
    assert cli.run(["--db", db_url, "resume", "R1", "--on", "2026-12-03"]) != 0
    err = capsys.readouterr().err
    assert "no pause" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    with pytest.raises(SystemExit):
        cli.run(["--db", db_url, "resume", "R1", "--on", "soon"])


@hsettings(max_examples=25, deadline=None,
           suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(plan=st.sampled_from(["daily", "weekdays", "weekly:tue+fri", "weekly:mon"]),
       pauses=st.lists(st.tuples(st.integers(-10, 6), st.none() | st.integers(0, 8)),
                       min_size=1, max_size=3),
       resume=st.integers(-2, 6), as_status=st.booleans())
def test_calls_are_due_again_from_the_resume_day(db, plan, pauses, resume, as_status):
    for model in (CallAttempt, Pause, Pairing, Resident, Volunteer):
        model.delete().execute()
    res = resident("R1")
    pairing = pair(res, volunteer("V1"), plan, date(2026, 11, 2))
    for start, length in pauses:
        end = None if length is None else MON + timedelta(days=start + length)
        absences.pause_resident(COORD, res.id, MON + timedelta(days=start), end)
    if as_status:
        save_resident(COORD, {"status": "paused"}, pk=res.id)
    day0 = MON + timedelta(days=resume)
    with contextlib.suppress(ValidationError):  # nothing paused on that day: nothing changed
        absences.resume_resident(COORD, res.id, day0)
    later = [(p.start_date, p.end_date) for p in Pause.select() if p.start_date > day0]
    for offset in range(0, 8):
        day = day0 + timedelta(days=offset)
        planned = due_dates.plan_dates(pairing.rrule, pairing.start_date, None, day, day)
        blocked = any(start <= day and (end is None or day <= end) for start, end in later)
        assert codes(day) == (["R1"] if planned and not blocked else []), (day, planned)
