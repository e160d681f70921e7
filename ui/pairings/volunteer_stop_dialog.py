""""Volunteer stops…": choose the volunteer and their last day; their residents wait first."""

from __future__ import annotations

from datetime import date

from belteam_gui.app.session import Session
from belteam_gui.common.plan_words import DATE_FORMAT
from belteam_gui.common.search_combo import SearchCombo
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from belteam.core.actors import PermissionDenied
from belteam.core.clock import clock
from belteam.core.validation import ValidationError
from belteam.matching import leaving
from belteam.people import service as people


class VolunteerStopDialog(QDialog):
    """OK ends all the volunteer's pairings on the last day (see matching.leaving)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.moved: list[str] = []  # codes of the residents now waiting first
        self.setWindowTitle(self.tr("Volunteer stops"))
        note = QLabel(self.tr(
            "All pairings of this volunteer end on the last day. Their residents go to the "
            "front of the waiting list and keep their call plan; then you can propose new "
            "volunteers for them."))
        note.setWordWrap(True)
        self.volunteer_combo = SearchCombo()
        for pk, name, code in people.volunteer_names(session.actor):
            self.volunteer_combo.add(f"{name} ({code})", pk)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        today = clock.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        form = QFormLayout()
        volunteer_label = QLabel(self.tr("&Volunteer"))
        volunteer_label.setBuddy(self.volunteer_combo)
        date_label = QLabel(self.tr("&Last day"))
        date_label.setBuddy(self.date_edit)
        form.addRow(volunteer_label, self.volunteer_combo)
        form.addRow(date_label, self.date_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Stop"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def last_day(self) -> date:
        return self.date_edit.date().toPython()

    def accept(self) -> None:
        pk = self.volunteer_combo.currentData()
        if pk is None:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose a volunteer."))
            return
        try:
            volunteer = people.get_volunteer(self.session.actor, pk)
            self.moved = leaving.stop_volunteer(self.session.actor, volunteer, self.last_day())
        except (ValidationError, PermissionDenied, LookupError) as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.session.changed("pairings")
        super().accept()
