"""The Monday job: last week's overview PDF, made by itself into the reports folder.

System jobs run nightly through catch-up, so the job itself decides: only when the setting is
on, and only once per week (the week's PDF is not there yet). Any day from Monday on makes
the PDF of the week before, so a PC that was off on Monday makes it on Tuesday.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from belteam.core import config
from belteam.core.actors import SYSTEM
from belteam.core.clock import clock
from belteam.reports import exports
from belteam.reports.overview import overview
from belteam.reports.periods import Period, week_of
from belteam.settings import store as settings

JOB_ID = "reports.weekly"


def folder() -> Path:
    """The reports folder of the setting, or ``reports`` in the program's data folder."""
    chosen = settings.get("report_folder")
    return Path(chosen).expanduser() if chosen else config.data_dir() / "reports"


def last_week() -> Period:
    return week_of(clock.today() - timedelta(days=7))


def file_for(period: Period) -> Path:
    return folder() / f"overzicht-{period.label}.pdf"


def weekly_job() -> str:
    """Write last week's PDF when the setting is on and it is not there yet; says what it did."""
    if not settings.get("weekly_report"):
        return "off"
    period = last_week()
    target = file_for(period)
    if target.exists():
        return f"exists {target}"
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    lang = settings.get("language") or "nl"
    partial = target.with_suffix(".part")
    exports.export(SYSTEM, overview(SYSTEM, period, by_area=True), "pdf", partial, lang)
    os.chmod(partial, 0o600)  # counts only, still: readable by its owner only
    partial.replace(target)  # never a half-written report under the real name
    return f"wrote {target}"


def ready_week() -> int | None:
    """The ISO week number of last week's overview when its PDF exists (for the window)."""
    period = last_week()
    return period.start.isocalendar()[1] if file_for(period).exists() else None
