"""Hand the calls of an absent volunteer to substitutes for the whole period they are away."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from belteam_gui.app.session import Session
from belteam_gui.common.call_words import day_month
from belteam_gui.common.date_time_fields import DateField, link_period
from belteam_gui.common.errors import error_text
from belteam_gui.common.plan_words import fill
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
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
    """Every resident of the absent volunteer with a call in the absence, a substitute for all
    (or one per resident), and the period; assign_cover does the rest."""

    def __init__(self, session: Session, waiting: Sequence[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Hand over calls"))
        first = waiting[0]
        # One absent volunteer at a time: the others stay on the banner for the next round.
        self.absent_id = first.planned_volunteer_id
        actor = session.actor
        absent = people.get_volunteer(actor, self.absent_id)
        start, end = absence_period(actor, self.absent_id, first.due_date)
        # The whole absence, not the day on screen: no day of it may stay uncovered.
        self.calls = absences.uncovered_calls(actor, self.absent_id, start, end)
        self.substitutes = absences.substitutes(actor, self.absent_id, start, end,
                                                [c.resident_id for c in self.calls])
        intro = QLabel(fill(self.tr("%1 is away from %2 to %3. Who calls these residents "
                                    "in that period?"), absent.name, day_month(start),
                            day_month(end)))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QFormLayout()
        self.substitute_combo = QComboBox()
        self.substitute_combo.setObjectName("substituteCombo")
        for sub in self.substitutes:
            self.substitute_combo.addItem(self._sub_text(sub), sub.volunteer_id)
        self.start_edit = self._date_edit(start)
        self.end_edit = self._date_edit(end)
        link_period(self.start_edit, self.end_edit)  # "To" follows "From"
        label = QLabel(self.tr("&Substitute for all:"))
        label.setBuddy(self.substitute_combo)
        form.addRow(label, self.substitute_combo)
        form.addRow(self.tr("From:"), self.start_edit)
        form.addRow(self.tr("To:"), self.end_edit)
        layout.addLayout(form)
        layout.addWidget(self._calls_box())
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

    def _sub_text(self, sub: absences.Substitute) -> str:
        """'Kees Dijkstra — same area, speaks nl, 3 places free': why it is suggested."""
        why = []
        if sub.same_area:
            why.append(self.tr("same area"))
        if sub.shared_languages:
            why.append(fill(self.tr("speaks %1"), ", ".join(sub.shared_languages)))
        why.append(fill(self.tr("%1 places free"), str(max(sub.free, 0))))
        return f"{sub.name} — {', '.join(why)}"

    def _calls_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Residents with calls in the period"))
        grid = QGridLayout(box)
        self.call_boxes: list[tuple[QCheckBox, QComboBox, absences.Uncovered]] = []
        for row, call in enumerate(self.calls):
            text = fill(self.tr("%1 (from %2, %3 calls)"), call.resident_name,
                        day_month(call.first_due), str(call.calls))
            check = QCheckBox(text)
            check.setChecked(True)
            own = QComboBox()
            own.addItem(self.tr("the substitute for all"), None)
            for sub in self.substitutes:
                own.addItem(sub.name, sub.volunteer_id)
            check.toggled.connect(own.setEnabled)
            grid.addWidget(check, row, 0)
            grid.addWidget(own, row, 1)
            self.call_boxes.append((check, own, call))
        if not self.calls:
            grid.addWidget(QLabel(self.tr("Every call in this period is covered.")), 0, 0)
        return box

    def _date_edit(self, day: date) -> DateField:
        return DateField(day)

    def pairing_ids(self) -> list[int]:
        return [call.pairing_id for check, _own, call in self.call_boxes if check.isChecked()]

    def assignments(self) -> dict[int, list[int]]:
        """Substitute id -> the ticked pairings they take over."""
        everyone = self.substitute_combo.currentData()
        result: dict[int, list[int]] = {}
        for check, own, call in self.call_boxes:
            if check.isChecked():
                who = own.currentData() if own.currentData() is not None else everyone
                if who is not None:
                    result.setdefault(who, []).append(call.pairing_id)
        return result

    def hand_over(self) -> None:
        """Assign the covers; stay open with the domain's message when it refuses."""
        plan = self.assignments()
        if not plan or sum(map(len, plan.values())) < len(self.pairing_ids()):
            self._error(self.tr("Tick at least one call and choose a substitute."))
            return
        start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        try:
            for substitute, pairing_ids in plan.items():
                absences.assign_cover(self.session.actor, pairing_ids, substitute, start, end)
        except (ValidationError, PermissionDenied) as exc:
            self._error(error_text(exc))
            self.session.changed("calls")  # any covers made before the refusal show
            return
        self.session.changed("calls")
        self.accept()

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
