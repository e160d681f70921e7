"""Time matching on a large team: suggestions for one resident (≤ 50 ms) and the batch proposal
for the whole waiting list (≤ 5 s, ≤ 500 MB).

    python benchmarks/bench_matching.py [DB_FILE] [--runs N]

DB_FILE defaults to /tmp/belteam-bench.sqlite3 (benchmarks/bench_demo.py: 20,000 residents,
5,000 volunteers). A demo has ~7% waiting residents; the batch is also timed with every
resident without a running pairing made waiting (``--widen``, on a copy in memory: nothing is
written). Prints first run and median wall/CPU ms of N runs, and the peak memory (RSS).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from belteam.core.actors import Actor  # noqa: E402
from belteam.core.clock import clock  # noqa: E402
from belteam.matching import batch, facts, suggest  # noqa: E402
from belteam.storage.migrations import init_db  # noqa: E402
from belteam.storage.models import Resident  # noqa: E402

DEFAULT_DB = "/tmp/belteam-bench.sqlite3"
COORDINATOR = Actor("bench", "coordinator")


def timed(fn, runs: int) -> tuple[float, float, float, object]:
    """(first run ms, median wall ms and median CPU ms of the next ``runs``, last result)."""
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


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    init_db(args.db)
    waiting = list(facts.waiting_query())
    print(f"volunteers: {len(facts.volunteers(clock.today()))}, "
          f"waiting residents: {len(waiting)}")
    dutch = next((r for r in waiting if "nl" in (r.languages or ["nl"])), waiting[0])
    first, wall, cpu, found = timed(lambda: suggest.for_resident(COORDINATOR, dutch.id),
                                    args.runs)
    print(f"suggestions for one resident ({len(found.matches)} volunteers ranked): "
          f"first {first:.0f} ms, median {wall:.1f} ms wall / {cpu:.1f} ms CPU")
    before = peak_mb()
    first, wall, cpu, proposal = timed(lambda: batch.propose(COORDINATOR), max(1, args.runs // 2))
    print(f"batch proposal, {len(waiting)} waiting: {len(proposal.pairs)} paired, "
          f"{len(proposal.unmatched)} not, total {proposal.total_score:.0f}; first {first:.0f} ms, "
          f"median {wall:.0f} ms wall / {cpu:.0f} ms CPU; peak RSS {peak_mb():.0f} MB "
          f"(before {before:.0f} MB)")
    # A harder case: every resident without a running pairing is waiting (in a transaction
    # that is rolled back).
    database = Resident._meta.database
    with database.atomic() as transaction:
        Resident.update(status="waiting").where(Resident.status.in_(("paused", "stopped"))).execute()
        count = facts.waiting_query().count()
        first, wall, cpu, proposal = timed(lambda: batch.propose(COORDINATOR), 1)
        print(f"batch proposal, {count} waiting: {len(proposal.pairs)} paired; first "
              f"{first:.0f} ms, median {wall:.0f} ms wall / {cpu:.0f} ms CPU; peak RSS "
              f"{peak_mb():.0f} MB")
        transaction.rollback()


if __name__ == "__main__":
    main()
