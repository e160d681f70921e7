"""``belteam demo``: fill an empty database with a realistic, reproducible village team.

The same seed and the same ``clock.today()`` give the same team, plans and call history.
Rows are built as tuples and written in bulk, so a city-sized team takes seconds.
"""

from __future__ import annotations

import random
import time as timer
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from belteam.core.actors import Actor, require
from belteam.core.clock import TZ, clock
from belteam.demo.bulk import (
    analyze,
    bulk_insert,
    bulk_load,
    copying,
    foreign_keys_deferred,
    indexes_deferred,
    insert_prepared,
)
from belteam.demo.calls import ATTEMPT_COLUMNS, CallHistory, PairingCalls, StoredText
from belteam.demo.people import (
    RESIDENT_COLUMNS,
    VOLUNTEER_COLUMNS,
    Team,
    VolunteerPool,
    build_residents,
    build_volunteers,
)
from belteam.demo.summary import AFTER_DEMO, DemoError, DemoSummary, Progress
from belteam.outreach import cases as outreach
from belteam.storage.models import Absence, CallAttempt, Pairing, Pause, Resident, Volunteer

MAX_PEOPLE = 200_000
MAX_YEARS = 10.0


def generate(actor: Actor, residents: int = 120, volunteers: int = 30, years: float = 1.0,
             seed: int = 1, force: bool = False, progress: Progress | None = None) -> DemoSummary:
    """Fill the database with a demo team and ``years`` of call history up to yesterday."""
    require(actor, "people.import")
    _check_sizes(residents, volunteers, years)
    began = timer.perf_counter()
    _check_empty(force)
    rng, today = random.Random(seed), clock.today()
    history_days = round(years * 365)
    database = Resident._meta.database
    if progress:
        progress("team", 0, 1)
    with bulk_load(database), database.atomic():
        prefix = _free_prefix(residents, volunteers) if force else ""
        v_codes = _codes(f"{prefix}V", volunteers)
        r_codes = _codes(f"{prefix}R", residents)
        team = Team()
        info = build_volunteers(rng, team, volunteers, v_codes, history_days, today)
        pool = VolunteerPool(rng, info, [row[VOLUNTEER_COLUMNS.index("max_residents")]
                                 for row in team.volunteers])
        build_residents(rng, team, residents, r_codes, pool, volunteers, history_days, today)
        if progress:
            progress("team", 1, 1)
        summary = _store(rng, team, v_codes, r_codes, seed, progress)
    analyze(database, (Volunteer, Resident, Pairing, Pause, Absence, CallAttempt))
    # The history bypassed the logging hook: evaluate once so the follow-up queue is current.
    outreach.ensure_current(today)
    summary.seconds = round(timer.perf_counter() - began, 2)
    for hook in AFTER_DEMO:
        hook(summary)
    return summary


def _check_sizes(residents: int, volunteers: int, years: float) -> None:
    if not 0 <= residents <= MAX_PEOPLE or not 0 <= volunteers <= MAX_PEOPLE:
        raise DemoError(f"choose between 0 and {MAX_PEOPLE} residents and volunteers")
    if not 0 <= years <= MAX_YEARS:
        raise DemoError(f"choose between 0 and {MAX_YEARS:g} years of call history")


def _check_empty(force: bool) -> None:
    """Refuse to mix a demo team into real data unless asked to."""
    volunteers, residents = Volunteer.select().count(), Resident.select().count()
    if (volunteers or residents) and not force:
        raise DemoError(
            f"This database already holds {residents} residents and {volunteers} volunteers; "
            "the demo fills an empty database only. Use --force to add the demo team anyway, "
            "or choose a new database file with --db.")


def _codes(prefix: str, count: int) -> list[str]:
    width = max(3, len(str(count)))
    return [f"{prefix}{number:0{width}d}" for number in range(1, count + 1)]


def _free_prefix(residents: int, volunteers: int) -> str:
    """A code prefix ("", "D2-", "D3-", ...) under which no demo code is taken yet."""
    taken = {code for (code,) in Resident.select(Resident.code).tuples()}
    taken |= {code for (code,) in Volunteer.select(Volunteer.code).tuples()}
    for number in range(1, 10_000):
        prefix = "" if number == 1 else f"D{number}-"
        wanted = set(_codes(f"{prefix}R", residents)) | set(_codes(f"{prefix}V", volunteers))
        if not wanted & taken:
            return prefix
    raise DemoError("no free code prefix for another demo team")


def _ids(model: type[Volunteer] | type[Resident], codes: list[str]) -> list[int]:
    """The ids of freshly inserted people, in the order of their codes."""
    by_code = dict(model.select(model.code, model.id).tuples())
    return [by_code[code] for code in codes]


def _fields(model, names: tuple[str, ...]) -> list:
    return [model._meta.fields[name] for name in names]


def _store(rng: random.Random, team: Team, v_codes: list[str], r_codes: list[str], seed: int,
           progress: Progress | None) -> DemoSummary:
    """Write the team and its call history; returns the summary of what was written."""
    def stage(name: str, total: int) -> Callable[[int], None] | None:
        return (lambda done: progress(name, done, total)) if progress else None

    bulk_insert(Volunteer, _fields(Volunteer, VOLUNTEER_COLUMNS), team.volunteers,
                stage("volunteers", len(team.volunteers)))
    bulk_insert(Resident, _fields(Resident, RESIDENT_COLUMNS), team.residents,
                stage("residents", len(team.residents)))
    v_ids, r_ids = _ids(Volunteer, v_codes), _ids(Resident, r_codes)
    p_ids = _store_pairings(team, v_ids, r_ids, stage("pairings", len(team.pairings)))
    bulk_insert(Pause, [Pause.resident, Pause.start_date, Pause.end_date, Pause.reason],
                [(r_ids[r], start, end, why) for r, start, end, why in team.pauses])
    bulk_insert(Absence, [Absence.volunteer, Absence.start_date, Absence.end_date,
                          Absence.reason],
                [(v_ids[v], start, end, why) for v, start, end, why in team.absences])
    history = CallHistory(rng.getrandbits(64), clock.today())
    calls = _pairing_calls(team, v_ids, r_ids, p_ids)
    stored = StoredText("\\N" if copying(CallAttempt._meta.database) else None)
    # Every index of the table is built once after the load (cheaper than kept sorted).
    with indexes_deferred(CallAttempt), foreign_keys_deferred(CallAttempt):
        attempts = insert_prepared(
            CallAttempt, _fields(CallAttempt, ATTEMPT_COLUMNS),
            (stored.rows(made) for made in history.chunks(calls, stage("calls", len(calls)))))
    return _summary(team, seed, attempts, history.counts)


def _store_pairings(team: Team, v_ids: list[int], r_ids: list[int],
                    tick: Callable[[int], None] | None) -> list[int]:
    """Insert the pairings; returns their ids in draft order (one pairing per resident)."""
    rows = [(v_ids[d.volunteer], r_ids[d.resident], d.plan.to_rrule(), d.start, d.end,
             d.preferred_time, d.ended_reason, datetime.combine(d.start, time(9), TZ))
            for d in team.pairings]
    names = ("volunteer", "resident", "rrule", "start_date", "end_date", "preferred_time",
             "ended_reason", "created_at")
    bulk_insert(Pairing, _fields(Pairing, names), rows, tick)
    if not r_ids:
        return []
    low, high = min(r_ids), max(r_ids)
    by_resident = dict(Pairing.select(Pairing.resident, Pairing.id)
                       .where(Pairing.resident.between(low, high)).tuples())
    return [by_resident[r_ids[d.resident]] for d in team.pairings]


def _pairing_calls(team: Team, v_ids: list[int], r_ids: list[int],
                   p_ids: list[int]) -> list[PairingCalls]:
    """What the call history needs of each pairing: ids, plan, dates, pauses, silence."""
    yesterday = clock.today() - timedelta(days=1)
    pauses: dict[int, list[tuple[date, date | None]]] = {}
    for resident, start, end, _ in team.pauses:
        pauses.setdefault(resident, []).append((start, end))
    return [PairingCalls(r_ids[d.resident], p_id, v_ids[d.volunteer], d.plan, d.start,
                         min(d.end, yesterday) if d.end else yesterday,
                         d.preferred_time.hour * 60 + d.preferred_time.minute,
                         pauses.get(d.resident, []), team.silent_from.get(d.resident))
            for d, p_id in zip(team.pairings, p_ids, strict=True)]


def _summary(team: Team, seed: int, attempts: int, outcomes: dict[str, int]) -> DemoSummary:
    status_at = RESIDENT_COLUMNS.index("status")
    statuses = [row[status_at] for row in team.residents]
    return DemoSummary(
        seed=seed, volunteers=len(team.volunteers), residents=len(team.residents),
        pairings=len(team.pairings), waiting=statuses.count("waiting"),
        paused=statuses.count("paused"), stopped=statuses.count("stopped"),
        stopped_answering=len(team.silent_from), pauses=len(team.pauses),
        absences=len(team.absences), attempts=attempts, outcomes=dict(outcomes))
