"""The calendar file tells the truth: read back by an independent reader
(recurring-ical-events) it holds, day by day, exactly the calls the lists give the volunteer."""

from datetime import UTC, date, datetime, time, timedelta

import icalendar
import recurring_ical_events
from dayhelp import COORD, pair, resident, volunteer

from belteam.calls import absences, ical, schedule
from belteam.core.actors import SYSTEM
from belteam.core.clock import TZ
from belteam.settings import store as settings

MON = date(2026, 11, 30)
DAYS = 75


def expanded(data: bytes, frm: date, to: date) -> dict[date, set[str]]:
    cal = icalendar.Calendar.from_ical(data)
    found: dict[date, set[str]] = {}
    for event in recurring_ical_events.of(cal).between(frm, to + timedelta(days=1)):
        start = event.decoded("dtstart")
        day = start.astimezone(TZ).date() if isinstance(start, datetime) else start
        found.setdefault(day, set()).add(str(event["summary"]))
    return found


def listed(volunteer_id: int, day: date) -> set[str]:
    return {f"Bel {c.resident_name}" for c in schedule.today_list(COORD, day, volunteer_id)
            if c.due_date == day}


def test_the_calendar_matches_the_lists_day_by_day(db):
    settings.set_value(SYSTEM, "move_holiday_calls", True)
    anna, bert = volunteer("V1", "Anna"), volunteer("V2", "Bert")
    r1 = resident("R1", "Paused")
    pair(r1, anna, "weekly:mon+thu", date(2026, 11, 2), time(10, 30))
    absences.pause_resident(SYSTEM, r1.id, date(2026, 12, 7), date(2026, 12, 13))
    r2 = resident("R2", "Hospital")
    pair(r2, anna, "daily", date(2026, 11, 2))
    absences.pause_resident(SYSTEM, r2.id, date(2026, 12, 20), None)  # until further notice
    covered = pair(resident("R3", "Covered"), anna, "weekly:wed", date(2026, 11, 4), time(14))
    pair(resident("R4", "Uncovered"), anna, "weekly:fri", date(2026, 11, 6))
    pair(resident("R5", "Holiday"), anna, "weekly:fri", date(2026, 11, 6), time(9))
    pair(resident("R6", "Bert's own"), bert, "weekly:tue", date(2026, 11, 3), time(9))
    absences.add_absence(SYSTEM, anna.id, date(2026, 12, 21), date(2026, 12, 27))
    absences.assign_cover(SYSTEM, [covered.id], bert.id, date(2026, 12, 21), date(2026, 12, 27))
    end = MON + timedelta(days=DAYS)
    for vol in (anna, bert):
        got = expanded(ical.volunteer_ics(COORD, vol.id), MON, end)
        for offset in range(DAYS + 1):
            day = MON + timedelta(days=offset)
            assert got.get(day, set()) == listed(vol.id, day), (vol.code, day)
    anna_days = expanded(ical.volunteer_ics(COORD, anna.id), MON, end)
    assert "Bel Covered" in expanded(ical.volunteer_ics(COORD, bert.id), MON, end)[
        date(2026, 12, 23)]
    assert "Bel Covered" not in anna_days.get(date(2026, 12, 23), set())
    assert "Bel Holiday" in anna_days[date(2026, 12, 28)]  # Christmas moved to Monday
    assert "Bel Hospital" not in anna_days.get(date(2027, 1, 20), set())


def test_summer_calls_keep_their_local_hour_and_the_zone_has_rules(db):
    anna = volunteer("V1", "Anna")
    pair(resident("R1", "Summer"), anna, "weekly:tue", date(2026, 11, 3), time(9))
    data = ical.volunteer_ics(COORD, anna.id)
    cal = icalendar.Calendar.from_ical(data)
    [zone] = cal.walk("VTIMEZONE")
    text = zone.to_ical().decode()
    assert "RDATE" not in text and text.count("RRULE:FREQ=YEARLY") == 2
    [july] = recurring_ical_events.of(cal).between(date(2027, 7, 6), date(2027, 7, 7))
    start = july.decoded("dtstart")
    assert start.astimezone(UTC).time() == time(7, 0)  # 09:00 summer time, not 08:00
    [winter] = recurring_ical_events.of(cal).between(date(2027, 1, 5), date(2027, 1, 6))
    assert winter.decoded("dtstart").astimezone(UTC).time() == time(8, 0)
