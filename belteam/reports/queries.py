"""The raw figures of a period, aggregated in SQL, per area or for everyone.

Every function returns ``{group: value}`` where the group is the resident's area (``by_area``)
or ``""`` for the whole team. Python only walks pairings (for the due calls), cases and
per-resident rows, never the attempts one by one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple

import peewee as pw
from peewee import fn

from belteam.calls.due_dates import due_days
from belteam.calls.log import TOPICS
from belteam.calls.schedule import Rules
from belteam.calls.schedule_data import (
    PairRow,
    pauses_by_resident,
    raw_rows,
    stored_date,
    stored_day,
)
from belteam.core.clock import TZ
from belteam.reports.periods import Period
from belteam.storage.models import CallAttempt, OutreachCase, Pairing, Resident, Volunteer
from belteam.storage.queries import not_erased, overlapping


def moment(day: date) -> datetime:
    """The first moment of ``day`` in Amsterdam."""
    return datetime.combine(day, time(), TZ)


def bounds(period: Period) -> tuple[datetime, datetime]:
    return moment(period.start), moment(period.end + timedelta(days=1))


def _postgres() -> bool:
    database = CallAttempt._meta.database
    return isinstance(getattr(database, "obj", database), pw.PostgresqlDatabase)


def distinct(expr: pw.Node) -> pw.Node:
    return fn.COUNT(pw.NodeList((pw.SQL("DISTINCT"), expr)))


def when(cond: pw.Expression, value: pw.Node) -> pw.Node:
    return pw.Case(None, [(cond, value)], None)


def grouped(query: pw.ModelSelect, area: pw.Field | None) -> dict[str, tuple]:
    """Run ``query`` once per area (area appended to the columns) or once for all."""
    if area is None:
        rows = raw_rows(query)
        return {"": tuple(rows[0])} if rows else {}
    rows = raw_rows(query.select_extend(area).group_by(area))
    return {row[-1] or "": tuple(row[:-1]) for row in rows}


def flag(cond: pw.Expression) -> pw.Node:
    """1 when ``cond`` holds on a row, else 0 (MAX of it works on booleans of every engine)."""
    return pw.Case(None, [(cond, 1)], 0)


class ResidentRow(NamedTuple):
    """One resident's attempts in a period, summed up in SQL (one row per resident)."""

    area: str
    attempts: int
    reached: int
    practical_help: bool
    not_again: bool
    concern: bool
    topics: tuple[bool, ...]
    volunteers: frozenset[int]
    mark: int | None = None  # the latest wellbeing mark in the period
    before: int | None = None  # the last mark before the period


def distinct_joined(value: pw.Node) -> pw.Node:
    """The group's distinct texts glued with commas: one string, never a test per row.

    SQLite's GROUP_CONCAT(DISTINCT x) always joins with a comma; PostgreSQL's STRING_AGG is told.
    """
    unique = pw.NodeList((pw.SQL("DISTINCT"), value))
    if _postgres():
        return fn.STRING_AGG(unique, ",")
    return fn.GROUP_CONCAT(unique)


def topic_flags(joined: str | None) -> tuple[bool, ...]:
    """Which of TOPICS occur in a comma-joined list of topic lists (one per resident, not attempt)."""
    noted = set((joined or "").split(","))
    return tuple(topic in noted for topic in TOPICS)


def _groups(period: Period) -> pw.ModelSelect:
    """Per resident: the sums, callers, distinct topic lists and the last marked moment.

    The residents drive (CROSS JOIN keeps SQLite from starting at the attempts' moment index):
    each resident's attempts of the period are one range of the covering index
    call_attempt_overview (resident, moment, ...), so a year reads only that year's entries,
    in resident order, never a table row and never a sort; a week reads a week's.
    """
    ca, res = CallAttempt, Resident
    return (res.select(res.id, res.area,
                       distinct_joined(ca.volunteer.cast("text")),
                       fn.COUNT(ca.id), fn.SUM(flag(ca.outcome == "reached")),
                       fn.MAX(flag(ca.practical_help == True)),  # noqa: E712
                       fn.MAX(flag(ca.wants_again == False)),  # noqa: E712
                       fn.MAX(flag(ca.concern == True)),  # noqa: E712
                       distinct_joined(ca.topics).alias("topics"),
                       fn.MAX(when(ca.wellbeing.is_null(False), ca.at)).alias("marked"))
            .join(ca, pw.JOIN.CROSS)
            .where(ca.resident == res.id, ca.at >= bounds(period)[0], ca.at < bounds(period)[1])
            .group_by(res.id))


def resident_rows(period: Period) -> dict[int, ResidentRow]:
    """resident id -> their attempts summed up, with their latest mark and the one before.

    One query: the groups of :func:`_groups`, and per resident two probes of the same index
    for the marks. The topics (and callers) come as the resident's distinct values glued into
    one string: seven text tests on every attempt cost three times the reading itself.
    """
    lo, _hi = bounds(period)
    groups = _groups(period).alias("g")
    rid, marked = pw.Entity("g", "id"), pw.Entity("g", "marked")
    x, y = CallAttempt.alias("x"), CallAttempt.alias("y")
    mark = (x.select(x.wellbeing)
            .where(x.resident == rid, x.at == marked, x.wellbeing.is_null(False))
            .order_by(x.id).limit(1))  # two marks at one moment: the first logged (as before)
    before = (y.select(y.wellbeing)
              .where(y.resident == rid, y.wellbeing.is_null(False), y.at < lo)
              .order_by(y.at.desc()).limit(1))
    query = pw.Select([groups], [pw.SQL('"g".*'), mark, before])
    result: dict[int, ResidentRow] = {}
    for (rid_, area, callers, n, hits, helped, again, worry, topics, _marked, wb,
         wb_before) in CallAttempt._meta.database.execute(query).fetchall():
        result[rid_] = ResidentRow(area or "", int(n), int(hits or 0), bool(helped),
                                   bool(again), bool(worry), topic_flags(topics),
                                   frozenset(int(v) for v in (callers or "").split(",") if v),
                                   None if wb is None else int(wb),
                                   None if wb_before is None else int(wb_before))
    return result


def due_figures(period: Period) -> tuple[dict[str, int], dict[int, str]]:
    """Due calls per area (pauses left out), and resident id -> area of those with a due call."""
    query = (Pairing.select(Pairing.id, Pairing.resident, Pairing.volunteer, Pairing.rrule,
                            Pairing.start_date, Pairing.end_date, Resident.area)
             .join(Resident)
             .where(overlapping(Pairing, period.start, period.end), not_erased(Resident)))
    rows = raw_rows(query)
    pauses = pauses_by_resident(period.start, period.end, {r[1] for r in rows})
    move = Rules.load().move
    counts: Counter[str] = Counter()
    residents: dict[int, str] = {}
    for pid, rid, vid, rule, start, end, area in rows:
        pair = PairRow(pid, rid, vid, rule, stored_day(start), stored_date(end), None, "", "", "", "")
        days = due_days(pair, period.start, period.end, move)
        stops = pauses.get(rid)
        n = len(days) if not stops else sum(
            1 for d in days if not any(p[0] <= d and (p[1] is None or d <= p[1]) for p in stops))
        if n:
            counts[area or ""] += n
            residents[rid] = area or ""
    return dict(counts), residents


def _local_day(stored: object) -> date:
    """The Amsterdam day of a moment as stored (naive UTC; text on SQLite)."""
    moment = stored if isinstance(stored, datetime) else datetime.fromisoformat(str(stored))
    return moment.replace(tzinfo=UTC).astimezone(TZ).date()


def wellbeing_figures(marks: dict[int, tuple[int, int | None]], areas: dict[int, str] | None
                      ) -> dict[str, dict]:
    """The latest marks as a distribution, and who dropped by 2+, per area (or all: None)."""
    result: dict[str, dict] = defaultdict(lambda: {"wellbeing_counts": {k: 0 for k in range(1, 11)},
                                                   "wellbeing_dropped": 0})
    for rid, (mark, before) in marks.items():  # one row per resident, not per attempt
        group = result[areas.get(rid, "") if areas is not None else ""]
        if 1 <= mark <= 10:
            group["wellbeing_counts"][mark] += 1
        if before is not None and before - mark >= 2:
            group["wellbeing_dropped"] += 1
    return dict(result)


def case_figures(period: Period, by_area: bool) -> dict[str, dict]:
    """Cases opened (residents) and closed, by outcome, with the days each closed case took."""
    lo, hi = bounds(period)
    oc = OutreachCase
    opened = (oc.select(distinct(oc.resident)).join(Resident)
              .where(oc.opened_at >= lo, oc.opened_at < hi))
    result: dict[str, dict] = defaultdict(lambda: {"cases_opened": 0, "cases_closed": 0,
                                                   "case_outcomes": Counter(), "close_days": []})
    for group, (n,) in grouped(opened, Resident.area if by_area else None).items():
        result[group]["cases_opened"] = int(n or 0)
    closed = (oc.select(oc.outcome, oc.opened_at, oc.closed_at, Resident.area).join(Resident)
              .where(oc.closed_at >= lo, oc.closed_at < hi))
    for case in closed.objects():  # cases, a handful a week: not attempts
        group = (case.area or "") if by_area else ""
        result[group]["cases_closed"] += 1
        result[group]["case_outcomes"][case.outcome or "other"] += 1
        result[group]["close_days"].append((case.closed_at - case.opened_at).total_seconds() / 86400)
    return dict(result)


def waiting_figures(period: Period, by_area: bool) -> dict[str, dict]:
    """Residents waiting now (registered by the period's end), and days waited by those paired."""
    _lo, hi = bounds(period)
    area = Resident.area if by_area else None
    waiting = (Resident.select(fn.COUNT(Resident.id))
               .where(Resident.status == "waiting", Resident.created_at < hi,
                      Resident.archived == False, not_erased(Resident)))  # noqa: E712
    result: dict[str, dict] = defaultdict(lambda: {"waiting": 0, "wait_days": []})
    for group, (n,) in grouped(waiting, area).items():
        result[group]["waiting"] = int(n or 0)
    first = fn.MIN(Pairing.start_date)
    paired = (Resident.select(Resident.area, Resident.created_at, first.alias("first"))
              .join(Pairing).group_by(Resident.id, Resident.area, Resident.created_at)
              .having(first >= period.start, first <= period.end))
    for area_, created, first_ in raw_rows(paired):  # no per-value parsing by peewee
        paired_on = stored_date(first_)
        if paired_on is None:  # HAVING keeps only residents with a first pairing
            continue
        days = max(0, (paired_on - _local_day(created)).days)
        result[(area_ or "") if by_area else ""]["wait_days"].append(days)
    return dict(result)


def volunteer_figures(period: Period, by_area: bool) -> dict[str, dict]:
    """Volunteers registered in the period, and those whose last pairing ended in it."""
    lo, hi = bounds(period)
    area = Volunteer.area if by_area else None
    new = Volunteer.select(fn.COUNT(Volunteer.id)).where(
        Volunteer.created_at >= lo, Volunteer.created_at < hi, not_erased(Volunteer))
    still = Pairing.select(Pairing.id).where(
        Pairing.volunteer == Volunteer.id, Pairing.start_date <= period.end,
        Pairing.end_date.is_null() | (Pairing.end_date > period.end))
    ended = Pairing.select(Pairing.id).where(
        Pairing.volunteer == Volunteer.id, Pairing.end_date.between(period.start, period.end))
    stopped = Volunteer.select(fn.COUNT(Volunteer.id)).where(
        fn.EXISTS(ended), ~fn.EXISTS(still))
    result: dict[str, dict] = defaultdict(lambda: {"volunteers_new": 0, "volunteers_stopped": 0})
    for group, (n,) in grouped(new, area).items():
        result[group]["volunteers_new"] = int(n or 0)
    for group, (n,) in grouped(stopped, area).items():
        result[group]["volunteers_stopped"] = int(n or 0)
    return dict(result)


def reach_by_week(weeks: list[Period]) -> list[tuple[int, int]]:
    """(attempts, reached) per week: one small aggregate per week."""
    ca = CallAttempt
    result = []
    for week in weeks:
        lo, hi = bounds(week)
        row = raw_rows(ca.select(fn.COUNT(ca.id), fn.SUM(when(ca.outcome == "reached", 1)))
                       .where(ca.at >= lo, ca.at < hi))[0]
        result.append((int(row[0] or 0), int(row[1] or 0)))
    return result
