"""The fast paths give what the straightforward computation gives (hypothesis, both engines)."""

from __future__ import annotations

import itertools
from datetime import date, time, timedelta

import dayhelp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from outreach_helpers import moment, pair, resident, volunteer

from belteam.calls import day_parts, holidays, schedule
from belteam.calls.log import UNSUCCESSFUL
from belteam.calls.schedule_data import absences_by_volunteer, pauses_by_resident
from belteam.outreach.facts import LONG_RUN, fetch
from belteam.outreach.rules import RECENT_ATTEMPTS, Thresholds, triggers
from belteam.pairings.plans import parse_plan
from belteam.storage.models import Absence, CallAttempt, Cover, Pairing, Pause

DAY = date(2026, 11, 30)
START = DAY - timedelta(days=60)
OUTCOMES = ("reached", "no_answer", "busy", "voicemail", "wrong_number", "declined",
            "unavailable")
_counter = itertools.count()


@settings(deadline=None)  # the library's first use imports every country
@given(year=st.integers(1970, 2150), lang=st.sampled_from(["nl", "en_US"]))
def test_dutch_holidays_are_the_librarys(year, lang):
    assert holidays._year(year, lang) == holidays.library_holidays(year, lang)


def test_every_fast_year_matches_the_library():
    for year in holidays.FAST_YEARS:
        for lang in ("nl", "en_US"):
            assert holidays.dutch_holidays(year, lang) == holidays.library_holidays(year, lang)


ATTEMPT = st.tuples(st.integers(0, 59), st.sampled_from(OUTCOMES), st.booleans())
PERIOD = st.tuples(st.integers(0, 70), st.one_of(st.none(), st.integers(0, 20)))
RESIDENT = st.tuples(st.lists(ATTEMPT, max_size=14), st.lists(PERIOD, max_size=2),
                     st.sampled_from(["weekly:mon", "weekly:mon+thu", "daily", "every2weeks:fri"]))


def _build(team: list) -> list[int]:
    ids = []
    for attempts, pauses, plan in team:
        n = next(_counter)
        res = resident(f"F{n}")
        vol = volunteer(f"FV{n}")
        pair(res, vol, plan, START)
        for minute, (day_no, outcome, concern) in enumerate(attempts):  # distinct moments
            on = START + timedelta(days=day_no)
            CallAttempt.create(resident=res, volunteer=vol, due_date=on, outcome=outcome,
                               concern=concern, at=moment(on, 10, minute))
        for first, length in pauses:
            begin = START + timedelta(days=first)
            Pause.create(resident=res, start_date=begin,
                         end_date=None if length is None else begin + timedelta(days=length))
            Absence.create(volunteer=vol, start_date=begin,
                           end_date=begin + timedelta(days=length or 0))
        ids.append(res.id)
    return ids


def _expected_attempts(resident_id: int, recent: int) -> list[tuple]:
    """Newest first: ``recent`` of them, or LONG_RUN when all of those failed."""
    rows = [(a.at, a.outcome, a.concern) for a in CallAttempt.select().where(
        CallAttempt.resident == resident_id).order_by(CallAttempt.at.desc())]
    head = rows[:recent]
    if len(head) == recent and all(o in UNSUCCESSFUL for _, o, _ in head):
        return rows[:LONG_RUN]
    return head


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(team=st.lists(RESIDENT, min_size=1, max_size=4))
def test_outreach_facts_match_plain_queries(db, team):
    ids = _build(team)
    thresholds = Thresholds.load()
    facts = fetch(DAY, None, thresholds.recent)
    for rid in ids:
        item = facts.get(rid)
        expected = _expected_attempts(rid, max(RECENT_ATTEMPTS, thresholds.recent))
        got = [(a.at, a.outcome, a.concern) for a in item.attempts] if item else []
        assert got == expected
        pauses = sorted((p.start_date, p.end_date) for p in Pause.select().where(
            Pause.resident == rid, Pause.start_date <= DAY))
        assert sorted(item.pauses if item else []) == pauses
        # one resident fetched alone gives the same facts and the same triggers
        alone = fetch(DAY, [rid], thresholds.recent).get(rid)
        if item is not None:
            assert [(a.at, a.outcome) for a in alone.attempts] == [(a.at, a.outcome)
                                                                   for a in item.attempts]
            assert triggers(alone, DAY, thresholds) == triggers(item, DAY, thresholds)
    plain = {}
    for vid, start, end in Absence.select(Absence.volunteer, Absence.start_date,
                                          Absence.end_date).tuples():
        plain.setdefault(vid, []).append((start, end))
    fast = absences_by_volunteer(date(2000, 1, 1), date(2100, 1, 1), None)
    assert {k: sorted(v) for k, v in fast.items()} == {k: sorted(v) for k, v in plain.items()}
    raw_pauses = pauses_by_resident(date(2000, 1, 1), date(2100, 1, 1), ids)
    assert all(isinstance(s, date) for periods in raw_pauses.values() for s, _ in periods)


# --- the day's list: one volunteer's list and the first rows, against the whole team's -------

PLANS = ("daily", "weekly:mon+thu", "weekdays", "every2weeks:fri", "weekly:sun")
TEAM_RESIDENT = st.fixed_dictionaries({
    "plan": st.sampled_from(PLANS),
    "volunteer": st.integers(0, 2),
    "start": st.integers(-40, 1),
    "at": st.one_of(st.none(), st.sampled_from([time(9), time(9, 30), time(14)])),
    "name": st.sampled_from(["Anna", "anna", "Bram", "Éva", "Zoë"]),
    # a second pairing (a hand-over) with another volunteer, from this day, overlapping or not
    "second": st.one_of(st.none(), st.tuples(st.integers(-8, 1), st.integers(0, 2),
                                             st.booleans())),
    "cover": st.one_of(st.none(), st.tuples(st.integers(-8, 1), st.integers(0, 6),
                                            st.integers(0, 2))),
    "pause": st.one_of(st.none(), st.tuples(st.integers(-8, 1), st.integers(0, 4))),
    "attempts": st.lists(st.tuples(st.integers(-8, 0), st.sampled_from(OUTCOMES[:3]),
                                   st.integers(0, 3)), max_size=5),
})


def _team(specs: list, absent: tuple[int, int, int] | None) -> list:
    vols = [dayhelp.volunteer(f"TV{next(_counter)}") for _ in range(3)]
    for n, spec in enumerate(specs):
        res = dayhelp.resident(f"T{next(_counter)}", first=spec["name"], last=f"L{n % 2}")
        first = Pairing.create(volunteer=vols[spec["volunteer"]], resident=res,
                               rrule=parse_plan(spec["plan"]).to_rrule(),
                               start_date=DAY + timedelta(days=spec["start"]),
                               preferred_time=spec["at"], created_at=moment(DAY))
        if spec["second"]:
            begin, who, overlap = spec["second"]
            begin_on = max(DAY + timedelta(days=begin), first.start_date)
            if not overlap:
                first.end_date = begin_on - timedelta(days=1)
                first.save()
            Pairing.create(volunteer=vols[who], resident=res, rrule=parse_plan("daily").to_rrule(),
                           start_date=begin_on, preferred_time=time(9, 30),
                           created_at=moment(DAY, 11))
        if spec["cover"]:
            begin, length, who = spec["cover"]
            Cover.create(pairing=first, volunteer=vols[who], start_date=DAY + timedelta(days=begin),
                         end_date=DAY + timedelta(days=begin + length), created_at=moment(DAY))
        if spec["pause"]:
            begin, length = spec["pause"]
            Pause.create(resident=res, start_date=DAY + timedelta(days=begin),
                         end_date=DAY + timedelta(days=begin + length))
        for minute, (offset, outcome, who) in enumerate(spec["attempts"]):
            on = DAY + timedelta(days=offset)
            CallAttempt.create(resident=res, volunteer=vols[who] if who < 3 else None,
                               pairing=first if who < 3 else None, due_date=on, outcome=outcome,
                               at=moment(on, 10, minute))
    if absent:
        who, begin, length = absent
        Absence.create(volunteer=vols[who], start_date=DAY + timedelta(days=begin),
                       end_date=DAY + timedelta(days=begin + length))
    return vols


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(specs=st.lists(TEAM_RESIDENT, min_size=1, max_size=6),
       absent=st.one_of(st.none(), st.tuples(st.integers(0, 2), st.integers(-6, 0),
                                             st.integers(0, 5))))
def test_a_volunteers_list_and_the_first_rows_are_the_team_lists(db, specs, absent):
    for model in (CallAttempt, Cover, Pause, Absence, Pairing):
        model.delete().execute()
    vols = _team(specs, absent)
    for day in (DAY - timedelta(days=3), DAY):
        team = schedule.today_list(dayhelp.COORD, day)
        for vol in vols:
            assert schedule.today_list(dayhelp.COORD, day, vol.id) == [
                c for c in team if c.volunteer_id == vol.id]
        for first in (1, 2, 3, 5):
            parts = list(day_parts.today_parts(dayhelp.COORD, day, first=first))
            assert [c for part in parts for c in part] == team
            assert len(parts) in (1, 2)
