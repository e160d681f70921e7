"""The set-wise evaluation flags exactly what the straightforward per-resident computation
flags (hypothesis, both engines): generated histories with attempts at the same moment,
pauses, closed cases and several plans."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from outreach_helpers import moment, pair, resident, volunteer

from belteam.calls.log import UNSUCCESSFUL
from belteam.calls.schedule_data import PairRow
from belteam.outreach.facts import LONG_RUN, flags, recent_attempts
from belteam.outreach.rules import Attempt, Facts, Thresholds, midnight, triggers
from belteam.storage.models import CallAttempt, OutreachCase, Pairing, Pause, Resident

DAY = date(2026, 11, 30)
START = DAY - timedelta(days=40)
OUTCOMES = ("reached", "no_answer", "busy", "voicemail", "wrong_number", "declined",
            "unavailable")
# (day, minute, outcome, concern): two minutes only, so many attempts share a moment
ATTEMPT = st.tuples(st.integers(0, 41), st.integers(0, 1), st.sampled_from(OUTCOMES),
                    st.booleans())
PAUSE = st.tuples(st.integers(0, 45), st.one_of(st.none(), st.integers(0, 15)))
CLOSED = st.tuples(st.integers(0, 41), st.sampled_from(("reached", "moved", "other")))
RESIDENT = st.tuples(
    st.lists(ATTEMPT, max_size=12), st.lists(PAUSE, max_size=2), st.lists(CLOSED, max_size=2),
    st.sampled_from(["weekly:mon", "weekly:mon+thu", "daily", "every2weeks:fri", "none"]),
    st.integers(-10, 30))
_counter = itertools.count()


def _build(team: list) -> list[int]:
    ids = []
    for attempts, pauses, closed, plan, start in team:
        n = next(_counter)
        res = resident(f"H{n}")
        vol = volunteer(f"HV{n}")
        if plan != "none":
            pair(res, vol, plan, START + timedelta(days=start))
        for day_no, minute, outcome, concern in attempts:
            on = START + timedelta(days=day_no)
            CallAttempt.create(resident=res, volunteer=vol, due_date=on, outcome=outcome,
                               concern=concern, at=moment(on, 10, minute))
        for first, length in pauses:
            begin = START + timedelta(days=first)
            Pause.create(resident=res, start_date=begin,
                         end_date=None if length is None else begin + timedelta(days=length))
        for day_no, outcome in closed:
            at = moment(START + timedelta(days=day_no), 12)
            OutreachCase.create(resident=res, opened_at=at, status="closed", outcome=outcome,
                                reasons=[], closed_at=at,
                                counters_reset_at=at if outcome == "reached" else None)
        ids.append(res.id)
    return ids


def _plain_facts(rid: int, recent: int) -> Facts:
    """One resident's facts with plain queries over the whole history."""
    cut = midnight(DAY + timedelta(days=1))
    item = Facts(rid, Resident.get_by_id(rid).status)
    running = (Pairing.select().where(Pairing.resident == rid, Pairing.start_date <= DAY,
                                      Pairing.end_date.is_null() | (Pairing.end_date >= DAY))
               .order_by(Pairing.start_date.desc(), Pairing.id.desc()).first())
    if running is not None:
        item.pair = PairRow(running.id, rid, running.volunteer_id, running.rrule,
                            running.start_date, running.end_date, None, "", "", "", "")
    item.pauses = [(p.start_date, p.end_date) for p in Pause.select().where(
        Pause.resident == rid, Pause.start_date <= DAY)]
    history = list(CallAttempt.select().where(CallAttempt.resident == rid, CallAttempt.at < cut)
                   .order_by(CallAttempt.at.desc(), CallAttempt.id.desc()))
    head = history[:recent]
    if len(head) == recent and all(a.outcome in UNSUCCESSFUL for a in head):
        head = history[:LONG_RUN]
    item.attempts = [Attempt(a.at, a.outcome, a.concern) for a in head]
    item.last_reached = next((a.at for a in history if a.outcome == "reached"), None)
    closed = list(OutreachCase.select().where(OutreachCase.resident == rid,
                                              OutreachCase.status == "closed",
                                              OutreachCase.closed_at < cut))
    item.closed_at = max((c.closed_at for c in closed), default=None)
    item.reset_at = max((c.counters_reset_at for c in closed if c.counters_reset_at),
                        default=None)
    return item


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(team=st.lists(RESIDENT, min_size=1, max_size=5))
def test_the_set_wise_evaluation_flags_what_the_plain_one_flags(db, team, clock):
    clock.pin(DAY)
    ids = _build(team)
    thresholds = Thresholds.load()
    everyone = flags(DAY, None, thresholds)
    some = flags(DAY, ids, thresholds)
    for rid in ids:
        plain = triggers(_plain_facts(rid, thresholds.recent), DAY, thresholds)
        assert everyone.get(rid, []) == plain
        assert some.get(rid, []) == plain


@settings(max_examples=10, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(team=st.lists(RESIDENT, min_size=1, max_size=3), limit=st.integers(1, 4))
def test_newest_attempts_are_the_newest_by_moment_then_id(db, team, limit, clock):
    clock.pin(DAY)
    ids = _build(team)
    cut = midnight(DAY + timedelta(days=1))
    got = [(r.resident_id, r.id) for r in recent_attempts(cut, limit, ids)]
    expected = []
    for rid in sorted(ids):
        expected += [(rid, a.id) for a in CallAttempt.select().where(
            CallAttempt.resident == rid, CallAttempt.at < cut).order_by(
            CallAttempt.at.desc(), CallAttempt.id.desc()).limit(limit)]
    assert got == expected
