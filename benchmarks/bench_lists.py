"""Time the Residents and Volunteers lists at city scale: 20,000 residents, 5,000 volunteers.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_lists.py [--residents 20000] [--calls 25]
Targets: the residents list opens (load + first paint) within 1 s; each keystroke of the
filter ("j", "ja", "jan") applies without stutter (well under 100 ms). ``--calls N`` gives each
paired resident N weekly calls (two in three reached, every other one with a wellbeing mark),
so the last contact, wellbeing and last-call-logged columns have history to read.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from belteam.core.actors import SYSTEM  # noqa: E402
from belteam.core.clock import clock  # noqa: E402
from belteam.people import service as people  # noqa: E402
from belteam.storage.migrations import init_db  # noqa: E402
from belteam.storage.models import CallAttempt, Pairing, Resident, Volunteer  # noqa: E402

FIRST = ["Gerrit", "Hélène", "Jantje", "Maaïke", "Albertje", "Roelof", "فاطمة", "Jan", "Anna"]
LAST = ["Bakker", "de Vries", "Brüggemann", "Mulder", "Smit", "الزهراء", "Hoekstra", "Ročak"]
VILLAGES = ["Havelte", "Diever", "Dwingeloo", "Vledder", "Uffelte", "Wapse"]
STATUSES = ["active", "active", "active", "paused", "waiting"]


def build(url: str, residents: int, volunteers: int) -> None:
    """Bulk-insert people and one pairing for most residents (fast; no per-row services)."""
    database = init_db(url)
    now = clock.now()
    start = clock.today() - timedelta(days=30)
    vols = [{"code": f"V{i:05d}", "first_name": FIRST[i % 9], "last_name": LAST[(i * 7) % 8],
             "phone": f"+316{20000000 + i:08d}", "languages": "nl,ar" if i % 5 == 0 else "nl",
             "area": VILLAGES[i % 6], "max_residents": 5, "created_at": now, "updated_at": now}
            for i in range(volunteers)]
    res = [{"code": f"D{i:06d}", "first_name": FIRST[i % 9], "last_name": LAST[(i * 3) % 8],
            "phone": f"+31521{300000 + i:06d}", "area": VILLAGES[(i * 5) % 6],
            "status": STATUSES[i % 5], "lives_alone": i % 3 == 0, "birth_date": date(1940, 1, 1),
            "created_at": now, "updated_at": now} for i in range(residents)]
    with database.atomic():
        for chunk in range(0, volunteers, 500):
            Volunteer.insert_many(vols[chunk:chunk + 500]).execute()
        for chunk in range(0, residents, 500):
            Resident.insert_many(res[chunk:chunk + 500]).execute()
        pairs = [{"volunteer": 1 + i % volunteers, "resident": 1 + i, "rrule": "FREQ=WEEKLY;BYDAY=TU",
                  "start_date": start, "created_at": now}
                 for i in range(residents) if STATUSES[i % 5] != "waiting"]
        for chunk in range(0, len(pairs), 500):
            Pairing.insert_many(pairs[chunk:chunk + 500]).execute()


def add_calls(per_pairing: int) -> int:
    """Weekly calls back from today for every pairing (bulk insert, no services)."""
    now = clock.now()
    rows = [{"pairing": pid, "resident": rid, "volunteer": vid, "at": now - timedelta(weeks=k),
             "due_date": (now - timedelta(weeks=k)).date(),
             "outcome": "reached" if k % 3 else "no_answer", "wellbeing": 1 + (pid + k) % 10
             if k % 2 else None}
            for pid, rid, vid in Pairing.select(Pairing.id, Pairing.resident, Pairing.volunteer)
            .tuples() for k in range(per_pairing)]
    with CallAttempt._meta.database.atomic():
        for chunk in range(0, len(rows), 500):
            CallAttempt.insert_many(rows[chunk:chunk + 500]).execute()
    return len(rows)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def _cpu(step) -> float:
    began = time.process_time()
    step()
    return time.process_time() - began


def _settle(page, app) -> None:
    """Until the rows read in the worker are on the screen."""
    while page.loading():
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()


def bench_page(page_class, label: str, keystrokes: str) -> None:
    from belteam_gui.app.session import Session
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    began = time.perf_counter()
    page = page_class(Session("bench"))
    page.resize(1166, 700)
    page.show()
    app.processEvents()
    page.grab()  # the first paint, before the rows arrive
    held = time.perf_counter()
    _settle(page, app)
    page.grab()  # forces the first paint of the visible rows
    painted = time.perf_counter()
    print(f"{label}: {page.model.rowCount()} rows")
    print(f"  window held while opening         {ms(held - began)} (the rows are read in a worker)")
    print(f"  open until the rows are painted   {ms(painted - began)}")
    times = []
    for _ in range(3):
        began = time.perf_counter()
        page.reload()
        _settle(page, app)
        times.append(time.perf_counter() - began)
    print(f"  reload until the rows are shown, best of 3 {ms(min(times))}")
    page.initial_focus()
    typed = ""
    for char in keystrokes:
        typed += char
        began = time.perf_counter()
        page.filter_edit.insert(char)
        app.processEvents()
        page.view.viewport().repaint()
        print(f"  keystroke {typed!r:8} -> {page.proxy.rowCount():6} rows {ms(time.perf_counter() - began)}")
    for _ in keystrokes:
        began = time.perf_counter()
        page.filter_edit.backspace()
        app.processEvents()
        page.view.viewport().repaint()
        print(f"  backspace        -> {page.proxy.rowCount():6} rows {ms(time.perf_counter() - began)}")
    began = time.perf_counter()
    page.view.sortByColumn(0, page.view.horizontalHeader().sortIndicatorOrder())
    app.processEvents()
    page.view.viewport().repaint()
    print(f"  sort by code (all rows)        {ms(time.perf_counter() - began)}")
    filters = getattr(page, "filters", None)
    if filters is not None:
        began = time.perf_counter()
        filters.silent_box.setChecked(True)  # not reached for 14 days
        app.processEvents()
        print(f"  filter 'not reached' -> {page.proxy.rowCount():6} rows {ms(time.perf_counter() - began)}")
        began = time.perf_counter()
        page.view.sortByColumn(7, page.view.horizontalHeader().sortIndicatorOrder())
        app.processEvents()
        print(f"  sort by next call              {ms(time.perf_counter() - began)}")
    page.close()
    page.deleteLater()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--residents", type=int, default=20_000)
    parser.add_argument("--volunteers", type=int, default=5_000)
    parser.add_argument("--calls", type=int, default=0, help="weekly calls per pairing")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="belteam-bench-lists-")
    os.environ["BELTEAM_HOME"] = folder
    url = str(Path(folder) / "lists.sqlite3")
    began = time.perf_counter()
    build(url, args.residents, args.volunteers)
    print(f"built {args.residents} residents, {args.volunteers} volunteers in "
          f"{time.perf_counter() - began:.1f} s ({url})")
    if args.calls:
        print(f"added {add_calls(args.calls)} calls")
    for _ in range(2):  # the second round shows the warm numbers
        began = time.perf_counter()
        rows = people.resident_rows(SYSTEM)
        print(f"resident_rows(): {len(rows)} rows in one query {ms(time.perf_counter() - began)}")

    from belteam_gui.app.main import make_app
    from belteam_gui.people.residents_page import ResidentsPage
    from belteam_gui.people.volunteers_page import VolunteersPage

    make_app()  # the real font and stylesheet
    bench_page(ResidentsPage, "Residents", "jan")
    bench_page(VolunteersPage, "Volunteers", "jan")


if __name__ == "__main__":
    main()
