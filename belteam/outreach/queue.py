"""The staff's follow-up queue: open cases, most urgent first, with what they need at the door.

Urgency (documented order): open cases before closed ones; then the most days since the last
successful contact (never reached counts as longest); then residents who live alone; then the
weightiest reason (concern = wrong number > missed calls > failed attempts > no contact);
then the oldest case.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import NamedTuple

import peewee as pw

from belteam.calls.notes import may_read_note
from belteam.calls.schedule_data import chunks
from belteam.core.actors import Actor, require
from belteam.core.clock import clock
from belteam.core.messages import _
from belteam.outreach.facts import recent_attempts
from belteam.outreach.rules import REASON_WEIGHT
from belteam.storage.models import CallAttempt, CaseEvent, OutreachCase, Resident, Volunteer
from belteam.storage.queries import not_erased

SHOWN_ATTEMPTS = 5


class AttemptLine(NamedTuple):
    at: datetime
    outcome: str
    volunteer_name: str
    note: str
    wellbeing: int | None
    concern: bool


class EventLine(NamedTuple):
    at: datetime
    actor: str
    kind: str  # opened, trigger, taken, action, closed
    reason: str  # the trigger reason, the action code or the closing outcome
    text: str


class CaseRow(NamedTuple):
    case_id: int
    resident_id: int
    resident_code: str
    resident_name: str
    area: str
    address: str
    lives_alone: bool
    phone: str
    phone2: str
    emergency_contact_name: str
    emergency_contact_phone: str
    key_holder: str
    resident_status: str
    status: str  # open, taken, closed
    taken_by: str
    opened_at: datetime
    closed_at: datetime | None
    outcome: str
    reasons: tuple[str, ...]
    why: tuple[str, ...]  # the trigger texts: why the case was opened and extended
    last_contact: date | None
    days_since_contact: int | None
    attempts: tuple[AttemptLine, ...]  # newest first
    timeline: tuple[EventLine, ...]  # oldest first

    @property
    def weight(self) -> int:
        return max((REASON_WEIGHT.get(r, 0) for r in self.reasons), default=0)


def urgency_key(row: CaseRow) -> tuple:
    """Sort key: most urgent first (see the module docstring)."""
    days = row.days_since_contact
    return (row.status == "closed", -(days if days is not None else 10**6), not row.lives_alone,
            -row.weight, row.opened_at, row.case_id)


def _events(case_ids: list[int]) -> dict[int, list[EventLine]]:
    result: dict[int, list[EventLine]] = defaultdict(list)
    for part in chunks(case_ids):
        query = (CaseEvent.select(CaseEvent.case, CaseEvent.at, CaseEvent.actor, CaseEvent.kind,
                                  CaseEvent.reason, CaseEvent.text)
                 .where(CaseEvent.case.in_(part)).order_by(CaseEvent.at, CaseEvent.id))
        for cid, *rest in query.tuples():
            result[cid].append(EventLine(*rest))
    return result


def _attempts(actor: Actor, resident_ids: list[int]) -> dict[int, list[AttemptLine]]:
    cut = clock.now() + timedelta(days=1)
    ids = [r.id for r in recent_attempts(cut, SHOWN_ATTEMPTS, resident_ids, live_only=False)]
    result: dict[int, list[AttemptLine]] = defaultdict(list)
    for part in chunks(ids):
        query = (CallAttempt.select(CallAttempt, Volunteer).join(Volunteer, pw.JOIN.LEFT_OUTER)
                 .where(CallAttempt.id.in_(part))
                 .order_by(CallAttempt.at.desc(), CallAttempt.id.desc()))
        for a in query:
            readable = may_read_note(actor, a)
            result[a.resident_id].append(AttemptLine(
                a.at, a.outcome, a.volunteer.name if a.volunteer_id else "",
                a.note if readable else "", a.wellbeing if readable else None, a.concern))
    return result


def last_contacts(resident_ids: list[int]) -> dict[int, date]:
    """The last successful contact: a reached attempt, or a case closed as reached."""
    cut = clock.now() + timedelta(days=1)
    found = {r.resident_id: r.at.date()
             for r in recent_attempts(cut, 1, resident_ids, reached_only=True, live_only=False)}
    for part in chunks(resident_ids):
        query = (OutreachCase.select(OutreachCase.resident, OutreachCase.counters_reset_at)
                 .where(OutreachCase.resident.in_(part),
                        OutreachCase.counters_reset_at.is_null(False)))
        for rid, reset in query.tuples():
            found[rid] = max(found.get(rid, reset.date()), reset.date())
    return found


def _rows(actor: Actor, query: pw.ModelSelect) -> list[CaseRow]:
    cases = list(query.tuples())
    if not cases:
        return []
    case_ids = [c[0] for c in cases]
    resident_ids = sorted({c[1] for c in cases})
    events = _events(case_ids)
    attempts = _attempts(actor, resident_ids)
    contacts = last_contacts(resident_ids)
    today = clock.today()
    rows = []
    for (cid, rid, opened, reasons, status, closed, outcome, code, first, last, area, address,
         alone, phone, phone2, ec_name, ec_phone, keys, r_status) in cases:
        timeline = events.get(cid, [])
        taken = [e.actor for e in timeline if e.kind == "taken"]
        contact = contacts.get(rid)
        rows.append(CaseRow(
            cid, rid, code, f"{first} {last}".strip(), area, address, bool(alone), phone, phone2,
            ec_name, ec_phone, keys, r_status, status, taken[-1] if taken and status == "taken"
            else "", opened, closed, outcome, tuple(reasons),
            tuple(e.text for e in timeline if e.kind == "trigger"),
            contact, (today - contact).days if contact else None,
            tuple(attempts.get(rid, ())), tuple(timeline)))
    return sorted(rows, key=urgency_key)


def _select() -> pw.ModelSelect:
    return (OutreachCase.select(
        OutreachCase.id, OutreachCase.resident, OutreachCase.opened_at, OutreachCase.reasons,
        OutreachCase.status, OutreachCase.closed_at, OutreachCase.outcome, Resident.code,
        Resident.first_name, Resident.last_name, Resident.area, Resident.address,
        Resident.lives_alone, Resident.phone, Resident.phone2, Resident.emergency_contact_name,
        Resident.emergency_contact_phone, Resident.key_holder, Resident.status)
        .join(Resident).where(not_erased(Resident)))


def queue(actor: Actor, area: str | None = None, reason: str | None = None,
          include_closed: bool = False) -> list[CaseRow]:
    """Open (and taken) cases, most urgent first; closed ones too when asked."""
    require(actor, "outreach.read")
    query = _select()
    if not include_closed:
        query = query.where(OutreachCase.status.in_(OutreachCase.OPEN_STATUSES))
    if area:
        query = query.where(Resident.area == area)
    rows = _rows(actor, query)
    return [r for r in rows if reason in r.reasons] if reason else rows


def case_row(actor: Actor, case_id: int) -> CaseRow:
    """One case with its details and timeline."""
    require(actor, "outreach.read")
    rows = _rows(actor, _select().where(OutreachCase.id == case_id))
    if not rows:
        raise LookupError(_("No outreach case with id {id}.", id=case_id))
    return rows[0]


def new_cases_since(actor: Actor, moment: datetime) -> list[CaseRow]:
    """Cases opened at or after ``moment`` (for notifications), most urgent first."""
    require(actor, "outreach.read")
    return _rows(actor, _select().where(OutreachCase.opened_at >= moment))
