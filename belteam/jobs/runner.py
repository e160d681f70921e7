"""Background jobs without Qt: the registry, when each job last ran, and missed-run catch-up.

The UI's scheduler (APScheduler) calls ``run_job`` at the planned times and ``catch_up`` after
start-up or sleep: a job whose planned time passed while the computer was off runs once
(coalesced), not once per missed time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, time, timedelta

from belteam.core.clock import TZ, aware, clock
from belteam.storage.db import run_in_thread_db  # noqa: F401  (the workers of the window use it)
from belteam.storage.models import JobRun

# job id -> function without arguments; filled by belteam.bootstrap.wire() (outreach
# evaluation, retention purge), never as a side effect of importing a module.
JOBS: dict[str, Callable[[], object]] = {}


def register(job_id: str, function: Callable[[], object]) -> None:
    """Make ``function`` the scheduled job ``job_id`` (called by the composition root)."""
    JOBS[job_id] = function


def last_run(job_id: str) -> datetime | None:
    row = JobRun.get_or_none(JobRun.job_id == job_id)
    return row.last_run if row else None


def mark_run(job_id: str, when: datetime | None = None) -> None:
    """Record that the job ran at ``when`` (default: now)."""
    when = aware(when) if when else clock.now()
    JobRun.insert(job_id=job_id, last_run=when).on_conflict(
        conflict_target=[JobRun.job_id], update={JobRun.last_run: when}).execute()


def latest_planned(schedule_times: Iterable[time], now: datetime) -> datetime | None:
    """The most recent planned moment (daily at each of the times) at or before ``now``."""
    now = aware(now).astimezone(TZ)
    moments = [datetime.combine(now.date() - timedelta(days=back), t, TZ)
               for back in (0, 1) for t in schedule_times]
    passed = [m for m in moments if m <= now]
    return max(passed) if passed else None


def missed_runs(job_id: str, schedule_times: Iterable[time], now: datetime | None = None) -> bool:
    """True when a planned time passed since the job last ran (run it once to catch up)."""
    planned = latest_planned(schedule_times, now or clock.now())
    if planned is None:
        return False
    ran = last_run(job_id)
    return ran is None or ran < planned


def run_job(job_id: str) -> object:
    """Run a registered job and record the run."""
    result = JOBS[job_id]()
    mark_run(job_id)
    return result


def catch_up(schedule: Mapping[str, Iterable[time]], now: datetime | None = None) -> list[str]:
    """Run each registered job that missed a planned time, once; returns the ids that ran."""
    ran = []
    for job_id, times in schedule.items():
        if job_id in JOBS and missed_runs(job_id, list(times), now):
            run_job(job_id)
            ran.append(job_id)
    return ran
