"""Volunteers away (absence), their calls handed over (cover), and residents paused."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from belteam.core.actors import VOLUNTEER, Actor, PermissionDenied, require, role_name
from belteam.core.clock import clock
from belteam.core.messages import _
from belteam.core.validation import ValidationError
from belteam.storage.models import Absence, Cover, Pairing, Pause, Resident, Volunteer


def _period(start: date, end: date | None) -> None:
    if end is not None and end < start:
        raise ValidationError({"end_date": _("the end date lies before the start date")})


def _volunteer(volunteer_id: int, field: str = "volunteer") -> Volunteer:
    found = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if found is None or found.erased:
        raise ValidationError({field: _("no volunteer with id {id}", id=volunteer_id)})
    return found


def wholly_past(end: date) -> bool:
    """An absence that ended before today changes no call any more: likely a typing slip
    (the window asks before saving one)."""
    return end < clock.today()


def add_absence(actor: Actor, volunteer_id: int, start: date, end: date,
                reason: str = "") -> Absence:
    """Record that a volunteer is away from ``start`` to ``end`` (both inclusive). A volunteer
    reports their own absence; the coordinator then sees their calls as needing cover."""
    if actor.role != VOLUNTEER or actor.volunteer_id is None or actor.volunteer_id != volunteer_id:
        require(actor, "absences.edit")
    _period(start, end)
    volunteer = _volunteer(volunteer_id)
    return Absence.create(volunteer=volunteer, start_date=start, end_date=end,
                          reason=(reason or "").strip()[:200])


def remove_absence(actor: Actor, absence_id: int) -> None:
    require(actor, "absences.edit")
    Absence.delete().where(Absence.id == absence_id).execute()


def absences(actor: Actor, volunteer_id: int | None = None) -> list[Absence]:
    """Absences, newest first: a volunteer sees only their own."""
    query = Absence.select(Absence, Volunteer).join(Volunteer)
    if not actor.can("absences.edit"):
        if actor.role != VOLUNTEER or actor.volunteer_id is None:
            raise PermissionDenied(_("Not allowed for the role {role}: {action}.",
                                     role=role_name(actor.role), action=_("reading absences")))
        if volunteer_id not in (None, actor.volunteer_id):
            raise PermissionDenied(_("Not allowed for the role {role}: {action}.",
                                     role=role_name(VOLUNTEER),
                                     action=_("another volunteer's absences")))
        volunteer_id = actor.volunteer_id
    if volunteer_id is not None:
        query = query.where(Absence.volunteer == volunteer_id)
    return list(query.order_by(Absence.start_date.desc(), Absence.id.desc()))


def pause_resident(actor: Actor, resident_id: int, start: date, end: date | None,
                   reason: str = "") -> Pause:
    """Pause a resident's calls (hospital, holiday); ``end`` None means until further notice."""
    require(actor, "absences.edit")
    _period(start, end)
    if Resident.get_or_none(Resident.id == resident_id) is None:
        raise ValidationError({"resident": _("no resident with id {id}", id=resident_id)})
    return Pause.create(resident=resident_id, start_date=start, end_date=end,
                        reason=(reason or "").strip()[:200])


def end_pause(actor: Actor, pause_id: int, day: date) -> None:
    """End a pause on ``day`` (the last paused day); calls resume the day after."""
    require(actor, "absences.edit")
    pause = Pause.get_or_none(Pause.id == pause_id)
    if pause is None:
        raise LookupError(_("No pause with id {id}.", id=pause_id))
    if day < pause.start_date:
        raise ValidationError({"end_date": _("the pause starts after that day; remove it instead")})
    pause.end_date = day
    pause.save()


def remove_pause(actor: Actor, pause_id: int) -> None:
    require(actor, "absences.edit")
    Pause.delete().where(Pause.id == pause_id).execute()


def pauses(actor: Actor, resident_id: int | None = None) -> list[Pause]:
    """Pause periods (coordinator and staff), newest first."""
    require(actor, "people.read_all")
    query = Pause.select()
    if resident_id is not None:
        query = query.where(Pause.resident == resident_id)
    return list(query.order_by(Pause.start_date.desc(), Pause.id.desc()))


def is_paused(resident_id: int, day: date) -> bool:
    """True when the resident has no due calls on ``day`` (a pause row, or status paused)."""
    status = Resident.select(Resident.status).where(Resident.id == resident_id).scalar()
    if status == "paused":
        return True
    return Pause.select().where(Pause.resident == resident_id, Pause.start_date <= day,
                                (Pause.end_date.is_null()) | (Pause.end_date >= day)).exists()


def _trim_covers(pairing_id: int, start: date, end: date) -> None:
    """Make room for a new cover: older covers of the pairing lose the overlapping days."""
    for old in Cover.select().where(Cover.pairing == pairing_id, Cover.start_date <= end,
                                    Cover.end_date >= start):
        if old.end_date > end:
            Cover.create(pairing=old.pairing_id, volunteer=old.volunteer_id,
                         start_date=end + timedelta(days=1), end_date=old.end_date,
                         created_at=old.created_at)
        if old.start_date < start:
            old.end_date = start - timedelta(days=1)
            old.save()
        else:
            old.delete_instance()


def assign_cover(actor: Actor, pairing_ids: Sequence[int], substitute_id: int, start: date,
                 end: date) -> list[Cover]:
    """Hand the pairings' due calls from ``start`` to ``end`` to another volunteer, in one step."""
    require(actor, "cover.assign")
    _period(start, end)
    substitute = _volunteer(substitute_id, "substitute")
    if substitute.archived:
        raise ValidationError({"substitute": _("{name} is archived", name=substitute.name)})
    found = list(Pairing.select().where(Pairing.id.in_(list(pairing_ids))))
    missing = set(pairing_ids) - {p.id for p in found}
    if missing:
        raise ValidationError({"pairings": _("no pairing with id {id}", id=sorted(missing)[0])})
    if any(p.volunteer_id == substitute.id for p in found):
        raise ValidationError({"substitute": _("{name} already calls this resident",
                                                 name=substitute.name)})
    away = Absence.select().where(Absence.volunteer == substitute.id, Absence.start_date <= end,
                                  Absence.end_date >= start).first()
    if away is not None:
        raise ValidationError({"substitute": _("{name} is away from {start} to {end}",
                                               name=substitute.name, start=away.start_date,
                                               end=away.end_date)})
    covers = []
    with Cover._meta.database.atomic():
        for pairing in found:
            _trim_covers(pairing.id, start, end)
            covers.append(Cover.create(pairing=pairing, volunteer=substitute, start_date=start,
                                       end_date=end, created_at=clock.now()))
    return covers


def cover_absence(actor: Actor, absence_id: int, substitute_id: int) -> list[Cover]:
    """Give every pairing of an absent volunteer to a substitute for the whole absence."""
    require(actor, "cover.assign")
    absence = Absence.get_or_none(Absence.id == absence_id)
    if absence is None:
        raise LookupError(_("No absence with id {id}.", id=absence_id))
    return assign_cover(actor, volunteer_pairing_ids(absence.volunteer_id, absence.start_date,
                                                     absence.end_date),
                        substitute_id, absence.start_date, absence.end_date)


def volunteer_pairing_ids(volunteer_id: int, start: date, end: date) -> list[int]:
    """The volunteer's pairings running at some point in [start, end]."""
    return [p.id for p in Pairing.select(Pairing.id).where(
        Pairing.volunteer == volunteer_id, Pairing.start_date <= end,
        (Pairing.end_date.is_null()) | (Pairing.end_date >= start))]


def remove_cover(actor: Actor, cover_id: int) -> None:
    require(actor, "cover.assign")
    Cover.delete().where(Cover.id == cover_id).execute()


def covers(actor: Actor, frm: date | None = None, to: date | None = None) -> list[Cover]:
    """Covers overlapping [frm, to] (coordinator and staff)."""
    require(actor, "people.read_all")
    query = Cover.select()
    if frm is not None:
        query = query.where(Cover.end_date >= frm)
    if to is not None:
        query = query.where(Cover.start_date <= to)
    return list(query.order_by(Cover.start_date, Cover.id))


def needs_cover(actor: Actor, frm: date, to: date):
    """Due calls in [frm, to] whose volunteer is away and that nobody covers (coordinator)."""
    from belteam.calls.schedule import calls_between

    require(actor, "cover.assign")
    away = (Absence.select(Absence.volunteer)
            .where(Absence.start_date <= to, Absence.end_date >= frm))
    calls = calls_between(actor, frm, to, Pairing.volunteer.in_(away))
    return [c for c in calls if c.status == "needs_cover"]
