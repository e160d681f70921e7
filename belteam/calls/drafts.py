"""Call notes being written but not yet saved (drafts), one per user and resident.

A draft is a note about a resident like any other: it lives in the database, only someone who
may log that resident's calls reads or writes it, erasure removes it and the retention job
drops it after ``KEEP_DAYS`` days untouched.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import peewee as pw

from belteam.core.actors import Actor, require
from belteam.core.clock import clock
from belteam.core.messages import _
from belteam.core.validation import ValidationError
from belteam.people.service import get_resident
from belteam.storage.models import CallDraft

# A draft may hold a note longer than the note limit (the user is still shortening it), but
# not without bound: a pasted document is refused with a message.
MAX_NOTE_CHARS = 50_000
MAX_DRAFT_CHARS = MAX_NOTE_CHARS + 10_000  # the note plus the other, short, fields
KEEP_DAYS = 14


def _check_access(actor: Actor, resident_id: int) -> None:
    """Only someone who may log this resident's calls touches the draft."""
    require(actor, "calls.log")
    get_resident(actor, resident_id)


def _mine(actor: Actor, resident_id: int) -> pw.Expression:
    return (CallDraft.actor == actor.username) & (CallDraft.resident == resident_id)


def _encoded(fields: dict[str, Any]) -> str:
    if not isinstance(fields, dict):
        raise ValidationError({"draft": _("A draft must be a set of named fields.")})
    note = fields.get("note") or ""
    if isinstance(note, str) and len(note) > MAX_NOTE_CHARS:
        raise ValidationError({"note": _(
            "The note is {length} characters long; an unsaved note keeps at most {limit}. "
            "Shorten it to keep it.", length=len(note), limit=MAX_NOTE_CHARS)})
    try:
        text = json.dumps(fields, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError) as exc:
        raise ValidationError({"draft": _("This draft cannot be kept: {reason}",
                                          reason=exc)}) from exc
    if len(text) > MAX_DRAFT_CHARS:
        raise ValidationError({"draft": _(
            "This draft is too large to keep (more than {limit} characters).",
            limit=MAX_DRAFT_CHARS)})
    return text


def save_draft(actor: Actor, resident_id: int, fields: dict[str, Any]) -> None:
    """Keep ``fields`` (plain JSON-able values) as the actor's draft for this resident."""
    _check_access(actor, resident_id)
    text = _encoded(fields)
    now = clock.now()
    (CallDraft.insert(user=actor.user_id, actor=actor.username, resident=resident_id,
                      fields=text, updated_at=now)
     .on_conflict(conflict_target=[CallDraft.actor, CallDraft.resident],
                  update={CallDraft.fields: text, CallDraft.updated_at: now,
                          CallDraft.user: actor.user_id})
     .execute())


def load_draft(actor: Actor, resident_id: int) -> dict[str, Any] | None:
    """The actor's draft for this resident, or None."""
    _check_access(actor, resident_id)
    draft = CallDraft.get_or_none(_mine(actor, resident_id))
    if draft is None:
        return None
    try:
        fields = json.loads(draft.fields)
    except ValueError:
        return None  # unreadable: the form starts empty rather than fail
    return fields if isinstance(fields, dict) else None


def clear_draft(actor: Actor, resident_id: int) -> None:
    """Forget the actor's draft for this resident (saved, or emptied)."""
    _check_access(actor, resident_id)
    CallDraft.delete().where(_mine(actor, resident_id)).execute()


# -- for belteam.privacy.rights (which checks its own permissions) ----------------------------------
def stale_cutoff(now: datetime | None = None) -> datetime:
    """Drafts untouched since before this moment are dropped."""
    return (now or clock.now()) - timedelta(days=KEEP_DAYS)


def delete_stale(now: datetime | None = None) -> int:
    """Drop drafts untouched for ``KEEP_DAYS`` days; returns how many."""
    return CallDraft.delete().where(CallDraft.updated_at < stale_cutoff(now)).execute()


def delete_about(resident_id: int) -> int:
    """Drop every draft about a resident (erasure)."""
    return CallDraft.delete().where(CallDraft.resident == resident_id).execute()


def delete_by_users(user_ids: list[int], usernames: list[str]) -> int:
    """Drop every draft written by these accounts (erasure of a volunteer)."""
    if not user_ids and not usernames:
        return 0
    return CallDraft.delete().where(CallDraft.user.in_(user_ids)
                                    | CallDraft.actor.in_(usernames)).execute()
