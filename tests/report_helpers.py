"""A scripted November 2026 for the overview tests (not a test module)."""

from __future__ import annotations

from datetime import date, datetime, time

from belteam.core.actors import SYSTEM
from belteam.core.clock import TZ, clock
from belteam.pairings import service as pairings
from belteam.people.service import save_resident, save_volunteer
from belteam.storage.models import CallAttempt, OutreachCase, Pause, Resident


def nov(day: int) -> date:
    return date(2026, 11, day)


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), TZ)


def attempt(res: Resident, vol_id: int, day: date, outcome: str = "reached", **extra) -> None:
    CallAttempt.create(resident=res.id, volunteer=vol_id, due_date=day, at=at(day),
                       outcome=outcome, **extra)


def scripted_month() -> dict[str, Resident]:
    """Noord: N1..N6 (+ W1 waiting), Zuid: Z1..Z3; weekly Monday calls from 2 November."""
    clock.pin(at(date(2026, 10, 1)))
    v1 = save_volunteer(SYSTEM, {"code": "V1", "first_name": "Vera", "area": "Noord",
                                 "max_residents": 20})
    v2 = save_volunteer(SYSTEM, {"code": "V2", "first_name": "Wim", "area": "Zuid",
                                 "max_residents": 20})
    people = {}
    for code in ("N1", "N2", "N3", "N4", "N5", "N6", "W1", "Z1", "Z2", "Z3"):
        people[code] = save_resident(SYSTEM, {"code": code, "first_name": f"Naam{code}",
                                              "area": "Zuid" if code[0] == "Z" else "Noord"})
    for code, res in people.items():
        if code != "W1":
            pairings.pair(SYSTEM, res, v2 if code[0] == "Z" else v1, "weekly:mon", start=nov(2),
                          force=True)
    Pause.create(resident=people["N6"].id, start_date=nov(16), end_date=nov(22))
    clock.pin(at(nov(30), 12))
    n, z = v1.id, v2.id
    attempt(people["N5"], n, date(2026, 10, 26), wellbeing=9)  # October: the previous mark
    marks = {"N1": (8, 5), "N2": (6, 7), "N3": (None, 7), "N4": (None, 9), "N5": (None, 7)}
    for code, (first, second) in marks.items():
        res = people[code]
        attempt(res, n, nov(2), wellbeing=first,
                topics="loneliness,health" if code == "N1" else "",
                practical_help=code in ("N1", "N2"))
        attempt(res, n, nov(9), wellbeing=second, topics="" if code == "N1" else "health",
                practical_help=code == "N1", wants_again=code != "N3")
    attempt(people["N6"], n, nov(2), "no_answer", concern=True)
    attempt(people["N6"], n, nov(9), "busy")
    attempt(people["Z1"], z, nov(2), wellbeing=4)
    attempt(people["Z2"], z, nov(2), "no_answer")
    OutreachCase.create(resident=people["N6"].id, opened_at=at(nov(10)), status="closed",
                        closed_at=at(nov(14)), outcome="reached")
    OutreachCase.create(resident=people["Z2"].id, opened_at=at(nov(20)), status="open")
    return people
