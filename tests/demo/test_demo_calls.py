"""The demo's vectorised call history against a plain loop over the same draws (the oracle)."""

from __future__ import annotations

import random
import sqlite3
from bisect import bisect
from collections import Counter
from datetime import date, timedelta

import numpy as np
import peewee as pw
from hypothesis import given, settings
from hypothesis import strategies as st

from belteam.core.actors import SYSTEM as ACTOR
from belteam.demo import calls as C
from belteam.demo import team as demo
from belteam.demo.plans import PLAN_CHOICES
from belteam.pairings.plans import occurrences, parse_plan
from belteam.storage.models import CallAttempt, Resident
from belteam.storage.queries import within

TODAY = date(2026, 11, 30)


def _oracle(calls: list[C.PairingCalls], draws: np.ndarray, baseline_rolls: np.ndarray,
            today: date) -> list[tuple]:
    """The straightforward generator: pairing by pairing, due call by due call, try by try."""
    rows, row = [], 0
    for position, call in enumerate(calls):
        baseline = C.BASELINES[int(baseline_rolls[position] * len(C.BASELINES))]
        for due in occurrences(call.plan, call.start, call.start, call.last):
            if call.pauses and within(call.pauses, due):
                continue
            u, row = draws[row], row + 1
            if u[C.D_FORGOTTEN] < C.FORGOTTEN:
                continue
            silent = call.silent_from is not None and due >= call.silent_from
            rows += _due(call, due, silent, baseline, u, today)
    assert row == len(draws)
    return rows


def _due(call: C.PairingCalls, due: date, silent: bool, baseline: int, u: np.ndarray,
         today: date) -> list[tuple]:
    rows: list[tuple] = []
    day = due
    minutes = min(C.LATEST, max(C.EARLIEST, call.minutes - 20 + int(u[C.D_MINUTE] * 66)))
    for attempt in range(C.TRIES):
        if day >= today:
            break
        roll = u[C.try_column(attempt, C.D_OUTCOME)]
        outcome = (C.OUTCOMES[C.SILENT[int(roll * 6)]] if silent
                   else C.OUTCOMES[bisect(C.OUTCOME_CUM, roll)])
        at = C.local_moment(day.toordinal(), minutes)
        ids = (call.resident_id, call.pairing_id, call.volunteer_id, due, at, outcome)
        if outcome == "reached":
            rows.append(ids + _reached(baseline, u))
            break
        rows.append(ids + ("", None, "", True, False, False, False))
        if outcome in ("unavailable", "declined"):
            break
        if not silent and u[C.try_column(attempt, C.D_RETRY)] > C.RETRY:
            break
        if minutes + 240 < C.LATEST and u[C.try_column(attempt, C.D_SAME_DAY)] < 0.6:
            minutes += 60 + int(u[C.try_column(attempt, C.D_LATER)] * 181)
        else:
            day += timedelta(days=1)
            minutes = min(C.LATEST, max(C.EARLIEST, call.minutes - 15
                                        + int(u[C.try_column(attempt, C.D_NEXT_DAY)] * 46)))
    return rows


def _reached(baseline: int, u: np.ndarray) -> tuple:
    roll = u[C.D_NOTE]
    note = C.NOTE_SNIPPETS[int(roll / 0.75 * len(C.NOTE_SNIPPETS))] if roll < 0.75 else ""
    roll = u[C.D_WELLBEING]
    wellbeing = (min(10, max(1, baseline + C.DRIFT[int(roll / 0.85 * len(C.DRIFT))]))
                 if roll < 0.85 else None)
    roll = u[C.D_TOPICS]
    if roll < 0.35:
        topics = ""
    elif roll < 0.8:
        topics = C.TOPICS[int((roll - 0.35) / 0.45 * len(C.TOPICS))]
    else:
        topics = C.TOPIC_PAIRS[int((roll - 0.8) / 0.2 * len(C.TOPIC_PAIRS))]
    roll = u[C.D_FLAGS]
    return (note, wellbeing, topics, True, bool(roll < 0.04), bool(roll > 0.998),
            bool(0.04 <= roll < 0.07))


def _team(rng: random.Random, count: int) -> list[C.PairingCalls]:
    """Pairings of every demo plan, some ended, paused or gone silent, starting over 3 years."""
    calls = []
    for number in range(count):
        plan = PLAN_CHOICES[number % len(PLAN_CHOICES)].plan
        start = TODAY - timedelta(days=rng.randint(0, 3 * 365))
        last = TODAY - timedelta(days=1)
        if rng.random() < 0.2:
            last = start + timedelta(days=rng.randint(0, (TODAY - start).days))
        pauses = []
        if rng.random() < 0.2:
            begin = start + timedelta(days=rng.randint(0, 60))
            pauses = [(begin, None if rng.random() < 0.3 else begin + timedelta(days=20))]
        silent = TODAY - timedelta(days=rng.randint(1, 40)) if rng.random() < 0.1 else None
        calls.append(C.PairingCalls(number + 1, number + 101, rng.randint(1, 9), plan, start,
                                    min(last, TODAY - timedelta(days=1)),
                                    rng.randint(8 * 60, 21 * 60), pauses, silent))
    return calls


def test_due_dates_match_the_plan_expansion():
    rng = random.Random(4)
    plans = [c.plan for c in PLAN_CHOICES] + [parse_plan(text) for text in (
        "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU", "once")]
    dates = C.DueDates(TODAY)
    for plan in plans:
        for _ in range(40):
            start = TODAY - timedelta(days=rng.randint(0, 1200))
            last = start + timedelta(days=rng.randint(-3, 1300))
            call = C.PairingCalls(1, 1, 1, plan, start, min(last, TODAY), 600)
            expected = [d.toordinal() for d in occurrences(plan, start, start, call.last)]
            assert dates(call).tolist() == expected, (plan, start, last)


def test_vectorised_attempts_equal_the_plain_loop():
    rng = random.Random(11)
    calls = _team(rng, 300)
    generator = np.random.default_rng(5)
    due = C.due_calls(calls, C.DueDates(TODAY - timedelta(days=1)))
    draws = generator.random((len(due.day), C.DRAWS))
    # Rolls at the edges of the shares, where an off-by-one would show.
    draws[:40, C.try_column(0, C.D_OUTCOME)] = [0.8, 0.91, 0.95, 0.98, 0.99, 0.0, 0.7999] * 5 + [
        0.9999999] * 5
    baseline_rolls = generator.random(len(calls))
    made = C.make_attempts(calls, due, draws, baseline_rolls, TODAY)
    expected = _oracle(calls, draws, baseline_rolls, TODAY)
    assert len(expected) > 10_000
    assert C.python_rows(made) == expected
    outcomes = Counter(row[5] for row in expected)
    assert set(outcomes) == set(C.OUTCOMES)


@settings(max_examples=25, deadline=None)
@given(team_seed=st.integers(0, 2**32 - 1), draw_seed=st.integers(0, 2**32 - 1),
       size=st.integers(1, 25))
def test_generated_teams_match_the_plain_loop(team_seed, draw_seed, size):
    calls = _team(random.Random(team_seed), size)
    generator = np.random.default_rng(draw_seed)
    due = C.due_calls(calls, C.DueDates(TODAY - timedelta(days=1)))
    draws, baseline_rolls = generator.random((len(due.day), C.DRAWS)), generator.random(size)
    made = C.make_attempts(calls, due, draws, baseline_rolls, TODAY)
    assert C.python_rows(made) == _oracle(calls, draws, baseline_rolls, TODAY)


def test_stored_text_is_what_the_fields_would_store():
    """Dates as ISO text, moments as naive UTC text (summer and winter time), flags 1/0."""
    rng = random.Random(3)
    calls = _team(rng, 40)
    history = C.CallHistory(9, TODAY)
    for made in history.chunks(calls):
        python, stored = C.python_rows(made), C.StoredText(None).rows(made)
        fields = [CallAttempt._meta.fields[name] for name in C.ATTEMPT_COLUMNS]
        for plain, text in zip(python, stored, strict=True):
            values = [f.db_value(v) for f, v in zip(fields, plain, strict=True)]
            assert text == tuple(
                sqlite3.adapters[(type(v), sqlite3.PrepareProtocol)](v)
                if (type(v), sqlite3.PrepareProtocol) in sqlite3.adapters
                else int(v) if isinstance(v, bool) else v for v in values)
    copied = C.StoredText("\\N").rows(next(C.CallHistory(9, TODAY).chunks(calls)))
    assert any(row[7] == "\\N" for row in copied) and not any(None in row for row in copied)


def test_demo_stores_the_generated_history(db):
    """What lands in the database reads back as the rows the generator made (both engines)."""
    summary = demo.generate(ACTOR, residents=60, volunteers=15, years=0.5, seed=2)
    rows = list(CallAttempt.select().order_by(CallAttempt.id))
    assert len(rows) == summary.attempts
    assert Counter(r.outcome for r in rows) == {k: v for k, v in summary.outcomes.items() if v}
    for r in rows:
        local = r.at.hour * 60 + r.at.minute
        assert C.EARLIEST <= local <= C.LATEST and r.at.date() >= r.due_date
        assert (r.outcome == "reached") or (r.wellbeing is None and r.topics == [])
        assert isinstance(r.concern, bool) and r.wants_again is True
    areas = Counter(r.resident.area for r in rows)
    assert sum(areas.values()) == summary.attempts
    assert Resident.select().count() == 60
    if isinstance(CallAttempt._meta.database.obj, pw.SqliteDatabase):
        database = CallAttempt._meta.database
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def _indexes(database: pw.Database) -> set[tuple]:
    """Every index, and on PostgreSQL every constraint, with its definition."""
    found = {(table, index.name, tuple(index.columns), index.unique, index.sql)
             for table in database.get_tables() for index in database.get_indexes(table)}
    if not isinstance(database, pw.SqliteDatabase):
        found |= set(database.execute_sql(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), "
            "convalidated, condeferrable FROM pg_constraint "
            "WHERE connamespace = current_schema()::regnamespace").fetchall())
    return found


def _settings(database: pw.Database) -> tuple:
    if isinstance(database, pw.SqliteDatabase):
        return tuple(database.execute_sql(f"PRAGMA {name}").fetchone()[0]
                     for name in ("journal_mode", "synchronous", "foreign_keys"))
    return (database.execute_sql("SHOW synchronous_commit").fetchone()[0],)


def test_bulk_load_settings_are_back_and_every_index_is_there(db):
    """During the load: memory journal, no fsync (SQLite), no commit wait (PostgreSQL);
    afterwards the normal settings, every index the migrations made, a sound file."""
    if not isinstance(db, pw.SqliteDatabase):
        db.execute_sql("SET synchronous_commit = on")  # the test server runs with it off
    before, indexes = _settings(db), _indexes(db)
    during = []
    demo.generate(ACTOR, residents=80, volunteers=20, years=0.3, seed=4,
                  progress=lambda stage, done, total: during.append(_settings(db)))
    assert _settings(db) == before
    assert _indexes(db) == indexes and len(indexes) > 10
    if isinstance(db, pw.SqliteDatabase):
        assert before[:2] in (("wal", 1), ("memory", 1))  # a file, or :memory:
        assert during[-1][:3] == ("memory", 0, 0)
        assert before[2] == 1
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    else:
        assert before == ("on",) and during[-1] == ("off",)
    assert CallAttempt.select().count() > 1000
