"""The progress bar long commands draw on stderr: step, bar, estimate, and a clean end."""

from __future__ import annotations

import io

from belteam.cli.progress import ProgressBar


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_bar_names_the_step_and_estimates_the_time_left():
    stream, clock = io.StringIO(), Clock()
    bar = ProgressBar(stream, now=clock, width=100)
    bar("calls", 0, 4000)
    clock.t = 30.0
    bar("calls", 1000, 4000)
    last = stream.getvalue().split("\r")[-1].rstrip()
    assert last == "[#####...............]  25%  writing the call history 1000/4000, about 2 min left"


def test_redraws_are_throttled_but_the_end_of_a_step_is_always_shown():
    stream, clock = io.StringIO(), Clock()
    bar = ProgressBar(stream, now=clock, every=1.0, width=100)
    for done in range(0, 101):
        bar("residents", done, 100)
    lines = [part.rstrip() for part in stream.getvalue().split("\r") if part.strip()]
    assert len(lines) == 2
    assert lines[-1] == "[####################] 100%  storing residents 100/100"


def test_close_ends_the_line_so_what_follows_starts_clean():
    stream = io.StringIO()
    bar = ProgressBar(stream, now=Clock(), width=40)
    bar("team", 0, 1)
    bar.close()
    assert stream.getvalue().endswith("\r" + " " * 39 + "\r")
    assert all(len(part) <= 39 for part in stream.getvalue().split("\r"))
