"""Absences make calls need cover; cover hands them over for a period; pauses stop calls."""

from datetime import date, time, timedelta

import pytest
from dayhelp import COORD, STAFF, as_volunteer, list_on, pair, resident, volunteer

from belteam.calls import absences, schedule
from belteam.calls import log as calls
from belteam.core.actors import PermissionDenied
from belteam.core.validation import ValidationError
from belteam.storage.models import Cover

MON = date(2026, 11, 30)
AWAY_FROM, AWAY_TO = date(2026, 12, 7), date(2026, 12, 13)  # Monday to Sunday


@pytest.fixture
def team(db):
    anna, bert, carla = volunteer("V1", "Anna"), volunteer("V2", "Bert"), volunteer("V3", "Carla")
    p1 = pair(resident("R1", "Jan"), anna, "weekly:mon", date(2026, 11, 2), time(10))
    p2 = pair(resident("R2", "Mien"), anna, "weekly:wed", date(2026, 11, 4), time(11))
    p3 = pair(resident("R3", "Kees"), bert, "weekly:mon", date(2026, 11, 2), time(9))
    return anna, bert, carla, (p1, p2, p3)


def codes(calls_):
    return sorted((c.resident_code, c.status, c.volunteer_code) for c in calls_)


def test_absence_makes_calls_need_cover_on_the_coordinators_list_only(team):
    anna, bert, _, _ = team
    absences.add_absence(COORD, anna.id, AWAY_FROM, AWAY_TO, "vakantie")
    team_list = schedule.today_list(COORD, AWAY_FROM)
    assert codes(team_list) == [("R1", "needs_cover", None), ("R3", "due", "V2")]
    [row] = [c for c in team_list if c.resident_code == "R1"]
    assert row.volunteer_id is None and row.planned_volunteer_id == anna.id
    assert schedule.today_list(as_volunteer(anna), AWAY_FROM) == []
    assert codes(schedule.today_list(as_volunteer(bert), AWAY_FROM)) == [("R3", "due", "V2")]
    # Before and after the absence Anna has her calls herself.
    assert codes(schedule.today_list(as_volunteer(anna), MON)) == [("R1", "due", "V1")]
    assert codes(schedule.today_list(as_volunteer(anna), AWAY_TO + timedelta(days=1))) == [
        ("R1", "due", "V1")]


def test_needs_cover_lists_the_periods_uncovered_calls(team):
    anna, _, carla, _ = team
    absence = absences.add_absence(COORD, anna.id, AWAY_FROM, AWAY_TO)
    got = absences.needs_cover(COORD, MON, AWAY_TO + timedelta(days=7))
    assert [(c.resident_code, c.due_date) for c in got] == [
        ("R1", AWAY_FROM), ("R2", date(2026, 12, 9))]
    covers = absences.cover_absence(COORD, absence.id, carla.id)
    assert len(covers) == 2
    assert absences.needs_cover(COORD, MON, AWAY_TO + timedelta(days=7)) == []


def test_cover_puts_calls_on_the_substitutes_list_for_the_period_only(team):
    anna, _, carla, pairings = team
    absence = absences.add_absence(COORD, anna.id, AWAY_FROM, AWAY_TO)
    absences.cover_absence(COORD, absence.id, carla.id)
    carla_actor = as_volunteer(carla)
    assert schedule.today_list(carla_actor, MON) == []
    assert codes(schedule.today_list(carla_actor, AWAY_FROM)) == [("R1", "due", "V3")]
    # Seen on the 9th itself (ahead of time it would show only the plan: R2 due).
    assert codes(list_on(carla_actor, date(2026, 12, 9))) == [
        ("R1", "retry", "V3"), ("R2", "due", "V3")]
    assert codes(schedule.today_list(carla_actor, date(2026, 12, 9))) == [("R2", "due", "V3")]
    assert codes(schedule.today_list(COORD, AWAY_FROM)) == [("R1", "due", "V3"),
                                                            ("R3", "due", "V2")]
    assert schedule.today_list(as_volunteer(anna), AWAY_FROM) == []
    # Back afterwards: Monday the 14th is Anna's again, Carla's list is empty.
    back = AWAY_TO + timedelta(days=1)
    assert schedule.today_list(carla_actor, back) == []
    assert codes(schedule.today_list(as_volunteer(anna), back)) == [("R1", "due", "V1")]


def test_substitute_may_log_and_the_call_is_done(team):
    anna, _, carla, (p1, _, _) = team
    absences.assign_cover(COORD, [p1.id], carla.id, AWAY_FROM, AWAY_TO)
    from belteam.core.clock import clock

    clock.pin(AWAY_FROM)
    calls.log_call(as_volunteer(carla), p1.resident_id, "reached", note="Anna is weg")
    assert codes(schedule.today_list(as_volunteer(carla), AWAY_FROM)) == [("R1", "done", "V3")]
    assert anna


def test_assign_cover_checks_roles_and_input(team):
    anna, bert, carla, (p1, p2, _) = team
    for actor in (as_volunteer(carla), STAFF):
        with pytest.raises(PermissionDenied):
            absences.assign_cover(actor, [p1.id], carla.id, AWAY_FROM, AWAY_TO)
        with pytest.raises(PermissionDenied):
            absences.add_absence(actor, anna.id, AWAY_FROM, AWAY_TO)
    with pytest.raises(ValidationError, match="before the start"):
        absences.assign_cover(COORD, [p1.id], carla.id, AWAY_TO, AWAY_FROM)
    with pytest.raises(ValidationError, match="already calls"):
        absences.assign_cover(COORD, [p1.id], anna.id, AWAY_FROM, AWAY_TO)
    absences.add_absence(COORD, bert.id, AWAY_TO, AWAY_TO + timedelta(days=3))
    with pytest.raises(ValidationError, match="away"):
        absences.assign_cover(COORD, [p1.id, p2.id], bert.id, AWAY_FROM, AWAY_TO)
    assert Cover.select().count() == 0


def test_a_new_cover_replaces_the_overlapping_days_of_an_older_one(team):
    _, bert, carla, (p1, _, _) = team
    absences.assign_cover(COORD, [p1.id], carla.id, AWAY_FROM, AWAY_TO)
    absences.assign_cover(COORD, [p1.id], bert.id, date(2026, 12, 9), date(2026, 12, 10))
    spans = sorted((c.start_date.day, c.end_date.day, c.volunteer_id) for c in Cover.select())
    assert spans == [(7, 8, carla.id), (9, 10, bert.id), (11, 13, carla.id)]


def test_absence_validation_and_listing(team):
    anna, bert, _, _ = team
    with pytest.raises(ValidationError):
        absences.add_absence(COORD, anna.id, AWAY_TO, AWAY_FROM)
    first = absences.add_absence(COORD, anna.id, AWAY_FROM, AWAY_TO)
    absences.add_absence(COORD, bert.id, MON, MON)
    assert [a.id for a in absences.absences(COORD, anna.id)] == [first.id]
    assert len(absences.absences(COORD)) == 2
    assert [a.id for a in absences.absences(as_volunteer(anna))] == [first.id]
    with pytest.raises(PermissionDenied):
        absences.absences(as_volunteer(anna), bert.id)
    absences.remove_absence(COORD, first.id)
    assert absences.absences(COORD, anna.id) == []


def test_pause_and_end_pause(team):
    _, _, _, (p1, _, _) = team
    pause = absences.pause_resident(COORD, p1.resident_id, MON, None, "ziekenhuis")
    assert absences.is_paused(p1.resident_id, MON + timedelta(days=30))
    for day in (MON, MON + timedelta(days=7), MON + timedelta(days=14)):
        assert "R1" not in [c.resident_code for c in schedule.today_list(COORD, day)]
    absences.end_pause(COORD, pause.id, MON + timedelta(days=7))
    assert "R1" in [c.resident_code for c in schedule.today_list(COORD, MON + timedelta(days=14))]
    assert "R1" not in [c.resident_code for c in schedule.today_list(COORD, MON + timedelta(days=7))]
    with pytest.raises(ValidationError):
        absences.end_pause(COORD, pause.id, MON - timedelta(days=1))
    with pytest.raises(PermissionDenied):
        absences.pause_resident(STAFF, p1.resident_id, MON, None)
