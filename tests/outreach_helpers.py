"""Builders for the outreach tests (not a test module)."""

from __future__ import annotations

from datetime import date, datetime, time

from belteam.calls import log as calls
from belteam.core.actors import SYSTEM, Actor
from belteam.core.clock import TZ, clock
from belteam.outreach import cases as outreach
from belteam.pairings import service as pairings
from belteam.people.service import save_resident, save_volunteer
from belteam.storage.models import OutreachCase, Resident, User, Volunteer


def volunteer(code: str = "V1") -> Volunteer:
    return save_volunteer(SYSTEM, {"code": code, "first_name": f"Vol{code}", "last_name": "Bel",
                                   "max_residents": 100})


def resident(code: str = "R1", first: str = "Anna", last: str = "Ročak", *,
             lives_alone: bool = False, area: str = "Noord") -> Resident:
    return save_resident(SYSTEM, {
        "code": code, "first_name": first, "last_name": last, "phone": "0612345678",
        "phone2": "0201234567", "lives_alone": lives_alone, "area": area,
        "emergency_contact_name": "Mila Ročak", "emergency_contact_phone": "0687654321",
        "key_holder": "Neighbour, Kerkstraat 3", "address": "Kerkstraat 1"})


def pair(res: Resident, vol: Volunteer, plan: str, start: date) -> None:
    pairings.pair(SYSTEM, res, vol, plan, start=start, force=True)


def moment(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), TZ)


def log(res: Resident, outcome: str, day: date, hour: int = 10, *, concern: bool = False,
        note: str = "") -> None:
    """Log an attempt with the clock at that moment (as a caller would); the hook runs."""
    clock.pin(moment(day, hour))
    calls.log_call(SYSTEM, res.id, outcome, at=moment(day, hour), concern=concern, note=note)


def evaluate(day: date) -> list[OutreachCase]:
    """Run the evaluation as the job does, with the clock on that day."""
    clock.pin(moment(day, 7))
    return outreach.evaluate(SYSTEM, day)


def open_case(res: Resident) -> OutreachCase | None:
    return (OutreachCase.select().where(OutreachCase.resident == res.id,
                                        OutreachCase.status.in_(("open", "taken"))).first())


def reasons(res: Resident) -> list[str]:
    case = open_case(res)
    return sorted(case.reasons) if case else []


def user(name: str, role: str = "staff") -> Actor:
    row = User.create(username=name, password_hash="x", role=role, created_at=clock.now())
    return Actor(name, role, user_id=row.id)
