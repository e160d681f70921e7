"""Lists that answer the coordinator's questions about volunteers: load (n of max), free
places, languages, area, availability, next absence, last call logged, and a flag for callers
who logged nothing for ``quiet_volunteer_days`` while calls were due to them.

The residents' list (who waits, who is not reached) lives with the screen's rows in
``belteam.matching.lists_rows``: one set of rows and one filter for the screen and the command.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

import peewee as pw

from belteam.core.actors import Actor, require
from belteam.core.clock import clock
from belteam.matching.availability import describe_mask, parse
from belteam.pairings import service as pairing_service
from belteam.pairings.running import taking_a_place
from belteam.people import service as people
from belteam.settings import store as settings
from belteam.storage.models import Absence, CallAttempt, Pairing, Volunteer


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
