"""Escape on a dialog with unsaved input asks before dropping it; with nothing typed it closes."""

from __future__ import annotations

import pytest
from belteam_gui.common import unsaved
from belteam_gui.people import person_dialogs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
)
from today_helpers import build_morning

from tests.ui.dialog_catalogue import catalogue

# Dialogs where Escape may drop typing without asking, and why.
EXEMPT = {
    "sign in": "a password is never kept; Escape cancels signing in",
    "first run": "Escape leaves the program before anything exists",
    "passphrase": "a passphrase is never kept", "new passphrase": "a passphrase is never kept",
    "log call": "the note is kept as a draft and comes back",
    "import residents": "only a file is chosen, nothing typed",
    "history": "read-only", "hand over": "only a choice from a list",
    "print period": "two dates that open again as they were",
}


@pytest.fixture
def dialogs(sqlite_db, clock):
    return catalogue(build_morning(clock.today()))


def _first_text_field(dialog: QDialog):
    for widget in dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit):
        inside = isinstance(widget.parent(), QAbstractSpinBox)
        if widget.isVisibleTo(dialog) and widget.isEnabled() and not widget.isReadOnly() and not inside:
            return widget
    return None


def _change_something(qtbot, dialog: QDialog):
    """Type in the first text field, else tick the first box: as a user would; returns it."""
    field = _first_text_field(dialog)
    if field is not None:
        field.setFocus()
        qtbot.keyClicks(field, "Gr")
        return field
    def usable(widget) -> bool:
        return widget.isEnabled() and widget.isVisibleTo(dialog)

    boxes = [b for b in dialog.findChildren(QAbstractButton) if b.isCheckable() and usable(b)]
    spins = [s for s in dialog.findChildren(QAbstractSpinBox) if usable(s)]
    combos = [c for c in dialog.findChildren(QComboBox) if usable(c)]
    target, key = ((boxes[0], Qt.Key.Key_Space) if boxes else (spins[0], Qt.Key.Key_Up) if spins
                   else (combos[0], Qt.Key.Key_Down))
    target.setFocus()
    qtbot.keyClick(target, key)
    return target


def _open(qtbot, make) -> QDialog:
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_every_dialog_with_typing_asks_on_escape(qtbot, dialogs, monkeypatch):
    answers: list[bool] = []
    asked: list[str] = []

    def ask(parent) -> bool:
        asked.append(parent.windowTitle())
        return answers.pop(0)

    monkeypatch.setattr(unsaved, "ask_discard", ask)
    monkeypatch.setattr(person_dialogs, "ask_discard", ask)
    checked = []
    for name, make in dialogs.items():
        if name in EXEMPT:
            continue
        dialog = _open(qtbot, make)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without a question
        assert not dialog.isVisible() and asked == [], name
        dialog = _open(qtbot, make)
        field = _change_something(qtbot, dialog)
        answers[:] = [False, True]
        qtbot.keyClick(field, Qt.Key.Key_Escape)
        assert dialog.isVisible() and len(asked) == 1, name  # "Keep editing"
        qtbot.keyClick(field, Qt.Key.Key_Escape)
        assert not dialog.isVisible() and len(asked) == 2, name  # "Close without saving"
        asked.clear()
        checked.append(name)
    assert {"pair", "change plan", "absences", "add account", "add action", "close case",
            "end pairing", "new resident", "resident"} <= set(checked)


def test_an_absence_saved_in_the_dialog_leaves_nothing_to_ask(qtbot, dialogs, monkeypatch):
    monkeypatch.setattr(unsaved, "ask_discard", lambda parent: pytest.fail("asked"))
    dialog = _open(qtbot, dialogs["absences"])
    dialog.end_edit.setDate(dialog.end_edit.date().addDays(3))
    assert dialog.has_unsaved_input()
    dialog.add()
    assert not dialog.has_unsaved_input()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
