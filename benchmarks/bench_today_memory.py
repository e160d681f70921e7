"""Peak memory of the window with the whole team's list open (goal: at most 300 MB).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_today_memory.py DB [--as-of YYYY-MM-DD]
                                                                  [--refreshes 3]

DB is the SQLite file from ``bench_demo.py`` or a PostgreSQL URL (``bench_scale.py`` leaves
a copy on the test server). Run it once per engine: each run is a fresh process, so the peak
resident set (``ru_maxrss``) is the Today screen's alone: the coordinator's whole-team list
is opened, shown whole, then refreshed ``--refreshes`` times (each refresh reads the list
again in a worker and swaps it in).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from belteam.core.actors import Actor  # noqa: E402
from belteam.core.clock import clock  # noqa: E402
from belteam.storage.migrations import init_db  # noqa: E402

COORDINATOR = Actor("bench", "coordinator", None)


def _megabytes(kilobytes: int) -> float:
    return kilobytes / 1024


def _current_kb() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("db")
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 11, 30))
    parser.add_argument("--refreshes", type=int, default=3)
    args = parser.parse_args(argv)
    clock.pin(args.as_of)
    init_db(args.db)
    from belteam_gui.app.main import make_app
    from belteam_gui.app.session import Session
    from belteam_gui.today.page import TodayPage
    from PySide6.QtCore import QCoreApplication

    make_app()
    before = _current_kb()
    page = TodayPage(Session("bench", COORDINATOR))
    page.resize(1366, 768)
    page.show()

    def wait(until: Callable[[], bool]) -> None:
        while not until():
            QCoreApplication.processEvents()
            time.sleep(0.002)

    began = time.perf_counter()
    wait(lambda: not page.loading())
    page.grab()
    print(f"{args.db}: {page.model.rowCount():,} rows shown in "
          f"{time.perf_counter() - began:.2f} s; resident set {_megabytes(_current_kb()):.0f} MB")
    for n in range(args.refreshes):
        page.reload()
        wait(lambda: not page.loading())
        page.grab()
        print(f"  after refresh {n + 1}: {page.model.rowCount():,} rows, resident set "
              f"{_megabytes(_current_kb()):.0f} MB")
    peak = _megabytes(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    verdict = "within" if peak <= 300 else "OVER"
    print(f"peak resident set {peak:.0f} MB (before the screen {_megabytes(before):.0f} MB); "
          f"goal <= 300 MB: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
