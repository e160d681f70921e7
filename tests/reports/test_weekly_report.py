"""The Monday job: last week's PDF once, only when switched on, into the reports folder."""

from __future__ import annotations

import stat
from datetime import datetime, time

from report_helpers import scripted_month

from belteam.core.actors import SYSTEM
from belteam.core.clock import TZ
from belteam.jobs import reminders
from belteam.reports import weekly
from belteam.settings import store as settings
from belteam.storage.models import AuditEntry


def exported() -> int:
    return AuditEntry.select().where(AuditEntry.action == "report_exported").count()


def test_off_by_default_then_once_a_week(db, clock, tmp_path):
    scripted_month()
    assert weekly.weekly_job() == "off" and exported() == 0
    settings.set_value(SYSTEM, "weekly_report", True)
    settings.set_value(SYSTEM, "report_folder", str(tmp_path / "rapporten"))
    assert weekly.weekly_job().startswith("wrote")
    target = tmp_path / "rapporten" / "overzicht-2026-W48.pdf"  # Monday 30 Nov: week 48
    assert target.exists() and stat.S_IMODE(target.stat().st_mode) == 0o600
    assert weekly.ready_week() == 48
    assert weekly.weekly_job().startswith("exists") and exported() == 1
    clock.pin(datetime(2026, 12, 2, 3, 0, tzinfo=TZ))  # Wednesday night: still week 48
    assert weekly.weekly_job().startswith("exists") and exported() == 1


def test_nightly_catch_up_makes_it_on_a_later_day(db, clock, tmp_path):
    settings.set_value(SYSTEM, "weekly_report", True)
    settings.set_value(SYSTEM, "report_folder", str(tmp_path))
    now = datetime.combine(clock.today().replace(day=1, month=12), time(3, 5), TZ)  # Tuesday
    clock.pin(now)
    assert weekly.JOB_ID in reminders.run_system_jobs(now)
    assert (tmp_path / "overzicht-2026-W48.pdf").exists()
    assert AuditEntry.get(AuditEntry.action == "report_exported").actor == "system"
