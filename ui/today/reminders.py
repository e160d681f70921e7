"""Timed jobs of the window: the morning reminder, the periodic refresh, nightly system jobs.

APScheduler's QtScheduler plans them from the GUI thread; the job functions run on its worker
threads and never touch a widget. They work through belteam (with their own database
connection, jobs.run_in_thread_db) and hand results to the GUI thread by emitting signals of
a QObject that lives there (a queued connection).

After sleep, coalesce=True runs a job once however many times it was missed; at start-up a
reminder whose time passed since its last run (JobRun in the database) runs once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from apscheduler.schedulers.qt import QtScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from belteam_gui.app.session import Session
from belteam_gui.common.plan_words import fill
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

from belteam.core.clock import TZ, clock
from belteam.jobs import reminders as domain
from belteam.jobs import runner as jobs
from belteam.reports import weekly as weekly_report
from belteam.settings import store as settings

log = logging.getLogger(__name__)

MORNING = "morning_reminder"
REFRESH = "refresh"
SYSTEM = "system_jobs"
CATCH_UP = "morning_catch_up"
MORNING_GRACE = 10 * 3600  # woken at 18:00, the morning's reminder is still worth showing
REFRESH_GRACE = 60
MESSAGE_MS = 15000


class OneTimerScheduler(QtScheduler):
    """QtScheduler with one reusable QTimer.

    PySide6's QTimer.singleShot returns no timer, so the stock class cannot stop the previous
    one: every add_job would leave another timer chain running. Jobs are added from the GUI
    thread only, so the timer is only ever started there.
    """

    _qtimer: QTimer | None = None

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._stop_timer()
        if wait_seconds is None:
            return
        if self._qtimer is None:
            self._qtimer = QTimer()
            self._qtimer.setSingleShot(True)
            self._qtimer.timeout.connect(self._process_jobs)
        self._qtimer.start(min(int(wait_seconds * 1000), 2147483647))

    def _stop_timer(self) -> None:
        if self._qtimer is not None:
            self._qtimer.stop()


class JobBridge(QObject):
    """Lives in the GUI thread; worker threads emit these, Qt queues them to the GUI thread."""

    reminder_ready = Signal(int)  # calls to make today
    refresh_due = Signal()
    job_failed = Signal(str)
    report_ready = Signal(int)  # ISO week whose overview PDF the Monday job made


class Reminders(QObject):
    """Owns the scheduler; ``now`` is injectable so tests need not wait for the morning."""

    notified = Signal(str)  # the message shown (tray, else the window's status bar)

    def __init__(self, session: Session, now: Callable[[], datetime] = clock.now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._now = now
        self._window = parent
        self.bridge = JobBridge(self)
        self.bridge.reminder_ready.connect(self._show_reminder)
        self.bridge.refresh_due.connect(self._refresh)
        self.bridge.job_failed.connect(self._failed)
        self.bridge.report_ready.connect(self._report_ready)
        self._announced_week: int | None = None
        self.scheduler = OneTimerScheduler(timezone=TZ, job_defaults={
            "coalesce": True, "max_instances": 1})
        self.tray: QSystemTrayIcon | None = None
        self.last_message = ""
        session.actor_changed.connect(self._actor_changed)

    # -- starting and stopping --------------------------------------------------------------
    def start(self) -> None:
        """Plan the jobs (from the GUI thread) and catch up what was missed."""
        self._add_jobs()
        self.scheduler.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self.catch_up()

    def stop(self) -> None:
        """Stop planning; a job already running (a short count) may finish first."""
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)

    def _actor_changed(self) -> None:
        """Another user signed in: their reminder time, their calls."""
        if not self.scheduler.running:
            return
        if self.scheduler.get_job(MORNING) is not None:
            self.scheduler.remove_job(MORNING)
        self._add_jobs()
        self.catch_up()

    def _add_jobs(self) -> None:
        actor = self.session.actor
        at = domain.reminder_time(actor)
        if actor.volunteer_id is not None:
            self.scheduler.add_job(self.morning_job, CronTrigger(hour=at.hour, minute=at.minute,
                                                                 timezone=TZ),
                                   id=MORNING, replace_existing=True,
                                   misfire_grace_time=MORNING_GRACE)
        minutes = max(1, int(settings.get("refresh_minutes")))
        self.scheduler.add_job(self.refresh_job, IntervalTrigger(minutes=minutes, timezone=TZ),
                               id=REFRESH, replace_existing=True,
                               misfire_grace_time=REFRESH_GRACE)
        self.scheduler.add_job(self.system_job, CronTrigger(
            hour=domain.SYSTEM_JOB_TIME.hour, minute=domain.SYSTEM_JOB_TIME.minute, timezone=TZ),
            id=SYSTEM, replace_existing=True, misfire_grace_time=MORNING_GRACE)

    def catch_up(self) -> bool:
        """Run the morning reminder once now if its time passed since it last ran."""
        if not domain.morning_due(self.session.actor, self._now()):
            return False
        # No trigger: APScheduler runs it once, right away, on a worker thread.
        self.scheduler.add_job(self.morning_job, id=CATCH_UP, replace_existing=True)
        if jobs.JOBS:
            self.scheduler.add_job(self.system_job, id=f"{SYSTEM}_catch_up",
                                   replace_existing=True)
        return True

    # -- job functions: these run on APScheduler's worker threads ---------------------------
    def morning_job(self) -> None:
        """Count today's calls in the worker; the GUI thread shows the message."""
        try:
            count = jobs.run_in_thread_db(domain.run_morning, self.session.actor, self._now())
        except Exception as exc:  # a job must report, never kill the scheduler
            log.exception("morning reminder failed")
            self.bridge.job_failed.emit(str(exc))
            return
        if count is not None:
            self.bridge.reminder_ready.emit(count)

    def refresh_job(self) -> None:
        self.bridge.refresh_due.emit()

    def system_job(self) -> None:
        try:
            ran = jobs.run_in_thread_db(domain.run_system_jobs, self._now())
        except Exception as exc:
            log.exception("system jobs failed")
            self.bridge.job_failed.emit(str(exc))
            return
        if ran:
            self.bridge.refresh_due.emit()
        if weekly_report.JOB_ID in ran and self.session.actor.can("reports.read"):
            week = jobs.run_in_thread_db(weekly_report.ready_week)
            if week is not None:
                self.bridge.report_ready.emit(week)

    # -- GUI thread -------------------------------------------------------------------------
    def message_for(self, count: int) -> str:
        if count == 1:
            return self.tr("1 call today")
        return fill(self.tr("%1 calls today"), str(count))

    def _show_reminder(self, count: int) -> None:
        if count <= 0:
            return  # nothing to do today: no need to disturb
        self.notify(self.message_for(count))
        self.session.changed("calls")

    def _report_ready(self, week: int) -> None:
        if week == self._announced_week:
            return  # the job runs every night; the week is told once
        self._announced_week = week
        self.notify(fill(self.tr("The overview of week %1 is ready."), str(week)))

    def notify(self, message: str) -> None:
        """Show a tray balloon when the desktop has a tray, else the window's status bar."""
        self.last_message = message
        tray = self._tray()
        if tray is not None:
            tray.showMessage("Belteam", message, QSystemTrayIcon.MessageIcon.Information,
                             MESSAGE_MS)
        elif self._window is not None and hasattr(self._window, "statusBar"):
            self._window.statusBar().showMessage(message, MESSAGE_MS)
        self.notified.emit(message)

    def _tray(self) -> QSystemTrayIcon | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        if self.tray is None:
            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
            if icon.isNull() and isinstance(app, QApplication):
                icon = app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("Belteam")
            self.tray.show()
        return self.tray

    def _refresh(self) -> None:
        self.session.changed("refresh")

    def _failed(self, message: str) -> None:
        if self._window is not None and hasattr(self._window, "statusBar"):
            self._window.statusBar().showMessage(
                fill(self.tr("A background job failed: %1"), message), MESSAGE_MS)
