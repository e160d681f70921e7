"""A volunteer's calls as an iCalendar file that tells the truth.

One repeating event per own pairing (its RRULE), with EXDATEs for the days the call is not
theirs (the resident paused, the volunteer away, a holiday moved it) and RDATEs for the days a
holiday moved it to; single events for the calls they cover for someone else. Which calls are
whose comes from the day's rules (``calls.schedule.calls_between``), over a horizon; a pause
until further notice ends the repetition. The time zone is written with yearly RRULEs (not a
long RDATE list, which several readers take as winter time all summer).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from types import ModuleType
from typing import TYPE_CHECKING

from belteam.calls.due_dates import plan_dates, plan_of
from belteam.calls.schedule import DueCall, calls_between
from belteam.calls.schedule_data import id_in, pauses_by_resident
from belteam.core.actors import OTHERS_CALENDAR, Actor, require, require_own
from belteam.core.clock import TZ, clock
from belteam.core.phones import display
from belteam.pairings.plans import next_dates
from belteam.storage.models import Cover, Pairing, Resident, Volunteer

if TYPE_CHECKING:
    import icalendar

# icalendar is imported inside the functions that write a calendar: it is slow to import and
# only this export needs it.

def _ical() -> ModuleType:
    """icalendar, loaded when a calendar is written (it slows every command's start)."""
    import icalendar

    return icalendar


CALL_MINUTES = 15
PAST_DAYS = 92  # exceptions written this far back ...
HORIZON_DAYS = 400  # ... and this far ahead (export again after a year)


def _check(actor: Actor, volunteer_id: int) -> Volunteer:
    require(actor, "export.schedule")
    require_own(actor, volunteer_id, OTHERS_CALENDAR)
    volunteer = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if volunteer is None:
        raise LookupError(f"No volunteer with id {volunteer_id}.")
    return volunteer


def vtimezone() -> icalendar.Timezone:
    """The program's zone with the EU rule (last Sunday of March / October) as yearly RRULEs."""
    zone = _ical().Timezone()
    zone.add("tzid", TZ.key)
    for kind, name, start, month, before, after in (
            (_ical().TimezoneDaylight, "CEST", datetime(1981, 3, 29, 2), 3, 1, 2),
            (_ical().TimezoneStandard, "CET", datetime(1996, 10, 27, 3), 10, 2, 1)):
        part = kind()
        part.add("tzname", name)
        part.add("dtstart", start)
        part.add("tzoffsetfrom", timedelta(hours=before))
        part.add("tzoffsetto", timedelta(hours=after))
        part.add("rrule", {"FREQ": "YEARLY", "BYMONTH": month, "BYDAY": "-1SU"})
        zone.add_component(part)
    return zone


def _moment(day: date, at: time | None) -> datetime | date:
    return datetime.combine(day, at, TZ) if at else day


def _rrule(pairing: Pairing, last: date | None, timed: bool) -> icalendar.vRecur:
    rule = _ical().vRecur.from_ical(pairing.rrule)
    if last is not None and "COUNT" not in rule:
        if timed:  # UNTIL in UTC when DTSTART has a time zone (RFC 5545)
            rule["UNTIL"] = datetime.combine(last, time(23, 59, 59), TZ).astimezone(UTC)
        else:
            rule["UNTIL"] = last
    return rule


def _base(uid: str, resident: Resident, first: date, at: time | None,
          stamp: datetime) -> icalendar.Event:
    event = _ical().Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    start = _moment(first, at)
    event.add("dtstart", start)
    if at:
        event.add("dtend", start + timedelta(minutes=CALL_MINUTES))
    event.add("summary", f"Bel {resident.name}")
    phone = display(resident.phone)
    event.add("description", f"Telefoon: {phone}" if phone else "Geen telefoonnummer bekend")
    return event


def _own_event(pairing: Pairing, mine: set[date], lo: date, hi: date, last: date | None,
               stamp: datetime) -> icalendar.Event | None:
    """The pairing's repeating event, corrected by EXDATE/RDATE inside [lo, hi]."""
    plan = plan_of(pairing.rrule)
    first = next_dates(plan, pairing.start_date, pairing.start_date, 1)
    if not first or (last is not None and first[0] > last):
        return None
    at = pairing.preferred_time
    event = _base(f"pairing-{pairing.id}@belteam", pairing.resident, first[0], at, stamp)
    event.add("rrule", _rrule(pairing, last, at is not None))
    planned = set(plan_dates(pairing.rrule, pairing.start_date, last, lo, hi))
    for day in sorted(planned - mine):
        event.add("exdate", _moment(day, at))
    for day in sorted(d for d in mine - planned if first[0] <= d):
        event.add("rdate", _moment(day, at))
    return event


def _last_day(pairing: Pairing, open_pauses: dict[int, date]) -> date | None:
    """The pairing's end, or the day before a pause until further notice starts."""
    ends = [d for d in (pairing.end_date,) if d is not None]
    paused = open_pauses.get(pairing.resident_id)
    if paused is not None:
        ends.append(paused - timedelta(days=1))
    return min(ends) if ends else None


def volunteer_ics(actor: Actor, volunteer_id: int) -> bytes:
    """The volunteer's own pairings (repeating) and the calls they cover, as the lists say."""
    volunteer = _check(actor, volunteer_id)
    today = clock.today()
    lo, hi = today - timedelta(days=PAST_DAYS), today + timedelta(days=HORIZON_DAYS)
    stamp = clock.now().astimezone(TZ)
    own = list(Pairing.select(Pairing, Resident).join(Resident)
               .where(Pairing.volunteer == volunteer_id,
                      (Pairing.end_date.is_null()) | (Pairing.end_date >= today),
                      Resident.erased == False)  # noqa: E712
               .order_by(Pairing.start_date, Pairing.id))
    covered = {row.pairing_id for row in Cover.select(Cover.pairing).where(
        Cover.volunteer == volunteer_id, Cover.end_date >= lo, Cover.start_date <= hi)}
    ids = {p.id for p in own} | covered
    calls: list[DueCall] = calls_between(actor, lo, hi, id_in(Pairing.id, sorted(ids))) \
        if ids else []
    mine: dict[int, set[date]] = defaultdict(set)
    for call in calls:
        if call.volunteer_id == volunteer_id:
            mine[call.pairing_id].add(call.due_date)
    open_pauses = {rid: min(start for start, end in periods if end is None)
                   for rid, periods in pauses_by_resident(today, today, [p.resident_id for p in own]).items()
                   if any(end is None for _start, end in periods)}
    cal = _ical().Calendar()
    cal.add("prodid", "-//Belteam//belteam//NL")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"Belteam {volunteer.name}")
    cal.add_component(vtimezone())
    own_ids = {p.id for p in own}
    for pairing in own:
        event = _own_event(pairing, mine[pairing.id], lo, hi,
                           _last_day(pairing, open_pauses), stamp)
        if event is not None:
            cal.add_component(event)
    for pid in sorted(covered - own_ids):
        pairing = Pairing.select(Pairing, Resident).join(Resident).where(Pairing.id == pid).get()
        for day in sorted(mine[pid]):
            cal.add_component(_base(f"cover-{pid}-{day:%Y%m%d}@belteam", pairing.resident, day,
                                    pairing.preferred_time, stamp))
    return cal.to_ical()
