"""Jobs: the morning count, when jobs last ran, catching up once, and worker-thread connections."""

import threading
from datetime import date, datetime, time, timedelta

import pytest
from dayhelp import pair, resident, volunteer

from belteam.calls import log as calls
from belteam.core.actors import SYSTEM
from belteam.core.clock import TZ
from belteam.jobs import reminders
from belteam.jobs import runner as jobs
from belteam.storage.db import DB

MON = date(2026, 11, 30)


def moment(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), TZ)


@pytest.fixture
def registered():
    ran: list[int] = []
    jobs.JOBS["test.count"] = lambda: ran.append(1) or len(ran)
    yield ran
    jobs.JOBS.pop("test.count", None)


def test_morning_reminder_counts_due_and_retry_calls(db):
    anna = volunteer("V1")
    pair(resident("R1"), anna, "weekly:mon", date(2026, 11, 2))
    pair(resident("R2"), anna, "weekly:sun", date(2026, 11, 1))
    r3 = resident("R3")
    pair(r3, anna, "weekly:mon", date(2026, 11, 2))
    assert reminders.morning_reminder(anna.id, MON) == 3  # two due, Sunday's retry
    calls.log_call(SYSTEM, r3.id, "reached")
    assert reminders.morning_reminder(anna.id, MON) == 2  # done calls need no reminder
    assert reminders.morning_reminder(anna.id) == 2
    assert reminders.morning_reminder(anna.id, MON + timedelta(days=3)) == 0


def test_last_run_and_mark_run(db, clock):
    assert jobs.last_run("x") is None
    jobs.mark_run("x", moment(MON, 8, 30))
    assert jobs.last_run("x") == moment(MON, 8, 30)
    jobs.mark_run("x")
    assert jobs.last_run("x") == clock.now()


def test_missed_runs_at_the_boundaries(db):
    times = [time(8, 30)]
    jobs.mark_run("j", moment(MON - timedelta(days=1), 8, 30))
    assert not jobs.missed_runs("j", times, moment(MON, 8, 29))
    assert jobs.missed_runs("j", times, moment(MON, 8, 30))
    jobs.mark_run("j", moment(MON, 8, 31))
    assert not jobs.missed_runs("j", times, moment(MON, 23, 59))
    assert jobs.missed_runs("j", times, moment(MON + timedelta(days=1), 9))
    assert jobs.missed_runs("never", times, moment(MON, 9))
    assert not jobs.missed_runs("j", [], moment(MON, 9))


def test_catch_up_runs_a_job_once_after_days_asleep(db, registered, clock):
    jobs.mark_run("test.count", moment(MON - timedelta(days=5), 8, 30))
    schedule = {"test.count": [time(8, 30), time(13, 0)], "not.registered": [time(1)]}
    assert jobs.catch_up(schedule) == ["test.count"]
    assert registered == [1]
    assert jobs.last_run("test.count") == clock.now()
    assert jobs.catch_up(schedule) == []
    assert registered == [1]
    clock.advance(timedelta(hours=2))  # 14:00: the 13:00 run is due
    assert jobs.catch_up(schedule) == ["test.count"]
    assert registered == [1, 1]


def test_run_job_records_the_run(db, registered, clock):
    assert jobs.run_job("test.count") == 1
    assert jobs.last_run("test.count") == clock.now()


def test_worker_thread_uses_its_own_connection(sqlite_db):
    anna = volunteer("V1")
    pair(resident("R1"), anna, "weekly:mon", date(2026, 11, 2))
    main_conn = DB.connection()
    result: dict[str, object] = {}

    def work():
        def count():
            result["conn"] = DB.connection()
            return reminders.morning_reminder(anna.id, MON)
        try:
            result["count"] = jobs.run_in_thread_db(count)
            result["closed_after"] = DB.is_closed()
        except Exception as exc:  # noqa: BLE001 - reported to the main thread
            result["error"] = exc

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=30)
    assert "error" not in result, result.get("error")
    assert result["count"] == 1
    assert result["conn"] is not main_conn
    assert result["closed_after"] is True
    # The main thread's connection is untouched and still works.
    assert not DB.is_closed() and DB.connection() is main_conn
    assert reminders.morning_reminder(anna.id, MON) == 1


def test_run_in_thread_db_keeps_an_open_connection_open(db):
    assert not DB.is_closed()
    assert jobs.run_in_thread_db(lambda: 42) == 42
    assert not DB.is_closed()
