"""The weekly overview: every figure of a period, per area and for the previous period.

One entry point, :func:`overview`, checks ``reports.read`` and returns counts only (never a
name or a note), with every figure about fewer than k residents hidden (see suppress.py).
The definitions of the figures are in docs/REPORTS.md.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from belteam.calls.log import TOPICS
from belteam.core.actors import Actor, require
from belteam.core.clock import clock
from belteam.reports import queries
from belteam.reports.periods import Period, week_of
from belteam.reports.suppress import Cell, complete, primary, shown, threshold
from belteam.storage.db import side_by_side
from belteam.storage.models import OutreachCase

# Figures that count residents: their own value is their weight.
RESIDENT_COUNTS = ("residents_reached", "residents_not_reached", "wellbeing_dropped",
                   "practical_help", "not_again", "concerns", "cases_opened", "cases_closed",
                   "waiting")
# Figures about all the residents called: they weigh as many residents as the row concerns.
ROW_COUNTS = ("due", "attempts", "reached")
NESTED = ("wellbeing_counts", "topics", "case_outcomes")
UNSUPPRESSED = ("volunteers_active", "volunteers_new", "volunteers_stopped")
# Derived figures: hidden when the residents (or cases) behind them are fewer than k.
DERIVED = ("reach_rate", "wellbeing_mean", "wellbeing_median", "case_median_days",
           "waiting_median_days", "calls_per_volunteer")
OUTCOMES = OutreachCase.OUTCOMES


@dataclass
class Overview:
    period: Period
    previous: Period
    totals: dict[str, Any]
    previous_totals: dict[str, Any]
    areas: list[dict[str, Any]] = field(default_factory=list)
    min_residents: int = 5

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat()},
            "previous_period": {"from": self.previous.start.isoformat(),
                                "to": self.previous.end.isoformat()},
            "min_residents": self.min_residents,
            "totals": self.totals, "previous": self.previous_totals}
        if self.areas:
            data["areas"] = self.areas
        return data


def _median_of_counts(counts: dict[int, int]) -> float | None:
    marks = sorted(counts.items())
    n = sum(c for _m, c in marks)
    if not n:
        return None
    def nth(i: int) -> int:  # the i-th mark (0-based) in the sorted distribution
        for mark, c in marks:
            if i < c:
                return mark
            i -= c
        return marks[-1][0]
    return nth(n // 2) if n % 2 else (nth(n // 2 - 1) + nth(n // 2)) / 2


@dataclass(frozen=True)
class Shared:
    """What the team's and the areas' figures both start from (computed once per period)."""

    due: dict[str, int]  # area -> due calls
    due_residents: dict[int, str]  # resident id -> area, for residents with a due call
    residents: dict[int, queries.ResidentRow]  # residents with an attempt
    marks: dict[int, tuple[int, int | None]]  # latest mark in the period, last one before


def shared_figures(period: Period) -> Shared:
    due, due_residents = queries.due_figures(period)
    residents = queries.resident_rows(period)
    marks = {rid: (row.mark, row.before) for rid, row in residents.items()
             if row.mark is not None}
    return Shared(due, due_residents, residents, marks)


def _attempt_sums(shared: Shared, by_area: bool) -> tuple[dict[str, dict], Counter, Counter]:
    """Per group: attempt figures summed over the residents' rows (not over attempts)."""
    sums: dict[str, dict] = defaultdict(lambda: {
        "attempts": 0, "reached": 0, "residents_reached": 0, "practical_help": 0,
        "not_again": 0, "concerns": 0, "topics": {t: 0 for t in TOPICS}})
    concerned: Counter[str] = Counter()
    not_reached: Counter[str] = Counter()
    for row in shared.residents.values():
        group = row.area if by_area else ""
        totals = sums[group]
        totals["attempts"] += row.attempts
        totals["reached"] += row.reached
        totals["residents_reached"] += 1 if row.reached else 0
        totals["practical_help"] += row.practical_help
        totals["not_again"] += row.not_again
        totals["concerns"] += row.concern
        for topic, noted in zip(TOPICS, row.topics, strict=True):
            totals["topics"][topic] += noted
        concerned[group] += 1
        not_reached[group] += 0 if row.reached else 1
    for rid, area in shared.due_residents.items():
        if rid not in shared.residents:  # due, never tried
            concerned[area if by_area else ""] += 1
            not_reached[area if by_area else ""] += 1
    callers: dict[str, set[int]] = defaultdict(set)
    for row in shared.residents.values():
        callers[row.area if by_area else ""] |= row.volunteers
    for group, ids in callers.items():
        sums[group]["volunteers_active"] = len(ids)
    return dict(sums), concerned, not_reached


def figures(period: Period, by_area: bool, shared: Shared | None = None
            ) -> dict[str, dict[str, Any]]:
    """The raw figures per group (area, or "" for all): for the overview only, never shown as is."""
    shared = shared or shared_figures(period)
    attempts, concerned, not_reached = _attempt_sums(shared, by_area)
    wellbeing = queries.wellbeing_figures(
        shared.marks, {rid: shared.residents[rid].area for rid in shared.marks}
        if by_area else None)
    cases = queries.case_figures(period, by_area)
    waiting = queries.waiting_figures(period, by_area)
    volunteers = queries.volunteer_figures(period, by_area)
    due_by_group = shared.due if by_area else {"": sum(shared.due.values())}
    groups = set().union(attempts, due_by_group, concerned, wellbeing, cases, waiting,
                         volunteers) if by_area else {""}
    return {g: _row(attempts.get(g, {}), due_by_group.get(g, 0), concerned[g], not_reached[g],
                    wellbeing.get(g, {}), cases.get(g, {}), waiting.get(g, {}),
                    volunteers.get(g, {})) for g in groups}


def _row(att: dict, due: int, concerned: int, not_reached: int, wb: dict, cases: dict,
         waiting: dict, vols: dict) -> dict[str, Any]:
    counts = wb.get("wellbeing_counts", {k: 0 for k in range(1, 11)})
    marked = sum(counts.values())
    attempts, active = att.get("attempts", 0), att.get("volunteers_active", 0)
    close_days, wait_days = cases.get("close_days", []), waiting.get("wait_days", [])
    return {
        "due": due, "attempts": attempts, "reached": att.get("reached", 0),
        "reach_rate": round(att.get("reached", 0) / attempts, 3) if attempts else None,
        "residents_reached": att.get("residents_reached", 0),
        "residents_not_reached": not_reached,
        "wellbeing_mean": round(sum(m * c for m, c in counts.items()) / marked, 1) if marked else None,
        "wellbeing_median": _median_of_counts(counts),
        "wellbeing_counts": dict(counts), "wellbeing_dropped": wb.get("wellbeing_dropped", 0),
        "topics": att.get("topics", {t: 0 for t in TOPICS}),
        "practical_help": att.get("practical_help", 0), "not_again": att.get("not_again", 0),
        "concerns": att.get("concerns", 0),
        "cases_opened": cases.get("cases_opened", 0), "cases_closed": cases.get("cases_closed", 0),
        "case_outcomes": {o: cases.get("case_outcomes", Counter()).get(o, 0) for o in OUTCOMES},
        "case_median_days": round(statistics.median(close_days), 1) if close_days else None,
        "waiting": waiting.get("waiting", 0),
        "waiting_median_days": statistics.median(wait_days) if wait_days else None,
        "volunteers_active": active, "volunteers_new": vols.get("volunteers_new", 0),
        "volunteers_stopped": vols.get("volunteers_stopped", 0),
        "calls_per_volunteer": round(attempts / active, 1) if active else None,
        "_residents": concerned, "_marked": marked, "_waited": len(wait_days)}


def _cells(row: dict[str, Any], k: int) -> dict[str, Any]:
    """The row as cells: every count wrapped with its weight, primary suppression applied."""
    cells: dict[str, Any] = {}
    for key in RESIDENT_COUNTS:
        cells[key] = Cell(row[key], row[key])
    for key in ROW_COUNTS:
        cells[key] = Cell(row[key], row["_residents"])
    for key in NESTED:
        cells[key] = {sub: Cell(v, v) for sub, v in row[key].items()}
    bases = {"reach_rate": row["_residents"], "calls_per_volunteer": row["_residents"],
             "wellbeing_mean": row["_marked"], "wellbeing_median": row["_marked"],
             "case_median_days": row["cases_closed"], "waiting_median_days": row["_waited"]}
    for key in DERIVED:
        cells[key] = Cell(row[key], bases[key])
    for key in UNSUPPRESSED:
        cells[key] = Cell(row[key], 0)
    for value in cells.values():
        for cell in value.values() if isinstance(value, dict) else [value]:
            primary(cell, k)
    return cells


def _protect(total: dict[str, Any], areas: list[dict[str, Any]], k: int) -> None:
    """Secondary suppression: across the areas (they add up to the total) and within a row."""
    def across() -> None:
        for key in RESIDENT_COUNTS + ROW_COUNTS:
            complete([a[key] for a in areas], k, total[key].hidden)
        for key in NESTED:
            for sub in total[key]:
                complete([a[key][sub] for a in areas], k, total[key][sub].hidden)
    across()
    for row in [total, *areas]:  # the outcomes add up to the cases closed
        complete(list(row["case_outcomes"].values()), k, row["cases_closed"].hidden)
    across()


def _plain(cells: dict[str, Any], k: int) -> dict[str, Any]:
    return {key: ({sub: shown(c, k) for sub, c in value.items()} if isinstance(value, dict)
                  else shown(value, k)) for key, value in cells.items()}


def _protected(period: Period, by_area: bool, k: int
               ) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    shared = shared_figures(period)
    total = _cells(figures(period, False, shared)[""], k)
    areas = ({g: _cells(r, k) for g, r in figures(period, True, shared).items()}
             if by_area else {})
    _protect(total, list(areas.values()), k)
    return _plain(total, k), {g: _plain(c, k) for g, c in areas.items()}


def overview(actor: Actor, period: Period, by_area: bool = False) -> Overview:
    """Every figure of ``period`` and the period before, counts only, small numbers hidden."""
    require(actor, "reports.read")
    k = threshold()
    previous = period.previous()
    # The two periods are read side by side: a year and the year before take little more
    # than one.
    (previous_totals, previous_areas), (totals, areas) = side_by_side(
        lambda: _protected(previous, by_area, k), lambda: _protected(period, by_area, k))
    rows = [{"area": g, **areas.get(g, {}), "previous": previous_areas.get(g, {})}
            for g in sorted(set(areas) | set(previous_areas))]
    return Overview(period, previous, totals, previous_totals, rows, k)


def reach_series(actor: Actor, last: Period | None = None, weeks: int = 12
                 ) -> list[tuple[str, float | None]]:
    """(ISO week, reach rate) for the ``weeks`` weeks ending with ``last`` (default: this week)."""
    require(actor, "reports.read")
    last = last or week_of(clock.today())
    periods = [week_of(last.end - timedelta(weeks=i)) for i in range(weeks - 1, -1, -1)]
    return [(p.label, round(hit / n, 3) if n else None)
            for p, (n, hit) in zip(periods, queries.reach_by_week(periods), strict=True)]
