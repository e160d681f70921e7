"""Set-based reads for the outreach rules: a handful of queries for every resident at once.

Each resident's newest attempts are read with a per-resident ``ORDER BY at DESC LIMIT n``
that walks the (resident, at) index backwards (a LATERAL join on PostgreSQL, a correlated
``IN`` on SQLite), so years of history are never scanned.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from operator import itemgetter
from typing import NamedTuple

import peewee as pw

from belteam.calls.log import UNSUCCESSFUL
from belteam.calls.schedule_data import (
    LIVE_STATUSES,
    chunks,
    gc_paused,
    pair_rows,
    pauses_by_resident,
)
from belteam.outreach.rules import RECENT_ATTEMPTS, Attempt, Facts, midnight, read_moment
from belteam.storage.db import DB
from belteam.storage.models import CallAttempt, OutreachCase, Pairing, Resident
from belteam.storage.queries import not_erased

FAR_PAST = date(1900, 1, 1)
_RAW_AT = itemgetter(2)  # Recent.raw_at
LONG_RUN = 60  # attempts read for a resident whose newest ones all failed

_SQLITE_RECENT = """
SELECT r.id, a.id, a.at, a.outcome, a.concern
FROM resident AS r, call_attempt AS a
WHERE {where} AND a.id IN (
    SELECT b.id FROM call_attempt AS b
    WHERE b.resident_id = r.id AND b.at < {p}{extra}
    ORDER BY b.at DESC, b.id DESC LIMIT {p})
"""

_POSTGRES_RECENT = """
SELECT r.id, a.id, a.at, a.outcome, a.concern
FROM resident AS r CROSS JOIN LATERAL (
    SELECT b.id, b.at, b.outcome, b.concern FROM call_attempt AS b
    WHERE b.resident_id = r.id AND b.at < {p}{extra}
    ORDER BY b.at DESC, b.id DESC LIMIT {p}) AS a
WHERE {where}
"""


def _is_postgres(database: pw.Database) -> bool:
    return isinstance(database, pw.PostgresqlDatabase)


class Recent(NamedTuple):
    resident_id: int
    id: int
    raw_at: str | datetime  # as stored (naive UTC); ``at`` reads it
    outcome: str
    concern: bool

    @property
    def at(self) -> datetime:
        return read_moment(self.raw_at)


def recent_attempts(cut: datetime, limit: int, resident_ids: Sequence[int] | None,
                    reached_only: bool = False, live_only: bool = True) -> list[Recent]:
    """Each resident's newest ``limit`` attempts before ``cut`` (live residents unless told)."""
    database = DB.obj
    p = database.param
    extra = " AND b.outcome = 'reached'" if reached_only else ""
    template = _POSTGRES_RECENT if _is_postgres(database) else _SQLITE_RECENT
    if live_only:
        base_where = (f"r.archived = {p} AND r.erased = {p} "
                      f"AND r.status IN ({', '.join([p] * len(LIVE_STATUSES))})")
        base_params: list = [False, False, *LIVE_STATUSES]
    else:
        base_where, base_params = "1 = 1", []
    sub_params = [CallAttempt.at.db_value(cut), limit]
    groups: Iterable[list[int] | None] = [None] if resident_ids is None else chunks(resident_ids)
    rows = []
    for ids in groups:
        where, params = base_where, list(base_params)
        if ids is not None:
            where += f" AND r.id IN ({', '.join([p] * len(ids))})"
            params += ids
        sql = template.format(where=where, p=p, extra=extra)
        ordered = (sub_params + params) if _is_postgres(database) else (params + sub_params)
        for rid, aid, at, outcome, concern in database.execute_sql(sql, ordered).fetchall():
            rows.append(Recent(rid, aid, at, outcome, bool(concern)))
    return rows


def _residents(resident_ids: Sequence[int] | None) -> dict[int, Facts]:
    query = Resident.select(Resident.id, Resident.status).where(
        Resident.archived == False, not_erased(Resident),  # noqa: E712
        Resident.status.in_(LIVE_STATUSES))
    facts: dict[int, Facts] = {}
    groups = [None] if resident_ids is None else list(chunks(resident_ids))
    for ids in groups:
        part = query if ids is None else query.where(Resident.id.in_(ids))
        for rid, status in part.tuples():
            facts[rid] = Facts(rid, status)
    return facts


def _case_marks(facts: dict[int, Facts], cut: datetime, whole_set: bool) -> None:
    """The last closing and the last reached reset of each resident's cases."""
    query = (OutreachCase.select(OutreachCase.resident, pw.fn.MAX(OutreachCase.closed_at),
                                 pw.fn.MAX(OutreachCase.counters_reset_at))
             .where(OutreachCase.status == "closed", OutreachCase.closed_at < cut)
             .group_by(OutreachCase.resident))
    groups = [None] if whole_set else list(chunks(facts))
    for ids in groups:
        part = query if ids is None else query.where(OutreachCase.resident.in_(ids))
        for rid, closed, reset in part.tuples():
            if rid in facts:
                facts[rid].closed_at = _aware(closed)
                facts[rid].reset_at = _aware(reset)


def _aware(value) -> datetime | None:
    """MAX() over a datetime column comes back raw on SQLite; read it like the field does."""
    if value is None or (isinstance(value, datetime) and value.tzinfo is not None):
        return value
    return OutreachCase.closed_at.python_value(value)


def _add_attempts(facts: dict[int, Facts], rows: list[Recent], grow: bool) -> None:
    """Attach attempts, newest first; ``grow`` makes facts for residents not seen yet."""
    grouped: dict[int, list[Recent]] = {}
    for row in rows:
        grouped.setdefault(row.resident_id, []).append(row)
    for rid, group in grouped.items():
        item = facts.get(rid)
        if item is None:
            if not grow:
                continue
            item = facts[rid] = Facts(rid)
        # The stored value orders like the moment (a stable sort: ties keep the rows' order).
        group.sort(key=_RAW_AT, reverse=True)
        item.attempts.extend(Attempt(raw, outcome, concern)
                             for _rid, _id, raw, outcome, concern in group)


def fetch(day: date, resident_ids: Sequence[int] | None = None,
          recent: int = RECENT_ATTEMPTS) -> dict[int, Facts]:
    """Every live resident's facts as of the end of ``day`` (or only the given residents).

    For everyone, the residents come from their running pairings and newest attempts (both
    queries keep to live residents): one with neither cannot trigger any rule.
    """
    with gc_paused():
        return _fetch(day, resident_ids, recent)


def _fetch(day: date, resident_ids: Sequence[int] | None, recent: int) -> dict[int, Facts]:
    cut = midnight(day + timedelta(days=1))
    everyone = resident_ids is None
    facts: dict[int, Facts] = {} if everyone else _residents(resident_ids)
    if not everyone and not facts:
        return facts
    ids = None if everyone else list(facts)
    where = None if ids is None else Pairing.resident.in_(ids)
    for pair in sorted(pair_rows(day, day, where), key=lambda p: (p.start_date, p.id)):
        item = facts.get(pair.resident_id)
        if item is None and everyone:
            item = facts[pair.resident_id] = Facts(pair.resident_id)
        if item is not None:
            item.pair = pair  # the newest running pairing wins
    _add_attempts(facts, recent_attempts(cut, recent, ids), grow=everyone)
    # A run of failures filling every fetched attempt may go on further: read those runs whole.
    long_runs = [f.resident_id for f in facts.values() if len(f.attempts) == recent
                 and all(a.outcome in UNSUCCESSFUL for a in f.attempts)]
    if long_runs:
        for rid in long_runs:
            facts[rid].attempts = []
        _add_attempts(facts, recent_attempts(cut, LONG_RUN, long_runs), grow=False)
    for rid, periods in pauses_by_resident(FAR_PAST, day, ids).items():
        if rid in facts:
            facts[rid].pauses = list(periods)
    unknown = []  # residents without a reach among their newest attempts
    for item in facts.values():
        reached = next((a.at for a in item.attempts if a.outcome == "reached"), None)
        if reached is None and item.attempts:
            unknown.append(item.resident_id)
        item.last_reached = reached
    for row in recent_attempts(cut, 1, unknown, reached_only=True) if unknown else ():
        facts[row.resident_id].last_reached = row.at
    _case_marks(facts, cut, whole_set=everyone)
    return facts
