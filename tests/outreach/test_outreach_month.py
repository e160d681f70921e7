"""A scripted month of calls: the queue holds exactly the residents the rules name, on their days.

Every day the job evaluates at 07:00, the calls are logged during the day (the hook evaluates
at once) and the queue is read at 20:00, all with the pinned clock.
"""

from __future__ import annotations

from datetime import date, timedelta

from outreach_helpers import evaluate, log, moment, open_case, pair, resident, volunteer

from belteam.core.actors import Actor
from belteam.core.clock import clock
from belteam.outreach import cases as outreach
from belteam.storage.models import Pause

NOV = date(2026, 11, 1)
STAFF = Actor("stef", "staff")


def nov(n: int) -> date:
    return NOV + timedelta(days=n - 1)


PLANS = {
    "ANS": "weekly:mon",  # answers every week: never flagged
    "STOP": "weekly:mon+thu",  # stops answering from the 9th
    "SILENT": "weekly:mon+thu",  # the calls stop being made after the 2nd
    "WRONG": "weekly:mon",  # a wrong number on the 9th; closed as reached on the 11th
    "CONCERN": "weekly:wed",  # a concern on the 11th; stays open
    "PAUSED": "weekly:mon",  # paused 6th-22nd, not called then: never flagged
    "DAILY": "daily",  # daily check-in, not reached on the 20th and 21st; closed on the 23rd
    "MONTHLY": "monthly:1mon",  # reached on the 2nd; the next call is in December
}

# (day, resident, hour, outcome, concern)
CALLS = [
    *[(d, "ANS", 10, "reached", False) for d in (2, 9, 16, 23)],
    (2, "STOP", 10, "reached", False), (5, "STOP", 10, "reached", False),
    (9, "STOP", 10, "no_answer", False), (9, "STOP", 16, "no_answer", False),
    (10, "STOP", 10, "no_answer", False), (12, "STOP", 10, "busy", False),
    (2, "SILENT", 10, "reached", False),
    (2, "WRONG", 10, "reached", False), (9, "WRONG", 10, "wrong_number", False),
    (16, "WRONG", 10, "reached", False), (23, "WRONG", 10, "reached", False),
    (4, "CONCERN", 10, "reached", False), (11, "CONCERN", 10, "reached", True),
    (18, "CONCERN", 10, "reached", False), (25, "CONCERN", 10, "reached", False),
    (2, "PAUSED", 10, "reached", False), (23, "PAUSED", 10, "reached", False),
    *[(d, "DAILY", 9, "reached", False) for d in range(2, 30) if d not in (20, 21)],
    (2, "MONTHLY", 10, "reached", False),
    (3, "NEW", 10, "voicemail", False),
]
CLOSINGS = {(11, "WRONG"): "reached", (23, "DAILY"): "reached"}

# resident -> (first day in the queue, day it left the queue or None)
EXPECTED = {
    "STOP": (10, None),  # 3 unsuccessful attempts over 2 days (9th, 9th, 10th)
    "SILENT": (12, None),  # Thu 5th and Mon 9th missed (grace 2 days)
    "WRONG": (9, 11),  # wrong number at once; closed on the 11th
    "CONCERN": (11, None),  # concern at once
    "DAILY": (21, 23),  # daily check-in: 2 days without contact
    "NEW": (13, None),  # Tue 3rd and Tue 10th missed
}


def expected_on(day: int) -> set[str]:
    return {code for code, (first, left) in EXPECTED.items()
            if first <= day and (left is None or day < left)}


def test_a_month_of_calls(db):
    people = {}
    for n, (code, plan) in enumerate(PLANS.items()):
        people[code] = resident(code, first=code.title(), last="Test")
        pair(people[code], volunteer(f"V{n}"), plan, nov(2))
    people["NEW"] = resident("NEW", first="New", last="Test")
    pair(people["NEW"], volunteer("VN"), "weekly:tue", nov(3))
    Pause.create(resident=people["PAUSED"], start_date=nov(6), end_date=nov(22))
    opened_on: dict[str, date] = {}
    for d in range(2, 30):
        evaluate(nov(d))
        for day, code, hour, outcome, concern in CALLS:
            if day == d:
                log(people[code], outcome, nov(d), hour, concern=concern)
        for (day, code), outcome in CLOSINGS.items():
            if day == d:
                clock.pin(moment(nov(d), 12))
                outreach.close(STAFF, open_case(people[code]).id, outcome, "Spoke to them")
        clock.pin(moment(nov(d), 20))
        queue = outreach.queue(STAFF)
        assert {row.resident_code for row in queue} == expected_on(d), nov(d)
        for row in queue:
            opened_on.setdefault(row.resident_code, row.opened_at.date())
    assert opened_on == {code: nov(first) for code, (first, _) in EXPECTED.items()}
    first_reasons = {code: open_case(people[code]).reasons[0]
                     for code in ("STOP", "SILENT", "CONCERN", "NEW")}
    assert first_reasons == {"STOP": "failed_attempts", "SILENT": "missed_calls",
                             "CONCERN": "concern", "NEW": "missed_calls"}
