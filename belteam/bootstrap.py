"""The composition root: the one place where hooks and jobs are wired together.

Feature packages never register themselves when imported; every entry point (the ``belteam``
command line, the ``belteam-gui`` window, the tests) calls :func:`wire` once before it does
anything else, so all of them run the same hooks and the same scheduled jobs.
"""

from __future__ import annotations

import peewee

from belteam.calls import absences
from belteam.calls import log as calls_log
from belteam.core.errors import DatabaseError
from belteam.demo import accounts as demo_accounts
from belteam.demo import summary as demo_summary
from belteam.jobs import backups
from belteam.jobs import runner as jobs
from belteam.outreach import cases as outreach
from belteam.people import service as people
from belteam.privacy import rights as privacy
from belteam.reports import weekly as weekly_report
from belteam.storage import db as storage_db
from belteam.storage import integrity
from belteam.storage.migrations import init_db

# The scheduled system jobs: id -> function without arguments (run as the system).
SYSTEM_JOBS = {
    "outreach.evaluate": outreach.job_evaluate,
    privacy.PURGE_JOB_ID: privacy.purge_job,
    backups.JOB_ID: backups.backup_job,
    weekly_report.JOB_ID: weekly_report.weekly_job,
}


def _add_once(hooks: list, hook: object) -> None:
    if hook not in hooks:
        hooks.append(hook)


def wire() -> None:
    """Register every hook and job; safe to call more than once."""
    _add_once(calls_log.AFTER_LOG, outreach.on_attempt_logged)
    _add_once(people.AFTER_STATUS_CHANGE, absences.on_resident_status)
    _add_once(demo_summary.AFTER_DEMO, demo_accounts.demo_accounts_hook)
    _add_once(storage_db.ON_CLOSE, integrity.mark_closed)
    for job_id, function in SYSTEM_JOBS.items():
        jobs.register(job_id, function)


def open_database(url: str | None = None) -> peewee.Database:
    """Open (and migrate) the program's database for an entry point; raises DatabaseError."""
    return init_db(url)


def close_database() -> None:
    """Close this thread's connection (a worker thread's own; the window's stays open)."""
    storage_db.close()


__all__ = ["SYSTEM_JOBS", "DatabaseError", "close_database", "open_database", "wire"]
