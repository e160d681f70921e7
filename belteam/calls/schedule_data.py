"""Set-based reads for the due-call lists: a few queries per list, never one per resident."""

from __future__ import annotations

import gc
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, NamedTuple

import peewee as pw

from belteam.calls.notes import readable_notes
from belteam.core.actors import Actor
from belteam.core.clock import TZ
from belteam.storage.models import (
    Absence,
    CallAttempt,
    Cover,
    OutreachCase,
    Pairing,
    Pause,
    Resident,
    Volunteer,
)
from belteam.storage.prepared import Prepared, id_list
from belteam.storage.queries import not_erased, overlapping

CHUNK = 5000  # ids per IN (...) list: well below SQLite's variable limit
LIVE_STATUSES = ("active", "waiting")  # paused/stopped residents have no due calls


class PairRow(NamedTuple):
    id: int
    resident_id: int
    volunteer_id: int
    rrule: str
    start_date: date
    end_date: date | None
    preferred_time: time | None
    code: str
    first_name: str
    last_name: str
    phone: str

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class AttemptRow(NamedTuple):
    id: int
    resident_id: int
    pairing_id: int | None
    volunteer_id: int | None
    due_date: date
    at_raw: object  # as stored: converted only for the attempts a list shows
    outcome: str

    @property
    def at(self) -> datetime:
        return _moment(self.at_raw)


class LastInfo(NamedTuple):
    note: str = ""
    wellbeing: int | None = None
    contact: date | None = None
    case_open: bool = False
    case_resolved_on: date | None = None


def stored_day(value: Any) -> date:
    """A date that is never empty (start and due dates)."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def stored_date(value: Any) -> date | None:
    """Dates come back as strings from SQLite: fromisoformat is far faster than strptime."""
    return value if value is None or isinstance(value, date) else date.fromisoformat(value)


def stored_time(value) -> time | None:
    """A time as the database gives it (text on SQLite)."""
    return value if value is None or isinstance(value, time) else time.fromisoformat(value)


def _moment(value) -> datetime:
    """Stored naive UTC (see fields.AwareDateTimeField), read back in Amsterdam."""
    if not isinstance(value, datetime):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC).astimezone(TZ)


class LocalDays:
    """The Amsterdam date of stored (naive UTC) moments in a window, by bisecting day starts:
    much cheaper than converting each moment to an aware datetime."""

    def __init__(self, first: date, last: date):
        days = [first + timedelta(days=i) for i in range((last - first).days + 2)]
        starts = [datetime.combine(d, time(), TZ).astimezone(UTC).replace(tzinfo=None)
                  for d in days]
        self.days = days
        self.as_text = [s.isoformat(sep=" ") for s in starts]
        self.as_datetime = starts

    def __call__(self, raw: object) -> date:
        if isinstance(raw, str):
            index = bisect_right(self.as_text, raw) - 1
        else:
            assert isinstance(raw, datetime)
            index = bisect_right(self.as_datetime, raw) - 1
        if index < 0 or index >= len(self.days) - 1:  # outside the window: convert fully
            return _moment(raw).date()
        return self.days[index]


@contextmanager
def gc_paused() -> Iterator[None]:
    """For set-wise reads that make tens of thousands of small acyclic objects: the cycle
    collector would otherwise walk the whole heap many times over for nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def raw_rows(query: pw.Query) -> list[tuple]:
    """Rows without peewee's per-value conversion (the list converts the few it needs)."""
    return list(query.model._meta.database.execute(query).fetchall())


def id_in(column: pw.Field, ids: Sequence[int]) -> pw.Expression:
    """``column IN (1,2,3)`` with the ids written inline: peewee builds a bound parameter per
    value far more slowly than the database runs the query."""
    return column.in_(id_list(ids))


def chunks(ids: Iterable[int], size: int = CHUNK) -> Iterator[list[int]]:
    items = sorted(set(ids))
    for i in range(0, len(items), size):
        yield items[i:i + size]


def day_end(day: date) -> datetime:
    """The first moment after ``day`` in Amsterdam (attempts before it happened by ``day``)."""
    return datetime.combine(day + timedelta(days=1), time(), TZ)


def _pairs_query(ids: pw.Node | None, lo: Any, hi: Any) -> pw.ModelSelect:
    query = (Pairing.select(Pairing.id, Pairing.resident, Pairing.volunteer, Pairing.rrule,
                            Pairing.start_date, Pairing.end_date, Pairing.preferred_time,
                            Resident.code, Resident.first_name, Resident.last_name, Resident.phone)
             .join(Resident)
             .where(overlapping(Pairing, lo, hi),
                    Resident.status.in_(LIVE_STATUSES),
                    Resident.archived == False,  # noqa: E712
                    not_erased(Resident)))
    return query if ids is None else query.where(Pairing.id.in_(ids))


_PAIRS = Prepared(Pairing, _pairs_query)


def _pair_row(row: tuple) -> PairRow:
    pid, rid, vid, rule, start, end, at, *rest = row
    return PairRow(pid, rid, vid, rule, stored_day(start), stored_date(end), stored_time(at), *rest)


def _pair_rows(rows: list[tuple]) -> list[PairRow]:
    """Rows as PairRows; dates and times read from text where the database gives text."""
    if rows and isinstance(rows[0][4], date):  # a server gives them as values: nothing to read
        return list(map(PairRow._make, rows))
    return [_pair_row(row) for row in rows]


def pair_rows(lo: date, hi: date, where: pw.Expression | None = None) -> list[PairRow]:
    """Pairings overlapping [lo, hi] of residents who may have due calls."""
    if where is None:
        return _pair_rows(_PAIRS.rows(None, lo, hi))
    return _pair_rows(raw_rows(_pairs_query(None, lo, hi).where(where)))


def _pairs_of_residents(ids: pw.Node | None, lo: Any, hi: Any) -> pw.ModelSelect:
    query = _pairs_query(None, lo, hi)
    return query if ids is None else query.where(Pairing.resident.in_(ids))


_RESIDENTS_PAIRS = Prepared(Pairing, _pairs_of_residents)


def pair_rows_of_residents(resident_ids: Iterable[int], lo: date, hi: date) -> list[PairRow]:
    """``pair_rows`` of the given residents only."""
    return [pair for ids in chunks(resident_ids)
            for pair in _pair_rows(_RESIDENTS_PAIRS.rows(ids, lo, hi))]


def _own_query(_ids: None, volunteer: Any, lo: Any, hi: Any) -> pw.Query:
    covered = (Pairing.select(Pairing.resident).join(Cover, on=(Cover.pairing == Pairing.id))
               .where(Cover.volunteer == volunteer, overlapping(Cover, lo, hi)))
    return Pairing.select(Pairing.resident).where(Pairing.volunteer == volunteer) | covered


_OWN = Prepared(Pairing, _own_query)


def volunteer_resident_ids(volunteer_id: int, lo: date, hi: date) -> list[int]:
    """Residents the volunteer may have calls of in [lo, hi]: of their own pairings (any) or
    ones they cover then (a missed call stays with who had it on its last open day).

    The ids are fetched first and looked up directly: given "volunteer = ? OR id IN (...)" or
    even a sub-select, SQLite's planner starts from the (non-selective) residents.
    """
    return sorted(row[0] for row in _OWN.rows(None, volunteer_id, lo, hi))


def _volunteers_pairs_query(_ids: None, volunteer: Any, lo: Any, hi: Any) -> pw.ModelSelect:
    mine = _own_query(None, volunteer, lo, hi)
    return _pairs_query(None, lo, hi).where(Pairing.resident.in_(mine))


_VOLUNTEERS_PAIRS = Prepared(Pairing, _volunteers_pairs_query)


def volunteers_pair_rows(volunteer_id: int, lo: date, hi: date) -> list[PairRow]:
    """``pair_rows`` of the residents in ``volunteer_resident_ids``, in one query."""
    return _pair_rows(_VOLUNTEERS_PAIRS.rows(None, volunteer_id, lo, hi))


def _attempts_query(ids: pw.Node | None, lo: Any, hi: Any, until: Any) -> pw.ModelSelect:
    query = (CallAttempt.select(CallAttempt.id, CallAttempt.resident, CallAttempt.pairing,
                                CallAttempt.volunteer, CallAttempt.due_date, CallAttempt.at,
                                CallAttempt.outcome)
             .where(CallAttempt.due_date.between(lo, hi), CallAttempt.at < until))
    return query if ids is None else query.where(CallAttempt.resident.in_(ids))


_ATTEMPTS = Prepared(CallAttempt, _attempts_query)


def attempt_rows(lo: date, hi: date, resident_ids: Iterable[int] | None,
                 until: datetime) -> list[AttemptRow]:
    """Attempts for due dates in [lo, hi] made before ``until`` of the residents (everyone's
    when ids is None), unordered."""
    if resident_ids is None:
        rows = _ATTEMPTS.rows(None, lo, hi, until)
    else:
        rows = [row for ids in chunks(resident_ids)
                for row in _ATTEMPTS.rows(ids, lo, hi, until)]
    # In no particular order: whoever shows them sorts by (at_raw, id). A list reads tens of
    # thousands of attempts over a few days: each distinct date is parsed once.
    days: dict[Any, date] = {}
    result = []
    for aid, rid, pid, vid, due, at, outcome in rows:
        day = days.get(due)
        if day is None:
            day = days[due] = stored_day(due)
        result.append(AttemptRow(aid, rid, pid, vid, day, at, outcome))
    return result


Periods = tuple[dict[int, list[tuple[date, date | None]]], dict[int, list[tuple[date, date]]],
                dict[int, list[tuple[date, date, int]]]]
# The three kinds of period a list reads: pauses per resident, absences per volunteer, covers
# per pairing (with the covering volunteer; the newest cover wins, so they are read in order).
_KINDS: tuple[tuple[type[pw.Model], pw.Field, tuple[pw.Field, ...]], ...] = (
    (Pause, Pause.resident, ()),
    (Absence, Absence.volunteer, ()),
    (Cover, Cover.pairing, (Cover.volunteer, Cover.created_at, Cover.id)),
)
PAUSES, ABSENCES, COVERS = 0, 1, 2
_NULLS = (pw.SQL("CAST(NULL AS INTEGER)"), pw.SQL("CAST(NULL AS TIMESTAMP)"),
          pw.SQL("CAST(NULL AS INTEGER)"))


def _period_select(kind: int, ids: pw.Node | None, lo: Any, hi: Any) -> pw.ModelSelect:
    """(kind, id, start, end, cover's volunteer, created, cover id) of one kind's periods
    overlapping [lo, hi], of the ids in its column when given."""
    model, column, extra = _KINDS[kind]
    pad = _NULLS[len(extra):]  # typed: PostgreSQL matches a union's columns pairwise
    query = model.select(pw.SQL(str(kind)), column, model.start_date, model.end_date, *extra,
                         *pad).where(overlapping(model, lo, hi))
    return query if ids is None else query.where(column.in_(ids))


_ONE_KIND = [Prepared(model, lambda ids, lo, hi, k=kind: _period_select(k, ids, lo, hi))
             for kind, (model, _c, _e) in enumerate(_KINDS)]
# All three kinds in one read (one round trip to a server): a list needs them together.
_ALL_KINDS = Prepared(Pause, lambda pauses, absences, covers, lo, hi: (
    _period_select(PAUSES, pauses, lo, hi) + _period_select(ABSENCES, absences, lo, hi)
    + _period_select(COVERS, covers, lo, hi)), lists=3)


def _sorted_periods(rows: Iterable[tuple]) -> Periods:
    found: Periods = (defaultdict(list), defaultdict(list), defaultdict(list))
    pauses, absences, covers = found
    for kind, key, start, end, vid, _created, _id in sorted(
            rows, key=lambda r: (r[0], r[5], r[6]) if r[0] == COVERS else (r[0],)):
        if kind == PAUSES:
            pauses[key].append((stored_day(start), stored_date(end)))
        elif kind == ABSENCES:
            absences[key].append((stored_day(start), stored_day(end)))
        else:
            covers[key].append((stored_day(start), stored_day(end), vid))
    return found


def periods(lo: date, hi: date, resident_ids: Iterable[int] | None,
            volunteer_ids: Iterable[int] | None, pairing_ids: Iterable[int] | None) -> Periods:
    """Pauses per resident, absences per volunteer and covers per pairing (oldest first)
    overlapping [lo, hi], in one read; None for all three ids means everyone's."""
    if resident_ids is None or volunteer_ids is None or pairing_ids is None:
        return _sorted_periods(_ALL_KINDS.rows(None, lo, hi))
    # 0 is no row's id: it stands in for an empty list, which SQL cannot write.
    lists = tuple(sorted(set(ids)) or [0] for ids in (resident_ids, volunteer_ids, pairing_ids))
    return _sorted_periods(_ALL_KINDS.rows(lists, lo, hi))


def _period_rows(kind: int, lo: date, hi: date, ids: Iterable[int] | None) -> Periods:
    if ids is None:
        return _sorted_periods(_ONE_KIND[kind].rows(None, lo, hi))
    return _sorted_periods(row for part in chunks(ids) for row in _ONE_KIND[kind].rows(part, lo, hi))


def pauses_by_resident(lo: date, hi: date, resident_ids: Iterable[int] | None
                       ) -> dict[int, list[tuple[date, date | None]]]:
    """Pause periods overlapping [lo, hi], per resident."""
    found, _, _ = _period_rows(PAUSES, lo, hi, resident_ids)
    return found


def absences_by_volunteer(lo: date, hi: date, volunteer_ids: Iterable[int] | None
                          ) -> dict[int, list[tuple[date, date]]]:
    _, found, _ = _period_rows(ABSENCES, lo, hi, volunteer_ids)
    return found


def covers_by_pairing(lo: date, hi: date, pairing_ids: Iterable[int] | None
                      ) -> dict[int, list[tuple[date, date, int]]]:
    _, _, found = _period_rows(COVERS, lo, hi, pairing_ids)
    return found


_NAMES = Prepared(Volunteer, lambda ids: Volunteer.select(
    Volunteer.id, Volunteer.code, Volunteer.first_name, Volunteer.last_name)
    .where(Volunteer.id.in_(ids)))


def volunteer_names(ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """id -> (code, name) of the given volunteers."""
    result: dict[int, tuple[str, str]] = {}
    for part in chunks(ids):
        for vid, code, first, last in _NAMES.rows(part):
            result[vid] = (code, f"{first} {last}".strip())
    return result


def _case_columns() -> list[pw.Node]:
    """Per resident: whether a follow-up case is open, and when the last one was closed."""
    open_case, closed_case = OutreachCase.alias("oc"), OutreachCase.alias("cc")
    # A correlated probe, not EXISTS: PostgreSQL would hash every open case for a few residents.
    is_open = open_case.select(pw.SQL("1")).where(
        (open_case.resident == Resident.id)
        & open_case.status.in_(OutreachCase.OPEN_STATUSES)).limit(1)
    closed = closed_case.select(pw.fn.MAX(closed_case.closed_at)).where(
        (closed_case.resident == Resident.id)
        & closed_case.status.not_in(OutreachCase.OPEN_STATUSES))
    return [is_open.alias("case_open"), closed.alias("case_closed")]


def _case_flag(is_open: Any, closed: Any) -> tuple[bool, date | None]:
    """(a case is open, the day the last one was resolved while none is open)."""
    if is_open:
        return True, None
    return False, None if closed is None else _moment(closed).date()


def _newest_values(actor: Actor, cases: bool) -> Prepared:
    """Per resident: its newest readable note, newest wellbeing mark and newest reach moment
    (and, with ``cases``, its case flags: the day's list reads them in the same round trip).

    Correlated ``ORDER BY at DESC LIMIT 1`` sub-selects: each walks the (resident, at) index
    backwards from the newest attempt, so old history is never scanned.
    """
    att = CallAttempt.alias("la")
    readable = readable_notes(actor, att)

    def newest(column: pw.Field, cond: pw.Expression) -> pw.Select:
        return (att.select(column).where((att.resident == Resident.id) & cond)
                .order_by(att.at.desc(), att.id.desc()).limit(1))

    extra = _case_columns() if cases else []
    return Prepared(Resident, lambda ids: Resident.select(
        Resident.id,
        newest(att.note, (att.note != "") & readable).alias("note"),
        newest(att.wellbeing, att.wellbeing.is_null(False) & readable).alias("wellbeing"),
        newest(att.at, att.outcome == "reached").alias("reached_at"),
        *extra,
    ).where(Resident.id.in_(ids)))


_NEWEST: dict[tuple, Prepared] = {}


def last_info(resident_ids: Iterable[int], actor: Actor, cases: bool = False
              ) -> dict[int, LastInfo]:
    """Last readable note, wellbeing mark and reached date per resident (and its case flags
    when asked)."""
    # Who reads decides the SQL's shape (see notes.readable_notes).
    reader = (actor.can("notes.confidential"), actor.volunteer_id, actor.user_id, cases)
    query = _NEWEST.get(reader)
    if query is None:
        query = _NEWEST[reader] = _newest_values(actor, cases)
    result: dict[int, LastInfo] = {}
    for part in chunks(resident_ids):
        for rid, note, wellbeing, reached_at, *case in query.rows(part):
            result[rid] = LastInfo(note or "", wellbeing, None if reached_at is None
                                   else _moment(reached_at).date(),
                                   *(_case_flag(*case) if case else ()))
    return result


_CASES = Prepared(Resident, lambda ids: Resident.select(Resident.id, *_case_columns()).where(
    Resident.id.in_(ids)))


def case_flags(resident_ids: Iterable[int]) -> dict[int, tuple[bool, date | None]]:
    """resident id -> (a case is open, date the last case was resolved) for residents with cases.

    No actor: the volunteer's Today list shows only that someone follows up, never the case.
    """
    result: dict[int, tuple[bool, date | None]] = {}
    for part in chunks(resident_ids):
        for rid, is_open, closed in _CASES.rows(part):
            if is_open or closed is not None:
                result[rid] = _case_flag(is_open, closed)
    return result
