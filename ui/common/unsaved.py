"""Escape, Cancel or the window's close button on a dialog with unsaved input asks first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def input_state(root: QWidget) -> tuple[Any, ...]:
    """What the user can have typed or chosen in ``root``, in widget order."""
    values: list[Any] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and not widget.isReadOnly():
            if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
                continue  # counted with its spin box or combo box
            values.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly():
            values.append(widget.toPlainText())
        elif isinstance(widget, QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QComboBox):
            values.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
    return tuple(values)


def ask_discard(parent: QWidget) -> bool:
    """True when the user chooses to close without saving (tests replace this)."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("Unsaved", "Not saved yet"),
                      translate("Unsaved", "What you typed here is not saved yet. Close without saving?"),
                      parent=parent)
    discard = box.addButton(translate("Unsaved", "Close &without saving"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("Unsaved", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is discard


class GuardedDialog(QDialog):
    """A dialog that remembers its inputs when shown (or saved) and asks before dropping changes."""

    _saved_state: tuple[Any, ...] | None = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._saved_state is None:
            self.mark_saved()

    def mark_saved(self) -> None:
        """The inputs as they are now count as nothing to lose (after opening or saving)."""
        self._saved_state = input_state(self)

    def has_unsaved_input(self) -> bool:
        return self._saved_state is not None and input_state(self) != self._saved_state

    def reject(self) -> None:
        if self.has_unsaved_input() and not ask_discard(self):
            return  # keep editing
        super().reject()
