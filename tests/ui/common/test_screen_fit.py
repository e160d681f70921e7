"""At a large text size no dialog is taller than the screen: its contents scroll, the buttons stay."""

from __future__ import annotations

import pytest
from belteam_gui.app.session import Session
from belteam_gui.common import screen_fit, zoom
from belteam_gui.today.log_call_dialog import LogCallDialog
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout
from today_helpers import build_morning

from belteam.calls import schedule


@pytest.fixture
def fitter(qapp):
    fitter = screen_fit.install(qapp)
    yield fitter
    qapp.removeEventFilter(fitter)
    zoom.apply(100)


def _room(dialog: QDialog) -> int:
    return dialog.screen().availableGeometry().height()


def test_a_tall_dialog_scrolls_and_keeps_its_buttons_in_sight(fitter, qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    for number in range(60):
        layout.addWidget(QLabel(f"line {number}"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    layout.addWidget(buttons)
    assert dialog.sizeHint().height() > _room(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    scroll = dialog.findChild(QScrollArea, "screenFitScroll")
    assert scroll is not None and dialog.height() <= _room(dialog)
    qtbot.waitUntil(buttons.isVisible)  # shown again after the move, by Qt's queued show
    assert not scroll.isAncestorOf(buttons)
    assert len(scroll.widget().findChildren(QLabel)) == 60


def test_a_dialog_that_fits_is_left_alone(fitter, qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QLabel("short"))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.findChild(QScrollArea) is None


def test_the_log_call_dialog_fits_the_screen_at_200_percent(fitter, qtbot, sqlite_db, clock):
    morning = build_morning(clock.today())
    call = next(c for c in schedule.today_list(morning.actor) if c.resident_name == "Anna de Vries")
    zoom.apply(200)
    dialog = LogCallDialog(Session("test", morning.actor), call)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= _room(dialog)
    assert dialog.findChild(QScrollArea, "screenFitScroll") is not None
    dialog.drafts.clear(dialog.draft_key)
    dialog.saved_attempt = object()  # keep no draft behind


def test_a_size_set_in_code_grows_with_the_text(fitter, qtbot):
    zoom.apply(150)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QLabel("short"))
    dialog.resize(400, 300)  # chosen for 100 %
    dialog.show()
    qtbot.waitExposed(dialog)
    assert (dialog.width(), dialog.height()) == (600, 450)
