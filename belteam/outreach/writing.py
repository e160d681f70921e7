"""Writing outreach cases: the lock that serialises writers, and opening or extending cases
for the triggers an evaluation found (``belteam.outreach.cases`` drives both)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import peewee as pw

from belteam.calls.schedule_data import chunks
from belteam.core.clock import clock
from belteam.outreach.rules import Trigger
from belteam.storage.db import DB
from belteam.storage.models import CaseEvent, OutreachCase

_LOCK_KEY = 0x6F757472  # "outr" (+ the resident id): case writes across PCs on PostgreSQL
BATCH = 200  # rows per multi-row INSERT (well inside every engine's parameter limit)


def lock(resident_ids: Sequence[int]) -> None:
    """Serialise case writers per resident, so two evaluations (or an evaluation and a take
    or close) never work on one resident's case at once. PostgreSQL: one transaction lock per
    resident, taken in id order (no deadlock), so calls about other residents never wait;
    SQLite: a write statement takes its single writer lock before we read."""
    database = DB.obj
    if isinstance(database, pw.PostgresqlDatabase):
        database.execute_sql("SELECT pg_advisory_xact_lock(%s, r) FROM unnest(%s::int[]) AS r",
                             (_LOCK_KEY, sorted(set(resident_ids))))
    else:
        database.execute_sql("UPDATE outreach_case SET status = status WHERE 1 = 0")


def lock_case(case_id: int) -> None:
    """The lock for work on one case (take, close): its resident's on PostgreSQL. On SQLite
    the write statement must come first: a transaction that read before it writes is refused
    at once ("database is locked") when another program wrote meanwhile, without waiting."""
    if isinstance(DB.obj, pw.PostgresqlDatabase):
        lock([rid for (rid,) in OutreachCase.select(OutreachCase.resident)
              .where(OutreachCase.id == case_id).tuples()])
    else:
        lock(())


def open_cases(resident_ids: Iterable[int]) -> dict[int, OutreachCase]:
    """The open (or taken) case of each given resident."""
    found: dict[int, OutreachCase] = {}
    for part in chunks(resident_ids):
        for case in OutreachCase.select().where(OutreachCase.resident.in_(part),
                                                OutreachCase.status.in_(OutreachCase.OPEN_STATUSES)):
            found[case.resident_id] = case
    return found


def apply(found: dict[int, list[Trigger]], actor: str, repeat: frozenset[str] = frozenset()
           ) -> list[tuple[OutreachCase, bool]]:
    """Open a case or add the new reasons to the open one; (case, newly opened) per change.

    New cases and all events are written with multi-row INSERTs: the first evaluation of a
    large database opens about a thousand cases, one round trip each would take seconds.
    """
    changed: list[tuple[OutreachCase, bool]] = []
    events: list[tuple[OutreachCase, str, str, str]] = []  # case, kind, reason, text
    existing = open_cases(found)
    for rid, case in existing.items():
        new = [t for t in found[rid] if t.reason not in case.reasons or t.reason in repeat]
        if new:
            case.reasons = list(case.reasons) + list(dict.fromkeys(
                t.reason for t in new if t.reason not in case.reasons))
            case.save()
            events += [(case, "trigger", t.reason, t.text) for t in new]
            changed.append((case, False))
    fresh = [rid for rid in found if rid not in existing]
    now = clock.now()
    for start in range(0, len(fresh), BATCH):
        OutreachCase.insert_many([
            {"resident": rid, "opened_at": now, "status": "open",
             "reasons": [t.reason for t in found[rid]]}
            for rid in fresh[start:start + BATCH]]).execute()
    for rid, case in open_cases(fresh).items() if fresh else ():
        events.append((case, "opened", "", ""))
        events += [(case, "trigger", t.reason, t.text) for t in found[rid]]
        changed.append((case, True))
    rows = [{"case": case.id, "at": now, "actor": actor[:80], "kind": kind,
             "reason": reason[:40], "text": text} for case, kind, reason, text in events]
    for start in range(0, len(rows), BATCH):
        CaseEvent.insert_many(rows[start:start + BATCH]).execute()
    return changed
