"""Timed jobs: the morning reminder catches up once after sleep, on a worker thread."""

from __future__ import annotations

import threading
from datetime import datetime, time, timedelta

import pytest
from belteam_gui.app.session import Session
from belteam_gui.today import reminders as ui_reminders
from belteam_gui.today.reminders import MORNING, REFRESH, Reminders
from today_helpers import build_morning

from belteam.core.clock import TZ
from belteam.jobs import reminders as domain
from belteam.jobs import runner as jobs
from belteam.storage.models import User

TEN = time(10, 0)


@pytest.fixture
def morning(sqlite_db, clock):
    return build_morning(clock.today())


@pytest.fixture
def runs(monkeypatch):
    """Record each run of the morning work and the thread it ran on."""
    threads: list[threading.Thread] = []
    real = domain.run_morning

    def counting(actor, now):
        threads.append(threading.current_thread())
        return real(actor, now)

    monkeypatch.setattr(domain, "run_morning", counting)
    return threads


def _reminders(qtbot, morning, now: datetime) -> Reminders:
    return Reminders(Session("test", morning.actor), now=lambda: now)


def _at(morning, moment: time, days: int = 0) -> datetime:
    return datetime.combine(morning.day + timedelta(days=days), moment, TZ)


def test_missed_morning_reminder_runs_once_at_start_up(qtbot, morning, runs):
    now = _at(morning, TEN)  # 08:30 passed while the computer was off
    jobs.mark_run(domain.job_id(morning.actor), _at(morning, TEN, days=-3))  # slept 3 days
    reminders = _reminders(qtbot, morning, now)
    with qtbot.waitSignal(reminders.notified, timeout=5000) as blocker:
        reminders.start()
    try:
        # Jan: Anna, Cor (retry), Fien, Gerrit and Dina are open; Bert is done, Evert missed.
        assert blocker.args == ["5 calls today"]
        assert reminders.last_message == "5 calls today"
        qtbot.wait(200)  # room for a wrongly repeated run to show up
        assert len(runs) == 1
        assert runs[0] is not threading.main_thread()
        assert jobs.last_run(domain.job_id(morning.actor)) == now
        assert reminders.catch_up() is False  # ran: nothing left to catch up
    finally:
        reminders.stop()


def test_no_catch_up_before_the_reminder_time_or_after_it_ran(qtbot, morning, runs):
    early = _reminders(qtbot, morning, _at(morning, time(7, 0)))
    jobs.mark_run(domain.job_id(morning.actor), _at(morning, time(8, 31), days=-1))
    assert early.catch_up() is False  # yesterday's ran; today's 08:30 has not come yet
    assert runs == []


def test_users_own_reminder_time_wins(morning):
    user = User.create(username="jan", password_hash="x", role="volunteer",
                       volunteer=morning.jan, reminder_time=time(11, 15),
                       created_at=_at(morning, TEN))
    actor = morning.actor.__class__("jan", "volunteer", user.id, morning.jan.id)
    assert domain.reminder_time(actor) == time(11, 15)
    assert domain.reminder_time(morning.actor) == time(8, 30)  # the settings' default
    jobs.mark_run(domain.job_id(actor), _at(morning, time(11, 20), days=-1))
    assert domain.morning_due(actor, _at(morning, TEN)) is False
    assert domain.morning_due(actor, _at(morning, time(11, 30))) is True


def test_jobs_coalesce_and_tolerate_sleep(qtbot, morning):
    jobs.mark_run(domain.job_id(morning.actor), _at(morning, time(6, 0)))  # no catch-up now
    reminders = _reminders(qtbot, morning, _at(morning, time(7, 0)))
    reminders.start()
    try:
        morning_job = reminders.scheduler.get_job(MORNING)
        refresh_job = reminders.scheduler.get_job(REFRESH)
        assert morning_job.coalesce and refresh_job.coalesce
        assert morning_job.misfire_grace_time == ui_reminders.MORNING_GRACE
        fire = morning_job.next_run_time
        assert (fire.hour, fire.minute) == (8, 30)
        assert refresh_job.trigger.interval == timedelta(minutes=5)
    finally:
        reminders.stop()


def test_job_runs_on_a_worker_and_the_gui_gets_the_result(qtbot, morning):
    reminders = _reminders(qtbot, morning, _at(morning, TEN))
    worker = threading.Thread(target=reminders.morning_job)
    with qtbot.waitSignal(reminders.bridge.reminder_ready, timeout=5000) as blocker:
        worker.start()
    worker.join()
    assert blocker.args == [5]
    assert reminders.last_message == "5 calls today"  # shown by the GUI thread's slot


def test_refresh_job_reloads_the_lists(qtbot, morning):
    reminders = _reminders(qtbot, morning, _at(morning, TEN))
    worker = threading.Thread(target=reminders.refresh_job)
    with qtbot.waitSignal(reminders.session.data_changed, timeout=5000) as blocker:
        worker.start()
    worker.join()
    assert blocker.args == ["refresh"]


def test_one_call_and_no_calls(qtbot, morning):
    reminders = _reminders(qtbot, morning, _at(morning, TEN))
    assert reminders.message_for(1) == "1 call today"
    with qtbot.assertNotEmitted(reminders.notified):
        reminders._show_reminder(0)  # nothing to do: no balloon


def test_the_qt_timer_runs_a_planned_job_on_the_worker(qtbot, morning):
    jobs.mark_run(domain.job_id(morning.actor), _at(morning, time(6, 0)))  # no catch-up now
    reminders = _reminders(qtbot, morning, _at(morning, time(7, 0)))
    reminders.start()
    try:
        assert reminders.catch_up() is False
        with qtbot.waitSignal(reminders.session.data_changed, timeout=5000) as blocker:
            reminders.scheduler.add_job(reminders.refresh_job, id="soon")  # due at once
        assert blocker.args == ["refresh"]
        assert reminders.scheduler._qtimer is not None
    finally:
        reminders.stop()


def test_signing_in_as_someone_else_plans_their_reminder(qtbot, morning):
    from belteam.core.actors import Actor

    coordinator = Actor("coco", "coordinator")
    reminders = Reminders(Session("test", coordinator), now=lambda: _at(morning, time(7, 0)))
    reminders.start()
    try:
        assert reminders.scheduler.get_job(MORNING) is None  # a coordinator makes no calls
        jobs.mark_run(domain.job_id(morning.actor), _at(morning, time(6, 0)))
        reminders.session.set_actor(morning.actor)
        assert reminders.scheduler.get_job(MORNING) is not None
    finally:
        reminders.stop()


def test_window_tells_once_that_the_weekly_overview_is_ready(qtbot, sqlite_db, clock, tmp_path):
    from belteam.core.actors import SYSTEM, Actor
    from belteam.settings import store as settings

    settings.set_value(SYSTEM, "weekly_report", True)
    settings.set_value(SYSTEM, "report_folder", str(tmp_path))
    now = datetime.combine(clock.today(), time(3, 5), TZ)  # Monday night
    clock.pin(now)
    reminders = Reminders(Session("test", Actor("coco", "coordinator")), now=lambda: now)
    with qtbot.waitSignal(reminders.notified) as shown:
        reminders.system_job()
    assert shown.args == ["The overview of week 48 is ready."]
    told: list[str] = []
    reminders.notified.connect(told.append)
    reminders.bridge.report_ready.emit(48)  # the job runs every night: the week is told once
    reminders.bridge.report_ready.emit(49)
    assert told == ["The overview of week 49 is ready."]
