"""Reading a list off the GUI thread: the newest load wins, older results are dropped.

A list of 20,000 residents takes the better part of a second to read; the window keeps painting
and answering keys meanwhile. Each load runs in a worker thread with its own database
connection and only the newest one's rows reach the screen.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, Signal

from belteam.jobs import runner as jobs


class BackgroundLoad(QObject):
    """Runs a read in a worker; emits ``loaded`` (or ``failed``) for the newest load only."""

    loaded = Signal(object)  # what the read returned
    failed = Signal(str)  # the problem, in words for the screen
    discarded = Signal(int)  # the number of a load whose result came too late and was dropped
    _arrived = Signal(int, object, str)  # worker -> GUI thread (queued)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._newest = 0
        self._running = 0
        self._arrived.connect(self._on_arrived)

    def busy(self) -> bool:
        """True while the newest load has not arrived yet."""
        return self._running != 0

    @property
    def newest(self) -> int:
        """The number of the newest load started (loads are started from the GUI thread)."""
        return self._newest

    def is_newest(self, number: int) -> bool:
        """False once a newer load has started: a long read may stop early."""
        return number == self._newest

    def load(self, read: Callable[..., Any], *args: Any) -> int:
        """Start ``read(*args)`` in a worker; returns the load's number."""
        self._newest += 1
        self._running = number = self._newest
        thread = threading.Thread(target=self._work, args=(number, read, args),
                                  name=f"list-load-{number}", daemon=True)
        thread.start()
        return number

    def _work(self, number: int, read: Callable[..., Any], args: tuple[Any, ...]) -> None:
        result: Any = None
        problem = ""
        if number == self._newest:  # skip the read when a newer load came before it began
            try:
                result = jobs.run_in_thread_db(read, *args)
            except Exception as exc:  # noqa: BLE001 - shown on the screen, never kills the thread
                problem = str(exc) or type(exc).__name__
        with suppress(RuntimeError):  # the screen was closed meanwhile
            self._arrived.emit(number, result, problem)

    def _on_arrived(self, number: int, result: Any, problem: str) -> None:
        if number != self._newest:
            self.discarded.emit(number)
            return
        self._running = 0
        if problem:
            self.failed.emit(problem)
        else:
            self.loaded.emit(result)
