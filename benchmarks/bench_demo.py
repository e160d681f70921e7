"""Build the shared benchmark database: a city-sized demo team with years of call history.

    python benchmarks/bench_demo.py [PATH] [--residents 20000] [--volunteers 5000] [--years 3]
                                    [--seed 1] [--as-of YYYY-MM-DD] [--skip-empty-history]

PATH (default /tmp/belteam-bench.sqlite3) is replaced. Other benchmarks open that file.
Prints the time of each stage, the row counts and the file size; then times the same team
without history (--years 0) in a scratch file.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from belteam.core.actors import SYSTEM  # noqa: E402
from belteam.core.clock import clock  # noqa: E402
from belteam.demo import team as demo  # noqa: E402
from belteam.storage import db as dbmod  # noqa: E402
from belteam.storage.migrations import init_db  # noqa: E402
from belteam.storage.models import ALL_MODELS  # noqa: E402

DEFAULT_PATH = "/tmp/belteam-bench.sqlite3"


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


class StageClock:
    """Records when each stage of the demo first and last reported progress."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.stages: dict[str, list[float]] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        moment = time.perf_counter() - self.start
        self.stages.setdefault(stage, [moment, moment])[1] = moment


def build(path: Path, residents: int, volunteers: int, years: float, seed: int) -> float:
    """Make the demo in a fresh file at ``path``; prints stage times; returns seconds."""
    _remove(path)
    init_db(str(path))
    stages = StageClock()
    began, cpu = time.perf_counter(), time.process_time()
    summary = demo.generate(SYSTEM, residents=residents, volunteers=volunteers, years=years,
                            seed=seed, progress=stages)
    seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    for stage, (first, last) in stages.stages.items():
        print(f"  {stage:<11} reported from {first:6.1f} s to {last:6.1f} s")
    print(f"  total {seconds:.1f} s, Python CPU {cpu:.1f} s ({summary.attempts} attempts"
          + (f", {summary.attempts / seconds:,.0f} a second" if summary.attempts else "") + ")")
    print("  load average " + ", ".join(f"{load:.2f}" for load in os.getloadavg()))
    return seconds


def counts() -> dict[str, int]:
    return {model._meta.table_name: model.select().count() for model in ALL_MODELS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", default=DEFAULT_PATH)
    parser.add_argument("--residents", type=int, default=20_000)
    parser.add_argument("--volunteers", type=int, default=5_000)
    parser.add_argument("--years", type=float, default=3.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--as-of", type=date.fromisoformat, help="pin today (default: real date)")
    parser.add_argument("--skip-empty-history", action="store_true",
                        help="do not also time the team without history (--years 0)")
    args = parser.parse_args(argv)
    if args.as_of:
        clock.pin(args.as_of)
    path = Path(args.path)
    print(f"Demo with history: {args.residents} residents, {args.volunteers} volunteers, "
          f"{args.years:g} years -> {path}")
    build(path, args.residents, args.volunteers, args.years, args.seed)
    for table, number in counts().items():
        if number:
            print(f"  {table:<14} {number:>10,}")
    dbmod.close()  # checkpoints the WAL into the file
    print(f"  file size {path.stat().st_size / 2**20:,.0f} MiB")
    if not args.skip_empty_history:
        with tempfile.TemporaryDirectory() as folder:
            print(f"Demo without history: {args.residents} residents, "
                  f"{args.volunteers} volunteers, --years 0")
            build(Path(folder) / "empty-history.sqlite3", args.residents, args.volunteers,
                  0, args.seed)
            dbmod.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
