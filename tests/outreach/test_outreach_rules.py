"""Each outreach trigger at its exact boundary, pauses, one open case, and closing effects."""

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as settings_h
from hypothesis import strategies as st
from outreach_helpers import (
    evaluate,
    log,
    moment,
    open_case,
    pair,
    reasons,
    resident,
    volunteer,
)

from belteam.calls import schedule
from belteam.core.actors import SYSTEM
from belteam.core.clock import clock as the_clock
from belteam.outreach import cases as outreach
from belteam.outreach.rules import RECENT_ATTEMPTS
from belteam.settings import store as settings
from belteam.storage.models import CallAttempt, CaseEvent, OutreachCase, Pairing, Pause, Resident

MON = date(2026, 11, 2)  # a Monday four weeks before the fixture's pinned day


def day(n: int) -> date:
    return MON + timedelta(days=n)


@pytest.fixture
def weekly(db):
    """R1, called every Monday from MON, reached on MON."""
    res = resident("R1")
    pair(res, volunteer("V1"), "weekly:mon", MON)
    log(res, "reached", MON)
    return res


# -- rule 1: unsuccessful attempts in a row over at least two days ---------------------------

def test_two_failures_on_one_day_and_one_the_next_day_flag(db):
    res = resident("R1")
    pair(res, volunteer("V1"), "weekly:mon", MON)
    log(res, "no_answer", MON, 10)
    log(res, "busy", MON, 15)
    assert open_case(res) is None
    log(res, "voicemail", day(1), 10)  # the hook evaluates at once
    assert reasons(res) == ["failed_attempts"]


def test_three_failures_on_one_day_do_not_flag(db):
    res = resident("R1")
    pair(res, volunteer("V1"), "weekly:mon", MON)
    for hour in (9, 12, 16):
        log(res, "no_answer", MON, hour)
    assert open_case(res) is None
    assert outreach.evaluate_resident(res.id, MON) == []
    assert evaluate(MON) == []


def test_declined_and_unavailable_count_but_reached_resets_the_run(db):
    res = resident("R1")
    pair(res, volunteer("V1"), "weekly:mon", MON)
    log(res, "declined", MON, 10)
    log(res, "unavailable", MON, 11)
    log(res, "reached", MON, 12)
    log(res, "no_answer", day(1), 10)
    assert open_case(res) is None  # the reach ended the first run
    log(res, "busy", day(1), 11)
    log(res, "unavailable", day(2), 11)
    assert reasons(res) == ["failed_attempts"]


def test_a_long_run_is_read_beyond_the_newest_attempts(db):
    """Two failures on one day, then more than the fetched newest attempts on the next."""
    res = resident("R1")
    pair(res, volunteer("V1"), "weekly:mon", MON)
    hours = [(MON, 9), (MON, 10)] + [(day(1), h) for h in range(8, 8 + RECENT_ATTEMPTS + 1)]
    for when, hour in hours:  # stored directly: the hook would flag at the third already
        CallAttempt.create(resident=res, due_date=MON, at=moment(when, hour), outcome="busy")
    assert outreach.evaluate_resident(res.id, day(1)) == ["failed_attempts"]


def test_failed_attempt_thresholds_are_settings(db):
    settings.set_value(SYSTEM, "flag_failed_attempts", 2)
    settings.set_value(SYSTEM, "flag_failed_min_days", 1)
    res = resident("R1")
    pair(res, volunteer("V1"), "weekly:mon", MON)
    log(res, "no_answer", MON, 10)
    log(res, "no_answer", MON, 11)
    assert reasons(res) == ["failed_attempts"]


# -- rule 2: missed due calls in a row --------------------------------------------------------

@pytest.fixture
def twice_weekly(db):
    res = resident("R1")
    pair(res, volunteer("V1"), "weekly:mon+thu", MON)
    log(res, "reached", MON)
    return res


def test_two_missed_calls_in_a_row_flag_on_the_day_the_second_is_missed(twice_weekly):
    # Thu 5th missed from the 8th; Mon 9th missed from the 12th (grace 2 days).
    assert outreach.evaluate_resident(twice_weekly.id, day(9)) == []
    assert evaluate(day(9)) == []
    assert outreach.evaluate_resident(twice_weekly.id, day(10)) == ["missed_calls"]
    assert [c.reasons for c in evaluate(day(10))] == [["missed_calls"]]


def test_missed_reached_missed_does_not_flag(twice_weekly):
    log(twice_weekly, "reached", day(7))  # Monday the 9th answered
    for n in range(8, 17):  # Thu 12th is missed from the 15th; Mon 16th only from the 19th
        assert evaluate(day(n)) == [], n
    assert outreach.evaluate_resident(twice_weekly.id, day(17)) == ["missed_calls"]


def test_missed_uses_the_schedules_status(twice_weekly):
    """Rule 2's "missed" is the schedule's: the same calls show as missed in due_calls."""
    the_clock.pin(day(10))
    calls = schedule.due_calls(twice_weekly.id, MON, day(10))
    assert [(c.due_date, c.status) for c in calls] == [
        (MON, "done"), (day(3), "missed"), (day(7), "missed"), (day(10), "due")]


# -- rule 3: no successful contact ------------------------------------------------------------

def test_no_contact_flags_on_the_14th_day_not_the_13th(weekly):
    assert outreach.evaluate_resident(weekly.id, day(13)) == []
    assert evaluate(day(13)) == []
    assert outreach.evaluate_resident(weekly.id, day(14)) == ["no_contact"]
    [case] = evaluate(day(14))
    assert case.reasons == ["no_contact"]


def test_daily_check_in_flags_after_two_days(db):
    res = resident("R1")
    pair(res, volunteer("V1"), "daily", MON)
    log(res, "reached", day(7))
    assert outreach.evaluate_resident(res.id, day(8)) == []
    assert outreach.evaluate_resident(res.id, day(9)) == ["no_contact"]


def test_no_contact_counts_from_the_pairing_start(db):
    res = resident("R1")
    pair(res, volunteer("V1"), "weekly:mon", MON)
    # Never reached: the calls of the 2nd and the 9th are missed too (rule 2).
    assert outreach.evaluate_resident(res.id, day(13)) == ["missed_calls"]
    assert outreach.evaluate_resident(res.id, day(14)) == ["missed_calls", "no_contact"]


def test_a_monthly_plan_is_not_flagged_before_its_next_call(db):
    res = resident("R1")
    pair(res, volunteer("V1"), "monthly:1mon", MON)
    log(res, "reached", MON)
    assert outreach.evaluate_resident(res.id, day(30)) == []  # next call: Mon 7 December
    assert outreach.evaluate_resident(res.id, day(36)) == ["no_contact"]


def test_no_contact_days_are_settings(weekly):
    settings.set_value(SYSTEM, "flag_no_contact_days", 10)
    assert outreach.evaluate_resident(weekly.id, day(9)) == []
    assert outreach.evaluate_resident(weekly.id, day(10)) == ["no_contact"]


# -- rule 4: at once --------------------------------------------------------------------------

def test_concern_flags_at_once(weekly):
    log(weekly, "reached", day(7), concern=True, note="Sounded confused")
    assert reasons(weekly) == ["concern"]


def test_wrong_number_flags_at_once(weekly):
    log(weekly, "wrong_number", day(7))
    assert reasons(weekly) == ["wrong_number"]


def test_later_triggers_add_to_the_one_open_case(weekly):
    log(weekly, "wrong_number", day(7))
    log(weekly, "reached", day(8), concern=True)
    log(weekly, "reached", day(9), concern=True)  # a second concern joins the timeline
    evaluate(day(10))
    assert OutreachCase.select().where(OutreachCase.resident == weekly.id).count() == 1
    case = open_case(weekly)
    assert case.reasons == ["wrong_number", "concern"]
    kinds = [(e.kind, e.reason) for e in case.events.order_by(CaseEvent.id)]
    assert kinds == [("opened", ""), ("trigger", "wrong_number"), ("trigger", "concern"),
                     ("trigger", "concern")]


# -- pauses -----------------------------------------------------------------------------------

def test_a_paused_resident_is_never_flagged(weekly):
    Pause.create(resident=weekly, start_date=day(5), end_date=day(30))
    log(weekly, "wrong_number", day(7), concern=True)
    assert open_case(weekly) is None
    assert evaluate(day(20)) == []
    Resident.update(status="paused").where(Resident.id == weekly.id).execute()
    assert evaluate(day(40)) == []


def test_a_pause_in_between_restarts_the_no_contact_count_from_its_end(weekly):
    Pause.create(resident=weekly, start_date=day(3), end_date=day(18))  # back on the 19th
    for n in range(19, 31):  # the calls due during the pause are not missed either
        assert evaluate(day(n)) == [], n
    # Mon 23rd and Mon 30th are missed by the 31st (rule 2); rule 3 waits 14 days from the 19th.
    assert outreach.evaluate_resident(weekly.id, day(32)) == ["missed_calls"]
    assert outreach.evaluate_resident(weekly.id, day(33)) == ["missed_calls", "no_contact"]


def test_failures_before_a_pause_are_not_held_against_the_resident(db):
    res = resident("R1")
    pair(res, volunteer("V1"), "weekly:mon", MON)
    log(res, "no_answer", MON, 10)
    log(res, "no_answer", MON, 11)
    Pause.create(resident=res, start_date=day(1), end_date=day(6))
    log(res, "no_answer", day(7))
    assert open_case(res) is None
    log(res, "no_answer", day(7), 12)
    log(res, "busy", day(8))
    assert reasons(res) == ["failed_attempts"]


def test_an_earlier_pause_does_not_hide_later_failures(db):
    res = resident("R1")
    pair(res, volunteer("V1"), "weekly:mon", MON)
    Pause.create(resident=res, start_date=MON, end_date=day(3))
    log(res, "no_answer", day(7), 10)
    log(res, "no_answer", day(7), 11)
    log(res, "no_answer", day(8))
    assert reasons(res) == ["failed_attempts"]


# -- closing ----------------------------------------------------------------------------------

def test_closing_as_reached_resets_the_counters(weekly):
    [case] = evaluate(day(14))
    outreach.close(SYSTEM, case.id, "reached", "Spoke to her daughter, all is well")
    case = OutreachCase.get_by_id(case.id)
    assert case.status == "closed" and case.counters_reset_at is not None
    assert case.counters_reset_at.date() == day(14)
    for n in range(15, 28):
        assert evaluate(day(n)) == [], n
    assert outreach.evaluate_resident(weekly.id, day(28)) == ["no_contact"]


def test_closing_without_reaching_does_not_reopen_on_the_same_evidence(weekly):
    log(weekly, "wrong_number", day(7))
    case = open_case(weekly)
    outreach.close(SYSTEM, case.id, "other", "Number corrected by the coordinator")
    assert OutreachCase.get_by_id(case.id).counters_reset_at is None
    assert evaluate(day(8)) == [] and open_case(weekly) is None


def test_hospital_pauses_the_resident(weekly):
    [case] = evaluate(day(14))
    outreach.close(SYSTEM, case.id, "hospital")
    res = Resident.get_by_id(weekly.id)
    assert res.status == "paused"
    [pause] = Pause.select().where(Pause.resident == res)
    assert (pause.start_date, pause.end_date) == (day(14), None)
    assert evaluate(day(40)) == []


@pytest.mark.parametrize("outcome", ["deceased", "stopped"])
def test_deceased_or_stopped_ends_the_pairing(weekly, outcome):
    [case] = evaluate(day(14))
    outreach.close(SYSTEM, case.id, outcome)
    pairing = Pairing.get(Pairing.resident == weekly.id)
    assert pairing.end_date == day(14) and pairing.ended_reason == outcome
    assert Resident.get_by_id(weekly.id).status == "stopped"
    assert evaluate(day(60)) == []


def test_there_is_never_a_second_open_case(weekly):
    evaluate(day(14))
    evaluate(day(15))
    log(weekly, "wrong_number", day(16))
    assert OutreachCase.select().where(OutreachCase.resident == weekly.id).count() == 1


# -- property: one open case per resident, never a case for a paused resident -----------------

OUTCOMES = ("reached", "no_answer", "busy", "voicemail", "wrong_number", "declined",
            "unavailable")
STEP = st.one_of(
    st.tuples(st.just("wait"), st.integers(1, 6)),
    st.tuples(st.just("attempt"), st.sampled_from(OUTCOMES), st.booleans()),
    st.tuples(st.just("pause"), st.one_of(st.none(), st.integers(0, 10))),
    st.tuples(st.just("evaluate")),
    st.tuples(st.just("close"), st.sampled_from(OutreachCase.OUTCOMES)),
)
_counter = itertools.count()


def _paused(res_id: int, today: date) -> bool:
    if Resident.get_by_id(res_id).status == "paused":
        return True
    return Pause.select().where(Pause.resident == res_id, Pause.start_date <= today,
                                (Pause.end_date.is_null()) | (Pause.end_date >= today)).exists()


@settings_h(max_examples=25, deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(STEP, min_size=1, max_size=25))
def test_never_two_open_cases_nor_a_case_for_a_paused_resident(db, steps):
    n = next(_counter)
    res = resident(f"P{n}")
    pair(res, volunteer(f"PV{n}"), "weekly:mon+thu", MON)
    today, hour = MON, 8
    for step in steps:
        before = OutreachCase.select().where(OutreachCase.resident == res.id).count()
        if step[0] == "wait":
            today, hour = today + timedelta(days=step[1]), 8
        elif step[0] == "attempt":
            hour = min(hour + 1, 22)
            log(res, step[1], today, hour, concern=step[2])
        elif step[0] == "pause":
            end = None if step[1] is None else today + timedelta(days=step[1])
            Pause.create(resident=res, start_date=today, end_date=end)
        elif step[0] == "evaluate":
            evaluate(today)
        elif (case := open_case(res)) is not None:
            the_clock.pin(today)
            outreach.close(SYSTEM, case.id, step[1])
        cases = OutreachCase.select().where(OutreachCase.resident == res.id)
        assert cases.where(OutreachCase.status.in_(("open", "taken"))).count() <= 1
        if cases.count() > before:
            assert not _paused(res.id, today), step
