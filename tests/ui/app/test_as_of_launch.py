"""The window's --as-of: refused for a volunteer once accounts exist (issue 10)."""

from __future__ import annotations

from account_helpers import build_world, use_fast_hasher
from belteam_gui.app import main as app_module
from PySide6.QtWidgets import QMessageBox

from belteam.core.clock import clock as the_clock


def test_a_volunteer_may_not_start_the_window_with_as_of(qapp, sqlite_db, tmp_path, monkeypatch):
    use_fast_hasher(monkeypatch)
    world = build_world()
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    path = str(tmp_path / "belteam.sqlite3")
    status = app_module.main(["--db", path, "--lang", "en", "--as-of", "2026-11-01"],
                             actor=world.vol1)
    assert status == 1 and "only for coordinators" in said[0]
    assert not the_clock.pretending
