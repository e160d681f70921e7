"""Reading a list off the GUI thread: only the newest load reaches the screen."""

from __future__ import annotations

import threading

from belteam_gui.common.background_load import BackgroundLoad


def test_the_newest_load_wins_even_when_an_older_one_arrives_later(qtbot, sqlite_db):
    loader = BackgroundLoad()
    release_first = threading.Event()
    arrived = []
    loader.loaded.connect(arrived.append)

    def slow() -> str:
        release_first.wait(5)
        return "old rows"

    loader.load(slow)
    loader.load(lambda: "new rows")
    qtbot.waitUntil(lambda: arrived == ["new rows"])
    assert not loader.busy()
    release_first.set()
    qtbot.wait(100)  # the older read ends now; its rows must never show
    assert arrived == ["new rows"]


def test_a_read_that_fails_says_why_and_the_window_goes_on(qtbot, sqlite_db):
    loader = BackgroundLoad()
    said = []
    loader.failed.connect(said.append)

    def broken() -> None:
        raise ValueError("The database is locked by another program.")

    loader.load(broken)
    qtbot.waitUntil(lambda: said == ["The database is locked by another program."])
    assert not loader.busy()
