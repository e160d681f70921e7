"""A volunteer who stops: their residents go to the front of the waiting list, plans kept."""

from __future__ import annotations

from datetime import date

from belteam.core.actors import Actor, require
from belteam.core.clock import clock
from belteam.pairings import service as pairing_service
from belteam.pairings.plans import parse_plan
from belteam.pairings.running import taking_a_place
from belteam.people import service as people
from belteam.storage.models import Pairing, Resident, Volunteer

STOPPED = "volunteer stopped"
_DUTCH_DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")


def _wish_text(pairing: Pairing) -> str:
    """The days and part of the day the pairing ran on, as a wish (``di do ochtend``)."""
    plan = parse_plan(pairing.rrule)
    days = " ".join(_DUTCH_DAYS[d] for d in plan.weekdays) if plan.weekdays else ""
    at = pairing.preferred_time
    part = "" if at is None else ("ochtend" if at.hour < 12 else
                                  "middag" if at.hour < 18 else "avond")
    return f"{days} {part}".strip()


def stop_volunteer(actor: Actor, volunteer: Volunteer, day: date | None = None) -> list[str]:
    """End all the volunteer's pairings on ``day`` (archiving them when that is today or
    earlier); returns the codes of the residents now waiting at the front of the list."""
    require(actor, "pairings.edit")
    day = day or clock.today()
    moved: list[str] = []
    with Pairing._meta.database.atomic():
        running = list(Pairing.select(Pairing, Resident).join(Resident)
                       .where(Pairing.volunteer == volunteer, taking_a_place(day)))
        for pairing in running:
            resident = pairing.resident
            wish = {"wanted_plan": parse_plan(pairing.rrule).short_form(), "waiting_priority": True}
            if not resident.preferred_days:
                wish["preferred_days"] = _wish_text(pairing)
            if pairing.start_date > day:  # never started: it goes as if it had not been made
                pairing.end_date, pairing.ended_reason = pairing.start_date, STOPPED
                pairing.save()
            else:
                pairing_service.end_pairing(actor, pairing, day, STOPPED)
            Resident.update(status="waiting", **wish).where(
                Resident.id == resident.id, Resident.status.in_(("active", "waiting"))).execute()
            moved.append(resident.code)
        if day <= clock.today():
            people.set_archived(actor, Volunteer.get_by_id(volunteer.id))
    return moved

