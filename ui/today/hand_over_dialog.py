"""Hand the calls of an absent volunteer to a substitute for the period they are away."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from belteam_gui.app.session import Session
from belteam_gui.common.call_words import day_month
from belteam_gui.common.date_time_fields import DateField, link_period
from belteam_gui.common.plan_words import fill
from belteam_gui.today.log_call_dialog import error_text
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from belteam.calls import absences
from belteam.core.actors import PermissionDenied
from belteam.core.validation import ValidationError
from belteam.people import service as people


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def absence_period(actor: Any, volunteer_id: int, day: date) -> tuple[date, date]:
    """The absence of ``volunteer_id`` that holds ``day`` (just that day when none is found)."""
    for absence in absences.absences(actor, volunteer_id):
        if absence.start_date <= day <= absence.end_date:
            return absence.start_date, absence.end_date
    return day, day


class HandOverDialog(QDialog):
    """Pick the calls, a substitute and the period; assign_cover does the rest."""

    def __init__(self, session: Session, waiting: Sequence[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Hand over calls"))
        first = waiting[0]
        # One absent volunteer at a time: the others stay on the banner for the next round.
        self.absent_id = first.planned_volunteer_id
        self.calls = [c for c in waiting if c.planned_volunteer_id == self.absent_id]
        actor = session.actor
        absent = people.get_volunteer(actor, self.absent_id)
        start, end = absence_period(actor, self.absent_id, first.due_date)
        intro = QLabel(fill(self.tr("%1 is away from %2 to %3. Who calls these residents "
                                    "in that period?"), absent.name, day_month(start),
                            day_month(end)))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._calls_box())
        form = QFormLayout()
        self.substitute_combo = QComboBox()
        self.substitute_combo.setObjectName("substituteCombo")
        for pk, name, _code in people.volunteer_names(actor):
            if pk != self.absent_id:
                self.substitute_combo.addItem(name, pk)
        self.start_edit = self._date_edit(start)
        self.end_edit = self._date_edit(end)
        link_period(self.start_edit, self.end_edit)  # "To" follows "From"
        label = QLabel(self.tr("&Substitute:"))
        label.setBuddy(self.substitute_combo)
        form.addRow(label, self.substitute_combo)
        form.addRow(self.tr("From:"), self.start_edit)
        form.addRow(self.tr("To:"), self.end_edit)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Hand over"))
        buttons.accepted.connect(self.hand_over)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.substitute_combo.setFocus()

    def _calls_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Calls"))
        column = QVBoxLayout(box)
        self.call_boxes: list[tuple[QCheckBox, Any]] = []
        seen: set[int] = set()
        for call in self.calls:
            if call.pairing_id in seen:
                continue
            seen.add(call.pairing_id)
            check = QCheckBox(call.resident_name)
            check.setChecked(True)
            column.addWidget(check)
            self.call_boxes.append((check, call))
        return box

    def _date_edit(self, day: date) -> DateField:
        return DateField(day)

    def pairing_ids(self) -> list[int]:
        return [call.pairing_id for check, call in self.call_boxes if check.isChecked()]

    def hand_over(self) -> None:
        """Assign the cover; stay open with the domain's message when it refuses."""
        if not self.pairing_ids() or self.substitute_combo.currentIndex() < 0:
            self._error(self.tr("Tick at least one call and choose a substitute."))
            return
        try:
            absences.assign_cover(self.session.actor, self.pairing_ids(),
                                  self.substitute_combo.currentData(),
                                  self.start_edit.date().toPython(),
                                  self.end_edit.date().toPython())
        except (ValidationError, PermissionDenied) as exc:
            self._error(error_text(exc))
            return
        self.session.changed("calls")
        self.accept()

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
