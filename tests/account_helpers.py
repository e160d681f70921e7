"""Shared by the account, permission, privacy and audit tests: a cheap Argon2id hasher and a
small team where two volunteers each have their own resident."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from argon2 import PasswordHasher

from belteam.accounts import users as accounts
from belteam.core.actors import SYSTEM, Actor
from belteam.core.clock import TZ, clock
from belteam.pairings.service import pair
from belteam.people import service as people
from belteam.storage.models import (
    CallAttempt,
    CaseEvent,
    Cover,
    OutreachCase,
    Pairing,
    Resident,
    Volunteer,
)

PASSWORD = "correct horse 1"


def use_fast_hasher(monkeypatch) -> PasswordHasher:
    """Argon2id still, with tiny costs: the tests check behaviour, not brute-force cost."""
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=64,
                                                           parallelism=1))
    return accounts.HASHER


@dataclass
class World:
    coordinator: Actor
    staff: Actor
    vol1: Actor  # calls r1, covers r3
    vol2: Actor  # calls r2 and r3
    v1: Volunteer
    v2: Volunteer
    r1: Resident
    r2: Resident
    r3: Resident

    def actor(self, role: str) -> Actor:
        return {"coordinator": self.coordinator, "staff": self.staff, "volunteer": self.vol1,
                "system": SYSTEM}[role]


def volunteer(code: str, first: str, last: str, phone: str) -> Volunteer:
    return people.save_volunteer(SYSTEM, {"code": code, "first_name": first, "last_name": last,
                                          "phone": phone, "email": f"{code.lower()}@example.org"})


def resident(code: str, first: str, last: str, phone: str, **extra) -> Resident:
    return people.save_resident(SYSTEM, {
        "code": code, "first_name": first, "last_name": last, "phone": phone,
        "address": f"{last}straat 12", "emergency_contact_name": f"Kees {last}",
        "emergency_contact_phone": "06" + phone[-8:], **extra})


def attempt(r: Resident, v: Volunteer | None, when: datetime, outcome: str = "reached",
            note: str = "", confidential: bool = False) -> CallAttempt:
    p = Pairing.get_or_none(Pairing.resident == r.id)
    return CallAttempt.create(pairing=p, resident=r, volunteer=v, due_date=when.date(), at=when,
                              outcome=outcome, note=note, topics=["health"] if note else [],
                              wellbeing=7 if note else None, confidential=confidential)


def case(r: Resident, text: str) -> OutreachCase:
    c = OutreachCase.create(resident=r, opened_at=clock.now(), reasons=["missed"])
    CaseEvent.create(case=c, at=clock.now(), actor="staff", kind="action", text=text)
    return c


def build_world() -> World:
    """Two volunteers, three residents (r3 is vol2's but vol1 covers it this week), accounts."""
    v1 = volunteer("V1", "Anna", "Visser", "0611111111")
    v2 = volunteer("V2", "Bram", "Bakker", "0622222222")
    r1 = resident("R1", "Wilhelmina", "Zwartjes", "0521111111")
    r2 = resident("R2", "Gerrit", "Hoekstra", "0521222222")
    r3 = resident("R3", "Trijntje", "Mulder", "0521333333")
    today = clock.today()
    pair(SYSTEM, r1, v1, "weekly:tue", start=today - timedelta(days=30))
    pair(SYSTEM, r2, v2, "weekly:tue", start=today - timedelta(days=30))
    p3 = pair(SYSTEM, r3, v2, "weekly:fri", start=today - timedelta(days=30))
    Cover.create(pairing=p3, volunteer=v1, start_date=today, end_date=today + timedelta(days=7),
                 created_at=clock.now())
    noon = datetime.combine(today - timedelta(days=7), datetime.min.time(), TZ).replace(hour=11)
    for r, v in ((r1, v1), (r2, v2), (r3, v2)):
        attempt(r, v, noon, note=f"Talked about the garden of {r.first_name}")
        attempt(r, None, noon + timedelta(hours=1), note=f"Confidential: {r.last_name} debts",
                confidential=True)
    case(r1, "Phoned Kees Zwartjes, the neighbour")
    case(r2, "Visited Gerrit Hoekstra at home")
    coordinator = accounts.actor_for(accounts.create_user(SYSTEM, "coordinator", "coordinator", PASSWORD))
    staff = accounts.actor_for(accounts.create_user(SYSTEM, "staff", "staff", PASSWORD))
    vol1 = accounts.actor_for(accounts.create_user(SYSTEM, "anna", "volunteer", PASSWORD, v1.id))
    vol2 = accounts.actor_for(accounts.create_user(SYSTEM, "bram", "volunteer", PASSWORD, v2.id))
    return World(coordinator, staff, vol1, vol2, v1, v2, r1, r2, r3)


def past(days: int) -> date:
    return clock.today() - timedelta(days=days)
