"""Peak memory of importing 200,000 residents (with pairings) from the command line.

Run: python benchmarks/bench_import_memory.py [--residents 200000] [--volunteers 5000]
Runs ``/usr/bin/time -v belteam import`` on generated files and prints the peak resident set
size of the residents import (target: at most 300 MB for 200,000 rows).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import write_residents, write_volunteers  # noqa: E402


def measured(command: list[str]) -> tuple[str, float, str]:
    done = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True,
                          check=False, env={**os.environ, "BELTEAM_DB": ""})
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)[1])
    wall = re.search(r"Elapsed \(wall clock\) time.*: (\S+)", done.stderr)[1]
    return done.stdout.strip(), peak / 1024, wall


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--residents", type=int, default=200_000)
    parser.add_argument("--volunteers", type=int, default=5_000)
    args = parser.parse_args()
    random.seed(1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vol_file, res_file = folder / "volunteers.csv", folder / "residents.csv"
        write_volunteers(vol_file, args.volunteers)
        write_residents(res_file, args.residents, args.volunteers)
        db = str(folder / "bench.sqlite3")
        base = [sys.executable, "-m", "belteam", "--db", db, "import"]
        subprocess.run([*base, "volunteers", str(vol_file)], check=True, capture_output=True)
        for label, extra in (("dry run", ["--dry-run"]), ("import", [])):
            out, peak, wall = measured([*base, "residents", str(res_file), *extra])
            print(f"{label:<8} {args.residents} residents: peak {peak:6.0f} MB, {wall}  ({out})")


if __name__ == "__main__":
    main()
