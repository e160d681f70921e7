"""Working a case: take, actions, closing; the queue's order and contents; who may see it."""

from datetime import date, timedelta

import pytest
from outreach_helpers import evaluate, log, moment, open_case, pair, resident, user, volunteer

from belteam.core.actors import SYSTEM, Actor, PermissionDenied
from belteam.core.clock import clock as the_clock
from belteam.core.validation import ValidationError
from belteam.jobs import runner as jobs
from belteam.outreach import cases as outreach
from belteam.storage.models import CaseEvent, OutreachCase

MON = date(2026, 11, 2)


@pytest.fixture
def case(db):
    res = resident("R1", lives_alone=True)
    pair(res, volunteer("V1"), "weekly:mon", MON)
    log(res, "no_answer", MON, 10, note="No answer, tried twice")
    log(res, "wrong_number", MON + timedelta(days=1), 10)
    return open_case(res)


def test_taking_a_case_someone_else_has_names_them(case):
    anna, bert = user("anna"), user("bert")
    outreach.take(anna, case.id)
    outreach.take(anna, case.id)  # taking your own again is fine
    with pytest.raises(outreach.CaseTaken, match="anna already took this case"):
        outreach.take(bert, case.id)
    taken = outreach.take(bert, case.id, force=True)
    assert taken.taken_by_id == bert.user_id
    last = case.events.order_by(CaseEvent.id.desc()).get()
    assert (last.kind, last.actor, last.text) == ("taken", "bert", "taken over from anna")


def test_actions_are_on_the_timeline_with_actor_and_time(case):
    anna = user("anna")
    outreach.add_action(anna, case.id, "called_emergency_contact", "Daughter will go round")
    with pytest.raises(ValidationError):
        outreach.add_action(anna, case.id, "shouted", "")
    [row] = outreach.queue(anna)
    action = row.timeline[-1]
    assert (action.kind, action.reason, action.actor) == ("action", "called_emergency_contact",
                                                          "anna")
    assert action.at == the_clock.now()


def test_closing_needs_confirmation_and_a_known_outcome(case):
    with pytest.raises(ValidationError, match="confirm"):
        outreach.close(SYSTEM, case.id, "hospital", confirm=False)
    with pytest.raises(ValidationError, match="outcome"):
        outreach.close(SYSTEM, case.id, "fine")
    assert OutreachCase.get_by_id(case.id).status == "open"
    assert "Anna Ročak will be paused" in outreach.effect(case.id, "hospital")
    closed = outreach.close(SYSTEM, case.id, "reached", "Phoned her, new number noted")
    assert (closed.status, closed.outcome) == ("closed", "reached")
    with pytest.raises(outreach.CaseNotOpen):
        outreach.close(SYSTEM, case.id, "other")
    with pytest.raises(outreach.CaseNotOpen):
        outreach.take(SYSTEM, case.id)
    assert [r.outcome for r in outreach.queue(SYSTEM, include_closed=True)] == ["reached"]
    assert outreach.queue(SYSTEM) == []


def test_volunteers_may_not_read_or_work_the_queue(case):
    vol = Actor("vera", "volunteer", volunteer_id=1)
    for call in (lambda: outreach.queue(vol), lambda: outreach.take(vol, case.id),
                 lambda: outreach.close(vol, case.id, "reached"),
                 lambda: outreach.evaluate(vol), lambda: outreach.new_cases_since(vol, MON)):
        with pytest.raises(PermissionDenied):
            call()
    for role in ("staff", "coordinator"):
        assert len(outreach.queue(Actor(role, role))) == 1


def test_a_queue_row_has_what_staff_need_at_the_door(case):
    [row] = outreach.queue(Actor("stef", "staff"))
    assert row.resident_code == "R1" and row.resident_name == "Anna Ročak"
    assert row.reasons == ("wrong_number",) and row.why[0].startswith("Wrong number logged")
    assert (row.phone, row.emergency_contact_phone) == ("+31612345678", "+31687654321")
    assert row.key_holder == "Neighbour, Kerkstraat 3" and row.lives_alone
    assert [a.outcome for a in row.attempts] == ["wrong_number", "no_answer"]
    assert row.attempts[1].note == "No answer, tried twice"
    assert row.last_contact is None and row.days_since_contact is None


def test_the_queue_is_most_urgent_first_and_filters(db):
    vol = volunteer("V1")
    specs = [("A", False, "Zuid", 10), ("B", True, "Noord", 10), ("C", False, "Noord", 3),
             ("D", True, "Zuid", 3)]
    people = {}
    for code, alone, area, _ in specs:
        people[code] = resident(code, first=code, lives_alone=alone, area=area)
        pair(people[code], vol, "weekly:mon", MON)
    today = MON + timedelta(days=12)
    for code, _, _, ago in specs:
        log(people[code], "reached", today - timedelta(days=ago))
    log(people["C"], "reached", today, concern=True)  # C: reached today, but a concern
    log(people["D"], "wrong_number", today, 11)
    evaluate(today + timedelta(days=4))  # A and B: no contact for 14 days
    rows = outreach.queue(SYSTEM)
    # Days since contact first, then living alone, then the weight of the reason.
    assert [r.resident_code for r in rows] == ["B", "A", "D", "C"]
    assert [r.resident_code for r in outreach.queue(SYSTEM, area="Noord")] == ["B", "C"]
    assert [r.resident_code for r in outreach.queue(SYSTEM, reason="concern")] == ["C"]


def test_case_flags_for_the_volunteers_today_list(case):
    res_id = case.resident_id
    assert outreach.case_flags([res_id, 999]) == {res_id: (True, None)}
    the_clock.pin(moment(MON + timedelta(days=3), 15))
    outreach.close(SYSTEM, case.id, "reached")
    assert outreach.case_flags([res_id]) == {res_id: (False, MON + timedelta(days=3))}


def test_new_cases_and_listeners_hear_about_new_cases_only(db):
    heard = []
    outreach.AFTER_EVALUATE.append(heard.append)
    try:
        res = resident("R1")
        pair(res, volunteer("V1"), "weekly:mon", MON)
        start = the_clock.now()
        log(res, "wrong_number", MON + timedelta(days=30))
        log(res, "reached", MON + timedelta(days=30), 12, concern=True)  # extends: not new
        assert [[c.resident_id for c in batch] for batch in heard] == [[res.id]]
        assert [r.resident_code for r in outreach.new_cases_since(SYSTEM, start)] == ["R1"]
        assert outreach.new_cases_since(SYSTEM, the_clock.now() + timedelta(seconds=1)) == []
    finally:
        outreach.AFTER_EVALUATE.remove(heard.append)


def test_the_job_is_registered_and_evaluates_everyone(db):
    res = resident("R1")
    pair(res, volunteer("V1"), "weekly:mon", MON)
    the_clock.pin(MON + timedelta(days=20))
    assert jobs.run_job("outreach.evaluate") == "1 new case(s), 0 extended"
    assert open_case(res) is not None and jobs.last_run("outreach.evaluate") is not None


def test_a_failing_evaluation_never_loses_the_logged_call(db, monkeypatch):
    res = resident("R1")
    pair(res, volunteer("V1"), "weekly:mon", MON)

    def broken(*args, **kwargs):
        raise RuntimeError("database hiccup")

    monkeypatch.setattr(outreach, "run_evaluation", broken)
    log(res, "wrong_number", MON)
    assert res.attempts.count() == 1 and open_case(res) is None


def test_the_volunteers_today_list_shows_an_open_and_a_resolved_case(case):
    from belteam.calls import schedule

    vol_id = case.resident.pairings.get().volunteer_id
    volunteer_actor = Actor("vera", "volunteer", volunteer_id=vol_id)
    monday = MON + timedelta(days=7)
    [row] = schedule.today_list(volunteer_actor, monday)
    assert (row.case_open, row.case_resolved_on) == (True, None)
    the_clock.pin(moment(monday, 15))
    outreach.close(SYSTEM, case.id, "reached")
    [row] = schedule.today_list(volunteer_actor, monday)
    assert (row.case_open, row.case_resolved_on) == (False, monday)
