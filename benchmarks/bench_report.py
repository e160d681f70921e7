"""Time the overview (belteam.reports) on the benchmark database.

    python benchmarks/bench_report.py [DB]     (default /tmp/belteam-bench.sqlite3)

Build DB first with bench_demo.py (20,000 residents, 5,000 volunteers, 3 years). Times, on
SQLite: a week, a month and a year (the last 365 days), each for everyone and per area, the
12-week reach series, and the year's PDF export. Each is run three times: the cold run, then
the best warm wall and CPU time (the CPU time is what a shared machine disturbs least) are
what the issue's targets are about (year <= 2 s, 12-week chart <= 1 s).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from belteam.core.actors import SYSTEM  # noqa: E402
from belteam.core.clock import clock  # noqa: E402
from belteam.reports import exports, periods  # noqa: E402
from belteam.reports.overview import overview, reach_series  # noqa: E402
from belteam.storage import db as dbmod  # noqa: E402
from belteam.storage.migrations import init_db  # noqa: E402
from belteam.storage.models import CallAttempt  # noqa: E402

DEFAULT_PATH = "/tmp/belteam-bench.sqlite3"


RUNS = 3  # the first is cold; the best of the others is reported


def timed(label: str, work: Callable[[], object]) -> object:
    """Run ``work`` RUNS times: the cold wall time, then the best warm wall and CPU time."""
    result = None
    walls, cpus = [], []
    for _run in range(RUNS):
        began, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append(time.perf_counter() - began)
        cpus.append(time.process_time() - cpu)
    print(f"  {label:<34} cold {walls[0]:6.2f} s   warm {min(walls[1:]):6.2f} s wall"
          f" {min(cpus[1:]):6.2f} s CPU")
    return result


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_PATH
    if not Path(path).exists():
        sys.exit(f"{path} does not exist: run benchmarks/bench_demo.py first")
    init_db(path)
    today = clock.today()
    print(f"{path}: {CallAttempt.select().count()} attempts; today {today}")
    week = periods.week_of(today - timedelta(days=7))
    month = periods.month((today.replace(day=1) - timedelta(days=1)).year,
                          (today.replace(day=1) - timedelta(days=1)).month)
    year = periods.dates(today - timedelta(days=365), today - timedelta(days=1))
    for name, period in (("week", week), ("month", month), ("year", year)):
        timed(f"{name} {period.start}..{period.end}", lambda p=period: overview(SYSTEM, p))
        timed(f"{name} per area", lambda p=period: overview(SYSTEM, p, by_area=True))
    timed("12-week reach series", lambda: reach_series(SYSTEM))
    view = overview(SYSTEM, year, by_area=True)
    print(f"  year: {len(view.areas)} areas; totals due {view.totals['due']}, "
          f"attempts {view.totals['attempts']}, reach rate {view.totals['reach_rate']}")
    with tempfile.TemporaryDirectory() as folder:
        timed("year PDF (per area, charts)",
              lambda: exports.export(SYSTEM, view, "pdf", Path(folder) / "year.pdf"))
    dbmod.close()
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
