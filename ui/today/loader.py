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

from belteam_gui.common.background_load import BackgroundLoad
from PySide6.QtCore import QObject, Signal

from belteam.calls import day_parts
from belteam.core.actors import Actor

FIRST_ROWS_WAIT = 1.0  # seconds the rest waits at most for the first rows to be shown


class DayLoader(QObject):
    """Runs ``schedule.today_list`` in a worker; emits ``loaded`` for the newest load only."""

    loaded = Signal(object, str)  # (list of DueCall, problem text or "")
    first_rows = Signal(object)  # a streamed load's first rows (the start of ``loaded``'s list)
    discarded = Signal(int)  # the number of a load whose result came too late and was dropped
    _first_arrived = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background = BackgroundLoad(self)  # the newest load wins, as for every list
        self._background.loaded.connect(self._arrived)
        self._background.failed.connect(self._failed)
        self._background.discarded.connect(self.discarded)
        self._first_arrived.connect(self._on_first_arrived)

    def busy(self) -> bool:
        """True while the newest load has not arrived yet."""
        return self._background.busy()

    def load(self, actor: Actor, day: date, volunteer_id: int | None, stream: bool = False) -> int:
        """Start loading; returns the load's number. Any older load still running is cancelled.

        ``stream``: emit ``first_rows`` with the list's first rows before ``loaded``.
        """
        number = self._background.newest + 1  # the number this load gets
        return self._background.load(self._gather, number, actor, day, volunteer_id, stream)

    def _gather(self, number: int, actor: Actor, day: date, volunteer_id: int | None,
                stream: bool) -> list[Any]:
        calls: list[Any] = []
        for part in day_parts.today_parts(actor, day, volunteer_id):
            if not self._background.is_newest(number):
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
            if self._background.is_newest(number):
                self.first_rows.emit(calls)
        finally:
            shown.set()

    def _arrived(self, calls: list[Any]) -> None:
        self.loaded.emit(calls, "")

    def _failed(self, problem: str) -> None:
        self.loaded.emit([], problem)
