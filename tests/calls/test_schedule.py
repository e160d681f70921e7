"""Today's list: due, retry, missed, done; pauses, holidays, pairing dates, order and scope."""

from datetime import date, time, timedelta

import pytest
from dayhelp import COORD, STAFF, as_volunteer, list_on, pair, resident, volunteer
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from belteam.calls import due_dates, schedule
from belteam.calls import log as calls
from belteam.calls.absences import pause_resident
from belteam.core.actors import SYSTEM, PermissionDenied
from belteam.core.clock import TZ
from belteam.core.clock import clock as the_clock
from belteam.people.service import save_resident
from belteam.settings import store as settings
from belteam.storage.models import CallAttempt, Cover, Pairing, Pause, Resident, Setting, Volunteer

MON = date(2026, 11, 30)  # the pinned clock's day


def log_at(resident_id: int, outcome: str, **kw) -> CallAttempt:
    """Log a call as on its own day: a call is never logged ahead of the clock's day."""
    before = the_clock.real_now()
    moment = kw.get("at")
    if moment is not None and moment.date() > before.date():
        the_clock.pin(moment)
    try:
        return calls.log_call(SYSTEM, resident_id, outcome, **kw)
    finally:
        the_clock.pin(before)


def at(day: date, hour: int = 10, minute: int = 0):
    from datetime import datetime

    return datetime.combine(day, time(hour, minute), TZ)


def status_of(day: date, resident_code: str, due: date | None = None, actor=SYSTEM):
    rows = [c for c in list_on(actor, day)
            if c.resident_code == resident_code and (due is None or c.due_date == due
                                                     or due in c.earlier)]
    assert len(rows) <= 1, rows
    if rows and due is not None and due in rows[0].earlier:  # folded into a later call's row
        return rows[0].earlier_statuses[rows[0].earlier.index(due)]
    return rows[0].status if rows else None


@pytest.fixture
def weekly(db):
    vol = volunteer("V1", "Anna", "Bel")
    res = resident("R1", "Jan", "Ročak")
    pair(res, vol, "weekly:mon", date(2026, 1, 5), time(10, 0))
    return vol, res


def test_weekly_call_due_then_retry_twice_then_missed_once(weekly):
    assert status_of(MON, "R1") == "due"
    assert status_of(MON + timedelta(days=1), "R1") == "retry"
    assert status_of(MON + timedelta(days=2), "R1") == "retry"
    assert status_of(MON + timedelta(days=3), "R1") == "missed"
    assert status_of(MON + timedelta(days=4), "R1") is None


def test_daily_plan_is_missed_on_the_second_day(db):
    vol = volunteer("V1")
    res = resident("R1")
    pair(res, vol, "daily", date(2026, 11, 1))
    assert status_of(MON, "R1", due=MON) == "due"
    assert status_of(MON + timedelta(days=1), "R1", due=MON) == "retry"
    assert status_of(MON + timedelta(days=2), "R1", due=MON) == "missed"
    assert status_of(MON + timedelta(days=3), "R1", due=MON) is None
    assert vol and res


def test_grace_settings_are_read(weekly):
    settings.set_value(SYSTEM, "grace_days", 0)
    assert status_of(MON + timedelta(days=1), "R1") == "missed"


def test_reached_on_a_retry_day_is_done_that_day_and_gone_the_next(weekly, clock):
    vol, res = weekly
    log_at(res.id, "no_answer", at=at(MON, 10))
    log_at(res.id, "reached", at=at(MON + timedelta(days=1), 11))
    assert status_of(MON + timedelta(days=1), "R1") == "done"
    assert status_of(MON + timedelta(days=2), "R1") is None
    assert status_of(MON + timedelta(days=3), "R1") is None
    # Looking back at Monday (before the reach) it was still due, with Monday's attempt.
    [monday] = [c for c in schedule.today_list(SYSTEM, MON) if c.resident_code == "R1"]
    assert monday.status == "due" and [a.outcome for a in monday.attempts] == ["no_answer"]


def test_several_attempts_on_one_day_are_all_shown(weekly):
    _, res = weekly
    for hour, outcome in ((9, "no_answer"), (11, "busy"), (15, "voicemail")):
        log_at(res.id, outcome, at=at(MON, hour))
    [row] = schedule.today_list(SYSTEM, MON)
    assert row.status == "due"
    assert [a.outcome for a in row.attempts] == ["no_answer", "busy", "voicemail"]
    assert [a.at.hour for a in row.attempts] == [9, 11, 15]
    [tue] = list_on(SYSTEM, MON + timedelta(days=1))
    assert tue.status == "retry" and len(tue.attempts) == 3


def test_call_made_today_stays_listed_as_done(weekly):
    _, res = weekly
    log_at(res.id, "reached", note="Gezellig", wellbeing=8, at=at(MON, 10))
    [row] = schedule.today_list(SYSTEM, MON)
    assert row.status == "done"
    assert row.last_note == "Gezellig" and row.last_wellbeing == 8 and row.last_contact == MON


def test_row_carries_resident_phone_time_and_volunteer(weekly):
    vol, res = weekly
    [row] = schedule.today_list(SYSTEM, MON)
    assert (row.resident_code, row.resident_name, row.phone) == ("R1", "Jan Ročak", "+31612345678")
    assert (row.volunteer_id, row.volunteer_code, row.volunteer_name) == (vol.id, "V1", "Anna Bel")
    assert row.planned_volunteer_id == vol.id and row.preferred_time == time(10, 0)
    assert row.holiday is None and row.attempts == ()


def test_sorted_by_preferred_time_none_last_then_name(db):
    vol = volunteer("V1")
    specs = [("A", "Zoe", time(9, 0)), ("B", "Bram", None), ("C", "Cor", time(14, 0)),
             ("D", "Aad", None), ("E", "Eva", time(9, 0))]
    for code, name, when in specs:
        pair(resident(code, name), vol, "weekly:mon", date(2026, 11, 2), when)
    assert [c.resident_name for c in schedule.today_list(SYSTEM, MON)] == [
        "Eva", "Zoe", "Cor", "Aad", "Bram"]


def test_paused_resident_has_no_calls(weekly):
    _, res = weekly
    pause_resident(SYSTEM, res.id, MON - timedelta(days=1), MON + timedelta(days=7))
    assert schedule.today_list(SYSTEM, MON) == []
    assert status_of(MON + timedelta(days=1), "R1") is None
    # After the pause the next Monday is due again.
    assert status_of(MON + timedelta(days=14), "R1") == "due"


def test_resident_with_status_paused_or_stopped_has_no_calls(weekly):
    _, res = weekly
    for status in ("paused", "stopped"):
        Resident.update(status=status).where(Resident.id == res.id).execute()
        assert schedule.today_list(SYSTEM, MON) == []
    Resident.update(status="active").where(Resident.id == res.id).execute()
    save_resident(SYSTEM, {"first_name": "Jan"}, pk=res.id)
    assert status_of(MON, "R1") == "due"
    Resident.update(archived=True).where(Resident.id == res.id).execute()
    assert schedule.today_list(SYSTEM, MON) == []


def test_pairing_start_and_end_dates_are_kept(db):
    vol = volunteer("V1")
    pair(resident("LATE"), vol, "weekly:mon", MON + timedelta(days=1))
    pair(resident("ENDED"), vol, "weekly:mon", date(2026, 1, 5), end=MON - timedelta(days=1))
    pair(resident("LAST"), vol, "weekly:mon", date(2026, 1, 5), end=MON)
    assert [c.resident_code for c in schedule.today_list(SYSTEM, MON)] == ["LAST"]
    # The call on the last day of a pairing still gets its retry days.
    assert status_of(MON + timedelta(days=1), "LAST") == "retry"
    assert status_of(MON + timedelta(days=7), "LAST") is None
    assert status_of(MON + timedelta(days=7), "LATE") == "due"


def test_holidays_are_marked(db):
    vol = volunteer("V1")
    pair(resident("FRI"), vol, "weekly:fri", date(2026, 11, 6))
    pair(resident("SAT"), vol, "weekly:sat", date(2026, 11, 7))
    [fri] = schedule.today_list(SYSTEM, date(2026, 12, 25))
    assert fri.holiday and "kerst" in fri.holiday.lower() and fri.due_date == date(2026, 12, 25)
    sat = [c for c in schedule.today_list(SYSTEM, date(2026, 12, 26)) if c.resident_code == "SAT"]
    assert sat[0].holiday == "Tweede kerstdag"
    [ordinary] = [c for c in schedule.today_list(SYSTEM, date(2026, 12, 18))]
    assert ordinary.holiday is None


def test_holiday_calls_move_to_the_next_working_day_when_set(db):
    vol = volunteer("V1")
    pair(resident("FRI"), vol, "weekly:fri", date(2026, 11, 6))
    pair(resident("SUN"), vol, "weekly:sun", date(2026, 11, 8))
    pair(resident("WED"), vol, "weekly:wed", date(2026, 11, 4))
    settings.set_value(SYSTEM, "move_holiday_calls", True)
    assert status_of(date(2026, 12, 25), "FRI") is None
    monday = {c.resident_code: c for c in schedule.today_list(SYSTEM, date(2026, 12, 28))}
    assert monday["FRI"].due_date == date(2026, 12, 28) and monday["FRI"].status == "due"
    assert "kerst" in monday["FRI"].holiday.lower()
    # A Sunday right after the Christmas days is moved as well; a normal Sunday is not.
    assert monday["SUN"].due_date == date(2026, 12, 28)
    assert status_of(date(2026, 12, 20), "SUN") == "due"
    assert status_of(date(2026, 12, 23), "WED") == "due"


def test_daily_plan_over_christmas_with_moving_lists_each_date_once(db):
    vol = volunteer("V1")
    pair(resident("D"), vol, "daily", date(2026, 11, 1))
    settings.set_value(SYSTEM, "move_holiday_calls", True)
    rows = schedule.today_list(SYSTEM, date(2026, 12, 28))
    dues = [c.due_date for c in rows]
    assert len(dues) == len(set(dues))
    assert date(2026, 12, 28) in dues and date(2026, 12, 26) not in dues


def test_volunteer_sees_only_their_own_list(db):
    v1, v2 = volunteer("V1"), volunteer("V2")
    pair(resident("R1"), v1, "weekly:mon", date(2026, 11, 2))
    pair(resident("R2"), v2, "weekly:mon", date(2026, 11, 2))
    assert [c.resident_code for c in schedule.today_list(as_volunteer(v1), MON)] == ["R1"]
    with pytest.raises(PermissionDenied):
        schedule.today_list(as_volunteer(v1), MON, volunteer_id=v2.id)
    assert {c.resident_code for c in schedule.today_list(COORD, MON)} == {"R1", "R2"}
    assert [c.resident_code for c in schedule.today_list(STAFF, MON, v2.id)] == ["R2"]


def test_last_note_is_the_newest_readable_one(weekly):
    vol, res = weekly
    other = volunteer("V2")
    log_at(res.id, "reached", note="open note", wellbeing=6,
                   at=at(MON - timedelta(days=7)), volunteer_id=vol.id)
    log_at(res.id, "reached", note="secret", wellbeing=3, confidential=True,
                   at=at(MON - timedelta(days=6)), volunteer_id=other.id)
    log_at(res.id, "no_answer", at=at(MON - timedelta(days=5)))
    [mine] = schedule.today_list(as_volunteer(vol), MON)
    assert (mine.last_note, mine.last_wellbeing) == ("open note", 6)
    assert mine.last_contact == MON - timedelta(days=6)
    [coord] = schedule.today_list(COORD, MON)
    assert (coord.last_note, coord.last_wellbeing) == ("secret", 3)


def _count_queries(database, fn):
    seen = []
    original = database.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        if not sql.startswith("PREPARE "):  # once per statement shape and connection
            seen.append(sql)
        return original(sql, params, *args, **kwargs)

    database.execute_sql = counting
    try:
        fn()
    finally:
        del database.execute_sql
    return len(seen)


def test_lists_use_a_fixed_number_of_queries(db):
    vols = [volunteer(f"V{i}") for i in range(3)]
    for i in range(30):
        res = resident(f"R{i:02d}")
        pair(res, vols[i % 3], "weekly:mon+fri", date(2026, 11, 2), time(9 + i % 8))
        log_at(res.id, "reached", note=f"n{i}", at=at(MON - timedelta(days=3)))
    schedule.today_list(COORD, MON)  # PostgreSQL prepares each statement once per connection
    schedule.today_list(COORD, MON, vols[0].id)
    team = _count_queries(db, lambda: schedule.today_list(COORD, MON))
    one = _count_queries(db, lambda: schedule.today_list(COORD, MON, vols[0].id))
    for i in range(30, 60):
        res = resident(f"R{i:02d}")
        pair(res, vols[i % 3], "weekly:mon+fri", date(2026, 11, 2), time(9 + i % 8))
        log_at(res.id, "reached", note=f"n{i}", at=at(MON - timedelta(days=3)))
    assert len(schedule.today_list(COORD, MON)) == 60
    assert _count_queries(db, lambda: schedule.today_list(COORD, MON)) == team
    assert _count_queries(db, lambda: schedule.today_list(COORD, MON, vols[0].id)) == one
    # settings, pairings, attempts, pauses, absences, covers, the last notes, volunteer names,
    # outreach case flags.
    assert team <= 9 and one <= 9


def test_due_calls_gives_every_call_with_its_final_status(weekly, clock):
    _, res = weekly
    log_at(res.id, "reached", at=at(MON - timedelta(days=13)))  # Tue after 16th
    clock.pin(MON + timedelta(days=1))
    got = {c.due_date: c.status for c in schedule.due_calls(res.id, date(2026, 11, 9), date(2026, 12, 14))}
    assert got == {date(2026, 11, 9): "missed", date(2026, 11, 16): "done",
                   date(2026, 11, 23): "missed", date(2026, 11, 30): "retry",
                   date(2026, 12, 7): "due", date(2026, 12, 14): "due"}


# --- properties -------------------------------------------------------------------------------


PLANS = ["daily", "weekdays", "weekly:mon", "weekly:tue+fri", "biweekly:wed", "monthly:1mon",
         "once", "weekly:sun"]
OUTCOMES = ["reached", "no_answer", "busy", "reached", "voicemail"]

resident_spec = st.fixed_dictionaries({
    "plan": st.sampled_from(PLANS),
    "start": st.integers(-30, 2),
    "pause": st.none() | st.tuples(st.integers(-12, 4), st.none() | st.integers(0, 5)),
    "attempts": st.lists(st.tuples(st.integers(-10, 3), st.integers(8, 20),
                                   st.sampled_from(OUTCOMES)), max_size=6),
})


def _wipe() -> None:
    for model in (CallAttempt, Pause, Cover, Pairing, Resident, Volunteer, Setting):
        model.delete().execute()


@hsettings(max_examples=40, deadline=None,
           suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(specs=st.lists(resident_spec, min_size=1, max_size=3), move=st.booleans(),
       day0=st.sampled_from([MON, date(2026, 12, 28), date(2027, 1, 4)]))
def test_lists_never_double_never_paused_and_reached_is_never_retry(db, specs, move, day0):
    _wipe()
    the_clock.pin(day0 + timedelta(days=60))  # every attempt below has happened
    settings.set_value(SYSTEM, "move_holiday_calls", move)
    vol = volunteer("V")
    pauses, reached = {}, {}
    for i, spec in enumerate(specs):
        res = resident(f"R{i}")
        pair(res, vol, spec["plan"], day0 + timedelta(days=spec["start"]))
        if spec["pause"]:
            start = day0 + timedelta(days=spec["pause"][0])
            end = None if spec["pause"][1] is None else start + timedelta(days=spec["pause"][1])
            pause_resident(SYSTEM, res.id, start, end)
            pauses[res.id] = (start, end)
        # A call is never logged before the resident's first pairing started (issue 10).
        moments = sorted((at(day0 + timedelta(days=d), h), o) for d, h, o in spec["attempts"]
                         if d >= spec["start"])
        for moment, outcome in moments:
            log_at(res.id, outcome, at=moment)
        reached[res.id] = [m.date() for m, o in moments if o == "reached"]

    def paused(rid, day):
        span = pauses.get(rid)
        return span is not None and span[0] <= day and (span[1] is None or day <= span[1])

    for offset in range(-5, 4):
        day = day0 + timedelta(days=offset)
        rows = schedule.today_list(SYSTEM, day)
        keys = [(c.pairing_id, c.due_date) for c in rows]
        assert len(keys) == len(set(keys)), keys
        for call in rows:
            assert call.status in schedule.STATUSES
            assert call.due_date <= day
            assert not paused(call.resident_id, day) and not paused(call.resident_id, call.due_date)
            grace = 1 if PLANS.index(specs[int(call.resident_code[1:])]["plan"]) < 2 else 2
            closing = [t for t in reached[call.resident_id]
                       if call.due_date <= t <= min(call.due_date + timedelta(days=grace), day)]
            if closing:
                assert call.status == "done", (call, closing)
            assert call.status != "retry" or call.due_date < day


def test_local_days_match_full_conversion_across_summer_time():
    from datetime import datetime

    from belteam.calls.schedule_data import LocalDays, _moment

    finder = LocalDays(date(2026, 3, 26), date(2026, 3, 31))
    moment = datetime(2026, 3, 24, 20, 0)
    while moment < datetime(2026, 4, 3):
        for raw in (moment, moment.isoformat(sep=" "),
                    moment.replace(microsecond=5).isoformat(sep=" ")):
            assert finder(raw) == _moment(raw).date(), raw
        moment += timedelta(minutes=37)


@hsettings(max_examples=60, deadline=None)
@given(plan=st.sampled_from(PLANS + ["every3weeks:thu", "monthly:-1fri", "weekly:sat+sun"]),
       start=st.dates(date(2025, 1, 1), date(2026, 12, 20)),
       frm=st.dates(date(2026, 1, 1), date(2027, 1, 10)), move=st.booleans())
def test_shared_window_dates_equal_the_pairings_own(plan, start, frm, move):
    from belteam.calls.schedule_data import PairRow
    from belteam.pairings.plans import parse_plan

    rrule = parse_plan(plan).to_rrule()
    to = frm + timedelta(days=3)
    row = PairRow(1, 1, 1, rrule, start, None, None, "R", "A", "B", "")
    assert due_dates.due_dates(row, frm, to, move) == due_dates._due_dates(
        rrule, start, None, frm, to, move)


def test_a_reach_logged_against_an_older_moved_call_closes_the_next_one(db):
    """Found by hypothesis: Christmas moved to Monday 28 Dec; the reach on Wednesday 30 Dec was
    logged against that moved call and must also close Tuesday 29 Dec's call."""
    settings.set_value(SYSTEM, "move_holiday_calls", True)
    vol = volunteer("V")
    res = resident("R0")
    pair(res, vol, "weekly:tue+fri", date(2026, 12, 25))
    log_at(res.id, "reached", at=at(date(2026, 12, 30), 8))
    rows = {c.due_date: c.status for c in schedule.today_list(SYSTEM, date(2027, 1, 1))}
    assert rows.get(date(2026, 12, 29)) is None  # closed: done on the 30th, not missed now
    assert all(status != "missed" for status in rows.values())
