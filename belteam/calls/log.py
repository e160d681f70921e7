"""Logging call attempts and notes (belpoging, notitie), and reading a resident's history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

import peewee as pw

from belteam.calls.notes import may_read_note  # noqa: F401  (re-exported)
from belteam.calls.schedule import open_due_dates
from belteam.core.actors import (
    OTHERS_CALL,
    VOLUNTEER,
    Actor,
    require,
    require_own,
)
from belteam.core.clock import aware, clock
from belteam.core.messages import _
from belteam.core.validation import ValidationError, clean_note
from belteam.pairings.running import current_pairing
from belteam.people.service import get_resident
from belteam.settings import store as settings
from belteam.storage.models import CallAttempt, Pairing, Resident, Volunteer

TOPICS = ("loneliness", "health", "groceries", "money", "mobility", "family", "mood")
OUTCOMES = CallAttempt.OUTCOMES  # the one list; the table's own
UNSUCCESSFUL = tuple(outcome for outcome in OUTCOMES if outcome != "reached")

# Called with each stored attempt (outreach evaluation hooks in here).
AFTER_LOG: list[Callable[[CallAttempt], None]] = []


class NoteTooLong(ValidationError):
    """A note over the allowed length: refused whole, never cut."""

    def __init__(self, length: int, limit: int):
        message = _("The note is {length} characters long; at most {limit} are allowed. "
                    "Shorten it; nothing was saved.", length=length, limit=limit)
        super().__init__({"note": message})
        self.args = (message,)
        self.length, self.limit = length, limit

    def __str__(self) -> str:
        return self.args[0]


def _check(outcome: str, note: str, wellbeing: int | None, topics: Sequence[str]) -> None:
    limit = settings.get("note_max_chars")
    if len(note) > limit:
        raise NoteTooLong(len(note), limit)
    errors: dict[str, str] = {}
    if outcome not in OUTCOMES:
        errors["outcome"] = _("'{value}' is not an outcome; use one of {choices}",
                              value=outcome, choices=", ".join(OUTCOMES))
    if wellbeing is not None and (isinstance(wellbeing, bool) or not isinstance(wellbeing, int)
                                  or not 1 <= wellbeing <= 10):
        errors["wellbeing"] = _("'{value}' is not a mark from 1 to 10", value=wellbeing)
    unknown = [t for t in topics if t not in TOPICS]
    if unknown:
        errors["topics"] = _("unknown topic(s) {topics}; use {choices}",
                             topics=", ".join(unknown), choices=", ".join(TOPICS))
    if errors:
        raise ValidationError(errors)


def _caller(actor: Actor, volunteer_id: int | None) -> int | None:
    """The volunteer who made the call: a volunteer actor is always themself."""
    if actor.role == VOLUNTEER:
        require_own(actor, volunteer_id, OTHERS_CALL)
        return actor.volunteer_id
    if volunteer_id is not None and Volunteer.get_or_none(Volunteer.id == volunteer_id) is None:
        raise ValidationError({"volunteer": _("no volunteer with id {id}", id=volunteer_id)})
    return volunteer_id


def _check_day_of_call(resident_id: int, day: date) -> None:
    """A call is logged on a day that has come, and not before the resident was first paired."""
    today = clock.today()
    if day > today:
        raise ValidationError({"at": _(
            "A call cannot be logged on a later day than today ({today}): {day}.",
            today=today.isoformat(), day=day.isoformat())})
    first = (Pairing.select(pw.fn.MIN(Pairing.start_date))
             .where(Pairing.resident == resident_id).scalar())
    if first is not None and day < first:
        raise ValidationError({"at": _(
            "A call cannot be logged on {day}: the resident's first pairing started on {start}.",
            day=day.isoformat(), start=first.isoformat())})


def may_log_for(due: date, day: date | None = None) -> bool:
    """An attempt belongs to a call that has come: logged ahead it would leave that call missed."""
    return due <= (day or clock.today())


def log_call(actor: Actor, resident_id: int, outcome: str, *, note: str = "",
             wellbeing: int | None = None, topics: Sequence[str] = (), wants_again: bool = True,
             practical_help: bool = False, concern: bool = False, confidential: bool = False,
             at: datetime | None = None, volunteer_id: int | None = None,
             due_date: date | None = None) -> CallAttempt:
    """Store one attempt (with its note) for the open due call it belongs to; then run AFTER_LOG."""
    require(actor, "calls.log")
    note = clean_note(note or "")  # no hidden text direction tricks; line breaks stay
    topics = list(topics or ())
    _check(outcome, note, wellbeing, topics)
    resident = get_resident(actor, resident_id)  # PermissionDenied for someone else's resident
    at = aware(at) if at else clock.now()
    day = at.date()
    _check_day_of_call(resident.id, day)
    pairing = None
    if due_date is None:
        open_calls = open_due_dates(resident.id, day)
        if open_calls:
            pairing = Pairing.get_by_id(open_calls[0][0])
            due_date = open_calls[0][1]
        else:
            due_date = day
    elif not may_log_for(due_date, day):
        raise ValidationError({"due_date": _(
            "A call cannot be logged on a later day than it happens: the attempt is on {day}, "
            "the call is due on {due}.", day=day.isoformat(), due=due_date.isoformat())})
    if pairing is None:
        pairing = current_pairing(resident.id, due_date) or current_pairing(resident.id, day)
    caller = _caller(actor, volunteer_id)
    attempt = CallAttempt.create(
        pairing=pairing, resident=resident, volunteer=caller, due_date=due_date, at=at,
        outcome=outcome, note=note, wellbeing=wellbeing, topics=topics, wants_again=wants_again,
        practical_help=practical_help, concern=concern, confidential=confidential,
        logged_by=actor.user_id)
    for hook in list(AFTER_LOG):
        hook(attempt)
    return attempt


def history(actor: Actor, resident_id: int, limit: int | None = None) -> list[CallAttempt]:
    """The resident's attempts, newest first; confidential notes blanked for those who may not read them."""
    require(actor, "calls.log")
    if not actor.can("calls.read_all"):
        get_resident(actor, resident_id)
    elif Resident.get_or_none(Resident.id == resident_id) is None:
        raise LookupError(_("No resident with id {id}.", id=resident_id))
    query = (CallAttempt.select(CallAttempt, Volunteer)
             .join(Volunteer, pw.JOIN.LEFT_OUTER)
             .where(CallAttempt.resident == resident_id)
             .order_by(CallAttempt.at.desc(), CallAttempt.id.desc()))
    if limit is not None:
        query = query.limit(limit)
    result = []
    for attempt in query:
        if not may_read_note(actor, attempt):
            attempt.note = ""  # shown as "confidential"; the object is never saved back
            attempt.wellbeing = None
            attempt.topics = []
        result.append(attempt)
    return result
