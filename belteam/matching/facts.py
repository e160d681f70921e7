"""What matching needs to know of volunteers and residents, read in a few light queries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import peewee as pw

from belteam.matching.availability import Availability, parse
from belteam.pairings.running import taking_a_place
from belteam.settings import store as settings
from belteam.storage.models import Absence, CallAttempt, Pairing, Resident, Volunteer

DEFAULT_LANGUAGE = "nl"  # a person with no language recorded is spoken to in Dutch
ABSENCE_HORIZON = 30  # days ahead in which an absence is worth a warning


def _languages(csv: str | list[str]) -> frozenset[str]:
    return _language_set(",".join(csv) if isinstance(csv, list) else (csv or ""))


@lru_cache(maxsize=1024)
def _language_set(csv: str) -> frozenset[str]:
    codes = frozenset(x.strip() for x in csv.split(",") if x.strip())
    return codes or frozenset({DEFAULT_LANGUAGE})


@dataclass
class VolunteerFacts:
    id: int
    code: str
    name: str
    languages: frozenset[str]
    area: str
    available: Availability
    max_residents: int
    taken: int
    absences: list[tuple[date, date]] = field(default_factory=list)

    @property
    def free(self) -> int:
        return max(0, self.max_residents - self.taken)


@dataclass
class ResidentFacts:
    id: int
    code: str
    name: str
    languages: frozenset[str]
    area: str
    wishes: Availability
    wanted_plan: str
    priority: bool
    called_before: frozenset[int] = frozenset()  # volunteer ids who reached them before
    free_from: date | None = None  # the day a new pairing may start (an old one may still run)


@dataclass
class Context:
    """The settings a score depends on, read once."""

    weights: dict[str, int]
    neighbours: frozenset[frozenset[str]]

    def are_neighbours(self, a: str, b: str) -> bool:
        return frozenset({a.lower(), b.lower()}) in self.neighbours


def context() -> Context:
    weights = {k: settings.get(f"match_weight_{k}") for k in ("area", "time", "load", "continuity")}
    pairs = settings.neighbour_pairs(settings.get("neighbour_areas"))
    return Context(weights, frozenset(frozenset({a.lower(), b.lower()}) for a, b in pairs))


def volunteers(day: date) -> list[VolunteerFacts]:
    """Every volunteer who may be paired: not archived, not erased; with places taken on ``day``."""
    database = Volunteer._meta.database
    # Raw rows: peewee's per-value conversion costs more than the rest of a ranking.
    counts = dict(database.execute(
        Pairing.select(Pairing.volunteer, pw.fn.COUNT(Pairing.id))
        .where(taking_a_place(day)).group_by(Pairing.volunteer)).fetchall())
    away: dict[int, list[tuple[date, date]]] = defaultdict(list)
    horizon = day + timedelta(days=ABSENCE_HORIZON)
    for vid, start, end in (Absence.select(Absence.volunteer, Absence.start_date, Absence.end_date)
                            .where(Absence.end_date >= day, Absence.start_date <= horizon)
                            .order_by(Absence.start_date).tuples()):
        away[vid].append((start, end))
    query = (Volunteer.select(Volunteer.id, Volunteer.code, Volunteer.first_name,
                              Volunteer.last_name, Volunteer.languages, Volunteer.area,
                              Volunteer.available, Volunteer.max_residents)
             .where(Volunteer.archived == False, Volunteer.erased == False)  # noqa: E712
             .order_by(Volunteer.id))
    return [VolunteerFacts(vid, code, f"{first} {last}".strip(), _languages(langs), area or "",
                           parse(available or ""), maximum or 0, counts.get(vid, 0), away[vid])
            for vid, code, first, last, langs, area, available, maximum
            in database.execute(query).fetchall()]


_RESIDENT_COLUMNS = (Resident.id, Resident.code, Resident.first_name, Resident.last_name,
                     Resident.languages, Resident.area, Resident.preferred_days,
                     Resident.wanted_plan, Resident.waiting_priority)


def waiting_query() -> pw.ModelSelect:
    """Waiting residents (no pairing without an end date), front of the list first."""
    open_pairing = Pairing.select(Pairing.resident).where(Pairing.end_date.is_null())
    return (Resident.select(*_RESIDENT_COLUMNS)
            .where(Resident.status == "waiting", Resident.archived == False,  # noqa: E712
                   Resident.erased == False, Resident.id.not_in(open_pairing))  # noqa: E712
            .order_by(Resident.waiting_priority.desc(), Resident.created_at, Resident.id))


def residents(query: pw.ModelSelect, day: date) -> list[ResidentFacts]:
    """Facts of the residents ``query`` selects (its columns: _RESIDENT_COLUMNS)."""
    rows = list(query.select(*_RESIDENT_COLUMNS).tuples())
    ids = [row[0] for row in rows]
    before, ending = _history(ids, day)
    return [ResidentFacts(rid, code, f"{first} {last}".strip(), _languages(langs), area or "",
                          parse(days or ""), wanted or "", bool(priority),
                          frozenset(before.get(rid, ())), ending.get(rid))
            for rid, code, first, last, langs, area, days, wanted, priority in rows]


def resident(pk: int, day: date) -> ResidentFacts:
    return residents(Resident.select().where(Resident.id == pk), day)[0]


def _history(ids: list[int], day: date) -> tuple[dict[int, set[int]], dict[int, date]]:
    """Who reached each resident before (continuity), and when a still running pairing ends."""
    before: dict[int, set[int]] = defaultdict(set)
    ending: dict[int, date] = {}
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        reached = (CallAttempt.select(CallAttempt.resident, CallAttempt.volunteer).distinct()
                   .where(CallAttempt.resident.in_(chunk), CallAttempt.outcome == "reached",
                          CallAttempt.volunteer.is_null(False)).tuples())
        for rid, vid in reached:
            before[rid].add(vid)
        running = (Pairing.select(Pairing.resident, pw.fn.MAX(Pairing.end_date))
                   .where(Pairing.resident.in_(chunk), Pairing.end_date >= day)
                   .group_by(Pairing.resident).tuples())
        for rid, end in running:
            ending[rid] = end + timedelta(days=1)
    return before, ending
