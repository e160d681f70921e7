"""The demo team's call history: attempts (belpogingen) with notes, as plain row tuples."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import accumulate

from belteam.core.clock import TZ
from belteam.demo.names import NOTE_SNIPPETS, TOPICS
from belteam.pairings.plans import Plan, occurrences
from belteam.storage.queries import within

ATTEMPT_COLUMNS = ("resident", "pairing", "volunteer", "due_date", "at", "outcome", "note",
                   "wellbeing", "topics", "wants_again", "practical_help", "concern",
                   "confidential")
_OUTCOMES = ("reached", "no_answer", "voicemail", "busy", "unavailable", "declined")
_OUTCOME_CUM = tuple(accumulate((0.80, 0.11, 0.04, 0.03, 0.01, 0.01)))
_SILENT = ("no_answer", "no_answer", "no_answer", "voicemail", "voicemail", "busy")
_NO_RETRY = frozenset({"unavailable", "declined"})  # away or "not today": try next time
_BASELINES = (4, 5, 6, 6, 7, 7, 7, 8, 8, 9)  # how someone usually feels, 1-10
_DRIFT = (-2, -1, -1, 0, 0, 0, 0, 1, 1)
_TOPIC_PAIRS = tuple(f"{a},{b}" for i, a in enumerate(TOPICS) for b in TOPICS[i + 1:])
FORGOTTEN = 0.02  # share of due calls nobody tried
RETRY = 0.8  # chance a failed attempt is tried again
EARLIEST, LATEST = 8 * 60 + 30, 20 * 60 + 30  # minutes after midnight a volunteer calls


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


def _moment(day: date, minutes: int) -> datetime:
    return datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=TZ)


class CallHistory:
    """Expands pairings into attempt rows; ``counts`` tallies outcomes as rows are made."""

    def __init__(self, rng: random.Random, end: datetime) -> None:
        # Nothing from ``end`` on: midnight today, so the hour of the run changes nothing.
        self.rng, self.end = rng, end
        self.counts: dict[str, int] = dict.fromkeys(_OUTCOMES, 0)

    def rows(self, calls: Iterable[PairingCalls],
             tick: Callable[[int], None] | None = None) -> Iterator[tuple]:
        """Attempt tuples in ATTEMPT_COLUMNS order; ``tick(n)`` after every 500 pairings."""
        for done, call in enumerate(calls, 1):
            yield from self._pairing(call)
            if tick and done % 500 == 0:
                tick(done)

    def _pairing(self, call: PairingCalls) -> list[tuple]:
        rows: list[tuple] = []
        rand = self.rng.random
        baseline = _BASELINES[int(rand() * len(_BASELINES))]
        for due in occurrences(call.plan, call.start, call.start, call.last):
            if (call.pauses and within(call.pauses, due)) or rand() < FORGOTTEN:
                continue
            silent = call.silent_from is not None and due >= call.silent_from
            self._due(rows, call, due, silent, baseline)
        return rows

    def _due(self, rows: list[tuple], call: PairingCalls, due: date, silent: bool,
             baseline: int) -> None:
        """Up to three attempts for one due call; a retry comes later that day or the next."""
        rand, counts = self.rng.random, self.counts
        day = due
        minutes = min(LATEST, max(EARLIEST, call.minutes - 20 + int(rand() * 66)))
        for _ in range(3):
            at = _moment(day, minutes)
            if at >= self.end:
                return
            outcome = (_SILENT[int(rand() * len(_SILENT))] if silent
                       else _OUTCOMES[bisect(_OUTCOME_CUM, rand())])
            counts[outcome] += 1
            if outcome == "reached":
                rows.append(self._reached(call, due, at, baseline))
                return
            rows.append((call.resident_id, call.pairing_id, call.volunteer_id, due, at, outcome,
                         "", None, "", True, False, False, False))
            if outcome in _NO_RETRY or (not silent and rand() > RETRY):
                return
            if minutes + 240 < LATEST and rand() < 0.6:
                minutes += 60 + int(rand() * 181)
            else:
                day += timedelta(days=1)
                minutes = min(LATEST, max(EARLIEST, call.minutes - 15 + int(rand() * 46)))

    def _reached(self, call: PairingCalls, due: date, at: datetime, baseline: int) -> tuple:
        """A reached call with, usually, a short note, a wellbeing mark and a topic or two."""
        rand = self.rng.random
        roll = rand()  # one roll per choice: the share decides, the rest of the roll picks
        note = NOTE_SNIPPETS[int(roll / 0.75 * len(NOTE_SNIPPETS))] if roll < 0.75 else ""
        roll = rand()
        wellbeing = (min(10, max(1, baseline + _DRIFT[int(roll / 0.85 * len(_DRIFT))]))
                     if roll < 0.85 else None)
        roll = rand()
        if roll < 0.35:
            topics = ""
        elif roll < 0.8:
            topics = TOPICS[int((roll - 0.35) / 0.45 * len(TOPICS))]
        else:
            topics = _TOPIC_PAIRS[int((roll - 0.8) / 0.2 * len(_TOPIC_PAIRS))]
        roll = rand()  # practical help 4 %, confidential 3 %, concern 0.2 %
        return (call.resident_id, call.pairing_id, call.volunteer_id, due, at, "reached", note,
                wellbeing, topics, True, roll < 0.04, roll > 0.998, 0.04 <= roll < 0.07)
