"""A volunteer's morning in mixed states, for the Today screen tests and screenshots (not a test module)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from belteam.calls import log as calls
from belteam.calls.absences import add_absence
from belteam.core.actors import SYSTEM, Actor
from belteam.core.clock import TZ
from belteam.pairings import service as pairings
from belteam.people.service import save_resident, save_volunteer
from belteam.storage.models import Resident, Volunteer


@dataclass
class Morning:
    day: date
    jan: Volunteer  # the volunteer whose morning it is
    piet: Volunteer  # away: his resident needs cover
    kees: Volunteer  # free to take over
    residents: dict[str, Resident]

    @property
    def actor(self) -> Actor:
        return Actor("jan", "volunteer", volunteer_id=self.jan.id)


COORDINATOR = Actor("coco", "coordinator")


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), TZ)


def _volunteer(code: str, first: str, last: str) -> Volunteer:
    return save_volunteer(SYSTEM, {"code": code, "first_name": first, "last_name": last,
                                   "max_residents": 20})


def _resident(code: str, first: str, last: str, phone: str) -> Resident:
    return save_resident(SYSTEM, {"code": code, "first_name": first, "last_name": last,
                                  "phone": phone})


def build_morning(day: date) -> Morning:
    """Jan's list on ``day`` (a Monday): due, done, retry (with attempts), missed, and more."""
    start = day - timedelta(days=28)
    jan = _volunteer("V1", "Jan", "Visser")
    piet = _volunteer("V2", "Piet", "Hendriks")
    kees = _volunteer("V3", "Kees", "Dijkstra")
    specs = [  # code, first, last, phone, weekday offset from day, preferred time
        ("R1", "Anna", "de Vries", "0612345601", 0, time(9, 0)),
        ("R2", "Bert", "Jansen", "0612345602", 0, time(9, 30)),
        ("R3", "Cor", "Bakker", "0612345603", -2, time(10, 0)),
        ("R4", "Dina", "Smit", "0612345604", 0, None),
        ("R5", "Evert", "de Boer", "0612345605", -3, time(11, 0)),
        ("R6", "Fien", "Mulder", "0612345606", 0, time(14, 0)),
        ("R7", "Gerrit", "Kok", "0201234567", 0, time(15, 30)),
    ]
    weekday_codes = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    residents: dict[str, Resident] = {}
    for code, first, last, phone, offset, moment in specs:
        res = _resident(code, first, last, phone)
        residents[code] = res
        weekday = weekday_codes[(day + timedelta(days=offset)).weekday()]
        pairings.pair(SYSTEM, res, jan, f"weekly:{weekday}", start=start, preferred_time=moment,
                      force=True)
    hanna = _resident("R8", "Hanna", "Willems", "0612345608")
    residents["R8"] = hanna
    pairings.pair(SYSTEM, hanna, piet, f"weekly:{weekday_codes[day.weekday()]}", start=start,
                  preferred_time=time(10, 30), force=True)
    add_absence(SYSTEM, piet.id, day - timedelta(days=2), day + timedelta(days=6), "holiday")
    _log_history(day, jan, residents)
    return Morning(day, jan, piet, kees, residents)


def _log(res: Resident, jan: Volunteer, outcome: str, at: datetime, due: date, **extra) -> None:
    calls.log_call(SYSTEM, res.id, outcome, at=at, due_date=due, volunteer_id=jan.id, **extra)


def _log_history(day: date, jan: Volunteer, residents: dict[str, Resident]) -> None:
    last_week = day - timedelta(days=7)
    _log(residents["R1"], jan, "reached", _at(last_week, 9, 5), last_week,
         note="Had a good week; her daughter visited on Sunday. Knee still hurts on the stairs.",
         wellbeing=7, topics=["family", "health"])
    _log(residents["R1"], jan, "no_answer", _at(last_week - timedelta(days=7), 9, 2),
         last_week - timedelta(days=7))
    _log(residents["R2"], jan, "reached", _at(day, 9, 35), day,
         note="Cheerful. Goes to the bingo on Thursday.", wellbeing=8, topics=["mood"])
    saturday = day - timedelta(days=2)
    _log(residents["R3"], jan, "no_answer", _at(saturday, 10, 5), saturday)
    _log(residents["R3"], jan, "no_answer", _at(saturday, 11, 30), saturday)
    _log(residents["R6"], jan, "reached", _at(last_week, 14, 10), last_week,
         note="Feels lonely since her neighbour moved. Would like help with groceries.",
         wellbeing=4, topics=["loneliness", "groceries"], practical_help=True)


def settle(qtbot, page) -> None:
    """Wait until the Today page has shown its newest list (it loads in a worker thread)."""
    qtbot.waitUntil(lambda: not page.loading())
