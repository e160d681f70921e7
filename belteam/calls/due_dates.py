"""A pairing's due dates: its plan's dates, moved off holidays; shared between pairings that
have the same plan, since thousands of pairings share a few plans."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from functools import lru_cache

from belteam.calls.holidays import shift
from belteam.calls.schedule_data import PairRow
from belteam.pairings.plans import Plan, occurrences, parse_plan

MOVE_SLACK = 10  # days a holiday move can push a call forward (Christmas + weekend)
_SHARED_AFTER = timedelta(days=MOVE_SLACK + 8)  # a plan this long under way shares its dates


@lru_cache(maxsize=1024)
def plan_of(rrule: str) -> Plan:
    return parse_plan(rrule)


@lru_cache(maxsize=65536)
def _cached_dates(rrule: str, phase: int, frm: date, to: date) -> tuple[date, ...]:
    # Any start in the same week-phase, more than a week before ``frm``, gives these dates.
    plan = plan_of(rrule)
    anchor = frm - timedelta(days=frm.weekday() + 14 * plan.interval)
    anchor += timedelta(weeks=(phase - _phase(anchor, plan.interval)) % plan.interval)
    return tuple(occurrences(plan, anchor, frm, to))


def _phase(start: date, interval: int) -> int:
    return ((start - timedelta(days=start.weekday())).toordinal() // 7) % interval


def plan_dates(rrule: str, start: date, end: date | None, frm: date, to: date) -> list[date]:
    """The planned (unmoved) dates of a pairing in [frm, to], within its start and end."""
    to = min(to, end) if end else to
    if to < frm or to < start:
        return []
    plan = plan_of(rrule)
    if plan.kind == "once" or start > frm - timedelta(days=8):
        return occurrences(plan, start, frm, to)
    return list(_cached_dates(rrule, _phase(start, plan.interval), frm, to))


def due_dates(pair: PairRow, frm: date, to: date, move: bool) -> dict[date, str | None]:
    """Due dates (after any holiday move) in [frm, to] -> holiday name; moved calls merge."""
    return dict(due_items(pair, frm, to, move))


def due_items(pair: PairRow, frm: date, to: date, move: bool
              ) -> tuple[tuple[date, str | None], ...]:
    """``due_dates`` as (date, holiday name) pairs in date order (shared: do not change)."""
    shared = shared_key(pair, frm, to)
    if shared is not None:
        return _window_dates(*shared, frm, to, move)
    return tuple(sorted(_due_dates(pair.rrule, pair.start_date, pair.end_date, frm, to,
                                   move).items()))


def shared_key(pair: PairRow, frm: date, to: date) -> tuple[str, int] | None:
    """(plan, week phase) when that alone decides ``due_items(pair, frm, to, …)``: the common
    case of a long-running plan, where thousands of pairings share a few answers; None when
    the pairing's own start or end matters."""
    if pair.start_date >= frm - _SHARED_AFTER or (pair.end_date is not None
                                                  and pair.end_date < to):
        return None
    plan = plan_of(pair.rrule)
    if plan.kind == "once":
        return None
    return pair.rrule, _phase(pair.start_date, plan.interval) if plan.interval > 1 else 0


@lru_cache(maxsize=4096)
def _window_dates(rrule: str, phase: int, frm: date, to: date, move: bool
                  ) -> tuple[tuple[date, str | None], ...]:
    plan = plan_of(rrule)
    start = frm - timedelta(days=frm.weekday() + 7 * (plan.interval + MOVE_SLACK // 7 + 2))
    start += timedelta(weeks=(phase - _phase(start, plan.interval)) % plan.interval)
    return tuple(sorted(_due_dates(rrule, start, None, frm, to, move).items()))


def _due_dates(rrule: str, start: date, end: date | None, frm: date, to: date, move: bool
               ) -> dict[date, str | None]:
    result: dict[date, str | None] = {}
    for planned in plan_dates(rrule, start, end,
                              frm - timedelta(days=MOVE_SLACK if move else 0), to):
        due, name = shift(planned, move)
        if frm <= due <= to and result.get(due) is None:
            result[due] = name
    return result


def due_days(pair: PairRow, frm: date, to: date, move: bool) -> frozenset[date]:
    """The days in [frm, to] a call of ``pair`` is due, as ``due_dates`` gives them, for long
    periods (the overview's year): each (plan, phase) is expanded once for the period and every
    pairing takes the slice between its own start and end."""
    plan = plan_of(pair.rrule)
    if plan.kind == "once":
        return frozenset(due_dates(pair, frm, to, move))
    phase = _phase(pair.start_date, plan.interval)
    planned, due, whole = _expanded(pair.rrule, phase, frm, to, move)
    first = bisect_left(planned, pair.start_date)
    last = len(planned) if pair.end_date is None else bisect_right(planned, pair.end_date)
    if first == 0 and last == len(planned):
        return whole
    return frozenset(d for d in due[first:last] if frm <= d <= to)


@lru_cache(maxsize=1024)
def _expanded(rrule: str, phase: int, frm: date, to: date, move: bool
              ) -> tuple[tuple[date, ...], tuple[date, ...], frozenset[date]]:
    """The plan's planned dates from ``frm`` less the move slack to ``to``, the day each is due
    (moved), and all the due days within [frm, to]."""
    interval = plan_of(rrule).interval
    low = frm - timedelta(days=MOVE_SLACK if move else 0)
    # A start of the same phase well before ``low``: the plan's dates from ``low`` on.
    anchor = low - timedelta(days=low.weekday() + 14 * interval)
    anchor += timedelta(weeks=(phase - _phase(anchor, interval)) % interval)
    planned = tuple(plan_dates(rrule, anchor, None, low, to))
    due = tuple(shift(day, move)[0] for day in planned)
    return planned, due, frozenset(d for d in due if frm <= d <= to)
