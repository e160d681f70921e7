"""The morning reminder per user: its time, whether it is due, and what a run records."""

import json
from datetime import datetime, time, timedelta

from belteam.core.actors import SYSTEM, Actor
from belteam.core.clock import TZ
from belteam.jobs import reminders as domain
from belteam.jobs import runner as jobs
from belteam.pairings import service as pairings
from belteam.people.service import save_resident, save_volunteer
from belteam.settings import store as settings
from belteam.storage.models import Setting, User


def _jan_with_two_calls(day):
    jan = save_volunteer(SYSTEM, {"code": "V1", "first_name": "Jan"})
    weekday = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[day.weekday()]
    for code in ("R1", "R2"):
        resident = save_resident(SYSTEM, {"code": code, "first_name": code})
        pairings.pair(SYSTEM, resident, jan, f"weekly:{weekday}", start=day - timedelta(days=7))
    return Actor("jan", "volunteer", volunteer_id=jan.id)


def test_run_counts_todays_calls_and_records_the_run(db, clock):
    actor = _jan_with_two_calls(clock.today())
    now = datetime.combine(clock.today(), time(9, 0), TZ)
    assert domain.morning_due(actor, now)  # never ran
    assert domain.run_morning(actor, now) == 2
    assert jobs.last_run(domain.job_id(actor)) == now
    assert not domain.morning_due(actor, now + timedelta(hours=3))
    assert domain.morning_due(actor, now + timedelta(days=1))  # next morning, 08:30 passed


def test_time_from_user_then_setting_then_default(db, clock):
    actor = _jan_with_two_calls(clock.today())
    assert domain.reminder_time(actor) == time(8, 30)
    settings.set_value(SYSTEM, "reminder_time", "07:45")
    assert domain.reminder_time(actor) == time(7, 45)
    # A broken stored value (set_value refuses one now) must not crash.
    Setting.update(value=json.dumps("whenever")).where(Setting.key == "reminder_time").execute()
    assert domain.reminder_time(actor) == domain.DEFAULT_TIME
    user = User.create(username="jan", password_hash="x", role="volunteer",
                       volunteer=actor.volunteer_id, reminder_time=time(10, 0),
                       created_at=datetime.combine(clock.today(), time(8), TZ))
    mine = Actor("jan", "volunteer", user_id=user.id, volunteer_id=actor.volunteer_id)
    assert domain.reminder_time(mine) == time(10, 0)


def test_no_reminder_for_someone_who_does_not_call(db, clock):
    coordinator = Actor("coco", "coordinator")
    now = datetime.combine(clock.today(), time(9, 0), TZ)
    assert not domain.morning_due(coordinator, now)
    assert domain.run_morning(coordinator, now) is None
