"""A volunteer's call plans as an iCalendar file (one repeating event per running pairing)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

from belteam.calls.schedule import plan_of
from belteam.core.actors import VOLUNTEER, Actor, PermissionDenied, require
from belteam.core.clock import TZ, clock
from belteam.core.phones import display
from belteam.pairings.plans import next_dates
from belteam.storage.models import Pairing, Resident, Volunteer

if TYPE_CHECKING:
    import icalendar

# icalendar is imported inside the functions that write a calendar: it is slow to import and
# only this export needs it.
CALL_MINUTES = 15


def _check(actor: Actor, volunteer_id: int) -> Volunteer:
    require(actor, "export.schedule")
    if actor.role == VOLUNTEER and actor.volunteer_id != volunteer_id:
        raise PermissionDenied("Not allowed for the role volunteer: another volunteer's calendar.")
    volunteer = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if volunteer is None:
        raise LookupError(f"No volunteer with id {volunteer_id}.")
    return volunteer


def _rrule(pairing: Pairing, timed: bool) -> icalendar.vRecur:
    import icalendar

    rule = icalendar.vRecur.from_ical(pairing.rrule)
    if pairing.end_date and "COUNT" not in rule:
        if timed:  # UNTIL in UTC when DTSTART has a time zone (RFC 5545)
            until = datetime.combine(pairing.end_date, time(23, 59, 59), TZ)
            rule["UNTIL"] = until.astimezone(UTC)
        else:
            rule["UNTIL"] = pairing.end_date
    return rule


def _event(pairing: Pairing, stamp: datetime) -> icalendar.Event | None:
    plan = plan_of(pairing.rrule)
    first = next_dates(plan, pairing.start_date, pairing.start_date, 1)
    if not first or (pairing.end_date and first[0] > pairing.end_date):
        return None
    import icalendar

    resident: Resident = pairing.resident
    event = icalendar.Event()
    event.add("uid", f"pairing-{pairing.id}@belteam")
    event.add("dtstamp", stamp)
    if pairing.preferred_time:
        start = datetime.combine(first[0], pairing.preferred_time, TZ)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=CALL_MINUTES))
    else:
        event.add("dtstart", first[0])
    event.add("rrule", _rrule(pairing, pairing.preferred_time is not None))
    event.add("summary", f"Bel {resident.name}")
    phone = display(resident.phone)
    event.add("description", f"Telefoon: {phone}" if phone else "Geen telefoonnummer bekend")
    return event


def volunteer_ics(actor: Actor, volunteer_id: int) -> bytes:
    """The volunteer's running and coming pairings as VEVENTs with their RRULE."""
    import icalendar

    volunteer = _check(actor, volunteer_id)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Belteam//belteam//NL")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"Belteam {volunteer.name}")
    today = clock.today()
    stamp = clock.now().astimezone(TZ)
    query = (Pairing.select(Pairing, Resident).join(Resident)
             .where(Pairing.volunteer == volunteer_id,
                    (Pairing.end_date.is_null()) | (Pairing.end_date >= today),
                    Resident.erased == False)  # noqa: E712
             .order_by(Pairing.start_date, Pairing.id))
    for pairing in query:
        event = _event(pairing, stamp)
        if event is not None:
            cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()
