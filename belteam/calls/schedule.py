"""The volunteer's day: which calls are due, and their status (due, retry, missed, needs cover, done)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from belteam.calls.due_dates import due_items, plan_of
from belteam.calls.schedule_data import (
    AttemptRow,
    LastInfo,
    LocalDays,
    PairRow,
    attempt_rows,
    day_end,
    gc_paused,
    last_info,
    pair_rows,
    pair_rows_of_residents,
    periods,
    volunteer_names,
    volunteers_pair_rows,
)
from belteam.core.actors import (
    OTHERS_LIST,
    SYSTEM,
    VOLUNTEER,
    Actor,
    require,
    require_own,
)
from belteam.core.clock import clock
from belteam.pairings.plans import Plan
from belteam.settings import store as settings
from belteam.storage.db import side_by_side
from belteam.storage.models import Pairing
from belteam.storage.queries import within

STATUSES = ("due", "retry", "missed", "needs_cover", "done")
OPEN = ("due", "retry", "needs_cover")


@dataclass(frozen=True)
class AttemptInfo:
    at: datetime
    outcome: str
    volunteer_name: str


@dataclass(frozen=True)
class DueCall:
    pairing_id: int
    resident_id: int
    resident_code: str
    resident_name: str
    phone: str
    volunteer_id: int | None
    volunteer_code: str | None
    volunteer_name: str | None
    planned_volunteer_id: int
    due_date: date
    preferred_time: time | None
    status: str
    attempts: tuple[AttemptInfo, ...]
    holiday: str | None
    last_note: str
    last_wellbeing: int | None
    last_contact: date | None
    case_open: bool = False
    case_resolved_on: date | None = None
    # Earlier calls of the same resident folded into this row (oldest first) and their
    # statuses on the list's day: one row per resident per day.
    earlier: tuple[date, ...] = ()
    earlier_statuses: tuple[str, ...] = ()

    @property
    def not_reached_since(self) -> date | None:
        """The oldest call of this row still unanswered (None when the row is done or alone)."""
        return self.earlier[0] if self.earlier and self.status != "done" else None


@dataclass(frozen=True)
class Rules:
    """The settings the status rules read, fetched once per list."""

    grace: int
    grace_daily: int
    move: bool

    @classmethod
    def load(cls) -> Rules:
        return cls(*settings.values("grace_days", "grace_days_daily", "move_holiday_calls"))

    def grace_for(self, plan: Plan) -> int:
        return self.grace_daily if plan.is_daily else self.grace

    def grace_of(self, rrule: str) -> int:
        """``grace_for`` a stored plan (thousands of pairings share a few plans)."""
        return self.grace_for(plan_of(rrule))

    @property
    def max_grace(self) -> int:
        return max(self.grace, self.grace_daily)


def call_status(due: date, day: date, grace: int, reached: Sequence[date],
                listing: bool = True) -> str | None:
    """Status on ``day`` of a call due on ``due`` given the dates the resident was reached.

    A reach on a date t with due <= t <= due + grace closes the call. In a list (``listing``)
    a closed call shows as done only on the day it was reached, and a missed one only on the
    first day after its grace period; None means "not listed".
    """
    closing = [t for t in reached if due <= t <= min(due + timedelta(days=grace), day)]
    if closing:
        return "done" if not listing or min(closing) == day else None
    late = (day - due).days
    if late <= 0:
        return "due"
    if late <= grace:
        return "retry"
    return "missed" if late == grace + 1 or not listing else None


@dataclass
class _World:
    """Everything one list needs, loaded set-wise before the rules run."""

    day: date
    rules: Rules
    pairs: list[PairRow]
    attempts: dict[tuple[int, date], list[AttemptRow]]
    reached: dict[int, list[date]]
    pauses: dict[int, list]
    absences: dict[int, list]
    covers: dict[int, list]

    def responsible(self, pair: PairRow, day: date) -> int | None:
        """Who should phone on ``day``: the covering volunteer, else the planned one unless absent."""
        for start, end, vid in reversed(self.covers.get(pair.id, ())):
            if start <= day <= end:
                return vid
        if within(self.absences.get(pair.volunteer_id, ()), day):
            return None
        return pair.volunteer_id


def _reach_lo(lo: date, rules: Rules) -> date:
    """A reach closes every call still open on its day, whichever due date it was logged
    against; that due date lies at most a grace period (+1 for a late log) before it."""
    return lo - timedelta(days=rules.max_grace + 1)


def _load(day: date, lo: date, hi: date, pairs: list[PairRow], team: bool,
          ctx_hi: date | None = None, rules: Rules | None = None,
          found: list[AttemptRow] | None = None) -> _World:
    """Attempts for due dates in [lo, hi] (``found`` when already read); pauses, absences and
    covers up to ``ctx_hi``."""
    ctx_hi = max(ctx_hi or hi, day)
    pids = None if team else [p.id for p in pairs]
    rids = None if team else {p.resident_id for p in pairs}
    vids = None if team else [p.volunteer_id for p in pairs]
    rules = rules or Rules.load()
    attempts: dict[tuple[int, date], list[AttemptRow]] = defaultdict(list)
    reached: dict[int, list[date]] = defaultdict(list)
    reach_lo = _reach_lo(lo, rules)
    local_day = LocalDays(reach_lo - timedelta(days=1), max(hi, day) + timedelta(days=1))
    if found is None:
        found = attempt_rows(reach_lo, hi, rids, day_end(day))
    # Every attempt on the residents counts, whichever pairing it was logged against.
    for row in found:
        if row.due_date >= lo:
            attempts[(row.resident_id, row.due_date)].append(row)
        if row.outcome == "reached":
            reached[row.resident_id].append(local_day(row.at_raw))
    return _World(day, rules, pairs, attempts, reached, *periods(lo, ctx_hi, rids, vids, pids))


def _unique_per_resident(pairs: list[PairRow],
                         dates: dict[int, tuple[tuple[date, str | None], ...]]) -> None:
    """A resident with two pairings on one date (a replaced pairing) keeps the newer one's call."""
    count: dict[int, int] = defaultdict(int)
    for pair in pairs:
        count[pair.resident_id] += 1
    shared = [p for p in pairs if count[p.resident_id] > 1]  # most residents have one pairing
    seen: set[tuple[int, date]] = set()
    for pair in sorted(shared, key=lambda p: (p.start_date, p.id), reverse=True):
        kept = []
        for due, holiday in dates[pair.id]:
            if (pair.resident_id, due) not in seen:
                seen.add((pair.resident_id, due))
                kept.append((due, holiday))
        dates[pair.id] = tuple(kept)


def _duty_day(status: str, due: date, grace: int, day: date, listing: bool) -> date:
    """The day whose volunteer the call belongs to: today while open, else its last open day."""
    if status == "missed":
        return min(due + timedelta(days=grace), day)
    if status in OPEN or listing:
        return max(due, day)
    return due


def _rows(world: _World, lo_of: dict[int, date], hi: date, listing: bool
          ) -> list[tuple[PairRow, date, str | None, str, int | None]]:
    """(pairing, due date, holiday, status, responsible volunteer) for every call that counts."""
    dates = {p.id: due_items(p, lo_of[p.id], hi, world.rules.move) for p in world.pairs}
    _unique_per_resident(world.pairs, dates)
    result = []
    for pair in world.pairs:
        grace = world.rules.grace_of(pair.rrule)
        pauses = world.pauses.get(pair.resident_id, ())
        for due, holiday in dates[pair.id]:
            if pauses and (within(pauses, due) or (listing and within(pauses, world.day))):
                continue
            status = call_status(due, world.day, grace, world.reached.get(pair.resident_id, ()),
                                 listing)
            if status is None:
                continue
            who = world.responsible(pair, _duty_day(status, due, grace, world.day, listing))
            if who is None and status in OPEN:
                status = "needs_cover"
            result.append((pair, due, holiday, status, who))
    return result


Row = tuple  # (pairing, due, holiday, status, who[, earlier ((due, status), ...)])


def fold_per_resident(rows: list[Row], day: date, today: date) -> list[Row]:
    """One row per resident: the newest call, with the earlier ones folded into it.

    Days ahead (``day`` after ``today``) show only what is planned on that day: calls due then,
    never retry or missed ones that are guesses about days still to come.
    """
    if day > today:
        return [r for r in rows if r[1] == day]
    by_resident: dict[int, list[Row]] = defaultdict(list)
    for row in rows:
        by_resident[row[0].resident_id].append(row)
    result = []
    for group in by_resident.values():
        group.sort(key=lambda r: r[1])
        *before, last = group
        result.append((*last[:5], tuple((r[1], r[3]) for r in before)))
    return result


def _to_calls(world: _World, rows: list[Row], actor: Actor) -> list[DueCall]:
    infos = last_info({r[0].resident_id for r in rows}, actor, cases=True)

    def folded(row: Row) -> list[date]:
        return [row[1], *(due for due, _status in (row[5] if len(row) > 5 else ()))]

    shown = {(r[0].resident_id, r[1]): sorted(
        (a for due in folded(r) for a in world.attempts.get((r[0].resident_id, due), ())),
        key=lambda a: (a.at_raw, a.id)) for r in rows}
    names = volunteer_names({r[4] for r in rows if r[4] is not None}
                            | {a.volunteer_id for tried in shown.values() for a in tried
                               if a.volunteer_id is not None})

    calls = []
    for pair, due, holiday, status, who, *rest in rows:
        earlier = rest[0] if rest else ()
        info = infos.get(pair.resident_id, LastInfo())
        code, name = names.get(who, (None, None)) if who is not None else (None, None)
        attempts = tuple(AttemptInfo(a.at, a.outcome, names.get(a.volunteer_id or 0, ("", ""))[1])
                         for a in shown[(pair.resident_id, due)])
        calls.append(DueCall(
            pairing_id=pair.id, resident_id=pair.resident_id, resident_code=pair.code,
            resident_name=pair.name, phone=pair.phone, volunteer_id=who,
            volunteer_code=code, volunteer_name=name, planned_volunteer_id=pair.volunteer_id,
            due_date=due, preferred_time=pair.preferred_time, status=status,
            attempts=attempts, holiday=holiday, last_note=info.note,
            last_wellbeing=info.wellbeing, last_contact=info.contact,
            case_open=info.case_open, case_resolved_on=info.case_resolved_on,
            earlier=tuple(d for d, _s in earlier), earlier_statuses=tuple(s for _d, s in earlier)))
    return calls


def sort_key(call: DueCall) -> tuple:
    return (call.preferred_time is None, call.preferred_time or time(), call.resident_name.lower(),
            call.resident_code, call.due_date)


def list_for(actor: Actor, day: date, volunteer_id: int | None,
             residents: Iterable[int] | None = None) -> list[DueCall]:
    """The list for ``day`` without permission checks (``today_list`` checks first); with
    ``residents``, only the team list's rows of those residents."""
    with gc_paused():
        # The list's working data is freed on leaving _list, while the collector is paused:
        # the collection that follows sees only the calls.
        return _list(actor, day, volunteer_id, residents)


def _list(actor: Actor, day: date, volunteer_id: int | None,
          residents: Iterable[int] | None) -> list[DueCall]:
    rules = Rules.load()
    lo = day - timedelta(days=rules.max_grace + 1)
    team = volunteer_id is None and residents is None
    # A part of the list reads every pairing of its residents, so that the rules (which
    # work per resident) see what they see in the team's list.
    found = None
    if volunteer_id is not None:
        pairs = volunteers_pair_rows(volunteer_id, lo, day)
    elif residents is not None:
        pairs = pair_rows_of_residents(residents, lo, day)
    else:  # the team's attempts do not depend on its pairings: a server reads them beside
        found, pairs = side_by_side(
            lambda: attempt_rows(_reach_lo(lo, rules), day, None, day_end(day)),
            lambda: pair_rows(lo, day), server_only=True)
    world = _load(day, lo, day, pairs, team=team, rules=rules, found=found)
    late = {rule: day - timedelta(days=rules.grace_of(rule) + 1) for rule in {p.rrule for p in pairs}}
    lo_of = {p.id: late[p.rrule] for p in pairs}
    rows = fold_per_resident(_rows(world, lo_of, day, listing=True), day, clock.today())
    if volunteer_id is not None:
        rows = [r for r in rows if r[4] == volunteer_id]
    return sorted(_to_calls(world, rows, actor), key=sort_key)


def whose_list(actor: Actor, volunteer_id: int | None) -> tuple[bool, int | None]:
    """(the actor may see a list at all, whose list: a volunteer id or None for the team)."""
    if actor.role == VOLUNTEER:
        require(actor, "calls.log")
        require_own(actor, volunteer_id, OTHERS_LIST)
        return actor.volunteer_id is not None, actor.volunteer_id
    require(actor, "today.team")
    return True, volunteer_id


def today_list(actor: Actor, day: date | None = None,
               volunteer_id: int | None = None) -> list[DueCall]:
    """Due calls for ``day``: a volunteer's own (and covered) calls, or the whole team's."""
    allowed, volunteer_id = whose_list(actor, volunteer_id)
    return list_for(actor, day or clock.today(), volunteer_id) if allowed else []


def calls_between(actor: Actor, frm: date, to: date, where=None,
                  as_of: date | None = None) -> list[DueCall]:
    """Every due call in [frm, to] of the selected pairings, with its status as of ``as_of``.

    Status as of that day: done (reached within its grace period), missed (grace over),
    retry/due, needs_cover; future calls are due (or needs_cover when their volunteer is away).
    """
    as_of = as_of or clock.today()
    pairs = pair_rows(frm, to, where)
    rules = Rules.load()
    world = _load(as_of, frm, max(min(to, as_of), frm), pairs, team=where is None, ctx_hi=to,
                  rules=rules)
    # Reaches after the last due date still close it within the grace period.
    if to < as_of:
        extra = attempt_rows(to, min(as_of, to + timedelta(days=rules.max_grace)),
                             None if where is None else {p.resident_id for p in pairs},
                             day_end(as_of))
        for row in extra:
            if row.outcome == "reached" and row.due_date > to:
                world.reached[row.resident_id].append(row.at.date())
    rows = _rows(world, {p.id: frm for p in pairs}, to, listing=False)
    return sorted(_to_calls(world, rows, actor), key=lambda c: (c.due_date, sort_key(c)))


def due_calls(resident_id: int, frm: date, to: date) -> list[DueCall]:
    """A resident's due calls in [frm, to] with their status as of today (domain use, no actor)."""
    return calls_between(SYSTEM, frm, to, Pairing.resident == resident_id)


def open_due_dates(resident_id: int, day: date) -> list[tuple[int, date]]:
    """(pairing id, due date) of the resident's open calls on ``day``, oldest first."""
    rules = Rules.load()
    lo = day - timedelta(days=rules.max_grace + 1)
    pairs = pair_rows(lo, day, Pairing.resident == resident_id)
    world = _load(day, lo, day, pairs, team=False, rules=rules)
    lo_of = {p.id: day - timedelta(days=rules.grace_for(plan_of(p.rrule))) for p in pairs}
    rows = _rows(world, lo_of, day, listing=True)
    return sorted(((r[0].id, r[1]) for r in rows if r[3] in OPEN), key=lambda x: x[1])
