"""Asks when and why a pairing ends, and confirms it: ending keeps the history, nothing is deleted."""

from __future__ import annotations

from datetime import date

from belteam_gui.common.date_time_fields import DateField
from belteam_gui.common.plan_words import fill
from belteam_gui.common.unsaved import GuardedDialog
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from belteam.core.clock import clock

# Suggestions only: any reason may be typed.
REASONS = (
    QT_TRANSLATE_NOOP("EndPairingDialog", "No longer wants calls"),
    QT_TRANSLATE_NOOP("EndPairingDialog", "Volunteer stops"),
    QT_TRANSLATE_NOOP("EndPairingDialog", "Moved"),
    QT_TRANSLATE_NOOP("EndPairingDialog", "The trial call is done"),
    QT_TRANSLATE_NOOP("EndPairingDialog", "Other volunteer"),
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class EndPairingDialog(GuardedDialog):
    """End date (today by default, never before the start) and a reason."""

    def __init__(self, resident: str, volunteer: str, start: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End pairing"))
        question = QLabel(fill(self.tr("End the pairing of %1 with %2?"), resident, volunteer))
        question.setWordWrap(True)
        question.setStyleSheet("font-weight: bold")
        note = QLabel(self.tr("The calls stop after the last day. The history stays: "
                              "nothing is deleted."))
        note.setWordWrap(True)
        self.date_edit = DateField(max(clock.today(), start))
        self.date_edit.setMinimumDate(_qdate(start))
        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
        self.reason_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_combo.addItem("")
        for reason in REASONS:
            self.reason_combo.addItem(QCoreApplication.translate("EndPairingDialog", reason))
        form = QFormLayout()
        date_label = QLabel(self.tr("&Last day"))
        date_label.setBuddy(self.date_edit)
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason_combo)
        form.addRow(date_label, self.date_edit)
        form.addRow(reason_label, self.reason_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&End pairing"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(question)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def end_date(self) -> date:
        return self.date_edit.date().toPython()

    def reason(self) -> str:
        return self.reason_combo.currentText().strip()


def ask_end(parent: QWidget | None, resident: str, volunteer: str,
            start: date) -> tuple[date, str] | None:
    """Ask for the end date and reason; None when cancelled (tests replace this)."""
    dialog = EndPairingDialog(resident, volunteer, start, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.end_date(), dialog.reason()
