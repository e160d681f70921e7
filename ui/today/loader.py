"""Loading a day's list off the GUI thread: a newer load supersedes an older one.

The whole team's list takes a noticeable time on a big team; the window must keep painting and
answering keys meanwhile (also during the periodic refresh). Each load runs in a worker thread
with its own database connection; only the result of the newest load reaches the screen. A
streamed load hands over the list's first rows as soon as they are known, then the whole list;
a newer load stops an older one between its parts.
"""

from __future__ import annotations

import threading
from contextlib import suppress
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal

from belteam.calls import day_parts
from belteam.core.actors import Actor, PermissionDenied
from belteam.jobs import runner as jobs

FIRST_ROWS_WAIT = 1.0  # seconds the rest waits at most for the first rows to be shown


class DayLoader(QObject):
    """Runs ``schedule.today_list`` in a worker; emits ``loaded`` for the newest load only."""

    loaded = Signal(object, str)  # (list of DueCall, problem text or "")
    first_rows = Signal(object)  # a streamed load's first rows (the start of ``loaded``'s list)
    discarded = Signal(int)  # the number of a load whose result came too late and was dropped
    _arrived = Signal(int, object, str)  # worker -> GUI thread (queued)
    _first_arrived = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._newest = 0
        self._running = 0
        self._arrived.connect(self._on_arrived)
        self._first_arrived.connect(self._on_first_arrived)

    def busy(self) -> bool:
        """True while the newest load has not arrived yet."""
        return self._running != 0

    def load(self, actor: Actor, day: date, volunteer_id: int | None, stream: bool = False) -> int:
        """Start loading; returns the load's number. Any older load still running is cancelled.

        ``stream``: emit ``first_rows`` with the list's first rows before ``loaded``.
        """
        self._newest += 1
        self._running = number = self._newest
        thread = threading.Thread(target=self._work,
                                  args=(number, actor, day, volunteer_id, stream),
                                  name=f"today-load-{number}", daemon=True)
        thread.start()
        return number

    def _work(self, number: int, actor: Actor, day: date, volunteer_id: int | None,
              stream: bool) -> None:
        calls: list[Any] = []
        problem = ""
        if number == self._newest:  # skip the query when a newer load came before it began
            try:
                calls = jobs.run_in_thread_db(self._gather, number, actor, day, volunteer_id,
                                              stream)
            except PermissionDenied as exc:
                problem = str(exc)
            except Exception as exc:  # noqa: BLE001 - shown on the screen, never kills the thread
                problem = str(exc) or type(exc).__name__
        with suppress(RuntimeError):  # the screen was closed meanwhile
            self._arrived.emit(number, calls, problem)

    def _gather(self, number: int, actor: Actor, day: date, volunteer_id: int | None,
                stream: bool) -> list[Any]:
        calls: list[Any] = []
        for part in day_parts.today_parts(actor, day, volunteer_id):
            if number != self._newest:
                break  # cancelled: a newer load runs
            if stream and not calls:
                shown = threading.Event()
                with suppress(RuntimeError):  # the screen was closed meanwhile
                    self._first_arrived.emit(number, part, shown)
                # The screen shows the first rows before this thread takes the interpreter
                # again for the rest (it would slow the window down several times meanwhile).
                shown.wait(timeout=FIRST_ROWS_WAIT)
            calls.extend(part)
        return calls

    def _on_first_arrived(self, number: int, calls: list[Any], shown: threading.Event) -> None:
        try:
            if number == self._newest:
                self.first_rows.emit(calls)
        finally:
            shown.set()

    def _on_arrived(self, number: int, calls: list[Any], problem: str) -> None:
        if number != self._newest:
            self.discarded.emit(number)
            return
        self._running = 0
        self.loaded.emit(calls, problem)
