"""Pairing a resident with a volunteer at an agreed call plan (koppeling, belafspraak)."""

from __future__ import annotations

from datetime import date, time, timedelta

import peewee as pw

from belteam.audit import log as audit
from belteam.core import validation as v
from belteam.core.actors import Actor, require
from belteam.core.clock import clock
from belteam.core.messages import _
from belteam.pairings.plans import Plan, PlanError, parse_plan
from belteam.pairings.running import current_pairing, taking_a_place, visible_resident_ids

# ChangedSinceOpened: the refusal of a plan someone else saved meanwhile (for the dialogs).
from belteam.storage.models import ChangedSinceOpened, Pairing, Resident, Volunteer  # noqa: F401


def active_count(volunteer: Volunteer, day: date | None = None) -> int:
    """Places the volunteer has taken on ``day`` (pairings not yet ended)."""
    day = day or clock.today()
    return Pairing.select().where(Pairing.volunteer == volunteer, taking_a_place(day)).count()


def at_capacity(volunteer: Volunteer, day: date | None = None, count: int | None = None) -> bool:
    """True when the volunteer already calls their agreed maximum (``count``: a known count)."""
    return (active_count(volunteer, day) if count is None else count) >= volunteer.max_residents


def active_counts(day: date | None = None) -> dict[int, int]:
    """Places taken per volunteer id on ``day``, in one query (for pick lists)."""
    day = day or clock.today()
    query = (Pairing.select(Pairing.volunteer, pw.fn.COUNT(Pairing.id).alias("n"))
             .where(taking_a_place(day)).group_by(Pairing.volunteer).tuples())
    return dict(query)


def pair(actor: Actor, resident: Resident, volunteer: Volunteer, plan: Plan | str,
         start: date | None = None, preferred_time: time | None = None,
         end: date | None = None, force: bool = False) -> Pairing:
    """Pair a resident with a volunteer; a resident has one running pairing, so an earlier one ends."""
    require(actor, "pairings.edit")
    start = start or clock.today()
    errors: dict[str, str] = {}
    try:
        plan = plan if isinstance(plan, Plan) else parse_plan(plan)
    except PlanError as exc:
        errors["plan"] = str(exc)
    try:
        v.check_start(v.check_day(start))
    except ValueError as exc:
        errors["start_date"] = str(exc)
    if end is not None and end < start:
        errors["end_date"] = _("the end date lies before the start date")
    if resident.archived or volunteer.archived:
        errors["volunteer" if volunteer.archived else "resident"] = _("is archived")
    if not force and at_capacity(volunteer, start):
        errors["volunteer"] = _("{name} already calls {count} residents, the agreed maximum",
                                 name=volunteer.name, count=volunteer.max_residents)
    if errors:
        raise v.ValidationError(errors)
    assert isinstance(plan, Plan)  # parsed above, or an error was raised
    with Pairing._meta.database.atomic():
        _end_running(resident, start)
        pairing = Pairing.create(volunteer=volunteer, resident=resident, rrule=plan.to_rrule(),
                                 start_date=start, end_date=end, preferred_time=preferred_time,
                                 created_at=clock.now())
        if resident.status == "waiting":
            (Resident.update(status="active", waiting_priority=False)
             .where(Resident.id == resident.id).execute())
        audit.record_change(actor, audit.PAIRING_CREATED, _subject(resident),
                            ["volunteer", "rrule", "start_date",
                             *(["end_date"] if end else []),
                             *(["preferred_time"] if preferred_time else [])],
                            f"pairing={pairing.id}")
    return pairing


def _subject(resident: Resident) -> str:
    return audit.person_subject("resident", resident.code)


def _end_running(resident: Resident | int, start: date) -> None:
    (Pairing.update(end_date=start - timedelta(days=1), ended_reason="replaced")
     .where(Pairing.resident == resident, Pairing.start_date < start,
            (Pairing.end_date.is_null()) | (Pairing.end_date >= start)).execute())
    # A pairing that would start on or after the new one is superseded entirely.
    (Pairing.update(end_date=Pairing.start_date, ended_reason="replaced")
     .where(Pairing.resident == resident, Pairing.start_date >= start,
            Pairing.end_date.is_null()).execute())


def change_plan(actor: Actor, pairing: Pairing, plan: Plan | str,
                preferred_time: time | None = None) -> Pairing:
    """Agree a new frequency; the plan keeps counting from the pairing's start."""
    require(actor, "pairings.edit")
    try:
        plan = plan if isinstance(plan, Plan) else parse_plan(plan)
    except PlanError as exc:
        raise v.ValidationError({"plan": str(exc)}) from None
    touched = [name for name, value in (("rrule", plan.to_rrule()),
                                        ("preferred_time", preferred_time))
               if getattr(pairing, name) != value]
    pairing.rrule = plan.to_rrule()
    pairing.preferred_time = preferred_time
    pairing.changed_by = actor.username
    with Pairing._meta.database.atomic():
        pairing.save()
        if touched:
            audit.record_change(actor, audit.PLAN_CHANGED, _subject(pairing.resident), touched,
                                f"pairing={pairing.id}")
    return pairing


def end_pairing(actor: Actor, pairing: Pairing, day: date | None = None, reason: str = "") -> None:
    """End a pairing (never delete it: its history stays)."""
    require(actor, "pairings.edit")
    day = day or clock.today()
    pairing.end_date = max(day, pairing.start_date)
    pairing.ended_reason = reason
    pairing.changed_by = actor.username
    pairing.save()
    audit.record_change(actor, audit.PAIRING_ENDED, _subject(pairing.resident),
                        ["end_date", *(["ended_reason"] if reason else [])],
                        f"pairing={pairing.id}")
    if current_pairing(pairing.resident, day + timedelta(days=1)) is None:
        (Resident.update(status="waiting")
         .where(Resident.id == pairing.resident_id, Resident.status == "active").execute())


def pairings(actor: Actor, include_ended: bool = False) -> pw.ModelSelect:
    """Pairings with their people, limited to what the actor may see."""
    query = (Pairing.select(Pairing, Volunteer, Resident).join(Volunteer)
             .switch(Pairing).join(Resident))
    if not include_ended:
        today = clock.today()
        query = query.where(taking_a_place(today))
    ids = visible_resident_ids(actor)
    if ids is not None:
        query = query.where(Pairing.resident.in_(ids))
    return query.order_by(Resident.last_name, Resident.first_name)


def get_pairing(actor: Actor, pk: int) -> Pairing:
    """One pairing (ended ones too) with its people, if the actor may see it."""
    found = pairings(actor, include_ended=True).where(Pairing.id == pk).first()
    if found is None:
        raise LookupError(_("No pairing {number} that you may see.", number=pk))
    return found
