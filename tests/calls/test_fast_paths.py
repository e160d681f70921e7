"""The fast paths give what the straightforward computation gives (hypothesis, both engines)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from outreach_helpers import moment, pair, resident, volunteer

from belteam.calls import holidays
from belteam.calls.log import UNSUCCESSFUL
from belteam.calls.schedule_data import absences_by_volunteer, pauses_by_resident
from belteam.outreach.facts import LONG_RUN, fetch
from belteam.outreach.rules import RECENT_ATTEMPTS, Thresholds, triggers
from belteam.storage.models import Absence, CallAttempt, Pause

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
