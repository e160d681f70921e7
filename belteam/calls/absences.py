"""Volunteers away (absence), their calls handed over (cover), and residents paused."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from belteam.audit import log as audit
from belteam.calls.schedule import calls_between
from belteam.core.actors import (
    OTHERS_ABSENCES,
    VOLUNTEER,
    Actor,
    PermissionDenied,
    require,
    require_own,
    role_name,
)
from belteam.core.clock import clock
from belteam.core.messages import _
from belteam.core.validation import ValidationError
from belteam.pairings.service import active_counts
from belteam.storage.models import Absence, Cover, Pairing, Pause, Resident, Volunteer
from belteam.storage.queries import overlapping, running_on


def _period(start: date, end: date | None) -> None:
    if end is not None and end < start:
        raise ValidationError({"end_date": _("the end date lies before the start date")})


def _resident_subject(resident_id: int) -> str:
    code = Resident.select(Resident.code).where(Resident.id == resident_id).scalar()
    return audit.person_subject("resident", code or f"#{resident_id}")


def _volunteer_subject(volunteer_id: int) -> str:
    code = Volunteer.select(Volunteer.code).where(Volunteer.id == volunteer_id).scalar()
    return audit.person_subject("volunteer", code or f"#{volunteer_id}")


_PERIOD_FIELDS = ("start_date", "end_date")


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
    with Absence._meta.database.atomic():
        absence = Absence.create(volunteer=volunteer, start_date=start, end_date=end,
                                 reason=(reason or "").strip()[:200])
        audit.record_change(actor, audit.ABSENCE_ADDED, _volunteer_subject(volunteer.id),
                            [*_PERIOD_FIELDS, *(["reason"] if absence.reason else [])])
    return absence


def remove_absence(actor: Actor, absence_id: int) -> None:
    require(actor, "absences.edit")
    absence = Absence.get_or_none(Absence.id == absence_id)
    if absence is None:
        return
    with Absence._meta.database.atomic():
        absence.delete_instance()
        audit.record_change(actor, audit.ABSENCE_REMOVED, _volunteer_subject(absence.volunteer_id),
                            _PERIOD_FIELDS)


def absences(actor: Actor, volunteer_id: int | None = None) -> list[Absence]:
    """Absences, newest first: a volunteer sees only their own."""
    query = Absence.select(Absence, Volunteer).join(Volunteer)
    if not actor.can("absences.edit"):
        if actor.role != VOLUNTEER or actor.volunteer_id is None:
            raise PermissionDenied(_("Not allowed for the role {role}: {action}.",
                                     role=role_name(actor.role), action=_("reading absences")))
        require_own(actor, volunteer_id, OTHERS_ABSENCES)
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
    with Pause._meta.database.atomic():
        pause = Pause.create(resident=resident_id, start_date=start, end_date=end,
                             reason=(reason or "").strip()[:200])
        audit.record_change(actor, audit.PAUSE_ADDED, _resident_subject(resident_id),
                            ["start_date", *(["end_date"] if end else []),
                             *(["reason"] if pause.reason else [])])
    return pause


def end_pause(actor: Actor, pause_id: int, day: date) -> None:
    """End a pause on ``day`` (the last paused day); calls resume the day after."""
    require(actor, "absences.edit")
    pause = Pause.get_or_none(Pause.id == pause_id)
    if pause is None:
        raise LookupError(_("No pause with id {id}.", id=pause_id))
    if day < pause.start_date:
        raise ValidationError({"end_date": _("the pause starts after that day; remove it instead")})
    pause.end_date = day
    with Pause._meta.database.atomic():
        pause.save()
        audit.record_change(actor, audit.PAUSE_ENDED, _resident_subject(pause.resident_id),
                            ["end_date"])


def _end_open_pauses(resident_id: int, day: date) -> int:
    """End every pause running on ``day`` so calls are due again from ``day``; the count ended.

    A pause that starts on ``day`` is removed; an earlier one ends the day before. Pauses that
    start later (a planned holiday) stay.
    """
    ended = 0
    for pause in Pause.select().where(Pause.resident == resident_id, Pause.start_date <= day,
                                      (Pause.end_date.is_null()) | (Pause.end_date >= day)):
        if pause.start_date < day:
            pause.end_date = day - timedelta(days=1)
            pause.save()
        else:
            pause.delete_instance()
        ended += 1
    return ended


def resume_resident(actor: Actor, resident_id: int, day: date | None = None) -> int:
    """Calls are due again from ``day`` (default today): open pauses end, status paused → active.

    Returns how many pauses ended; nothing to resume is a ValidationError (nothing changes).
    """
    require(actor, "absences.edit")
    day = day or clock.today()
    resident = Resident.get_or_none(Resident.id == resident_id)
    if resident is None:
        raise ValidationError({"resident": _("no resident with id {id}", id=resident_id)})
    with Pause._meta.database.atomic():
        ended = _end_open_pauses(resident_id, day)
        if resident.status == "paused":
            Resident.update(status="active", updated_at=clock.now()).where(
                Resident.id == resident_id).execute()
        elif not ended:
            raise ValidationError({"resident": _(
                "{code} has no pause on {day}: their calls are not paused.",
                code=resident.code, day=day.isoformat())})
        audit.record_change(actor, audit.PAUSE_ENDED, audit.person_subject("resident",
                                                                           resident.code),
                            ["end_date", *(["status"] if resident.status == "paused" else [])],
                            f"pauses={ended}")
    return ended


def on_resident_status(actor: Actor, resident: Resident, old: str, new: str) -> None:
    """Hook (people.service.AFTER_STATUS_CHANGE): a resident set active has no running pause."""
    if new == "active" and old != "active" and _end_open_pauses(resident.id, clock.today()):
        audit.record_change(actor, audit.PAUSE_ENDED, _resident_subject(resident.id),
                            ["end_date"], "status=active")


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
    return Pause.select().where(Pause.resident == resident_id, running_on(Pause, day)).exists()


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
            audit.record_change(actor, audit.COVER_ASSIGNED,
                                _resident_subject(pairing.resident_id),
                                ["volunteer", *_PERIOD_FIELDS], f"pairing={pairing.id}")
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
        Pairing.volunteer == volunteer_id, overlapping(Pairing, start, end))]


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
    require(actor, "cover.assign")
    away = (Absence.select(Absence.volunteer)
            .where(Absence.start_date <= to, Absence.end_date >= frm))
    calls = calls_between(actor, frm, to, Pairing.volunteer.in_(away))
    return [c for c in calls if c.status == "needs_cover"]


@dataclass(frozen=True)
class Uncovered:
    """A resident of an absent volunteer with calls in the period that nobody covers yet."""

    pairing_id: int
    resident_id: int
    resident_name: str
    first_due: date
    calls: int


@dataclass(frozen=True)
class Substitute:
    """A volunteer who could take over, with why (suggested ones first)."""

    volunteer_id: int
    name: str
    same_area: bool
    shared_languages: tuple[str, ...]
    free: int  # places left under their maximum (may be negative)


def uncovered_calls(actor: Actor, volunteer_id: int, start: date, end: date) -> list[Uncovered]:
    """Every resident of ``volunteer_id`` with a call in [start, end] that needs cover, by name.

    The whole period, not one day: a hand-over leaves no day of the absence uncovered.
    """
    require(actor, "cover.assign")
    found: dict[int, list] = {}
    for call in calls_between(actor, start, end, Pairing.volunteer == volunteer_id):
        if call.status == "needs_cover":
            found.setdefault(call.pairing_id, []).append(call)
    rows = [Uncovered(pid, calls[0].resident_id, calls[0].resident_name,
                      min(c.due_date for c in calls), len(calls)) for pid, calls in found.items()]
    return sorted(rows, key=lambda u: (u.resident_name.lower(), u.pairing_id))


def substitutes(actor: Actor, volunteer_id: int, start: date, end: date,
                resident_ids: Sequence[int] = ()) -> list[Substitute]:
    """Who could call for ``volunteer_id`` in [start, end]: not away then, not archived.

    Suggested first: a free place, the same area as the residents (or the absent volunteer),
    the most languages shared with the residents; then the most free places, then by name.
    """
    require(actor, "cover.assign")
    absent = Volunteer.get_by_id(volunteer_id)
    residents = list(Resident.select().where(Resident.id.in_(list(resident_ids)))) \
        if resident_ids else []
    areas = {r.area for r in residents if r.area} or ({absent.area} if absent.area else set())
    languages = {lang for r in residents for lang in r.languages} or set(absent.languages)
    away = {a.volunteer_id for a in Absence.select(Absence.volunteer).where(
        Absence.start_date <= end, Absence.end_date >= start)}
    load = active_counts(start)
    result = [Substitute(v.id, v.name, v.area in areas,
                         tuple(sorted(languages & set(v.languages))),
                         v.max_residents - load.get(v.id, 0))
              for v in Volunteer.select().where(Volunteer.id != volunteer_id,
                                                Volunteer.archived == False,  # noqa: E712
                                                Volunteer.erased == False)  # noqa: E712
              if v.id not in away]
    return sorted(result, key=lambda s: (s.free <= 0, not s.same_area,
                                         -len(s.shared_languages), -s.free, s.name.lower()))
