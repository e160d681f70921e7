"""Time importing 20,000 residents with pairings (and the volunteers they name) on SQLite.

Run: python benchmarks/bench_import.py [--residents 20000] [--volunteers 5000] [--db URL]
The target is under 10 s for the residents import.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from belteam.core.actors import SYSTEM  # noqa: E402
from belteam.importing import importer  # noqa: E402
from belteam.importing.columns import RESIDENT_COLUMNS  # noqa: E402
from belteam.storage import db as dbmod  # noqa: E402
from belteam.storage.migrations import init_db  # noqa: E402
from belteam.storage.models import Pairing, Resident  # noqa: E402

VILLAGES = ["Havelte", "Diever", "Dwingeloo", "Vledder", "Uffelte", "Wapse"]
FIRST = ["Gerrit", "Hélène", "Jantje", "Maaïke", "Albertje", "Roelof", "فاطمة", "Ročak"]
LAST = ["Bakker", "de Vries", "Brüggemann", "Mulder", "Smit", "الزهراء", "Hoekstra"]
PLANS = ["weekly:tue", "biweekly:fri", "FREQ=WEEKLY;BYDAY=MO,TH", "monthly:1mon", "weekdays"]


def write_volunteers(path: Path, count: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["code", "first_name", "last_name", "phone", "languages", "area",
                      "max_residents"])
        for i in range(count):
            out.writerow([f"V{i:05d}", random.choice(FIRST), random.choice(LAST),
                          f"06-{20000000 + i:08d}", "nl", random.choice(VILLAGES), 10])


def write_residents(path: Path, count: int, volunteers: int) -> None:
    headers = [name for name in RESIDENT_COLUMNS if name not in
               ("infix", "phone2", "key_holder", "consent_by", "consent_purpose", "preferred_days")]
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(headers)
        for i in range(count):
            row = {"code": f"D{i:06d}", "first_name": random.choice(FIRST),
                   "last_name": random.choice(LAST), "phone": f"0521 {300000 + i % 600000:06d}",
                   "area": random.choice(VILLAGES), "address": f"Dorpsstraat {i % 200 + 1}",
                   "postcode": f"79{71 + i % 20} AB", "birth_date": f"{1 + i % 28:02d}-04-1940",
                   "languages": "nl, ar" if i % 7 == 0 else "nl", "lives_alone": "ja",
                   "emergency_contact_name": "Henk", "emergency_contact_phone": "06-34567890",
                   "consent_date": "2026-11-02", "volunteer": f"V{i % volunteers:05d}",
                   "plan": random.choice(PLANS), "preferred_time": "10:00",
                   "start_date": "2026-12-01"}
            out.writerow([row[h] for h in headers])


def timed(label: str, func) -> object:
    began = time.perf_counter()
    result = func()
    print(f"{label:<38} {time.perf_counter() - began:7.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--residents", type=int, default=20_000)
    parser.add_argument("--volunteers", type=int, default=5_000)
    parser.add_argument("--db", help="database URL (default: a new SQLite file)")
    args = parser.parse_args()
    random.seed(1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vol_file, res_file = folder / "volunteers.csv", folder / "residents.csv"
        write_volunteers(vol_file, args.volunteers)
        write_residents(res_file, args.residents, args.volunteers)
        init_db(args.db or str(folder / "bench.sqlite3"))
        timed(f"import {args.volunteers} volunteers",
              lambda: importer.import_file(SYSTEM, "volunteers", vol_file))
        timed(f"preview {args.residents} residents",
              lambda: importer.preview("residents", res_file))
        result = timed(f"import {args.residents} residents",
                       lambda: importer.import_file(SYSTEM, "residents", res_file))
        print(f"  -> {result.summary()}; {len(result.warnings)} warnings")
        print(f"  stored: {Resident.select().count()} residents, {Pairing.select().count()} pairings")
        again = timed(f"re-import {args.residents} with --update",
                      lambda: importer.import_file(SYSTEM, "residents", res_file, update=True))
        print(f"  -> {again.summary()}")
        dbmod.close()


if __name__ == "__main__":
    main()
