"""The append-only audit log: sign-ins, account changes, exports, erasures and purges.

Nothing in the program edits or deletes an entry; the only rewrite is an erasure
replacing the erased person's code in the subject (the right to be forgotten wins).
"""

from __future__ import annotations

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


def record(actor_name: str, action: str, subject: str = "", detail: str = "") -> AuditEntry:
    """Append one entry; never pass names, phone numbers or note text in ``detail``."""
    return AuditEntry.create(at=clock.now(), actor=actor_name[:80], action=action[:40],
                             subject=subject[:80], detail=detail)


def entries(actor: Actor, action: str | None = None, subject: str | None = None,
            who: str | None = None, since: date | None = None, until: date | None = None,
            search: str | None = None, limit: int | None = 5000) -> pw.ModelSelect:
    """Entries newest first, filtered; only for roles with ``audit.read``."""
    require(actor, "audit.read")
    query = AuditEntry.select()
    if action:
        query = query.where(AuditEntry.action == action)
    if subject:
        query = query.where(AuditEntry.subject == subject)
    if who:
        query = query.where(AuditEntry.actor == who)
    if since:
        query = query.where(AuditEntry.at >= datetime.combine(since, time.min, TZ))
    if until:
        query = query.where(AuditEntry.at < datetime.combine(until, time.max, TZ))
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
