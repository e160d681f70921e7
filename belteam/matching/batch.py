""""Propose pairings": the optimal proposal for the whole waiting list, and applying it.

Scores are computed for all volunteers at once with numpy (the same formula as score.score,
which the tests compare), only feasible pairs go to the solver, and the reasons are written
only for the pairs proposed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # numpy is loaded when a proposal is made, not at every command's start
    import numpy as np

from belteam.core.actors import Actor, require
from belteam.core.clock import clock
from belteam.core.messages import _
from belteam.matching import facts, optimal
from belteam.matching.availability import bit
from belteam.matching.facts import Context, ResidentFacts, VolunteerFacts
from belteam.matching.score import BASE, Match, evaluate
from belteam.matching.suggest import why_none
from belteam.pairings import service as pairing_service
from belteam.pairings import wanted
from belteam.storage.models import Resident, Volunteer

PART_TIMES = (time(10, 0), time(14, 0), time(19, 0))


@dataclass
class Proposed:
    resident: ResidentFacts
    match: Match


@dataclass
class Proposal:
    pairs: list[Proposed] = field(default_factory=list)
    unmatched: list[tuple[ResidentFacts, str]] = field(default_factory=list)

    @property
    def total_score(self) -> float:
        return sum(p.match.score for p in self.pairs)

    def to_json(self) -> dict[str, Any]:
        return {"pairs": [{"resident": p.resident.code, "volunteer": p.match.volunteer.code,
                           "score": round(p.match.score, 1), "reasons": p.match.reasons}
                          for p in self.pairs],
                "unmatched": [{"resident": r.code, "why": why} for r, why in self.unmatched],
                "total_score": round(self.total_score, 1)}


def _popcount(x: np.ndarray) -> np.ndarray:
    """Bits set in each (32-bit) number, without numpy 2's bitwise_count."""
    x = x - ((x >> 1) & 0x55555555)
    x = (x & 0x33333333) + ((x >> 2) & 0x33333333)
    x = (x + (x >> 4)) & 0x0F0F0F0F
    return ((x * 0x01010101) & 0xFFFFFFFF) >> 24


class _Table:
    """The volunteers as columns of numbers, for scoring one resident against all at once."""

    def __init__(self, volunteers: list[VolunteerFacts], ctx: Context) -> None:
        import numpy as np
        self.ctx = ctx
        self.index = {v.id: i for i, v in enumerate(volunteers)}
        codes = sorted({c for v in volunteers for c in v.languages})
        self.language_bit = {c: 1 << i for i, c in enumerate(codes[:62])}
        self.langs = np.array([self._lang_mask(v.languages) for v in volunteers], dtype=np.int64)
        areas = sorted({v.area.lower() for v in volunteers if v.area})
        self.area_id = {a: i for i, a in enumerate(areas)}
        self.area = np.array([self.area_id.get(v.area.lower(), -1) if v.area else -1
                              for v in volunteers], dtype=np.int64)
        self.avail = np.array([v.available.mask for v in volunteers], dtype=np.int64)
        self.known = np.array([v.available.known for v in volunteers], dtype=bool)
        self.free = np.array([v.free for v in volunteers], dtype=np.int64)
        maximum = np.array([v.max_residents for v in volunteers], dtype=np.float64)
        self.load = np.divide(self.free, maximum, out=np.zeros(len(volunteers)),
                              where=maximum > 0)

    def _lang_mask(self, codes: frozenset[str]) -> int:
        return sum(self.language_bit.get(c, 0) for c in codes)

    def _area_factor(self, area: str) -> np.ndarray:
        import numpy as np
        result = np.zeros(len(self.area))
        if not area:
            return result
        for other, ident in self.area_id.items():
            if self.ctx.are_neighbours(area, other) and other != area.lower():
                result[self.area == ident] = 0.5
        own = self.area_id.get(area.lower())
        if own is not None:
            result[self.area == own] = 1.0
        return result

    def candidates(self, resident: ResidentFacts) -> optimal.Candidates:
        """The volunteers the hard rules allow (a free place, a shared language), with scores."""
        import numpy as np
        ok = ((self.langs & self._lang_mask(resident.languages)) != 0) & (self.free > 0)
        vols = np.flatnonzero(ok)
        w = self.ctx.weights
        wishes = resident.wishes
        if wishes.known and wishes.mask:
            shared = _popcount(self.avail[vols] & wishes.mask).astype(np.float64)
            time_f = np.where(self.known[vols], shared / bin(wishes.mask).count("1"), 0.5)
        else:
            time_f = np.full(len(vols), 0.5)
        scores = (BASE + w["area"] * self._area_factor(resident.area)[vols] + w["time"] * time_f
                  + w["load"] * self.load[vols])
        before = [self.index[v] for v in resident.called_before if v in self.index]
        if before:
            scores = scores + w["continuity"] * np.isin(vols, before)
        return optimal.Candidates(vols, scores)


def propose(actor: Actor, resident_codes: list[str] | None = None,
            day: date | None = None) -> Proposal:
    """The optimal proposal for the waiting list (or the waiting residents with these codes)."""
    require(actor, "pairings.edit")
    day = day or clock.today()
    query = facts.waiting_query()
    if resident_codes is not None:
        query = query.where(Resident.code.in_(resident_codes))
    residents = facts.residents(query, day)
    volunteers, ctx = facts.volunteers(day), facts.context()
    table = _Table(volunteers, ctx)
    cands = [table.candidates(r) for r in residents]
    assignment = optimal.solve(cands, table.free)
    proposal = Proposal()
    for resident, cand, vol in zip(residents, cands, assignment, strict=True):
        if vol is None:
            why = (why_none(resident, volunteers) if len(cand.volunteers) == 0 else
                   _("the volunteers who could call them fit others better"))
            proposal.unmatched.append((resident, why))
            continue
        match = evaluate(resident, volunteers[vol], ctx, day)
        assert match is not None  # the solver only sees pairs the hard rules allow
        proposal.pairs.append(Proposed(resident, match))
    return proposal


def first_slot(resident: ResidentFacts, volunteer: VolunteerFacts,
               start: date) -> tuple[date, time | None]:
    """The first day from ``start`` on which both can (the wished day if none is shared), and
    the agreed time for its part of the day."""
    fixed = wanted.fixed_days(resident.wanted_plan)
    wish = resident.wishes.mask if resident.wishes.known else 0
    free = volunteer.available.mask if volunteer.available.known else 0
    for mask in (wish & free, wish, free):
        for offset in range(7):
            day = start + timedelta(days=offset)
            wd = day.weekday()
            if fixed and wd not in fixed:
                continue
            parts = [p for p in range(3) if mask & bit(wd, p)]
            if parts:
                return day, PART_TIMES[parts[0]]
    if fixed:
        return start + timedelta(days=(fixed[0] - start.weekday()) % 7), None
    return start, None


def apply(actor: Actor, proposal: Proposal, chosen: list[str] | None = None,
          day: date | None = None) -> list[dict[str, Any]]:
    """Make the proposed pairings (only the residents' codes in ``chosen``, when given)."""
    require(actor, "pairings.edit")
    day = day or clock.today()
    made = []
    with Resident._meta.database.atomic():
        for p in proposal.pairs:
            if chosen is not None and p.resident.code not in chosen:
                continue
            start, at = first_slot(p.resident, p.match.volunteer, max(day, p.resident.free_from or day))
            plan = wanted.plan_on(p.resident.wanted_plan, start.weekday())
            pairing_service.pair(actor, Resident.get_by_id(p.resident.id),
                                 Volunteer.get_by_id(p.match.volunteer.id), plan, start, at)
            made.append({"resident": p.resident.code, "volunteer": p.match.volunteer.code,
                         "plan": plan.short_form(), "start_date": start.isoformat(),
                         "preferred_time": at.strftime("%H:%M") if at else None})
    return made
