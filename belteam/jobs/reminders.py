"""The morning reminder per user: when it is due, and how many calls it announces (no Qt)."""

from __future__ import annotations

from datetime import date, datetime, time

from belteam.calls.schedule import list_for
from belteam.core.actors import SYSTEM, Actor
from belteam.core.clock import clock
from belteam.core.validation import parse_time
from belteam.jobs import runner as jobs
from belteam.settings import store as settings
from belteam.storage.models import User

DEFAULT_TIME = time(8, 30)
SYSTEM_JOB_TIME = time(3, 0)  # registered system jobs (purges, evaluations) run nightly


def morning_reminder(volunteer_id: int, day: date | None = None) -> int:
    """How many calls the volunteer has to make on ``day`` (due, retry and covered calls)."""
    day = day or clock.today()
    return sum(1 for call in list_for(SYSTEM, day, volunteer_id)
               if call.status in ("due", "retry"))


def reminder_time(actor: Actor) -> time:
    """The user's own reminder time, else the organisation's setting, else 08:30."""
    if actor.user_id is not None:
        user = User.get_or_none(User.id == actor.user_id)
        if user is not None and user.reminder_time is not None:
            return user.reminder_time
    try:
        return parse_time(settings.get("reminder_time")) or DEFAULT_TIME
    except ValueError:
        return DEFAULT_TIME  # a broken setting must not stop the program from starting


def job_id(actor: Actor) -> str:
    """The JobRun key of this user's morning reminder (one per user, not per computer)."""
    return f"morning_reminder:{actor.username}"


def morning_due(actor: Actor, now: datetime) -> bool:
    """True when the reminder's time passed since it last ran (catch up once after sleep)."""
    return actor.volunteer_id is not None and jobs.missed_runs(job_id(actor),
                                                               [reminder_time(actor)], now)


def run_morning(actor: Actor, now: datetime) -> int | None:
    """Count the user's calls of ``now``'s day and record the run; None for a non-caller."""
    if actor.volunteer_id is None:
        return None
    count = morning_reminder(actor.volunteer_id, now.date())
    jobs.mark_run(job_id(actor), now)
    return count


def run_system_jobs(now: datetime) -> list[str]:
    """Run each registered system job that missed its nightly time, once."""
    return jobs.catch_up({name: [SYSTEM_JOB_TIME] for name in jobs.JOBS}, now)
