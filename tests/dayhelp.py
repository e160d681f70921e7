"""Small builders for the volunteer's-day tests (not a test module)."""

from __future__ import annotations

from datetime import date, time

from belteam.core.actors import SYSTEM, Actor
from belteam.pairings import service as pairings
from belteam.people.service import save_resident, save_volunteer
from belteam.storage.models import Pairing, Resident, Volunteer

COORD = Actor("coco", "coordinator", user_id=None)
STAFF = Actor("stef", "staff")


def volunteer(code: str, first: str = "", last: str = "") -> Volunteer:
    return save_volunteer(SYSTEM, {"code": code, "first_name": first or f"Vol{code}",
                                   "last_name": last, "max_residents": 50})


def resident(code: str, first: str = "", last: str = "", phone: str = "0612345678") -> Resident:
    return save_resident(SYSTEM, {"code": code, "first_name": first or f"Res{code}",
                                  "last_name": last, "phone": phone})


def pair(res: Resident, vol: Volunteer, plan: str, start: date,
         at: time | None = None, end: date | None = None) -> Pairing:
    return pairings.pair(SYSTEM, res, vol, plan, start=start, preferred_time=at, end=end,
                         force=True)


def as_volunteer(vol: Volunteer) -> Actor:
    return Actor(f"user-{vol.code}", "volunteer", volunteer_id=vol.id)


def list_on(actor: Actor, day, volunteer_id: int | None = None) -> list:
    """The list of ``day`` as seen on that day (the clock moved there, then put back)."""
    from belteam.calls import schedule
    from belteam.core.clock import clock

    before = clock.now()
    if day > before.date():
        clock.pin(day)
    try:
        return schedule.today_list(actor, day, volunteer_id)
    finally:
        clock.pin(before)
