"""The demo team's call history: attempts (belpogingen) with notes, made with numpy.

Each due call gets one row of uniform draws (``DRAWS`` columns) and every decision reads its
own column, so the vectorised generator here and a plain loop over the same draws give the
same rows (tests/demo keep that loop as the oracle). Millions of attempts take seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import accumulate

import numpy as np

from belteam.core.clock import TZ
from belteam.demo.names import NOTE_SNIPPETS, TOPICS
from belteam.pairings.plans import Plan, occurrences

ATTEMPT_COLUMNS = ("resident", "pairing", "volunteer", "due_date", "at", "outcome", "note",
                   "wellbeing", "topics", "wants_again", "practical_help", "concern",
                   "confidential")
OUTCOMES = ("reached", "no_answer", "voicemail", "busy", "unavailable", "declined")
OUTCOME_CUM = tuple(accumulate((0.80, 0.11, 0.04, 0.03, 0.01, 0.01)))
SILENT = (1, 1, 1, 2, 2, 3)  # a silent resident: no answer, voicemail or busy (OUTCOMES index)
NO_RETRY = (4, 5)  # away or "not today": try next time
BASELINES = (4, 5, 6, 6, 7, 7, 7, 8, 8, 9)  # how someone usually feels, 1-10
DRIFT = (-2, -1, -1, 0, 0, 0, 0, 1, 1)
TOPIC_PAIRS = tuple(f"{a},{b}" for i, a in enumerate(TOPICS) for b in TOPICS[i + 1:])
TOPICS_AND_PAIRS = TOPICS + TOPIC_PAIRS  # the topics code indexes this
FORGOTTEN = 0.02  # share of due calls nobody tried
RETRY = 0.8  # chance a failed attempt is tried again
EARLIEST, LATEST = 8 * 60 + 30, 20 * 60 + 30  # minutes after midnight a volunteer calls
TRIES = 3  # attempts at most per due call

# Columns of a due call's draws: whether it was forgotten, the first try's minute, then five
# per try (outcome, retry, same day, how much later, next day's minute), then the reached
# call's note, wellbeing, topics and flags.
D_FORGOTTEN, D_MINUTE = 0, 1
D_OUTCOME, D_RETRY, D_SAME_DAY, D_LATER, D_NEXT_DAY = range(5)  # + 2 + 5 * try
D_NOTE, D_WELLBEING, D_TOPICS, D_FLAGS = 17, 18, 19, 20
DRAWS = 21
PAIRINGS_PER_CHUNK = 1000


def try_column(attempt: int, which: int) -> int:
    """The draws column of ``which`` (D_OUTCOME, ...) for try number ``attempt`` (0-based)."""
    return 2 + 5 * attempt + which


@dataclass(slots=True)
class PairingCalls:
    """What the generator needs of one pairing, with ids already known."""

    resident_id: int
    pairing_id: int
    volunteer_id: int
    plan: Plan
    start: date
    last: date  # the last due date to expand (end date or yesterday)
    minutes: int  # agreed time, minutes after midnight
    pauses: list[tuple[date, date | None]] = field(default_factory=list)
    silent_from: date | None = None


@dataclass
class DueCalls:
    """The due calls of some pairings: which pairing (position), the date (ordinal), silent."""

    pairing: np.ndarray
    day: np.ndarray
    silent: np.ndarray


@dataclass
class Attempts:
    """Attempt columns as arrays; codes index OUTCOMES, NOTE_SNIPPETS, ... (-1: none)."""

    resident: np.ndarray
    pairing: np.ndarray
    volunteer: np.ndarray
    due: np.ndarray  # date ordinal
    day: np.ndarray  # date ordinal of the attempt
    minute: np.ndarray  # local minutes after midnight
    outcome: np.ndarray
    note: np.ndarray
    wellbeing: np.ndarray  # 0: no mark
    topics: np.ndarray  # -1: none; below len(TOPICS) one topic, then the pairs
    practical_help: np.ndarray
    concern: np.ndarray
    confidential: np.ndarray

    def __len__(self) -> int:
        return len(self.outcome)


class DueDates:
    """Each pairing's due dates, expanding each plan once per phase instead of per pairing."""

    def __init__(self, last: date) -> None:
        self.last = last
        self.cache: dict[tuple, np.ndarray] = {}

    def __call__(self, call: PairingCalls) -> np.ndarray:
        plan, start = call.plan, call.start
        if plan.kind == "once" or (plan.interval > 1 and plan.kind != "weekly"):
            days = occurrences(plan, start, start, call.last)
            return np.array([d.toordinal() for d in days], dtype=np.int32)
        # Weekly plans every n weeks repeat in the phase of the start's week (weeks on Monday).
        phase = (start.toordinal() - start.weekday()) // 7 % plan.interval
        key = (plan, phase)
        every = self.cache.get(key)
        if every is None:
            every = self.cache[key] = self._expand(plan, phase)
        low = np.searchsorted(every, start.toordinal())
        high = np.searchsorted(every, call.last.toordinal(), side="right")
        return every[low:high]

    def _expand(self, plan: Plan, phase: int) -> np.ndarray:
        first = date(2000, 1, 3)  # a Monday before any demo history
        while (first.toordinal() // 7) % plan.interval != phase:
            first += timedelta(weeks=1)
        days = occurrences(plan, first, first, self.last)
        return np.array([d.toordinal() for d in days], dtype=np.int32)


def due_calls(calls: Sequence[PairingCalls], dates: DueDates) -> DueCalls:
    """The due calls of ``calls`` in pairing order, without those in a pause."""
    parts, owners, silents = [], [], []
    for position, call in enumerate(calls):
        days = dates(call)
        for start, end in call.pauses:
            covered = days >= start.toordinal()
            if end is not None:
                covered &= days <= end.toordinal()
            days = days[~covered]
        parts.append(days)
        owners.append(np.full(len(days), position, dtype=np.int32))
        silent_from = call.silent_from.toordinal() if call.silent_from else np.iinfo(np.int32).max
        silents.append(days >= silent_from)
    if not parts:
        empty = np.zeros(0, dtype=np.int32)
        return DueCalls(empty, empty, np.zeros(0, dtype=bool))
    return DueCalls(np.concatenate(owners), np.concatenate(parts), np.concatenate(silents))


def _pick(table: Sequence[int], roll: np.ndarray) -> np.ndarray:
    return np.asarray(table)[(roll * len(table)).astype(np.int64)]


def _clip_minutes(minutes: np.ndarray) -> np.ndarray:
    return np.minimum(LATEST, np.maximum(EARLIEST, minutes))


def make_attempts(calls: Sequence[PairingCalls], due: DueCalls, draws: np.ndarray,
                  baseline_rolls: np.ndarray, today: date) -> Attempts:
    """The attempts of ``due`` (draws: one row per due call; baseline rolls: one per pairing)."""
    tried = draws[:, D_FORGOTTEN] >= FORGOTTEN
    owner, day, silent, draws = due.pairing[tried], due.day[tried], due.silent[tried], draws[tried]
    agreed = np.array([c.minutes for c in calls], dtype=np.int64)[owner]
    minute = _clip_minutes(agreed - 20 + (draws[:, D_MINUTE] * 66).astype(np.int64))
    day, due_day = day.astype(np.int64), day
    alive = np.ones(len(day), dtype=bool)
    slots = []  # per try: (made, day, minute, outcome)
    for attempt in range(TRIES):
        alive &= day < today.toordinal()  # nothing from midnight today on
        roll = draws[:, try_column(attempt, D_OUTCOME)]
        outcome = np.where(silent, _pick(SILENT, roll),
                           np.minimum(len(OUTCOMES) - 1,
                                      np.searchsorted(OUTCOME_CUM, roll, side="right")))
        slots.append((alive.copy(), day, minute, outcome))
        alive &= (outcome != 0) & ~np.isin(outcome, NO_RETRY)
        alive &= silent | (draws[:, try_column(attempt, D_RETRY)] <= RETRY)
        same_day = ((minute + 240 < LATEST)
                    & (draws[:, try_column(attempt, D_SAME_DAY)] < 0.6))
        later = minute + 60 + (draws[:, try_column(attempt, D_LATER)] * 181).astype(np.int64)
        next_day = _clip_minutes(
            agreed - 15 + (draws[:, try_column(attempt, D_NEXT_DAY)] * 46).astype(np.int64))
        minute = np.where(same_day, later, next_day)
        day = np.where(same_day, day, day + 1)
    made = np.stack([s[0] for s in slots], axis=1)
    rows, tries = np.nonzero(made)  # row-major: due call by due call, try by try

    def pick(column: int) -> np.ndarray:
        return np.stack([slot[column] for slot in slots], axis=1)[rows, tries]

    outcome = pick(3)
    baseline = _pick(BASELINES, baseline_rolls)[owner[rows]]
    return Attempts(
        resident=np.array([c.resident_id for c in calls], dtype=np.int64)[owner[rows]],
        pairing=np.array([c.pairing_id for c in calls], dtype=np.int64)[owner[rows]],
        volunteer=np.array([c.volunteer_id for c in calls], dtype=np.int64)[owner[rows]],
        due=due_day[rows], day=pick(1), minute=pick(2), outcome=outcome,
        **_reached_details(outcome == 0, draws[rows], baseline))


def _reached_details(reached: np.ndarray, draws: np.ndarray, baseline: np.ndarray) -> dict:
    """A reached call usually has a short note, a wellbeing mark and a topic or two."""
    roll = draws[:, D_NOTE]
    note = np.where(reached & (roll < 0.75),
                    (roll / 0.75 * len(NOTE_SNIPPETS)).astype(np.int64), -1)
    roll = draws[:, D_WELLBEING]
    drift = np.asarray(DRIFT)[np.minimum(len(DRIFT) - 1,
                                         (roll / 0.85 * len(DRIFT)).astype(np.int64))]
    wellbeing = np.where(reached & (roll < 0.85), np.clip(baseline + drift, 1, 10), 0)
    roll = draws[:, D_TOPICS]
    one = np.minimum(len(TOPICS) - 1, ((roll - 0.35) / 0.45 * len(TOPICS)).astype(np.int64))
    pair = len(TOPICS) + np.minimum(len(TOPIC_PAIRS) - 1,
                                    ((roll - 0.8) / 0.2 * len(TOPIC_PAIRS)).astype(np.int64))
    topics = np.where(~reached | (roll < 0.35), -1, np.where(roll < 0.8, one, pair))
    roll = draws[:, D_FLAGS]  # practical help 4 %, confidential 3 %, concern 0.2 %
    return {"note": note, "wellbeing": wellbeing, "topics": topics,
            "practical_help": reached & (roll < 0.04), "concern": reached & (roll > 0.998),
            "confidential": reached & (roll >= 0.04) & (roll < 0.07)}


class CallHistory:
    """Expands pairings into attempts chunk by chunk; ``counts`` tallies the outcomes."""

    def __init__(self, seed: int, today: date) -> None:
        # Nothing from midnight today on, so the hour of the run changes nothing.
        self.random, self.today = np.random.default_rng(seed), today
        self.counts: dict[str, int] = dict.fromkeys(OUTCOMES, 0)
        self.dates = DueDates(today - timedelta(days=1))

    def chunks(self, calls: Sequence[PairingCalls],
               tick: Callable[[int], None] | None = None) -> Iterator[Attempts]:
        """Attempts, PAIRINGS_PER_CHUNK pairings at a time; ``tick(n)`` after each chunk."""
        for begin in range(0, len(calls), PAIRINGS_PER_CHUNK):
            part = calls[begin:begin + PAIRINGS_PER_CHUNK]
            baseline_rolls = self.random.random(len(part))
            due = due_calls(part, self.dates)
            draws = self.random.random((len(due.day), DRAWS))
            made = make_attempts(part, due, draws, baseline_rolls, self.today)
            for code, number in enumerate(np.bincount(made.outcome, minlength=len(OUTCOMES))):
                self.counts[OUTCOMES[code]] += int(number)
            yield made
            if tick:
                tick(begin + len(part))


def _texts(table: Sequence, missing: object) -> np.ndarray:
    """Lookup array: code -1 (the last element) gives ``missing``."""
    return np.array([*table, missing], dtype=object)


_NOTES = _texts(NOTE_SNIPPETS, "")
_TOPIC_TEXTS = _texts(TOPICS_AND_PAIRS, "")
_OUTCOME_TEXTS = np.array(OUTCOMES, dtype=object)


def local_moment(day: int, minute: int) -> datetime:
    """The aware moment of a date ordinal and local minutes after midnight."""
    return datetime.combine(date.fromordinal(day), time(minute // 60, minute % 60), TZ)


def python_rows(made: Attempts) -> list[tuple]:
    """Attempt tuples in ATTEMPT_COLUMNS order with Python values (dates, aware moments)."""
    wellbeing = [None if w == 0 else w for w in made.wellbeing.tolist()]
    return list(zip(made.resident.tolist(), made.pairing.tolist(), made.volunteer.tolist(),
                    [date.fromordinal(d) for d in made.due.tolist()],
                    [local_moment(d, m) for d, m in zip(made.day.tolist(), made.minute.tolist(),
                                                        strict=True)],
                    _OUTCOME_TEXTS[made.outcome].tolist(), _NOTES[made.note].tolist(),
                    wellbeing, _TOPIC_TEXTS[made.topics].tolist(), [True] * len(made),
                    made.practical_help.tolist(), made.concern.tolist(),
                    made.confidential.tolist(), strict=True))


class StoredText:
    """Attempt tuples as the database stores them: dates as text, moments as naive UTC text.

    Booleans become 1/0 and a missing wellbeing mark ``null`` (None for SQLite's parameters,
    the NULL marker for PostgreSQL's COPY).
    """

    def __init__(self, null: object) -> None:
        self.null = null
        self.days: dict[int, str] = {}
        self.offsets: dict[int, int] = {}
        times = [f" {m // 60:02d}:{m % 60:02d}:00" for m in range(24 * 60)]
        self.times = np.array(times, dtype=object)
        self.wellbeing = np.array([null, *range(1, 11)], dtype=object)

    def _tables(self, low: int, high: int) -> tuple[np.ndarray, np.ndarray]:
        """Per date ordinal from ``low`` to ``high``: its text and its UTC offset in minutes."""
        for day in range(low, high + 1):
            if day not in self.days:
                self.days[day] = date.fromordinal(day).isoformat()
                # Calls are between 8:30 and 20:30: the offset at noon holds all day.
                offset = local_moment(day, 12 * 60).utcoffset()
                self.offsets[day] = int(offset.total_seconds() // 60) if offset else 0
        days = range(low, high + 1)
        return (np.array([self.days[d] for d in days], dtype=object),
                np.array([self.offsets[d] for d in days], dtype=np.int64))

    def rows(self, made: Attempts) -> list[tuple]:
        if not len(made):
            return []
        low = int(min(made.due.min(), made.day.min()))
        texts, offsets = self._tables(low, int(max(made.due.max(), made.day.max())))
        at_day = made.day - low
        moments = texts[at_day] + self.times[made.minute - offsets[at_day]]
        flags = [f.astype(np.int8).tolist() for f in (made.practical_help, made.concern,
                                                      made.confidential)]
        return list(zip(made.resident.tolist(), made.pairing.tolist(), made.volunteer.tolist(),
                        texts[made.due - low].tolist(), moments.tolist(),
                        _OUTCOME_TEXTS[made.outcome].tolist(), _NOTES[made.note].tolist(),
                        self.wellbeing[made.wellbeing].tolist(),
                        _TOPIC_TEXTS[made.topics].tolist(), [1] * len(made), *flags,
                        strict=True))
