"""Lists that answer the coordinator's questions: who waits, who is not reached, who is quiet.

Residents: filters by status, area, volunteer, an open follow-up case and "not reached for N
days", with last contact, next call, last wellbeing mark and volunteer. Volunteers: load (n of
max), free places, languages, area, availability, next absence, last call logged, and a flag
for callers who logged nothing for ``quiet_volunteer_days`` while calls were due to them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

import peewee as pw

from belteam.calls.due_dates import plan_dates
from belteam.core.actors import Actor, require
from belteam.core.clock import clock
from belteam.matching.availability import describe_mask, parse
from belteam.outreach.cases import OPEN_STATUSES
from belteam.pairings import service as pairing_service
from belteam.pairings.running import taking_a_place
from belteam.people import service as people
from belteam.settings import store as settings
from belteam.storage.models import Absence, CallAttempt, OutreachCase, Pairing, Resident, Volunteer


@dataclass
class ResidentLine:
    code: str
    name: str
    status: str
    area: str
    volunteer: str
    last_contact: datetime | None
    next_call: date | None
    wellbeing: int | None
    open_case: bool

    def to_json(self) -> dict[str, Any]:
        return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in asdict(self).items()}


@dataclass
class VolunteerLine:
    code: str
    name: str
    taken: int
    max_residents: int
    free: int
    languages: list[str]
    area: str
    availability: str
    availability_unread: str
    next_absence: tuple[date, date] | None
    last_logged: datetime | None
    quiet: bool

    @property
    def load(self) -> str:
        return f"{self.taken}/{self.max_residents}"

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["load"] = self.load
        data["next_absence"] = ([d.isoformat() for d in self.next_absence]
                                if self.next_absence else None)
        data["last_logged"] = self.last_logged.isoformat() if self.last_logged else None
        return data


def _last_contacts(ids: list[int] | None) -> dict[int, tuple[datetime, int | None]]:
    """Each resident's last conversation (reached) and the wellbeing mark given then."""
    last = (CallAttempt.select(CallAttempt.resident, pw.fn.MAX(CallAttempt.at).alias("at"))
            .where(CallAttempt.outcome == "reached").group_by(CallAttempt.resident))
    if ids is not None:
        last = last.where(CallAttempt.resident.in_(ids))
    latest = {rid: at for rid, at in last.tuples()}
    marks: dict[int, int | None] = {}
    query = (CallAttempt.select(CallAttempt.resident, CallAttempt.at, CallAttempt.wellbeing)
             .where(CallAttempt.outcome == "reached", CallAttempt.wellbeing.is_null(False))
             .order_by(CallAttempt.at))
    if ids is not None:
        query = query.where(CallAttempt.resident.in_(ids))
    for rid, _at, mark in query.tuples():
        marks[rid] = mark  # ordered by time: the last one stays
    return {rid: (at, marks.get(rid)) for rid, at in latest.items()}


def resident_lines(actor: Actor, status: str | None = None, area: str | None = None,
                   volunteer: str | None = None, open_case: bool = False,
                   not_reached_days: int | None = None, day: date | None = None
                   ) -> list[ResidentLine]:
    """The residents the filters select, with what the coordinator asks about them."""
    require(actor, "people.read_all")
    day = day or clock.today()
    query = people.residents(actor)
    if status:
        query = query.where(Resident.status == status)
    if area:
        query = query.where(pw.fn.LOWER(Resident.area) == area.lower())
    running = {p.resident_id: p for p in Pairing.select(Pairing, Volunteer).join(Volunteer)
               .where(taking_a_place(day)).order_by(Pairing.start_date)}
    if volunteer:
        query = query.where(Resident.id.in_([rid for rid, p in running.items()
                                             if p.volunteer.code == volunteer]))
    cases = {rid for (rid,) in OutreachCase.select(OutreachCase.resident)
             .where(OutreachCase.status.in_(OPEN_STATUSES)).tuples()}
    residents = list(query)
    contacts = _last_contacts(None if len(residents) > 500 else [r.id for r in residents])
    limit = (clock.now() - timedelta(days=not_reached_days)) if not_reached_days else None
    lines = []
    for r in residents:
        contact, mark = contacts.get(r.id, (None, None))
        if open_case and r.id not in cases:
            continue
        if limit is not None and contact is not None and contact >= limit:
            continue
        pairing = running.get(r.id)
        nxt = None
        if pairing is not None:
            dates = plan_dates(pairing.rrule, pairing.start_date, pairing.end_date, day,
                               day + timedelta(days=62))
            nxt = dates[0] if dates else None
        lines.append(ResidentLine(r.code, r.name, r.status, r.area,
                                  pairing.volunteer.name if pairing else "", contact, nxt, mark,
                                  r.id in cases))
    return lines


@dataclass
class VolunteerFacts:
    """What the volunteer lists need beyond the person: places taken, absences, calls logged."""

    taken: dict[int, int]
    absences: dict[int, tuple[date, date]]
    logged: dict[int, datetime]
    due: dict[int, bool]
    since: date

    def line(self, v: Any) -> VolunteerLine:
        """The list line of volunteer ``v`` (a model row, or a tuple with the same fields)."""
        available = parse(v.available or "")
        last = self.logged.get(v.id)
        quiet = self.due[v.id] and (last is None or last.date() < self.since)
        taken = self.taken.get(v.id, 0)
        return VolunteerLine(
            v.code, f"{v.first_name} {v.last_name}".strip(), taken, v.max_residents, max(0, v.max_residents - taken),
            list(v.languages), v.area, describe_mask(available.mask) if available.known else "",
            " ".join(available.unread), self.absences.get(v.id), last, quiet)


def volunteer_facts(day: date) -> VolunteerFacts:
    """Load, next absence, last call logged and calls due, for every volunteer in five queries."""
    since = day - timedelta(days=settings.get("quiet_volunteer_days"))
    absences: dict[int, tuple[date, date]] = {}
    for vid, start, end in (Absence.select(Absence.volunteer, Absence.start_date, Absence.end_date)
                            .where(Absence.end_date >= day).order_by(Absence.start_date.desc())
                            .tuples()):
        absences[vid] = (start, end)  # the earliest stays
    # One probe of (volunteer, at) per volunteer: grouping all attempts read years of them.
    last = (CallAttempt.select(pw.fn.MAX(CallAttempt.at))
            .where(CallAttempt.volunteer == Volunteer.id))
    logged = {vid: CallAttempt.at.python_value(at)
              for vid, at in Volunteer.select(Volunteer.id, last).tuples() if at is not None}
    # Calls were due to them all along the quiet period: a pairing running since before it.
    due: dict[int, bool] = defaultdict(bool)
    for (vid,) in (Pairing.select(Pairing.volunteer)
                   .where(Pairing.start_date <= since, taking_a_place(day)).tuples()):
        due[vid] = True
    return VolunteerFacts(pairing_service.active_counts(day), absences, logged, due, since)


def volunteer_lines(actor: Actor, day: date | None = None) -> list[VolunteerLine]:
    """Every volunteer with load, free places, availability, next absence and last call logged."""
    require(actor, "people.read_all")
    facts = volunteer_facts(day or clock.today())
    return [facts.line(v) for v in people.volunteers(actor)]
