"""Screen readers: every control a person can reach by keyboard has an accessible name, in
every dialog and on every screen (the names Qt reads out, from the accessibility tree)."""

from __future__ import annotations

import pytest
from belteam_gui.app.main_window import MainWindow
from belteam_gui.app.session import Session
from belteam_gui.common import accessible
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from today_helpers import COORDINATOR, build_morning

from tests.ui.dialog_catalogue import catalogue

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit,
            QAbstractItemView)


def nameless(root: QWidget) -> list[str]:
    """The reachable controls whose accessible name is empty (class and object name)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView) \
                or not widget.isVisibleTo(root) or widget.window() is not root.window():
            continue  # a header is read with its table, a popup list with its combo box
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # read out as part of its spin box or combo box
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


@pytest.fixture
def morning(sqlite_db, clock, qapp):
    namer = accessible.install(qapp)  # as the program does at start
    yield build_morning(clock.today())
    qapp.removeEventFilter(namer)


def test_every_dialog_control_has_a_name(qtbot, morning):
    missing = {}
    for name, make in catalogue(morning).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if found := nameless(dialog):
            missing[name] = found
        if hasattr(dialog, "saved_attempt"):
            dialog.drafts.clear(dialog.draft_key)
            dialog.saved_attempt = object()
        dialog.done(0)
    assert missing == {}


def test_every_screen_control_has_a_name(qtbot, morning):
    window = MainWindow(Session("test", COORDINATOR))
    qtbot.addWidget(window)
    window.show()
    missing = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        if found := nameless(page):
            missing[page.objectName()] = found
    assert missing == {}
