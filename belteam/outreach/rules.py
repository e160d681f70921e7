"""When a resident is flagged for outreach (signalering): the four triggers as pure rules.

The facts are fetched set-wise by ``belteam.outreach.facts`` (a few queries for all residents);
the rules here are plain Python over one resident's facts, so they are easy to pin in tests.

Definitions (each number is a setting):

1. ``failed_attempts``: the resident's newest attempts form a run of unsuccessful ones
   (``calls.UNSUCCESSFUL``: no answer, busy, voicemail, wrong number, *declined today* and
   *not available* — none of them is a conversation, so all count as "not reached") of at least
   ``flag_failed_attempts`` attempts spread over at least ``flag_failed_min_days`` different
   days. Any "reached" attempt ends the run.
2. ``missed_calls``: at least ``flag_missed_calls`` due calls after the last successful contact
   are *missed* in the schedule's sense (``schedule.call_status``: grace period over, not
   reached). A reach in between (missed – reached – missed) starts the count again.
3. ``no_contact``: while a repeating plan runs, no successful contact for
   ``flag_no_contact_days`` days (``flag_no_contact_days_daily`` for a daily check-in), counted
   from the latest of: last reached attempt, pairing start, end of the last pause, the closing
   of the last case. Guard: at least one due call in that stretch has passed its day, so a
   monthly or every-other-week plan is not flagged merely because its next call is not due
   yet, and a weekday check-in is not flagged over the weekend.
4. ``concern`` / ``wrong_number``: an attempt marked "concern / needs follow-up" or logged as
   "wrong number" flags at once.

Evidence is counted only after the last closed case (closing as *reached* also writes
``counters_reset_at``; any closing means "this evidence has been dealt with", so a case is
never reopened by what was already followed up) and, for rules 1-2, after the end of the last
pause (being away explains the calls that went unanswered). Paused residents (a pause covering
the day, or status paused) and stopped residents are never flagged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from belteam.calls.due_dates import due_dates, plan_of, shared_key
from belteam.calls.log import UNSUCCESSFUL
from belteam.calls.schedule import Rules, call_status
from belteam.calls.schedule_data import LocalDays, PairRow
from belteam.core.clock import TZ
from belteam.outreach import texts
from belteam.settings import store as settings
from belteam.storage.queries import within

REASONS = ("concern", "wrong_number", "missed_calls", "failed_attempts", "no_contact")
# Queue order among reasons: a human's worry first, then the schedule's signals.
REASON_WEIGHT = {"concern": 4, "wrong_number": 4, "missed_calls": 3, "failed_attempts": 2,
                 "no_contact": 1}
# Newest attempts fetched per resident for rules 1 and 4: at least this many, and at least
# flag_failed_attempts. A run of failures that fills all of them is then read further
# (``outreach_facts.LONG_RUN``), so rule 1 is exact; a concern older than these was already
# seen by the hook when it was logged (the job is the safety net for silence).
RECENT_ATTEMPTS = 3
NOT_FLAGGED_STATUSES = ("paused", "stopped")


class Attempt:
    """One attempt as the rules see it; the moment is read from the database value on first use
    (most residents' rules stop at their newest attempt, so most moments are never needed)."""

    __slots__ = ("_at", "_raw", "outcome", "concern")

    def __init__(self, at: datetime | str, outcome: str, concern: bool) -> None:
        self._raw: datetime | str = at
        self._at: datetime | None = None
        self.outcome, self.concern = outcome, concern

    @property
    def at(self) -> datetime:
        if self._at is None:
            self._at = read_moment(self._raw)
        return self._at

    @property
    def sort_value(self) -> datetime | str:
        """The stored value: orders like ``at`` without reading it."""
        return self._raw

    def __repr__(self) -> str:
        return f"Attempt({self.at.isoformat()}, {self.outcome}, concern={self.concern})"


def read_moment(value: str | datetime) -> datetime:
    """A stored (naive UTC) moment, read aware in Amsterdam time.

    Same result as ``AwareDateTimeField.python_value`` but with the C ``fromisoformat``:
    peewee's generic parser tries several formats and takes ~10 µs a value.
    """
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(TZ)


@dataclass(frozen=True)
class Thresholds:
    """The rule settings, read once per evaluation."""

    failed_attempts: int
    failed_min_days: int
    missed_calls: int
    no_contact_days: int
    no_contact_days_daily: int
    schedule: Rules
    # Residents alike share their triggers (``_alike_key``): key -> triggers, per evaluation.
    _alike: dict[tuple, tuple[Trigger, ...]] = field(
        default_factory=dict, init=False, compare=False, repr=False)
    _days: dict[date, LocalDays] = field(default_factory=dict, init=False, compare=False,
                                         repr=False)

    @property
    def recent(self) -> int:
        """How many of each resident's newest attempts the evaluation reads."""
        return max(RECENT_ATTEMPTS, self.failed_attempts)

    @classmethod
    def load(cls) -> Thresholds:
        failed, failed_days, missed, no_contact, no_contact_daily = settings.values(
            "flag_failed_attempts", "flag_failed_min_days", "flag_missed_calls",
            "flag_no_contact_days", "flag_no_contact_days_daily")
        return cls(failed, failed_days, missed, no_contact, no_contact_daily, Rules.load())


@dataclass(slots=True)
class Facts:
    """What the rules need to know about one resident, as fetched."""

    resident_id: int
    status: str = "active"
    pair: PairRow | None = None  # the pairing running on the evaluation day
    pauses: Sequence[tuple[date, date | None]] = ()  # shared empty default: most have none
    attempts: list[Attempt] = field(default_factory=list)  # newest first
    # The newest reach: its attempt (the moment read on first use) or the moment itself.
    reach: Attempt | datetime | None = None
    reset_at: datetime | None = None  # counters_reset_at of the last case closed as reached
    closed_at: datetime | None = None  # the last closing of any case
    # Whether an attempt may carry a concern or a wrong number (the fetch says when none does).
    marked: bool = True

    @property
    def last_reached(self) -> datetime | None:
        reach = self.reach
        return reach.at if isinstance(reach, Attempt) else reach

    @last_reached.setter
    def last_reached(self, value: datetime | None) -> None:
        self.reach = value


@dataclass(frozen=True)
class Trigger:
    reason: str
    text: str


def midnight(day: date) -> datetime:
    return datetime.combine(day, time(), TZ)


def _latest(*moments: datetime | None) -> datetime | None:
    present = [m for m in moments if m is not None]
    return max(present) if present else None


def paused_on(facts: Facts, day: date) -> bool:
    """Paused residents are never flagged: status paused, or a pause covering ``day``."""
    if facts.status in NOT_FLAGGED_STATUSES:
        return True
    return bool(facts.pauses) and within(facts.pauses, day)


def _in_pause(facts: Facts, day: date) -> bool:
    return bool(facts.pauses) and within(facts.pauses, day)


def last_pause_end(facts: Facts, day: date) -> date | None:
    """The last paused day of the latest pause that ended before ``day``."""
    ends = [end for _, end in facts.pauses if end is not None and end < day]
    return max(ends) if ends else None


def case_baseline(facts: Facts) -> datetime | None:
    """Evidence before this moment was dealt with by a closed case."""
    if facts.reset_at is None or facts.closed_at is None:  # most: no case closed at all
        return facts.closed_at if facts.reset_at is None else facts.reset_at
    return max(facts.reset_at, facts.closed_at)


def attempt_baseline(facts: Facts, day: date) -> datetime | None:
    """Rules 1-2 count only after the last closing and after the last pause ended."""
    if not facts.pauses and facts.reset_at is None and facts.closed_at is None:
        return None  # most residents: no case, no pause
    pause_end = last_pause_end(facts, day)
    return _latest(case_baseline(facts),
                   midnight(pause_end + timedelta(days=1)) if pause_end else None)


def failed_run(facts: Facts, day: date, th: Thresholds) -> Trigger | None:
    """Rule 1: a run of unsuccessful attempts, long enough and over enough days."""
    if not facts.attempts or facts.attempts[0].outcome not in UNSUCCESSFUL:
        return None  # most residents: the newest attempt reached them (the run is empty)
    since = attempt_baseline(facts, day)
    run = []
    for attempt in facts.attempts:
        if (since is not None and attempt.at < since) or attempt.outcome not in UNSUCCESSFUL:
            break
        run.append(attempt)
    days = {a.at.date() for a in run}
    if len(run) < th.failed_attempts or len(days) < th.failed_min_days:
        return None
    return Trigger("failed_attempts", texts.compose(
        texts.FAILED_RUN, count=len(run), days=len(days), outcome=run[0].outcome,
        day=run[0].at.date()))


def _due(facts: Facts, frm: date, to: date, th: Thresholds) -> list[date]:
    """The current pairing's due dates in [frm, to] outside pauses (the schedule's dates)."""
    if facts.pair is None or to < frm:
        return []
    dates = sorted(due_dates(facts.pair, frm, to, th.schedule.move))
    return [d for d in dates if not _in_pause(facts, d)] if facts.pauses else dates


def _grace(facts: Facts, th: Thresholds) -> int:
    assert facts.pair is not None
    return th.schedule.grace_of(facts.pair.rrule)


def missed_calls(facts: Facts, day: date, th: Thresholds) -> Trigger | None:
    """Rule 2: enough missed due calls since the last successful contact."""
    if facts.pair is None:
        return None
    grace = _grace(facts, th)
    last_ended = day - timedelta(days=grace + 1)  # later calls may still be reached
    frm = facts.pair.start_date
    if facts.last_reached is not None:
        frm = max(frm, facts.last_reached.date() + timedelta(days=1))
    if frm > last_ended:
        return None  # reached since the last call whose grace is over
    since = attempt_baseline(facts, day)
    if since is not None:
        # A call due on the day of a closing counts as dealt with; after a pause, from day one.
        frm = max(frm, since.date() if since == midnight(since.date()) else
                  since.date() + timedelta(days=1))
    if (last_ended - frm).days < 0:
        return None
    missed = [d for d in _due(facts, frm, last_ended, th)
              if call_status(d, day, grace, (), listing=False) == "missed"]
    if len(missed) < th.missed_calls:
        return None
    return Trigger("missed_calls", texts.compose(texts.MISSED, count=len(missed),
                                                  day=missed[-1]))


def no_contact(facts: Facts, day: date, th: Thresholds) -> Trigger | None:
    """Rule 3: no successful contact for too long while a repeating plan runs."""
    pair = facts.pair
    if pair is None:
        return None
    plan = plan_of(pair.rrule)
    if plan.kind == "once":
        return None
    limit = th.no_contact_days_daily if plan.is_daily else th.no_contact_days
    if facts.last_reached is not None and (day - facts.last_reached.date()).days < limit:
        return None  # reached recently: no later start can make the stretch longer
    contact = _latest(facts.last_reached, facts.reset_at, facts.closed_at)
    pause_end = last_pause_end(facts, day)
    starts = [(pair.start_date, False)]
    if contact is not None:
        starts.append((contact.date(), True))
    if pause_end is not None:
        starts.append((pause_end + timedelta(days=1), False))
    since, was_contact = max(starts)
    days = (day - since).days
    if days < limit:
        return None
    first = since + timedelta(days=1) if was_contact else since
    if not _due(facts, first, day - timedelta(days=1), th):
        return None
    template = texts.NO_CONTACT_SINCE if was_contact else texts.NO_CONTACT_FROM
    return Trigger("no_contact", texts.compose(template, days=days, day=since))


def at_once(facts: Facts) -> list[Trigger]:
    """Rule 4: a concern or a wrong number since the last closed case flags at once."""
    since = case_baseline(facts)
    found: dict[str, Trigger] = {}
    for attempt in facts.attempts:
        if since is not None and attempt.at <= since:
            break
        if not attempt.concern and attempt.outcome != "wrong_number":
            continue
        when = attempt.at.date()
        if attempt.concern and "concern" not in found:
            found["concern"] = Trigger("concern", texts.compose(texts.CONCERN, day=when))
        if attempt.outcome == "wrong_number" and "wrong_number" not in found:
            found["wrong_number"] = Trigger("wrong_number",
                                            texts.compose(texts.WRONG_NUMBER, day=when))
    return [found[r] for r in ("concern", "wrong_number") if r in found]


def _alike_key(facts: Facts, day: date, th: Thresholds) -> tuple | None:
    """What alone decides the rules for most residents, or None for the others.

    Nothing marked (rule 4 is off), the newest attempt a reach (rule 1 is off), no pause and
    no closed case (no baseline), a plan running long before that reach: rules 2 and 3 then
    read only the plan's dates after the reach (``due_dates.shared_key``: plan and week
    phase) and the day of the reach, so residents alike share one answer.
    """
    if (facts.marked or not facts.attempts or facts.attempts[0].outcome != "reached"
            or facts.pauses or facts.reset_at is not None or facts.closed_at is not None
            or facts.pair is None or facts.reach is None):
        return None
    reached = _reach_day(facts.reach, day, th)
    shared = shared_key(facts.pair, reached + timedelta(days=1), day)
    return None if shared is None else (shared, reached, day)


def _reach_day(reach: Attempt | datetime, day: date, th: Thresholds) -> date:
    """The Amsterdam day of the newest reach, without reading the moment for a recent one."""
    raw = reach.sort_value if isinstance(reach, Attempt) else reach
    if isinstance(raw, datetime) and raw.tzinfo is not None:
        return raw.astimezone(TZ).date()
    days = th._days.get(day)
    if days is None:  # two months of day starts: an older reach is converted in full
        days = th._days[day] = LocalDays(day - timedelta(days=62), day + timedelta(days=1))
    return days(raw)


def triggers(facts: Facts, day: date, th: Thresholds) -> list[Trigger]:
    """Every trigger that holds for the resident on ``day`` (none while paused)."""
    if paused_on(facts, day):
        return []
    key = _alike_key(facts, day, th)
    if key is None:
        return rule_by_rule(facts, day, th)
    found = th._alike.get(key)
    if found is None:
        found = th._alike[key] = tuple(rule_by_rule(facts, day, th))
    return list(found)


def rule_by_rule(facts: Facts, day: date, th: Thresholds) -> list[Trigger]:
    """The triggers of a resident who is not paused, each rule asked in turn."""
    found = at_once(facts) if facts.marked else []
    for rule in (missed_calls, failed_run, no_contact):
        trigger = rule(facts, day, th)
        if trigger is not None:
            found.append(trigger)
    return found
