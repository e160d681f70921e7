"""Speed at city scale, side by side with the raw read each task cannot avoid, on both engines.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_scale.py [PATH] [--pg URL | --no-pg]
        [--as-of YYYY-MM-DD] [--repeat 3] [--no-gui] [--demo]

PATH (default /tmp/belteam-bench.sqlite3) is the database from ``bench_demo.py``; it is only
read. For PostgreSQL its rows are copied once (COPY) into a benchmark database on the test
server (``bench_outreach.ensure_pg``) and reused. Prints one table per engine: the task, our
time (best of ``--repeat``), the raw read and the ratio. ``--demo`` also times building the
20k/5k/3-year demo into a scratch SQLite file (minutes).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import peewee as pw  # noqa: E402
from bench_outreach import RAW_INDEX_PG, RAW_INDEX_SQLITE, ensure_pg  # noqa: E402

from belteam.calls import schedule  # noqa: E402
from belteam.core.actors import SYSTEM, Actor  # noqa: E402
from belteam.core.clock import clock  # noqa: E402
from belteam.outreach.facts import flags  # noqa: E402
from belteam.storage import db as dbmod  # noqa: E402
from belteam.storage.migrations import init_db  # noqa: E402
from belteam.storage.models import CallAttempt, Pairing, Resident, Volunteer  # noqa: E402

DEFAULT_PATH = "/tmp/belteam-bench.sqlite3"
DEFAULT_PG = "postgresql://postgres@127.0.0.1:55432/belteam_bench_scale"
COORDINATOR = Actor("bench", "coordinator", None)
Row = tuple[str, float, float | None, str]  # task, ours, raw, note


def best(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        began = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - began)
    return min(times), result


def _running(day: date) -> pw.Expression:
    return (Pairing.start_date <= day) & (Pairing.end_date.is_null() | (Pairing.end_date >= day))


def raw_list(day: date, volunteer_id: int | None) -> int:
    """Running pairings joined with resident and volunteer, plus the attempts of the last days."""
    query = (Pairing.select(Pairing.id, Pairing.rrule, Pairing.start_date, Pairing.preferred_time,
                            Resident.id, Resident.first_name, Resident.last_name, Resident.phone,
                            Volunteer.id, Volunteer.first_name)
             .join(Resident).switch(Pairing).join(Volunteer).where(_running(day)))
    attempts = CallAttempt.select(CallAttempt.resident, CallAttempt.pairing, CallAttempt.at,
                                  CallAttempt.outcome, CallAttempt.due_date).where(
        CallAttempt.due_date >= day - timedelta(days=7))
    if volunteer_id is not None:
        query = query.where(Pairing.volunteer == volunteer_id)
        attempts = attempts.where(CallAttempt.pairing.in_(
            Pairing.select(Pairing.id).where(Pairing.volunteer == volunteer_id)))
    database = dbmod.DB.obj
    return (len(database.execute(query).fetchall())
            + len(database.execute(attempts).fetchall()))


def busiest_volunteer(calls: list) -> int:
    """The volunteer with the most calls in the team's list."""
    count: dict[int, int] = {}
    for call in calls:
        if call.volunteer_id is not None:
            count[call.volunteer_id] = count.get(call.volunteer_id, 0) + 1
    return max(count, key=count.__getitem__)


def outreach_read_and_rules(day: date) -> int:
    """The evaluation of every resident without its writes: facts, then the rules."""
    return len(flags(day))


def today_screen() -> tuple[float, float, float, float]:
    """Seconds: the GUI thread held by opening the screen, to the first rows painted, to the
    whole list shown, and the longest the GUI thread was held meanwhile (one event pass)."""
    from belteam_gui.app.main import make_app
    from belteam_gui.app.session import Session
    from belteam_gui.today.page import TodayPage
    from PySide6.QtCore import QCoreApplication

    make_app()
    began = time.perf_counter()
    page = TodayPage(Session("bench", COORDINATOR))
    page.resize(1366, 768)
    page.show()
    held = time.perf_counter() - began
    stall = 0.0

    def wait(until: Callable[[], bool]) -> None:
        nonlocal stall
        while not until():
            tick = time.perf_counter()
            QCoreApplication.processEvents()
            stall = max(stall, time.perf_counter() - tick)
            time.sleep(0.001)

    loading = getattr(page, "loading", lambda: False)  # older screens load at once
    wait(lambda: page.model.rowCount() > 0 or not loading())
    page.grab()  # layout and a full paint of the first rows
    first = time.perf_counter() - began
    wait(lambda: not loading())
    page.grab()
    whole = time.perf_counter() - began
    page.close()
    page.deleteLater()
    return held, first, whole, stall


def measure(day: date, repeat: int, gui: bool) -> list[Row]:
    database = dbmod.DB.obj
    pg = isinstance(database, pw.PostgresqlDatabase)
    rows: list[Row] = []
    ours, calls = best(lambda: schedule.today_list(COORDINATOR, day), repeat)
    raw, _ = best(lambda: raw_list(day, None), repeat)
    rows.append((f"whole team's list ({len(calls):,} calls)", ours, raw, "goal <= 4x raw"))
    vid = busiest_volunteer(calls)
    ours, mine = best(lambda: schedule.today_list(COORDINATOR, day, vid), repeat * 3)
    raw, _ = best(lambda: raw_list(day, vid), repeat * 3)
    rows.append((f"one volunteer's list ({len(mine)} calls)", ours, raw, "goal <= 2 ms"))
    sql = RAW_INDEX_PG if pg else RAW_INDEX_SQLITE
    raw, _ = best(lambda: len(database.execute_sql(sql).fetchall()), repeat)
    ours, flagged = best(lambda: outreach_read_and_rules(day), repeat)
    rows.append((f"outreach evaluation, all residents ({flagged:,} flagged)", ours, raw,
                 "goal <= 0.4 s; raw = last 3 + last reached per resident"))
    if gui:
        results = [today_screen() for _ in range(repeat)]
        held, first, whole, stall = (min(r[i] for r in results) for i in range(4))
        rows.append(("Today screen, whole team: GUI thread held", held, None, "never blocks"))
        rows.append(("Today screen, whole team: first rows painted", first, None,
                     "goal <= 0.3 s"))
        rows.append(("Today screen, whole team: whole list shown", whole, None, ""))
        rows.append(("Today screen, whole team: longest GUI-thread stall", stall, None,
                     "while loading"))
    return rows


def command_start(repeat: int) -> Row:
    """`belteam today --json` on a small team, against `python -c pass`."""
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "small.sqlite3")
        subprocess.run([sys.executable, "-m", "belteam", "--db", path, "demo", "--residents",
                        "30", "--volunteers", "8", "--years", "0.1"], capture_output=True,
                       check=True)
        with sqlite3.connect(path) as small:  # no sign-in: the list itself is what is timed
            small.execute('DELETE FROM "user"')
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program has its bytecode

        def run(argv: list[str]) -> float:
            return best(lambda: subprocess.run([sys.executable, *argv], capture_output=True,
                                               env=env, check=False), repeat * 2)[0]

        ours = run(["-m", "belteam", "--db", path, "today", "--json"])
        raw = run(["-c", "pass"])
    return ("command start (belteam today --json, small team)", ours, raw, "goal <= 0.3 s")


def demo_build() -> Row:
    from belteam.demo import team as demo

    with tempfile.TemporaryDirectory() as folder:
        init_db(str(Path(folder) / "demo.sqlite3"))
        began = time.perf_counter()
        demo.generate(SYSTEM, residents=20_000, volunteers=5_000, years=3.0, seed=1)
        seconds = time.perf_counter() - began
        dbmod.close()
    return ("belteam demo 20k/5k/3 years (SQLite)", seconds, None, "goal <= 30 s")


def show(title: str, rows: list[Row]) -> None:
    print(f"\n{title}")
    print(f"| {'task':<58} | {'ours':>10} | {'raw':>10} | {'ratio':>6} | note")
    print(f"|{'-' * 60}|{'-' * 12}|{'-' * 12}|{'-' * 8}|------")
    for task, ours, raw, note in rows:
        raw_text = f"{raw * 1000:8.2f} ms" if raw is not None else f"{'—':>10}"
        ratio = f"{ours / raw:6.1f}" if raw else f"{'—':>6}"
        print(f"| {task:<58} | {ours * 1000:7.1f} ms | {raw_text} | {ratio} | {note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", default=DEFAULT_PATH)
    parser.add_argument("--pg", default=DEFAULT_PG)
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 11, 30))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-gui", action="store_true")
    parser.add_argument("--demo", action="store_true")
    args = parser.parse_args(argv)
    if not Path(args.path).exists():
        print(f"{args.path} does not exist: run benchmarks/bench_demo.py first", file=sys.stderr)
        return 1
    clock.pin(args.as_of)
    init_db(args.path)
    counts = f"{Resident.select().count():,} residents, {CallAttempt.select().count():,} attempts"
    show(f"SQLite ({args.path}: {counts}; day {args.as_of})",
         measure(args.as_of, args.repeat, not args.no_gui))
    dbmod.close()
    if not args.no_pg:
        ensure_pg(args.pg, Path(args.path), False)
        clock.pin(args.as_of)
        show(f"PostgreSQL ({args.pg}; day {args.as_of})",
             measure(args.as_of, args.repeat, not args.no_gui))
        dbmod.close()
    extra = [command_start(args.repeat)]
    if args.demo:
        extra.append(demo_build())
    show("Engine-independent", extra)
    return 0


if __name__ == "__main__":
    sys.exit(main())
