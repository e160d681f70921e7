"""Many users on one database: simulated clients in parallel processes for a while.

    python benchmarks/load_test.py [--pg URL | --sqlite FILE] [--clients 50] [--seconds 60]
                                   [--residents 20000] [--volunteers 5000] [--years 0.25]
                                   [--think SECONDS]

Builds a demo team (once per target; reused when it already holds residents), then starts
``--clients`` processes, each with its own connection: volunteers open their list for today
and log a call; coordinators open a resident, change it and save (with the version they
opened; a "changed since you opened it" refusal is counted, reloaded and tried again) and
change a pairing's plan; staff take and close outreach cases (a case someone else took or
closed is counted as refused by design); one more process runs the nightly jobs (the
outreach evaluation) in a loop. Without ``--think`` every client acts again at once (the
server saturated: a stress test); ``--think S`` pauses each person a random while between
actions, S seconds on average (exponentially distributed), as people at a desk do. Afterwards it prints operations per second, p50/p95/p99 per
kind, the errors, and checks for lost writes by counting: every logged call is stored, and
every resident's version rose by exactly the number of saves that succeeded on it.

Default target: the PostgreSQL test server (database belteam_load; start it with
scripts/start-postgres.sh). ``--sqlite FILE`` runs the same against one SQLite file.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import statistics
import sys
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from belteam import bootstrap  # noqa: E402
from belteam.calls import log as calls  # noqa: E402
from belteam.calls import schedule  # noqa: E402
from belteam.core.actors import COORDINATOR, STAFF, SYSTEM, VOLUNTEER, Actor  # noqa: E402
from belteam.core.clock import clock  # noqa: E402
from belteam.demo import team as demo  # noqa: E402
from belteam.outreach import cases as outreach  # noqa: E402
from belteam.outreach import queue as outreach_queue  # noqa: E402
from belteam.pairings import service as pairings  # noqa: E402
from belteam.people import service as people  # noqa: E402
from belteam.storage import db as dbmod  # noqa: E402
from belteam.storage.migrations import init_db  # noqa: E402
from belteam.storage.models import (  # noqa: E402
    CallAttempt,
    ChangedSinceOpened,
    OutreachCase,
    Pairing,
    Resident,
)

DEFAULT_PG = "postgresql://postgres@127.0.0.1:55432/belteam_load"
MARK = "load-test"
PLANS = ("weekly:mon", "weekly:tue", "weekly:wed+fri", "biweekly:thu")
EXPECTED = (ChangedSinceOpened, outreach.CaseTaken, outreach.CaseNotOpen)


def prepare(url: str, residents: int, volunteers: int, years: float) -> None:
    if url.startswith("postgresql"):
        server, name = url.rsplit("/", 1)
        admin = dbmod.make_database(f"{server}/postgres")
        admin.connect()
        if not admin.execute_sql("SELECT 1 FROM pg_database WHERE datname=%s", (name,)).fetchone():
            admin.execute_sql(f'CREATE DATABASE "{name}"')
        admin.close()
    init_db(url)
    if Resident.select().count() < residents:
        started = time.perf_counter()
        demo.generate(SYSTEM, residents=residents, volunteers=volunteers, years=years,
                      seed=7, force=True)
        print(f"demo team built in {time.perf_counter() - started:.0f} s")
    dbmod.close()


def _timed(stats: list, kind: str, fn) -> object:
    started = time.perf_counter()
    try:
        result = fn()
    except EXPECTED as exc:
        stats.append((kind, time.perf_counter() - started, "refused", type(exc).__name__))
        return None
    stats.append((kind, time.perf_counter() - started, "ok", ""))
    return result


def _volunteer(stats, rng, ids, saves, logged) -> None:
    vid = rng.choice(ids["volunteers"])
    actor = Actor(f"v{vid}", VOLUNTEER, volunteer_id=vid)
    due = _timed(stats, "volunteer list", lambda: schedule.today_list(actor, clock.today()))
    if due:
        call = rng.choice(due)
        done = _timed(stats, "log call", lambda: calls.log_call(
            actor, call.resident_id, rng.choice(("reached", "no_answer")), note=MARK))
        if done is not None:
            logged.append(done.id)


def _coordinator(stats, rng, ids, saves, logged) -> None:
    actor = Actor("coordinator", COORDINATOR)
    rid = rng.choice(ids["residents"])

    def edit() -> object:
        opened = {**people.resident_view(actor, rid),
                  "version": people.version_of(actor, "resident", rid)}
        for _try in range(5):  # refused: reload (open again) and redo the change
            try:
                return people.save_resident(actor, {"preferred_days": rng.choice(
                    ("ma", "di", "wo", "do", "vr"))}, rid, opened=opened)
            except ChangedSinceOpened:
                stats.append(("resident edit", 0.0, "refused", "ChangedSinceOpened"))
                opened = {**people.resident_view(actor, rid),
                          "version": people.version_of(actor, "resident", rid)}
        return None

    if _timed(stats, "resident edit", edit) is not None:
        saves[rid] += 1
    pid = rng.choice(ids["pairings"])
    _timed(stats, "pairing plan", lambda: pairings.change_plan(
        actor, Pairing.get_by_id(pid), rng.choice(PLANS)))


def _staff(stats, rng, ids, saves, logged) -> None:
    actor = Actor("staff", STAFF)
    open_ids = [c.id for c in OutreachCase.select(OutreachCase.id).where(
        OutreachCase.status.in_(("open", "taken"))).limit(50)]
    if not open_ids:
        _timed(stats, "case list", lambda: list(outreach_queue.queue(actor)))
        return
    cid = rng.choice(open_ids)
    if _timed(stats, "case take", lambda: outreach.take(actor, cid)) is not None:
        _timed(stats, "case close", lambda: outreach.close(actor, cid, "reached"))


ROLES = {"volunteer": _volunteer, "coordinator": _coordinator, "staff": _staff}


def client(url: str, role: str, seconds: float, seed: int, out: mp.Queue,
           think: float = 0.0) -> None:
    bootstrap.wire()
    stats: list = []
    saves: Counter = Counter()
    logged: list[int] = []
    errors: list[str] = []
    rng = random.Random(seed)
    try:
        init_db(url)
        ids = {"volunteers": [v for (v,) in Pairing.select(Pairing.volunteer).where(
                   Pairing.end_date.is_null()).distinct().tuples()],
               "residents": [r for (r,) in Resident.select(Resident.id).where(
                   Resident.archived == False).tuples()],  # noqa: E712
               "pairings": [p for (p,) in Pairing.select(Pairing.id).where(
                   Pairing.end_date.is_null()).tuples()]}
        until = time.monotonic() + seconds
        while time.monotonic() < until:
            try:
                if role == "nightly":
                    _timed(stats, "nightly evaluation", lambda: outreach.evaluate(SYSTEM))
                else:
                    ROLES[role](stats, rng, ids, saves, logged)
                    if think:
                        time.sleep(max(0.0, min(rng.expovariate(1 / think), until - time.monotonic())))
            except Exception as exc:  # every other failure is an error of the test
                errors.append(f"{role}: {type(exc).__name__}: {exc}".splitlines()[0])
        dbmod.close()
    except Exception:
        errors.append(traceback.format_exc(limit=3))
    out.put((stats, dict(saves), logged, errors))


def _pct(values: list[float], p: float) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1]


def run(url: str, clients: int, seconds: float, think: float = 0.0) -> None:
    init_db(url)
    versions_before = dict(Resident.select(Resident.id, Resident.version).tuples())
    calls_before = CallAttempt.select().where(CallAttempt.note == MARK).count()
    dbmod.close()
    roles = ["nightly"] + [("volunteer", "volunteer", "volunteer", "coordinator", "staff")[n % 5]
                           for n in range(clients)]
    out: mp.Queue = mp.Queue()
    procs = [mp.Process(target=client, args=(url, role, seconds, n, out, think))
             for n, role in enumerate(roles)]
    started = time.perf_counter()
    for p in procs:
        p.start()
    results = [out.get() for _ in procs]
    for p in procs:
        p.join()
    wall = time.perf_counter() - started
    by_kind: dict[str, list[float]] = defaultdict(list)
    refused: Counter = Counter()
    saves: Counter = Counter()
    logged, errors = [], []
    for stats, client_saves, client_logged, client_errors in results:
        for kind, seconds_taken, status, detail in stats:
            if status == "ok":
                by_kind[kind].append(seconds_taken * 1000)
            else:
                refused[f"{kind}: {detail}"] += 1
        saves.update(client_saves)
        logged += client_logged
        errors += client_errors
    total = sum(len(v) for v in by_kind.values())
    pace = f"pause {think:g} s on average" if think else "no pause between actions"
    print(f"\n{url.split('@')[-1]}: {clients} clients ({pace}) + nightly jobs, {wall:.0f} s wall, "
          f"{total} operations, {total / wall:.1f} ops/s")
    print(f"{'kind':<20}{'count':>8}{'ops/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for kind in sorted(by_kind):
        values = by_kind[kind]
        print(f"{kind:<20}{len(values):>8}{len(values) / wall:>8.1f}{_pct(values, 50):>9.1f}"
              f"{_pct(values, 95):>9.1f}{_pct(values, 99):>9.1f}")
    for what, count in sorted(refused.items()):
        print(f"refused by design: {what} × {count}")
    print(f"errors: {len(errors)}")
    for text in Counter(errors).most_common(10):
        print(f"  {text[1]} × {text[0]}")
    init_db(url)
    stored = CallAttempt.select().where(CallAttempt.note == MARK).count() - calls_before
    after = dict(Resident.select(Resident.id, Resident.version).tuples())
    lost_edits = sum(1 for rid, n in saves.items()
                     if after[rid] - versions_before[rid] != n)
    dbmod.close()
    print(f"lost writes: calls logged {len(logged)}, stored {stored}; residents whose version "
          f"does not match their successful saves: {lost_edits} of {len(saves)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pg", default=DEFAULT_PG)
    parser.add_argument("--sqlite", help="run against this SQLite file instead")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--residents", type=int, default=20000)
    parser.add_argument("--volunteers", type=int, default=5000)
    parser.add_argument("--years", type=float, default=0.25)
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean pause in seconds between a person's actions (0: none)")
    args = parser.parse_args()
    bootstrap.wire()
    url = args.sqlite or args.pg
    prepare(url, args.residents, args.volunteers, args.years)
    run(url, args.clients, args.seconds, args.think)


if __name__ == "__main__":
    main()
