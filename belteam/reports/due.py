"""Due calls of a long period by plan arithmetic: one expansion per plan, not per pairing.

A plan's dates do not depend on where it was anchored, only on its week phase (every N
weeks); the schedule relies on the same fact. So each (plan, phase) is expanded once for the
period, every planned date moved past holidays once, and a pairing takes the slice between
its own start and end. A plan that happens once is left to the schedule itself.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from functools import lru_cache

from belteam.calls.holidays import shift
from belteam.calls.schedule import MOVE_SLACK, due_dates, plan_dates, plan_of
from belteam.calls.schedule_data import PairRow


def _week_phase(day: date, interval: int) -> int:
    """Which week of an every-``interval``-weeks cycle ``day`` lies in."""
    return ((day - timedelta(days=day.weekday())).toordinal() // 7) % interval


@lru_cache(maxsize=1024)
def _expanded(rrule: str, phase: int, frm: date, to: date, move: bool
              ) -> tuple[tuple[date, ...], tuple[date, ...], frozenset[date]]:
    """The plan's planned dates from ``frm`` less the move slack to ``to``, the day each is due
    (moved), and all the due days within [frm, to]."""
    interval = plan_of(rrule).interval
    low = frm - timedelta(days=MOVE_SLACK if move else 0)
    # A start of the same phase well before ``low``: the plan's dates from ``low`` on.
    anchor = low - timedelta(days=low.weekday() + 14 * interval)
    anchor += timedelta(weeks=(phase - _week_phase(anchor, interval)) % interval)
    planned = tuple(plan_dates(rrule, anchor, None, low, to))
    due = tuple(shift(day, move)[0] for day in planned)
    return planned, due, frozenset(d for d in due if frm <= d <= to)


def due_days(pair: PairRow, frm: date, to: date, move: bool) -> frozenset[date]:
    """The days in [frm, to] a call of ``pair`` is due: the same as schedule.due_dates."""
    plan = plan_of(pair.rrule)
    if plan.kind == "once":
        return frozenset(due_dates(pair, frm, to, move))
    planned, due, whole = _expanded(pair.rrule, _week_phase(pair.start_date, plan.interval),
                                    frm, to, move)
    first = bisect_left(planned, pair.start_date)
    last = len(planned) if pair.end_date is None else bisect_right(planned, pair.end_date)
    if first == 0 and last == len(planned):
        return whole
    return frozenset(d for d in due[first:last] if frm <= d <= to)
