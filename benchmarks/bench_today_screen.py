"""How long the real Today screen takes to open on the big database: query, model, first paint.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_today_screen.py [DB] [--date YYYY-MM-DD]
(the DB comes from benchmarks/bench_demo.py; default /tmp/belteam-bench.sqlite3)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import peewee  # noqa: E402
from belteam_gui.app.main import make_app  # noqa: E402
from belteam_gui.app.session import Session  # noqa: E402
from belteam_gui.today.page import TodayPage  # noqa: E402

from belteam.core.actors import SYSTEM, Actor  # noqa: E402
from belteam.core.clock import clock  # noqa: E402
from belteam.pairings.service import active_on  # noqa: E402
from belteam.storage.migrations import init_db  # noqa: E402
from belteam.storage.models import Pairing, Volunteer  # noqa: E402


def open_page(session: Session) -> tuple[float, int]:
    """Seconds from construction to the first paint, and the number of rows shown."""
    start = time.perf_counter()
    page = TodayPage(session)
    page.resize(1366, 768)
    page.show()
    page.grab()  # forces layout and a full paint
    seconds = time.perf_counter() - start
    rows = page.model.rowCount() if hasattr(page, "model") else -1
    page.close()
    page.deleteLater()
    return seconds, rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", nargs="?", default="/tmp/belteam-bench.sqlite3")
    parser.add_argument("--date", type=date.fromisoformat, default=date(2026, 11, 27))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    make_app()
    clock.pin(args.date)
    init_db(args.db)
    busiest = (Volunteer.select(Volunteer.id).join(Pairing)
               .where(active_on(args.date)).group_by(Volunteer.id)
               .order_by(peewee.fn.COUNT(Pairing.id).desc()).first())
    cases = {
        "volunteer (own list)": Actor("bench", "volunteer", None, busiest.id),
        "coordinator (whole team)": Actor("coord", "coordinator", None),
    }
    for label, actor in cases.items():
        session = Session(args.db, actor if actor else SYSTEM)
        times, rows = [], 0
        for _ in range(args.runs):
            seconds, rows = open_page(session)
            times.append(seconds)
        print(f"{label:28s} rows={rows:6d}  median {statistics.median(times) * 1000:7.1f} ms"
              f"  min {min(times) * 1000:7.1f} ms  max {max(times) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
