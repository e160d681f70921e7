"""A small team for the matching tests."""

from __future__ import annotations

from datetime import date, datetime, time

from belteam.calls import absences
from belteam.core.actors import SYSTEM
from belteam.core.clock import TZ
from belteam.pairings import service as pairings
from belteam.people.service import save_resident, save_volunteer
from belteam.settings import store as settings
from belteam.storage.models import CallAttempt, OutreachCase


def volunteer(code: str, **fields):
    data = {"code": code, "first_name": code, "languages": "nl", "max_residents": 2, **fields}
    return save_volunteer(SYSTEM, data)


def resident(code: str, **fields):
    return save_resident(SYSTEM, {"code": code, "first_name": code, "status": "waiting", **fields})


def neighbours(text: str) -> None:
    settings.set_value(SYSTEM, "neighbour_areas", text)


def desk_team(available: str = "di do ochtend, na 19u"):
    """The coordinator's desk: ANN (Havelte) calls JAN, BOB (Vledder) calls PIET, who has an
    open case; WAIT waits; BOB is away 5-9 December. Returns (ann, bob)."""
    ann = volunteer("ANN", area="Havelte", available=available, max_residents=3)
    bob = volunteer("BOB", area="Vledder")
    jan = resident("JAN", area="Havelte")
    pairings.pair(SYSTEM, jan, ann, "weekly:thu", start=date(2026, 9, 1), preferred_time=time(10))
    piet = resident("PIET", area="Vledder")
    pairings.pair(SYSTEM, piet, bob, "weekly:mon", start=date(2026, 11, 1))
    resident("WAIT", area="Havelte")
    CallAttempt.create(resident=jan, volunteer=ann, due_date=date(2026, 10, 1),
                       at=datetime(2026, 10, 1, 10, tzinfo=TZ), outcome="reached", wellbeing=7)
    CallAttempt.create(resident=piet, volunteer=bob, due_date=date(2026, 11, 23),
                       at=datetime(2026, 11, 23, 10, tzinfo=TZ), outcome="reached", wellbeing=4)
    OutreachCase.create(resident=piet, opened_at=datetime(2026, 11, 25, tzinfo=TZ))
    absences.add_absence(SYSTEM, bob.id, date(2026, 12, 5), date(2026, 12, 9))
    return ann, bob
