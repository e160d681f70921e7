"""The overview's attempt figures the straightforward way (a test oracle, not a test module).

Every attempt is read as an object and summed in Python, and the due calls are expanded date
by date from each pairing's plan: slow, but plainly right. The fast path in belteam.reports
(aggregates in SQL) must give the very same numbers.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from belteam.calls.due_dates import due_dates
from belteam.calls.log import TOPICS
from belteam.calls.schedule import Rules
from belteam.calls.schedule_data import PairRow, pauses_by_resident
from belteam.reports.periods import Period
from belteam.reports.queries import bounds
from belteam.storage.models import CallAttempt, Pairing, Resident
from belteam.storage.queries import not_erased, overlapping

# The figures of belteam.reports.overview.figures that come from attempts and due calls.
KEYS = ("due", "attempts", "reached", "reach_rate", "residents_reached",
        "residents_not_reached", "wellbeing_counts", "wellbeing_mean", "wellbeing_median",
        "wellbeing_dropped", "topics", "practical_help", "not_again", "concerns",
        "volunteers_active", "calls_per_volunteer")


def _empty() -> dict[str, Any]:
    return {"due": 0, "attempts": 0, "reached": 0, "residents_reached": 0,
            "residents_not_reached": 0, "wellbeing_counts": {k: 0 for k in range(1, 11)},
            "wellbeing_dropped": 0, "topics": {t: 0 for t in TOPICS}, "practical_help": 0,
            "not_again": 0, "concerns": 0, "volunteers": set()}


def due_by_resident(period: Period) -> dict[int, int]:
    """Due calls per resident, every plan expanded date by date (pauses left out)."""
    pairs = list(Pairing.select(Pairing, Resident).join(Resident)
                 .where(overlapping(Pairing, period.start, period.end), not_erased(Resident)))
    pauses = pauses_by_resident(period.start, period.end, {p.resident_id for p in pairs})
    move = Rules.load().move
    result: Counter[int] = Counter()
    for p in pairs:
        row = PairRow(p.id, p.resident_id, p.volunteer_id, p.rrule, p.start_date or period.start,
                      p.end_date, None, "", "", "", "")
        for day in due_dates(row, period.start, period.end, move):
            if not any(s[0] <= day and (s[1] is None or day <= s[1])
                       for s in pauses.get(p.resident_id, [])):
                result[p.resident_id] += 1
    return dict(result)


def _median(marks: list[int]) -> float | None:
    marks = sorted(marks)
    n = len(marks)
    if not n:
        return None
    return marks[n // 2] if n % 2 else (marks[n // 2 - 1] + marks[n // 2]) / 2


def straightforward(period: Period, by_area: bool) -> dict[str, dict[str, Any]]:
    """group (area, or "" for all) -> the KEYS figures, from every attempt one by one."""
    lo, hi = bounds(period)
    areas = {r.id: r.area or "" for r in Resident.select(Resident.id, Resident.area)}
    everything = list(CallAttempt.select().order_by(CallAttempt.at, CallAttempt.id))
    mine: dict[int, list[CallAttempt]] = defaultdict(list)
    for a in everything:
        if lo <= a.at < hi:
            mine[a.resident_id].append(a)
    due = due_by_resident(period)
    groups: dict[str, dict[str, Any]] = defaultdict(_empty)
    marks: dict[str, list[int]] = defaultdict(list)
    for rid in set(mine) | set(due):
        rows, g = mine.get(rid, []), groups[areas.get(rid, "") if by_area else ""]
        g["due"] += due.get(rid, 0)
        g["attempts"] += len(rows)
        hits = sum(1 for a in rows if a.outcome == "reached")
        g["reached"] += hits
        g["residents_reached"] += 1 if hits else 0
        g["residents_not_reached"] += 0 if hits else 1
        g["practical_help"] += any(a.practical_help for a in rows)
        g["not_again"] += any(not a.wants_again for a in rows)
        g["concerns"] += any(a.concern for a in rows)
        for topic in TOPICS:
            g["topics"][topic] += any(topic in a.topics for a in rows)
        g["volunteers"] |= {a.volunteer_id for a in rows if a.volunteer_id}
        marked = [a for a in rows if a.wellbeing is not None]
        if marked:
            # The latest; two marks at that one moment: the first logged.
            mark = next(a for a in marked if a.at == marked[-1].at).wellbeing
            g["wellbeing_counts"][mark] += 1
            marks[areas.get(rid, "") if by_area else ""].append(mark)
            before = [a.wellbeing for a in everything
                      if a.resident_id == rid and a.wellbeing is not None and a.at < lo]
            g["wellbeing_dropped"] += 1 if before and before[-1] - mark >= 2 else 0
    for name, g in groups.items():
        active = len(g.pop("volunteers"))
        g["volunteers_active"] = active
        g["reach_rate"] = round(g["reached"] / g["attempts"], 3) if g["attempts"] else None
        g["calls_per_volunteer"] = round(g["attempts"] / active, 1) if active else None
        g["wellbeing_mean"] = (round(sum(marks[name]) / len(marks[name]), 1) if marks[name]
                               else None)
        g["wellbeing_median"] = _median(marks[name])
    return dict(groups)
