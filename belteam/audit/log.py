"""The append-only audit log: sign-ins, account changes, exports, erasures, purges, and every
change to the data about people (who, when, whose record, which fields: never the values).

Nothing in the program edits or deletes an entry; the only rewrite is an erasure
replacing the erased person's code in the subject (the right to be forgotten wins).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Any

import peewee as pw

from belteam.core.actors import Actor, require
from belteam.core.clock import TZ, clock
from belteam.storage.models import AuditEntry

# The actions written by Belteam itself (others may add their own words).
SIGNIN_OK = "signin"
SIGNIN_FAILED = "signin_failed"
SIGNIN_LOCKED = "signin_locked"
SIGNOUT = "signout"
ACCOUNT_CREATED = "account_created"
ACCOUNT_DISABLED = "account_disabled"
ACCOUNT_ENABLED = "account_enabled"
ACCOUNT_LINKED = "account_linked"
PASSWORD_RESET = "password_reset"
PASSWORD_CHANGED = "password_changed"
FIRST_RUN = "first_run"
PERSON_EXPORTED = "person_exported"
PERSON_ERASED = "person_erased"
CONSENT_RECORDED = "consent_recorded"
NOTES_PURGED = "notes_purged"
DATA_EXPORTED = "data_exported"
SETTING_CHANGED = "setting_changed"
BACKUP_MADE = "backup_made"
DATABASE_RESTORED = "database_restored"
BACKUPS_SCRUBBED = "backups_scrubbed"
# Changes to data: the subject names the person ("resident:CODE" / "volunteer:CODE"), the
# detail only the names of the fields touched (and counts), never a value.
VOLUNTEER_CREATED = "volunteer_created"
VOLUNTEER_CHANGED = "volunteer_changed"
VOLUNTEER_ARCHIVED = "volunteer_archived"
VOLUNTEER_RESTORED = "volunteer_restored"
RESIDENT_CREATED = "resident_created"
RESIDENT_CHANGED = "resident_changed"
RESIDENT_ARCHIVED = "resident_archived"
RESIDENT_RESTORED = "resident_restored"
PAIRING_CREATED = "pairing_created"
PLAN_CHANGED = "plan_changed"
PAIRING_ENDED = "pairing_ended"
ABSENCE_ADDED = "absence_added"
ABSENCE_REMOVED = "absence_removed"
COVER_ASSIGNED = "cover_assigned"
COVER_REMOVED = "cover_removed"
PAUSE_ADDED = "pause_added"
PAUSE_ENDED = "pause_ended"
PAUSE_REMOVED = "pause_removed"
CASE_TAKEN = "case_taken"
CASE_ACTION = "case_action"
CASE_CLOSED = "case_closed"
PEOPLE_IMPORTED = "people_imported"


def record(actor_name: str, action: str, subject: str = "", detail: str = "") -> AuditEntry:
    """Append one entry; never pass names, phone numbers or note text in ``detail``."""
    # The real time, never the --as-of day: the log must show when things happened.
    return AuditEntry.create(at=clock.real_now(), actor=actor_name[:80], action=action[:40],
                             subject=subject[:80], detail=detail)


def person_subject(kind: str, code: str) -> str:
    """The subject that names a person: 'resident:CODE' or 'volunteer:CODE' (erasure rewrites it)."""
    return f"{kind}:{code}"


def record_change(actor: Actor | str, action: str, subject: str, fields: Iterable[str] = (),
                  extra: str = "") -> AuditEntry:
    """A change to data: the names of the ``fields`` touched, never their values."""
    names = ",".join(sorted(set(fields)))
    detail = " ".join(part for part in (f"fields={names}" if names else "", extra) if part)
    return record(actor if isinstance(actor, str) else actor.username, action, subject, detail)


def entries(actor: Actor, action: str | None = None, subject: str | None = None,
            who: str | None = None, since: date | None = None, until: date | None = None,
            search: str | None = None, limit: int | None = 5000,
            person: str | None = None) -> pw.ModelSelect:
    """Entries newest first, filtered; only for roles with ``audit.read``.

    ``person`` is a resident's or volunteer's code: the entries whose subject names them.
    """
    require(actor, "audit.read")
    query = AuditEntry.select()
    if action:
        query = query.where(AuditEntry.action == action)
    if subject:
        query = query.where(AuditEntry.subject == subject)
    if person:
        query = query.where(AuditEntry.subject.in_([person_subject("resident", person),
                                                   person_subject("volunteer", person)]))
    if who:
        query = query.where(AuditEntry.actor == who)
    if since:
        query = query.where(AuditEntry.at >= datetime.combine(since, time.min, TZ))
    if until:
        query = query.where(AuditEntry.at <= datetime.combine(until, time.max, TZ))
    if search:
        needle = f"%{search}%"
        query = query.where(AuditEntry.actor ** needle | AuditEntry.action ** needle
                            | AuditEntry.subject ** needle | AuditEntry.detail ** needle)
    query = query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    return query.limit(limit) if limit else query


def actions(actor: Actor) -> list[str]:
    """The distinct actions in the log, for a filter list."""
    require(actor, "audit.read")
    rows = AuditEntry.select(AuditEntry.action).distinct().order_by(AuditEntry.action)
    return [row.action for row in rows]


def entry_row(entry: AuditEntry) -> dict[str, Any]:
    return {"at": entry.at.isoformat(), "actor": entry.actor, "action": entry.action,
            "subject": entry.subject, "detail": entry.detail}


def about(subject: str) -> pw.ModelSelect:
    """Entries about one subject (used by the privacy export, which checks its own permission)."""
    return AuditEntry.select().where(AuditEntry.subject == subject).order_by(AuditEntry.at)
