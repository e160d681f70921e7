"""Set-based reads for the outreach rules: a handful of queries for every resident at once.

Each resident's newest attempts are read from the covering index on call_attempt (resident,
at, id, outcome, concern; migration step 10), so years of history are never scanned and the
table itself is never touched: on PostgreSQL a LATERAL ``ORDER BY at DESC LIMIT n`` per
resident; on SQLite the moment of the n-th newest attempt (one index probe) bounds an index
range. Rows come back as plain tuples, grouped by resident, newest first. (A window function,
``ROW_NUMBER() OVER (PARTITION BY resident ORDER BY at DESC) <= n``, numbers every attempt
ever made: 14 s on the 3.2 M attempts of the city demo; over the bounded range it still costs
SQLite 60 % more than dropping the rare tie at the n-th moment in Python.)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta
from typing import NamedTuple

import peewee as pw

from belteam.calls.log import UNSUCCESSFUL
from belteam.calls.schedule_data import (
    CHUNK,
    LIVE_STATUSES,
    PairRow,
    chunks,
    gc_paused,
    pauses_by_resident,
    raw_rows,
    stored_date,
    stored_day,
)
from belteam.outreach.rules import (
    RECENT_ATTEMPTS,
    Attempt,
    Facts,
    Thresholds,
    Trigger,
    midnight,
    read_moment,
    triggers,
)
from belteam.storage.db import DB, side_by_side
from belteam.storage.models import CallAttempt, OutreachCase, Pairing, Resident
from belteam.storage.queries import not_erased, overlapping

FAR_PAST = date(1900, 1, 1)
LONG_RUN = 60  # attempts read for a resident whose newest ones all failed

# Newest first, ties by id: the order every reader of "the newest attempts" uses.
_SQLITE_RECENT = """
SELECT r.id, b.id, b.at, b.outcome, b.concern
FROM resident AS r JOIN call_attempt AS b ON b.resident_id = r.id
WHERE {where} AND b.at < {p}{extra} AND b.at >= COALESCE((
    SELECT c.at FROM call_attempt AS c WHERE c.resident_id = r.id AND c.at < {p}{extra_c}
    ORDER BY c.at DESC, c.id DESC LIMIT 1 OFFSET {p}), '')
ORDER BY r.id, b.at DESC, b.id DESC
"""

_POSTGRES_RECENT = """
SELECT r.id, a.id, a.at, a.outcome, a.concern
FROM resident AS r CROSS JOIN LATERAL (
    SELECT b.id, b.at, b.outcome, b.concern FROM call_attempt AS b
    WHERE b.resident_id = r.id AND b.at < {p}{extra}
    ORDER BY b.at DESC, b.id DESC LIMIT {p}) AS a
WHERE {where}
ORDER BY r.id, a.at DESC, a.id DESC
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


def recent_rows(cut: datetime, limit: int, resident_ids: Sequence[int] | None,
                reached_only: bool = False, live_only: bool = True) -> Iterator[tuple]:
    """(resident id, attempt id, stored moment, outcome, concern) of each resident's newest
    ``limit`` attempts before ``cut`` (live residents unless told), by resident, newest first.

    On SQLite a resident with attempts tied at the ``limit``-th moment gets them all: the
    readers keep the first ``limit``."""
    database = DB.obj
    p = database.param
    pg = _is_postgres(database)
    reached = " AND {t}.outcome = 'reached'" if reached_only else ""
    template = _POSTGRES_RECENT if pg else _SQLITE_RECENT
    if live_only:
        base_where = (f"r.archived = {p} AND r.erased = {p} "
                      f"AND r.status IN ({', '.join([p] * len(LIVE_STATUSES))})")
        base_params: list = [False, False, *LIVE_STATUSES]
    else:
        base_where, base_params = "1 = 1", []
    at = CallAttempt.at.db_value(cut)
    groups: Iterable[list[int] | None] = [None] if resident_ids is None else chunks(resident_ids)
    for ids in groups:
        where, params = base_where, list(base_params)
        if ids is not None:
            where += f" AND r.id IN ({', '.join([p] * len(ids))})"
            params += ids
        sql = template.format(where=where, p=p, extra=reached.format(t="b"),
                              extra_c=reached.format(t="c"))
        ordered = [at, limit, *params] if pg else [*params, at, at, limit - 1]
        yield from database.execute_sql(sql, ordered).fetchall()


def recent_attempts(cut: datetime, limit: int, resident_ids: Sequence[int] | None,
                    reached_only: bool = False, live_only: bool = True) -> list[Recent]:
    """Each resident's newest ``limit`` attempts before ``cut`` (live residents unless told)."""
    found: list[Recent] = []
    last, count = None, 0
    for rid, aid, at, outcome, concern in recent_rows(cut, limit, resident_ids, reached_only,
                                                      live_only):
        count = count + 1 if rid == last else 1
        last = rid
        if count <= limit:
            found.append(Recent(rid, aid, at, outcome, bool(concern)))
    return found


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


def _add_attempts(facts: dict[int, Facts], rows: Iterable[tuple], limit: int,
                  grow: bool) -> None:
    """Attach each resident's first ``limit`` attempts (rows by resident, newest first) and
    the newest reach among them; ``grow`` makes facts for residents not seen yet."""
    last, item, count = None, None, 0
    for rid, _id, raw, outcome, concern in rows:
        if rid != last:
            last, count = rid, 0
            item = facts.get(rid)
            if item is None and grow:
                item = facts[rid] = Facts(rid)
            if item is not None:
                item.marked = False
        count += 1
        if item is not None and count <= limit:
            attempt = Attempt(raw, outcome, bool(concern))
            item.attempts.append(attempt)
            if concern or outcome == "wrong_number":
                item.marked = True
            if outcome == "reached" and item.reach is None:
                item.reach = attempt


def _running_pairs(day: date, ids: Sequence[int] | None) -> list[PairRow]:
    """The pairings running on ``day`` of live residents, oldest start first.

    Only what the rules read (plan, start, end): the names, phone and preferred time that a
    due-call list shows stay empty.
    """
    query = (Pairing.select(Pairing.id, Pairing.resident, Pairing.volunteer, Pairing.rrule,
                            Pairing.start_date, Pairing.end_date)
             .join(Resident)
             .where(overlapping(Pairing, day, day), Resident.status.in_(LIVE_STATUSES),
                    Resident.archived == False, not_erased(Resident))  # noqa: E712
             .order_by(Pairing.start_date, Pairing.id))
    groups: Iterable[list[int] | None] = [None] if ids is None else chunks(ids)
    pairs = []
    for part in groups:
        chunk = query if part is None else query.where(Pairing.resident.in_(part))
        pairs += [PairRow(pid, rid, vid, rule, stored_day(start), stored_date(end),
                          None, "", "", "", "")
                  for pid, rid, vid, rule, start, end in raw_rows(chunk)]
    if ids is not None and len(ids) > CHUNK:
        pairs.sort(key=lambda p: (p.start_date, p.id))
    return pairs


def flags(day: date, resident_ids: Sequence[int] | None = None,
          thresholds: Thresholds | None = None) -> dict[int, list[Trigger]]:
    """The triggers that hold on ``day`` for every live resident (or the given ones).

    The cycle collector stays paused for the read and the rules together: it would otherwise
    walk the tens of thousands of fresh (acyclic) facts once more for nothing.
    """
    th = thresholds or Thresholds.load()
    with gc_paused():
        facts = _fetch(day, resident_ids, th.recent)
        flagged = {rid: found for rid, item in facts.items() if (found := triggers(item, day, th))}
        del facts  # freed while the collector is paused, so it never walks them
    return flagged


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
    if everyone:
        # The server reads the pairings for a second connection while this one turns the
        # attempts into facts.
        pairs, _ = side_by_side(lambda: _running_pairs(day, None), lambda: _add_attempts(
            facts, recent_rows(cut, recent, None), recent, grow=True), server_only=True)
    else:
        pairs = _running_pairs(day, ids)
        _add_attempts(facts, recent_rows(cut, recent, ids), recent, grow=False)
    for pair in pairs:
        item = facts.get(pair.resident_id)
        if item is None and everyone:
            item = facts[pair.resident_id] = Facts(pair.resident_id)
        if item is not None:
            item.pair = pair  # the newest running pairing wins
    # A run of failures filling every fetched attempt may go on further: read those runs whole.
    long_runs = [f.resident_id for f in facts.values() if len(f.attempts) == recent
                 and f.reach is None
                 and all(a.outcome in UNSUCCESSFUL for a in f.attempts)]
    if long_runs:
        for rid in long_runs:
            facts[rid].attempts = []
        _add_attempts(facts, recent_rows(cut, LONG_RUN, long_runs), LONG_RUN, grow=False)
    for rid, periods in pauses_by_resident(FAR_PAST, day, ids).items():
        if rid in facts:
            facts[rid].pauses = list(periods)
    # Residents without a reach among their newest attempts: their last reach, further back.
    unknown = [f.resident_id for f in facts.values() if f.reach is None and f.attempts]
    for row in recent_attempts(cut, 1, unknown, reached_only=True) if unknown else ():
        facts[row.resident_id].last_reached = row.at
    _case_marks(facts, cut, whole_set=everyone)
    return facts
