"""Time today's list on the big benchmark database: one volunteer (< 50 ms) and the team (< 1 s).

    python benchmarks/bench_today.py [DB_FILE] [--runs N] [--date YYYY-MM-DD] [--explain]

DB_FILE defaults to /tmp/belteam-bench.sqlite3 (built by benchmarks/bench_demo.py: 20,000
residents, 5,000 volunteers, three years of attempts). "Today" is the day after the newest
attempt, so the lists look like a normal working morning. Prints the median of N runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import peewee as pw  # noqa: E402

from belteam.calls import schedule  # noqa: E402
from belteam.core.actors import Actor  # noqa: E402
from belteam.core.clock import clock  # noqa: E402
from belteam.storage.migrations import init_db  # noqa: E402
from belteam.storage.models import CallAttempt, Pairing  # noqa: E402

DEFAULT_DB = "/tmp/belteam-bench.sqlite3"
COORDINATOR = Actor("bench", "coordinator")


def timed(fn, runs: int) -> tuple[float, float, float, object]:
    """(first run ms, median wall ms and median CPU ms of the next ``runs``, last result).

    CPU time is printed too because a shared machine's wall time includes waiting for a core.
    """
    began = time.perf_counter()
    result = fn()
    first = (time.perf_counter() - began) * 1000
    walls, cpus = [], []
    for _ in range(runs):
        began, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append((time.perf_counter() - began) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return first, statistics.median(walls), statistics.median(cpus), result


def busiest_volunteer(day: date) -> int:
    """The volunteer with the most running pairings: the slowest single list."""
    return (Pairing.select(Pairing.volunteer).where(
        Pairing.start_date <= day, (Pairing.end_date.is_null()) | (Pairing.end_date >= day))
        .group_by(Pairing.volunteer).order_by(pw.fn.COUNT(Pairing.id).desc())
        .limit(1).scalar())


def explain(database: pw.Database, day: date, volunteer_id: int) -> None:
    """Print SQLite's plans for the list's queries (to check that indexes are used)."""
    original = database.execute_sql

    def show(sql, params=None, *args, **kwargs):
        if sql.lstrip().upper().startswith("SELECT"):
            plan = original(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
            print(sql[:160].replace("\n", " "), "...")
            for row in plan:
                print("    ", row[-1])
        return original(sql, params, *args, **kwargs)

    database.execute_sql = show
    try:
        schedule.today_list(COORDINATOR, day, volunteer_id)
    finally:
        del database.execute_sql


def build(path: str) -> None:
    """The shared data set: 20,000 residents, 5,000 volunteers, three years of attempts."""
    from belteam.core.actors import SYSTEM
    from belteam.demo import team as demo

    began = time.perf_counter()
    summary = demo.generate(SYSTEM, residents=20_000, volunteers=5_000, years=3.0, seed=7)
    print(f"built {path}: {summary.attempts:,} attempts in {time.perf_counter() - began:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--date", type=date.fromisoformat)
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--build", action="store_true",
                        help="build the database first when it is missing (belteam demo)")
    args = parser.parse_args()
    if not Path(args.db).exists() and not args.build:
        sys.exit(f"{args.db} does not exist: build it with  python benchmarks/bench_demo.py "
                 "(or pass --build)")
    missing = not Path(args.db).exists()
    database = init_db(args.db)
    if missing:
        build(args.db)
    newest = CallAttempt.select(pw.fn.MAX(CallAttempt.due_date)).scalar()
    day = args.date or (date.fromisoformat(str(newest)[:10]) + timedelta(days=1))
    while not args.date and day.weekday() >= 5:  # a working day: weekends have few calls
        day -= timedelta(days=1)
    clock.pin(day)
    attempts = CallAttempt.select().count()
    running = Pairing.select().where(Pairing.start_date <= day, (Pairing.end_date.is_null())
                                     | (Pairing.end_date >= day)).count()
    print(f"database {args.db}: {attempts:,} attempts, {running:,} running pairings; day {day}")
    first, wall, cpu, rows = timed(lambda: schedule.today_list(COORDINATOR, day), args.runs)
    by_status: dict[str, int] = {}
    per_volunteer: dict[int, int] = {}
    for row in rows:
        by_status[row.status] = by_status.get(row.status, 0) + 1
        if row.volunteer_id is not None:
            per_volunteer[row.volunteer_id] = per_volunteer.get(row.volunteer_id, 0) + 1
    print(f"whole team ({len(rows):,} calls {by_status}): median {wall:.0f} ms "
          f"(cpu {cpu:.0f} ms, first {first:.0f} ms), target < 1000 ms")
    busy = max(per_volunteer, key=per_volunteer.get) if per_volunteer else busiest_volunteer(day)
    if args.explain:
        explain(database, day, busy)
    for label, vid in (("most calls today", busy), ("most pairings", busiest_volunteer(day))):
        first, wall, cpu, mine = timed(lambda v=vid: schedule.today_list(COORDINATOR, day, v),
                                       args.runs)
        print(f"one volunteer ({label}: id {vid}, {len(mine)} calls): median {wall:.1f} ms "
              f"(cpu {cpu:.1f} ms, first {first:.1f} ms), target < 50 ms")


if __name__ == "__main__":
    main()
