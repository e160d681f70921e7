"""A progress bar on stderr for long commands: the step, a bar, and an estimate of time left."""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable
from typing import TextIO

STEP_NAMES = {"team": "planning the team", "volunteers": "storing volunteers",
              "residents": "storing residents", "pairings": "storing pairings",
              "calls": "writing the call history"}


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{max(1, round(seconds))} s"
    return f"{round(seconds / 60)} min"


class ProgressBar:
    """Call with (step, done, total); redraws one line at most every ``every`` seconds and
    ``close()`` ends it, so what follows starts on a line of its own."""

    def __init__(self, stream: TextIO | None = None, every: float = 0.2,
                 now: Callable[[], float] = time.monotonic, width: int | None = None) -> None:
        self.stream = stream or sys.stderr
        self.every, self.now = every, now
        self.width = width or shutil.get_terminal_size((80, 20)).columns
        self._step: str | None = None
        self._began = self._drawn = 0.0
        self._open = False

    def __call__(self, step: str, done: int, total: int) -> None:
        moment = self.now()
        if step != self._step:
            self._step, self._began, self._drawn = step, moment, 0.0
        elif done < total and moment - self._drawn < self.every:
            return
        self._drawn = moment
        self.stream.write("\r" + self.line(step, done, total, moment - self._began).ljust(self.width - 1))
        self.stream.flush()
        self._open = True

    def line(self, step: str, done: int, total: int, elapsed: float) -> str:
        """``[#######.......]  45%  writing the call history 1200/2600, about 2 min left``."""
        share = done / total if total else 1.0
        left = ""
        if 0 < done < total and elapsed >= 1:
            left = f", about {_duration(elapsed / done * (total - done))} left"
        bar_width = 20
        filled = round(share * bar_width)
        text = (f"[{'#' * filled}{'.' * (bar_width - filled)}] {share:4.0%}  "
                f"{STEP_NAMES.get(step, step)} {done}/{total}{left}")
        return text[: self.width - 1]

    def close(self) -> None:
        if self._open:
            self.stream.write("\r" + " " * (self.width - 1) + "\r")
            self.stream.flush()
            self._open = False
