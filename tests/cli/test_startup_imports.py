"""A command's start stays light: heavy libraries are imported only by the code that uses them."""

import json
import subprocess
import sys
from datetime import date, time

from dayhelp import pair, resident, volunteer

# Never needed to show help or the day's list (printing, spreadsheets, the window, calendars).
HEAVY = ("PySide6", "reportlab", "openpyxl", "icalendar", "argon2", "holidays", "phonenumbers",
         "numpy", "scipy",
         "belteam_gui")

PROBE = f"""
import json, sys
from belteam.cli import main
try:
    status = main.run(sys.argv[1:])
except SystemExit as exc:  # argparse leaves after --help
    status = exc.code
print(json.dumps({{"status": status, "loaded": [m for m in {HEAVY!r} if m in sys.modules]}}), file=sys.stderr)
"""


def _run(*argv: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True,
                          timeout=120, check=False)
    return json.loads(done.stderr.strip().splitlines()[-1])


def test_help_imports_no_heavy_library():
    assert _run("--help") == {"status": 0, "loaded": []}


def test_today_json_imports_no_heavy_library(sqlite_db, tmp_path):
    pair(resident("R1", "Jan"), volunteer("ANNA", "Anna"), "weekly:mon", date(2026, 11, 2), time(10))
    url = str(tmp_path / "belteam.sqlite3")
    assert _run("--db", url, "--as-of", "2026-11-30", "today", "--json") == {"status": 0, "loaded": []}
