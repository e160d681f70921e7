"""Residents alike share their triggers within an evaluation (``rules._alike_key``): every
resident's triggers equal the rules asked one by one, whatever was shared before them.

Pure rules, no database: generated residents with plans started long ago or lately, reaches
a few days or weeks back (stored as SQLite text, as PostgreSQL's naive UTC, or aware),
concerns, wrong numbers, pauses and closed cases, evaluated in one pass with one
``Thresholds`` (so its shared answers are reused), each compared with ``rule_by_rule`` under
fresh thresholds.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import example, given, settings
from hypothesis import strategies as st

from belteam.calls.schedule import Rules
from belteam.calls.schedule_data import PairRow
from belteam.core.clock import TZ
from belteam.outreach.rules import (
    Attempt,
    Facts,
    Thresholds,
    paused_on,
    rule_by_rule,
    triggers,
)

DAY = date(2026, 11, 30)
PLANS = ("weekly:mon", "weekly:mon+thu", "daily", "weekdays", "every2weeks:fri",
         "biweekly:wed", "monthly:1mon", "once")
OUTCOMES = ("reached",) * 8 + ("no_answer", "busy", "wrong_number")
STORED = ("sqlite", "postgres", "aware")


def _stored(moment: datetime, form: str) -> datetime | str:
    naive = moment.astimezone(UTC).replace(tzinfo=None)
    if form == "sqlite":
        return naive.isoformat(sep=" ")
    return naive if form == "postgres" else moment


ATTEMPT = st.tuples(st.integers(0, 40), st.integers(7, 23), st.sampled_from(OUTCOMES),
                    st.sampled_from((False,) * 5 + (True,)))  # (days ago, hour, …, concern)
FIELDS = (
    st.sampled_from(PLANS),
    st.sampled_from((400, 407, 414, 401, 300, 30, 12, 3)),  # pairing started days ago
    st.sampled_from((None, None, -5, 0, 20)),  # pairing ends days after DAY
    st.lists(ATTEMPT, max_size=4),
    st.sampled_from(STORED),
    st.sampled_from((None, None, 3, 10, 30)),  # a closed case days ago
    st.sampled_from((None, None, (30, 5), (12, 3), (3, 10))),  # a pause (days ago, length)
)


@st.composite
def near_twins(draw: st.DrawFn) -> list[tuple]:
    """Residents like one drawn resident, each the same or differing in one respect: the
    residents a wrong sharing key would mix up."""
    base = draw(st.tuples(*FIELDS))
    team = []
    for _ in range(draw(st.integers(1, 25))):
        spec, which = list(base), draw(st.integers(-2, len(FIELDS) - 1))
        if which == -2 and base[3]:  # the same attempts, one of them marked
            at = draw(st.integers(0, len(base[3]) - 1))
            ago, hour, outcome, concern = base[3][at]
            marked = (ago, hour, "wrong_number", concern) if draw(st.booleans()) else (
                ago, hour, outcome, not concern)
            spec[3] = [*base[3][:at], marked, *base[3][at + 1:]]
        elif which >= 0:
            spec[which] = draw(FIELDS[which])
        team.append(tuple(spec))
    return team


def _facts(n: int, spec: tuple) -> Facts:
    plan, started, ends, attempts, form, closed, pause = spec
    pair = PairRow(n, n, 1, plan, DAY - timedelta(days=started),
                   None if ends is None else DAY + timedelta(days=ends), None, "", "", "", "")
    item = Facts(n, pair=pair, marked=False)
    moments = sorted(((datetime.combine(DAY - timedelta(days=ago), time(hour), TZ), outcome,
                       concern) for ago, hour, outcome, concern in attempts), reverse=True)
    for moment, outcome, concern in moments:
        attempt = Attempt(_stored(moment, form), outcome, concern)
        item.attempts.append(attempt)
        item.marked = item.marked or concern or outcome == "wrong_number"
        if outcome == "reached" and item.reach is None:
            item.reach = attempt
    if closed is not None:
        item.closed_at = datetime.combine(DAY - timedelta(days=closed), time(12), TZ)
    if pause is not None:
        begin = DAY - timedelta(days=pause[0])
        item.pauses = [(begin, begin + timedelta(days=pause[1]))]
    return item


def _thresholds() -> Thresholds:
    return Thresholds(failed_attempts=3, failed_min_days=2, missed_calls=2, no_contact_days=14,
                      no_contact_days_daily=2, schedule=Rules(grace=2, grace_daily=1, move=True))


_DAILY = ("daily", 400, None, [(20, 10, "reached", False)], "sqlite", None, None)


@settings(max_examples=400, deadline=None)
@given(team=near_twins())
@example(team=[_DAILY, (*_DAILY[:3], [(5, 10, "reached", False)], *_DAILY[4:])])  # reached later
@example(team=[_DAILY, (*_DAILY[:6], (12, 3))])  # the twin's pause ended after the reach
@example(team=[_DAILY, (*_DAILY[:5], 3, None)])  # the twin's case closed after the reach
@example(team=[(*_DAILY[:3], [(20, 10, "reached", True)], *_DAILY[4:]), _DAILY])  # a concern
def test_shared_answers_equal_the_rules_asked_one_by_one(team):
    shared = _thresholds()
    for n, spec in enumerate(team, start=1):
        item = _facts(n, spec)
        alone = [] if paused_on(item, DAY) else rule_by_rule(item, DAY, _thresholds())
        assert triggers(item, DAY, shared) == alone


def test_residents_alike_share_one_answer():
    """The sharing is real: a second resident alike is answered from the first one's triggers."""
    shared = _thresholds()
    alike = [_facts(n, ("weekly:mon", 200 + 7 * n, None, [(20, 10, "reached", False)],
                        "sqlite", None, None)) for n in (1, 2)]
    first = triggers(alike[0], DAY, shared)
    assert [t.reason for t in first] == ["missed_calls", "no_contact"]
    assert len(shared._alike) == 1
    assert triggers(alike[1], DAY, shared) == first
    assert len(shared._alike) == 1
