"""Everything stored about one person as plain data (the right of access); no permission
check here: belteam.privacy.rights.export_person checks and logs."""

from __future__ import annotations

import contextlib
import json
from datetime import date, datetime, time
from typing import Any

import peewee as pw

from belteam.audit import log as audit
from belteam.core.clock import clock
from belteam.storage.models import (
    Absence,
    CallAttempt,
    CallDraft,
    CaseEvent,
    Cover,
    OutreachCase,
    Pairing,
    Pause,
    Resident,
    User,
    Volunteer,
)

SECRET_COLUMNS = {"password_hash"}


def plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def record_dict(record: pw.Model, skip: set[str] = SECRET_COLUMNS) -> dict[str, Any]:
    """Every stored column of a record (foreign keys as ids), JSON-ready."""
    out: dict[str, Any] = {}
    for field in record._meta.sorted_fields:
        if field.name in skip:
            continue
        value = getattr(record, field.name if not isinstance(field, pw.ForeignKeyField)
                        else field.column_name)
        out[field.name] = plain(value)
    return out


def person_dump(person: Resident | Volunteer) -> dict[str, Any]:
    kind = "resident" if isinstance(person, Resident) else "volunteer"
    data: dict[str, Any] = {
        "kind": kind,
        "exported_at": clock.now().isoformat(),
        "person": record_dict(person),
    }
    data.update(_resident_parts(person) if kind == "resident" else _volunteer_parts(person))
    subjects = [f"{kind}:{person.code}"] + [f"user:{u['username']}" for u in data.get("accounts", [])]
    data["audit"] = [audit.entry_row(e) for s in subjects for e in audit.about(s)]
    return data


def _pairing(p: Pairing) -> dict[str, Any]:
    row = record_dict(p)
    row["volunteer_code"] = p.volunteer.code
    row["resident_code"] = p.resident.code
    return row


def _resident_parts(r: Resident) -> dict[str, Any]:
    pairings = Pairing.select().where(Pairing.resident == r.id).order_by(Pairing.start_date)
    attempts = CallAttempt.select().where(CallAttempt.resident == r.id).order_by(CallAttempt.at)
    cases = OutreachCase.select().where(OutreachCase.resident == r.id).order_by(OutreachCase.opened_at)
    return {
        "pairings": [_pairing(p) for p in pairings],
        "attempts": [record_dict(a) for a in attempts],
        "cases": [dict(record_dict(c), events=[record_dict(e) for e in
                                               c.events.order_by(CaseEvent.at, CaseEvent.id)])
                  for c in cases],
        "pauses": [record_dict(p) for p in Pause.select().where(Pause.resident == r.id)],
        "covers": [record_dict(c) for c in Cover.select().join(Pairing)
                   .where(Pairing.resident == r.id)],
        "drafts": [_draft(d) for d in CallDraft.select().where(CallDraft.resident == r.id)
                   .order_by(CallDraft.updated_at)],
    }


def _draft(d: CallDraft) -> dict[str, Any]:
    """An unsaved call note with its fields readable rather than as stored JSON text."""
    row = record_dict(d)
    with contextlib.suppress(ValueError):  # unreadable: shown as stored
        row["fields"] = json.loads(d.fields)
    return row


def _volunteer_parts(vol: Volunteer) -> dict[str, Any]:
    pairings = Pairing.select().where(Pairing.volunteer == vol.id).order_by(Pairing.start_date)
    # Attempts they made, without the note text: that text is about the resident.
    attempts = CallAttempt.select().where(CallAttempt.volunteer == vol.id).order_by(CallAttempt.at)
    keep = ("id", "resident", "due_date", "at", "outcome")
    return {
        "pairings": [_pairing(p) for p in pairings],
        "attempts": [{k: v for k, v in record_dict(a).items() if k in keep} for a in attempts],
        "absences": [record_dict(a) for a in Absence.select().where(Absence.volunteer == vol.id)],
        "covers": [record_dict(c) for c in Cover.select().where(Cover.volunteer == vol.id)],
        "accounts": [record_dict(u) for u in User.select().where(User.volunteer == vol.id)],
    }
