"""Volunteers and residents: validation, changes and who may see whom."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, NamedTuple

import peewee as pw

from belteam.audit import log as audit
from belteam.core import validation as v
from belteam.core.actors import Actor, PermissionDenied, require, role_name
from belteam.core.clock import clock
from belteam.core.messages import _
from belteam.pairings import wanted
from belteam.pairings.running import visible_resident_ids
from belteam.people.visibility import resident_fields
from belteam.storage.models import (
    BOOKKEEPING,
    ChangedSinceOpened,
    Pairing,
    Resident,
    Volunteer,
)
from belteam.storage.queries import not_erased

Cleaner = Callable[[Any], Any]

# Called with (actor, resident, old status, new status) after a resident's status changed
# (calls.absences ends running pauses when a resident is set active; wired in bootstrap).
AFTER_STATUS_CHANGE: list[Callable[[Actor, Resident, str, str], None]] = []
_ACTIONS = {  # model -> (created, changed, archived, restored)
    "volunteer": (audit.VOLUNTEER_CREATED, audit.VOLUNTEER_CHANGED, audit.VOLUNTEER_ARCHIVED,
                  audit.VOLUNTEER_RESTORED),
    "resident": (audit.RESIDENT_CREATED, audit.RESIDENT_CHANGED, audit.RESIDENT_ARCHIVED,
                 audit.RESIDENT_RESTORED),
}


def _kind(record: Volunteer | Resident | type) -> str:
    model = record if isinstance(record, type) else type(record)
    return "volunteer" if issubclass(model, Volunteer) else "resident"

# Every person: the fields volunteers and residents share, in this order.
_PERSON_FIELDS: dict[str, Cleaner] = {
    "code": v.parse_code,
    "first_name": lambda x: v.text(x, 100, required=True),
    "last_name": lambda x: v.text(x, 100),
    "phone": v.parse_phone,
}

VOLUNTEER_FIELDS: dict[str, Cleaner] = {
    **_PERSON_FIELDS,
    "email": v.parse_email,
    "languages": v.parse_langs,
    "area": lambda x: v.text(x, 100),
    "available": lambda x: v.text(x, 200),
    "max_residents": lambda x: 5 if x in (None, "") else v.parse_int(x, 0, 200),
}

RESIDENT_FIELDS: dict[str, Cleaner] = {
    **_PERSON_FIELDS,
    "phone2": v.parse_phone,
    "area": lambda x: v.text(x, 100),
    "address": lambda x: v.text(x, 200),
    "postcode": v.parse_postcode,
    "birth_date": v.parse_birth_date,
    "languages": v.parse_langs,
    "lives_alone": v.parse_bool,
    "emergency_contact_name": lambda x: v.text(x, 200),
    "emergency_contact_phone": v.parse_phone,
    "key_holder": lambda x: v.text(x, 200),
    "consent_date": v.parse_date,
    "consent_by": lambda x: v.text(x, 200),
    "consent_purpose": lambda x: v.text(x, 300),
    "preferred_days": lambda x: v.text(x, 100),
    "wanted_plan": wanted.clean,
    "status": lambda x: _status(x),
}


def _status(value: Any) -> str:
    raw = str(value or "").strip().lower()
    if raw not in Resident.STATUSES:
        raise ValueError(_("'{value}' is not a status; use one of {choices}", value=value,
                           choices=", ".join(Resident.STATUSES)))
    return raw


def clean(fields: dict[str, Cleaner], data: dict[str, Any]) -> dict[str, Any]:
    """Clean every given field; collect all problems into one ValidationError."""
    cleaned: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, value in data.items():
        if name not in fields:
            raise KeyError(f"unknown field {name!r}")
        try:
            cleaned[name] = fields[name](value)
        except ValueError as exc:
            errors[name] = str(exc)
    if errors:
        raise v.ValidationError(errors)
    return cleaned


def _check_unique(model: type[pw.Model], code: str, exclude_id: int | None) -> None:
    query = model.select(model.id).where(model.code == code)
    if exclude_id is not None:
        query = query.where(model.id != exclude_id)
    if query.exists():
        raise v.ValidationError({"code": _("the code '{code}' is already in use", code=code)})


def _save(model: type[pw.Model], actor: Actor, data: dict[str, Any], fields: dict,
          pk: int | None, opened: dict[str, Any] | None = None, overwrite: bool = False):
    require(actor, "people.edit")
    cleaned = clean(fields, data)
    if "code" in cleaned:
        _check_unique(model, cleaned["code"], pk)
    now = clock.now()
    created, changed, *_others = _ACTIONS[_kind(model)]
    if pk is None:
        missing = [f for f in ("code", "first_name") if f not in cleaned]
        if missing:
            raise v.ValidationError({f: _("is required") for f in missing})
        with model._meta.database.atomic():
            record = model.create(created_at=now, updated_at=now, changed_by=actor.username,
                                  changed_at=now, **cleaned)
            audit.record_change(actor, created, audit.person_subject(_kind(model), record.code),
                                [k for k, value in cleaned.items() if value not in ("", None)])
        return record
    record = model.get_by_id(pk)
    # The version the user opened decides, not the one just read: someone may have saved
    # while the dialog was open. The UPDATE checks it again (Versioned.save).
    if not overwrite and opened is not None and record.version != opened.get("version",
                                                                               record.version):
        raise ChangedSinceOpened(record, _differences(opened, record))
    old_status = getattr(record, "status", None)
    touched = [k for k, value in cleaned.items() if getattr(record, k) != value]
    with record._meta.database.atomic():
        for key, value in cleaned.items():
            setattr(record, key, value)
        record.updated_at = now
        record.changed_by = actor.username
        record.save()
        if touched:
            audit.record_change(actor, changed, audit.person_subject(_kind(model), record.code),
                                touched)
        if model is Resident and old_status != record.status:
            for hook in list(AFTER_STATUS_CHANGE):
                hook(actor, record, old_status or "", record.status)
    return record


def _differences(opened: dict[str, Any], current: pw.Model) -> list[str]:
    """The fields someone else changed since the values in ``opened`` were read."""
    return [name for name, value in opened.items()
            if name not in BOOKKEEPING and name in current.__data__
            and current.__data__[name] != value]


def save_volunteer(actor: Actor, data: dict[str, Any], pk: int | None = None,
                   opened: dict[str, Any] | None = None, overwrite: bool = False) -> Volunteer:
    """Create (pk None) or update a volunteer after validation.

    ``opened`` holds the values (with ``version``) the user started from: when someone else
    saved since, ChangedSinceOpened says who, when and what; ``overwrite`` saves anyway.
    """
    return _save(Volunteer, actor, data, VOLUNTEER_FIELDS, pk, opened, overwrite)


def save_resident(actor: Actor, data: dict[str, Any], pk: int | None = None,
                  opened: dict[str, Any] | None = None, overwrite: bool = False) -> Resident:
    """Create (pk None) or update a resident after validation (``opened``: see save_volunteer)."""
    return _save(Resident, actor, data, RESIDENT_FIELDS, pk, opened, overwrite)


def set_archived(actor: Actor, record: Volunteer | Resident, archived: bool = True) -> None:
    """Archive (or restore) instead of deleting; archiving ends the person's open pairings."""
    require(actor, "people.edit")
    today = clock.today()
    with record._meta.database.atomic():
        # One field, whatever else changed since: archiving is an action, not an edit.
        model = type(record)
        model.update(archived=archived, updated_at=clock.now(), changed_by=actor.username,
                     changed_at=clock.now()).where(model.id == record.id).execute()
        record.archived = archived
        action = _ACTIONS[_kind(record)][2 if archived else 3]
        audit.record_change(actor, action, audit.person_subject(_kind(record), record.code),
                            ["archived"])
        if archived:
            column = Pairing.volunteer if isinstance(record, Volunteer) else Pairing.resident
            (Pairing.update(end_date=today, ended_reason="archived")
             .where(column == record.id, Pairing.end_date.is_null()).execute())


def _listed(model: type[pw.Model], include_archived: bool) -> pw.ModelSelect:
    """Records not erased, and not archived unless asked for."""
    query = model.select().where(not_erased(model))
    if not include_archived:
        query = query.where(model.archived == False)  # noqa: E712
    return query


def residents(actor: Actor, include_archived: bool = False) -> pw.ModelSelect:
    """The residents this actor may see."""
    query = _listed(Resident, include_archived)
    ids = visible_resident_ids(actor)
    if ids is not None:
        query = query.where(Resident.id.in_(ids))
    return query.order_by(Resident.last_name, Resident.first_name)


def volunteers(actor: Actor, include_archived: bool = False) -> pw.ModelSelect:
    """Volunteers: everyone for coordinators and staff, only oneself for a volunteer."""
    query = _listed(Volunteer, include_archived)
    if not actor.can("people.read_all"):
        query = query.where(Volunteer.id == (actor.volunteer_id or -1))
    return query.order_by(Volunteer.last_name, Volunteer.first_name)


def volunteer_names(actor: Actor) -> list[tuple[int, str, str]]:
    """(id, name, code) of the visible volunteers, for choosers; light enough for 5,000 of them."""
    query = volunteers(actor).select(Volunteer.id, Volunteer.first_name, Volunteer.last_name,
                                     Volunteer.code)
    # fetched raw: peewee's row-by-row conversion took most of the Today screen's opening
    rows = Volunteer._meta.database.execute(query).fetchall()
    return [(pk, f"{first} {last}".strip(), code) for pk, first, last, code in rows]


def _first(query: pw.ModelSelect, missing: Callable[[], Exception]) -> Any:
    """The first record of ``query``; raises ``missing()`` when there is none."""
    found = query.first()
    if found is None:
        raise missing()
    return found


def get_resident(actor: Actor, pk: int) -> Resident:
    """One resident record, if the actor may see them: for services' access checks.

    The whole record includes what a volunteer may not read; show people resident_view().
    """
    return _first(residents(actor, include_archived=True).where(Resident.id == pk),
                  lambda: _not_yours(actor))


def _not_yours(actor: Actor) -> PermissionDenied:
    return PermissionDenied(_("Not allowed for the role {role}: this resident is not yours.",
                              role=role_name(actor.role)))


def resident_view(actor: Actor, pk: int) -> dict[str, Any]:
    """The fields of one resident this actor may read (visibility.resident_fields), nothing more.

    Only those columns are read from the database; values as stored (E.164 phones, language
    codes, dates). Raises PermissionDenied like get_resident for someone else's resident.
    """
    names = resident_fields(actor)
    query = (residents(actor, include_archived=True)
             .select(*(getattr(Resident, name) for name in names))
             .where(Resident.id == pk).dicts())
    row = _first(query, lambda: _not_yours(actor))
    return {name: row[name] for name in names}


def version_of(actor: Actor, kind: str, pk: int) -> int:
    """The saved version of a resident or volunteer, read when a dialog opens it."""
    query = (residents(actor, include_archived=True).select(Resident.version)
             .where(Resident.id == pk) if kind == "resident" else
             volunteers(actor, include_archived=True).select(Volunteer.version)
             .where(Volunteer.id == pk))
    return _first(query.tuples(), lambda: _not_yours(actor))[0]


def resident_by_code(actor: Actor, code: str) -> Resident:
    return _first(residents(actor, include_archived=True).where(Resident.code == code.upper()),
                  lambda: LookupError(_("No resident with code '{code}' that you may see.",
                                        code=code)))


def volunteer_by_code(actor: Actor, code: str) -> Volunteer:
    return _first(volunteers(actor, include_archived=True).where(Volunteer.code == code.upper()),
                  lambda: LookupError(_("No volunteer with code '{code}'.", code=code)))


def get_volunteer(actor: Actor, pk: int) -> Volunteer:
    """One volunteer, if the actor may see them."""
    return _first(volunteers(actor, include_archived=True).where(Volunteer.id == pk),
                  lambda: PermissionDenied(_(
                      "Not allowed for the role {role}: this volunteer is not you.",
                      role=role_name(actor.role))))


class ResidentRow(NamedTuple):
    """One line of the residents list (plain values, no model objects)."""

    id: int
    code: str
    first_name: str
    last_name: str
    area: str
    phone: str  # E.164
    status: str
    lives_alone: bool
    archived: bool
    volunteer: str  # who calls now (else who will), "" when nobody
    plan: str  # that pairing's RRULE, "" when nobody
    postcode: str = ""  # blank when the actor may not read it
    volunteer_code: str = ""  # the code of ``volunteer``
    # The coordinator's desk columns, filled by belteam.matching.lists_rows (else empty).
    last_contact: date | None = None  # the last call that reached them
    next_call: date | None = None  # the next planned call of their pairing
    wellbeing: int | None = None  # the last wellbeing mark given (1-10)
    open_case: bool = False  # a follow-up case is open

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def resident_rows(actor: Actor, include_archived: bool = False) -> list[ResidentRow]:
    """The visible residents with their current volunteer and plan, in ONE query (for long lists).

    Fields the actor may not read (a volunteer: area, lives alone) come back blank.
    """
    today = clock.today()
    running = Pairing.alias("running")
    # The pairing running today, else the next one to start: a correlated subquery, not N+1.
    current_id = (running.select(running.id)
                  .where(running.resident == Resident.id,
                         running.end_date.is_null() | (running.end_date >= today))
                  .order_by(running.start_date, running.id).limit(1))
    readable = resident_fields(actor)

    def column(name: str, blank: Any) -> Any:
        # A field the actor may not read is never fetched: the row carries a blank instead.
        return getattr(Resident, name) if name in readable else pw.Value(blank).alias(name)

    query = (residents(actor, include_archived)
             .select(Resident.id, column("code", ""), column("first_name", ""),
                     column("last_name", ""), column("area", ""), column("phone", ""),
                     column("status", ""), column("lives_alone", False),
                     Resident.archived, Volunteer.first_name, Volunteer.last_name, Pairing.rrule,
                     column("postcode", ""), Volunteer.code)
             .join(Pairing, pw.JOIN.LEFT_OUTER, on=(Pairing.id == current_id))
             .join(Volunteer, pw.JOIN.LEFT_OUTER, on=(Pairing.volunteer == Volunteer.id)))
    # The raw cursor: peewee's per-field conversion doubled the time at 20,000 rows; only the
    # booleans need converting (SQLite gives 0/1).
    cursor = Resident._meta.database.execute(query)
    return [ResidentRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), bool(r[8]),
                        f"{r[9] or ''} {r[10] or ''}".strip(), r[11] or "", r[12] or "",
                        r[13] or "")
            for r in cursor.fetchall()]


def new_person_defaults(kind: str) -> dict[str, Any]:
    """The stored defaults for a new volunteer or resident (e.g. status 'waiting', 5 places)."""
    model = Volunteer if kind == "volunteer" else Resident
    return {name: field.default for name, field in model._meta.fields.items()
            if field.default not in (None, "") and not callable(field.default)}
