"""How long the Today table takes to show a big team list (load the model, size the columns).

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_today_view.py [ROWS]
"""

from __future__ import annotations

import os
import sys
import time as timer
from datetime import date, datetime, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from belteam_gui.app.main import make_app  # noqa: E402
from belteam_gui.today.model import TodayModel  # noqa: E402
from belteam_gui.today.table import TodayTable  # noqa: E402

from belteam.calls.schedule import AttemptInfo, DueCall  # noqa: E402
from belteam.core.clock import TZ  # noqa: E402

DAY = date(2026, 11, 30)
STATUSES = ("due", "retry", "done", "missed", "needs_cover")


def fake_calls(count: int) -> list[DueCall]:
    tried = AttemptInfo(datetime(2026, 11, 30, 9, 10, tzinfo=TZ), "no_answer", "Jan Visser")
    return [DueCall(n, n, f"R{n}", f"Resident number {n}", "+31612345678", 1, "V1",
                    "Jan Visser", 1, DAY, time(9 + n % 8, n % 60), STATUSES[n % 5],
                    (tried,) * (n % 3), "Eerste Kerstdag" if n % 7 == 0 else None,
                    "A note of a few sentences about how the resident is doing. " * 3, 7, DAY)
            for n in range(count)]


def main(rows: int) -> None:
    app = make_app()
    model, view = TodayModel(), TodayTable()
    view.setModel(model)
    view.resize(1150, 600)
    view.show()
    calls = fake_calls(rows)
    start = timer.perf_counter()
    model.set_calls(calls, DAY)
    view.fit_columns()
    app.processEvents()
    print(f"{rows} rows: load, size columns and paint in {timer.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
