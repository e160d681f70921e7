"""The import dialog: preview with problems marked, import off the GUI thread, cancel, menu."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from belteam_gui.app.session import Session
from belteam_gui.importing import dialog as import_dialog
from belteam_gui.importing.dialog import ImportDialog
from belteam_gui.importing.model import PROBLEM_BACKGROUND
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from belteam.core.actors import SYSTEM, Actor
from belteam.importing import importer
from belteam.storage.models import Pairing, Resident, Volunteer

TEMPLATES = Path(__file__).resolve().parents[3] / "resources" / "templates"


@pytest.fixture
def session(sqlite_db, tmp_path) -> Session:
    return Session(str(tmp_path / "belteam.sqlite3"), SYSTEM)


def open_dialog(qtbot, session: Session, kind: str, path: Path) -> ImportDialog:
    dialog = ImportDialog(session, kind)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.load(path)
    return dialog


def test_preview_marks_problem_rows_and_lists_every_problem(qtbot, qtmodeltester, session, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("code;voornaam;telefoon\nV1;Anneke;06-12345678\nV2;;0612\n", encoding="utf-8")
    dialog = open_dialog(qtbot, session, "volunteers", path)
    model = dialog.model
    qtmodeltester.check(model)
    qtmodeltester.check(dialog.messages)
    assert model.rowCount() == 2 and model.columnCount() == 4
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Row", "code", "voornaam", "telefoon"]
    assert model.data(model.index(1, 0)) == "3"
    assert model.data(model.index(1, 3)) == "0612"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(1, 1), Qt.ItemDataRole.BackgroundRole) == PROBLEM_BACKGROUND
    assert "row 3, voornaam: is required" in model.data(model.index(1, 2), Qt.ItemDataRole.ToolTipRole)
    assert dialog.messages.lines() == [
        "row 3, voornaam: is required",
        "row 3, telefoon: '0612' is not a valid phone number (check the number of digits)"]
    assert not dialog.import_button.isEnabled()
    assert "2 problem(s)" in dialog.summary.text()


def test_unreadable_file_is_shown_in_words(qtbot, session, tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    dialog = open_dialog(qtbot, session, "residents", path)
    assert dialog.messages.lines()[0].startswith(f"cannot read {path}:")
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()


def test_import_runs_and_announces_the_change(qtbot, qtmodeltester, session):
    importer.import_file(SYSTEM, "volunteers", TEMPLATES / "volunteers.csv")
    dialog = open_dialog(qtbot, session, "residents", TEMPLATES / "residents_messy_nl.csv")
    qtmodeltester.check(dialog.model)
    assert dialog.messages.lines() == []
    assert dialog.model.data(dialog.model.index(1, 2)) == "Maaïke"
    assert dialog.import_button.isEnabled()
    changes: list[str] = []
    session.data_changed.connect(changes.append)
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert (done.args[0].created, done.args[0].pairings) == (4, 3)
    assert Resident.select().count() == 4 and Pairing.select().count() == 3
    assert changes == ["people", "pairings"]
    assert "Imported: 4 created, 0 updated." in dialog.summary.text()
    assert not dialog.import_button.isEnabled()  # a second click would only be refused


def test_existing_codes_need_the_update_box(qtbot, session):
    importer.import_file(SYSTEM, "volunteers", TEMPLATES / "volunteers.csv")
    dialog = open_dialog(qtbot, session, "volunteers", TEMPLATES / "volunteers.csv")
    assert dialog.messages.lines()[0] == "row 2, code: code V01 already exists; use --update to change it"
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.update_box.setChecked(True)
    assert dialog.messages.lines() == [] and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        dialog.start_import()
    assert (done.args[0].created, done.args[0].updated, done.args[0].unchanged) == (0, 0, 4)
    assert "4 already as in the file" in dialog.summary.text()
    assert Volunteer.select().count() == 4


def test_cancel_stores_nothing(qtbot, session, tmp_path, monkeypatch):
    path = tmp_path / "many.csv"
    path.write_text("code,first_name\n" + "".join(f"V{i},N{i}\n" for i in range(50)), encoding="utf-8")
    real = importer.import_file

    def slow_import(actor, kind, path, update=False, progress=None, cancel=None):
        progress(0, 100)  # lets the GUI press Cancel before anything is stored
        deadline = time.monotonic() + 10
        while not cancel() and time.monotonic() < deadline:
            time.sleep(0.01)
        return real(actor, kind, path, update, progress, cancel)

    monkeypatch.setattr(import_dialog.importer, "import_file", slow_import)
    dialog = open_dialog(qtbot, session, "volunteers", path)
    with qtbot.waitSignal(dialog.import_failed, timeout=10_000) as failed:
        dialog.start_import()
        button = dialog.progress.findChild(QPushButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the user presses Cancel
    assert failed.args[0] == "Import cancelled; nothing was stored."
    assert Volunteer.select().count() == 0


def test_file_menu_offers_import_only_to_coordinators(qtbot, session, monkeypatch):
    from belteam_gui.app.main_window import MainWindow

    opened: list[str] = []
    monkeypatch.setattr(ImportDialog, "exec", lambda self: opened.append(self.kind) or 0)
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert window.menu_actions["import_residents"].isVisible()
    window.menu_actions["import_residents"].trigger()
    assert opened == ["residents"]
    session.set_actor(Actor("vera", "volunteer", volunteer_id=None))
    assert not window.menu_actions["import_volunteers"].isVisible()


@pytest.mark.parametrize("kind", ["volunteers", "residents"])
def test_save_example_file_writes_the_shipped_example(qtbot, session, tmp_path, monkeypatch, kind):
    dialog = ImportDialog(session, kind)
    qtbot.addWidget(dialog)
    target = tmp_path / f"my-{kind}.csv"
    monkeypatch.setattr(import_dialog.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    dialog.example_button.click()
    assert target.read_bytes() == (TEMPLATES / f"{kind}.csv").read_bytes()
    assert str(target) in dialog.summary.text()
    assert "site-packages" not in dialog.findChild(QLabel).text()


def test_an_example_file_that_cannot_be_written_is_said_in_words(qtbot, session, tmp_path):
    dialog = ImportDialog(session, "residents")
    qtbot.addWidget(dialog)
    assert dialog.save_example(tmp_path / "no-such-folder" / "x.csv") is None
    assert "Could not save the example file" in dialog.summary.text()
