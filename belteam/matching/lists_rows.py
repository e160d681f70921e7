"""The rows of the Residents and Volunteers screens, with what the coordinator asks about them.

The screens hold every row at once (20,000 residents) and filter on the spot: the filter rule
lives here (``ResidentFilter.accepts``) so the screen and the command line (``belteam desk
residents``, ``resident_lines``) select the same people with the same columns.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from belteam.calls.due_dates import plan_dates
from belteam.calls.schedule_data import last_info, raw_rows, stored_date, stored_day
from belteam.core.actors import Actor, require
from belteam.core.clock import clock
from belteam.matching.lists import volunteer_facts
from belteam.pairings.running import taking_a_place
from belteam.people import service as people
from belteam.storage.models import Pairing, Volunteer

STATUSES = ("waiting", "active", "paused", "stopped")
NEXT_CALL_HORIZON = 62  # days ahead a next call is looked for (a monthly plan has one)


# One row type for the residents list: the people service's, whose desk columns this fills.
ResidentListRow = people.ResidentRow


class VolunteerListRow(NamedTuple):
    """One line of the volunteers list: load, free places, availability, absence, last call."""

    id: int
    code: str
    first_name: str
    last_name: str
    area: str
    phone: str  # E.164
    languages: list[str]
    max_residents: int
    archived: bool
    residents: int  # places taken (every pairing not yet ended, a future one too)
    free: int
    availability: str  # understood days and parts of the day, e.g. "Tue, Thu morning"
    availability_unread: str  # what did not parse, kept as typed
    next_absence: tuple[date, date] | None
    last_logged: datetime | None
    quiet: bool  # logged nothing for the quiet period while calls were due

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class ResidentFilter:
    """What the coordinator narrows the residents list to; empty fields select everyone."""

    status: str = ""
    area: str = ""
    volunteer: str = ""  # the code of the volunteer who calls them (the rows show the name)
    open_case: bool = False
    not_reached_days: int = 0  # 0: off; else no conversation in the last N days (or never)

    def active(self) -> bool:
        return self != ResidentFilter()

    def accepts(self, row: ResidentListRow, today: date) -> bool:
        if self.status and row.status != self.status:
            return False
        if self.area and row.area.casefold() != self.area.casefold():
            return False
        if self.volunteer and row.volunteer_code != self.volunteer:
            return False
        if self.open_case and not row.open_case:
            return False
        if self.not_reached_days > 0 and row.last_contact is not None:
            return row.last_contact <= today - timedelta(days=self.not_reached_days)
        return True


def _next_calls(resident_ids: set[int], day: date) -> dict[int, date]:
    """The next planned call per resident, from the pairing that takes a place today."""
    result: dict[int, date] = {}
    query = (Pairing.select(Pairing.resident, Pairing.rrule, Pairing.start_date, Pairing.end_date)
             .where(taking_a_place(day)).order_by(Pairing.start_date.desc()))
    horizon = day + timedelta(days=NEXT_CALL_HORIZON)
    for rid, rrule, start, end in raw_rows(query):
        if rid not in resident_ids:
            continue
        start, end = stored_day(start), stored_date(end)
        dates = plan_dates(rrule, start, end, day, horizon)
        if dates:
            result[rid] = dates[0]  # ordered by start, newest first: the earliest pairing wins
    return result


def resident_list_rows(actor: Actor, include_archived: bool = False,
                       day: date | None = None) -> list[ResidentListRow]:
    """The residents the actor may see; contacts, marks and cases only for who reads them all."""
    rows = people.resident_rows(actor, include_archived)
    if not actor.can("people.read_all"):
        # A volunteer sees their own residents; the desk's columns are the coordinator's.
        return rows
    day = day or clock.today()
    ids = [row.id for row in rows]
    info = last_info(ids, actor, cases=True)
    nxt = _next_calls(set(ids), day)
    result = []
    for row in rows:
        last = info.get(row.id)
        result.append(row._replace(last_contact=last.contact if last else None,
                                   next_call=nxt.get(row.id),
                                   wellbeing=last.wellbeing if last else None,
                                   open_case=last.case_open if last else False))
    return result


@dataclass
class ResidentLine:
    """A row of the residents list as the command line shows it."""

    code: str
    name: str
    status: str
    area: str
    volunteer: str
    last_contact: date | None
    next_call: date | None
    wellbeing: int | None
    open_case: bool

    def to_json(self) -> dict[str, Any]:
        return {k: (v.isoformat() if hasattr(v, "isoformat") else v)
                for k, v in asdict(self).items()}


def resident_lines(actor: Actor, chosen: ResidentFilter, day: date | None = None
                   ) -> list[ResidentLine]:
    """The residents the filter selects, with what the coordinator asks about them: the
    Residents screen's rows and filter, for the command line."""
    require(actor, "people.read_all")
    day = day or clock.today()
    return [ResidentLine(row.code, row.name, row.status, row.area, row.volunteer,
                         row.last_contact, row.next_call, row.wellbeing, row.open_case)
            for row in resident_list_rows(actor, day=day) if chosen.accepts(row, day)]


def volunteer_list_rows(actor: Actor, include_archived: bool = False,
                        day: date | None = None) -> list[VolunteerListRow]:
    """The volunteers the actor may see, with load, free places, availability and last call."""
    facts = volunteer_facts(day or clock.today())
    result = []
    # Only the columns shown, as tuples: model rows parse two timestamps each (slow at 5,000).
    query = people.volunteers(actor, include_archived).select(
        Volunteer.id, Volunteer.code, Volunteer.first_name, Volunteer.last_name, Volunteer.area,
        Volunteer.phone, Volunteer.languages, Volunteer.max_residents, Volunteer.archived,
        Volunteer.available)
    for v in query.namedtuples():
        line = facts.line(v)
        result.append(VolunteerListRow(
            v.id, v.code, v.first_name, v.last_name, v.area, v.phone, list(v.languages),
            v.max_residents, v.archived, line.taken, line.free, line.availability,
            line.availability_unread, line.next_absence, line.last_logged, line.quiet))
    return result
