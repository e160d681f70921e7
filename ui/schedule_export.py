"""Printing a caller's list (PDF, a day or a week) and exporting their calendar (.ics)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from belteam import ical, people, printing
from belteam.actors import PermissionDenied
from ui.plan_words import fill
from ui.session import Session

translate = QCoreApplication.translate  # the name lupdate finds


class PeriodDialog(QDialog):
    """Day or week? One question, Enter accepts the day."""

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print list"))
        self.day_radio = QRadioButton(self.tr("This &day only"))
        self.week_radio = QRadioButton(self.tr("The &week from this day (7 days)"))
        self.day_radio.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which calls go on the paper list?")))
        layout.addWidget(self.day_radio)
        layout.addWidget(self.week_radio)
        layout.addWidget(buttons)
        self._day = day

    def period(self) -> tuple[date, date]:
        days = 6 if self.week_radio.isChecked() else 0
        return self._day, self._day + timedelta(days=days)



def _language() -> str:
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def _save_path(parent: QWidget, title: str, name: str, pattern: str) -> str:
    """Ask where to save (tests replace QFileDialog.getSaveFileName)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), pattern)
    return path


def print_list(parent: QWidget, session: Session, volunteer_id: int, day: date) -> str:
    """Ask day or week and where; write the PDF. Returns the line for the status bar."""
    dialog = PeriodDialog(day, parent)
    if not dialog.exec():
        return ""
    start, end = dialog.period()
    volunteer = people.get_volunteer(session.actor, volunteer_id)
    name = f"belteam-{volunteer.code}-{start.isoformat()}.pdf"
    title = translate("ScheduleExport", "Save the list as PDF")
    path = _save_path(parent, title, name, "PDF (*.pdf)")
    if not path:
        return ""
    try:
        written = printing.volunteer_list_pdf(session.actor, path, volunteer_id, start, end,
                                              lang=_language())
    except (PermissionDenied, LookupError, OSError) as exc:
        return str(exc)
    return fill(translate("ScheduleExport", "Saved the list of %1 as %2."), volunteer.name,
                str(written))


def export_calendar(parent: QWidget, session: Session, volunteer_id: int) -> str:
    """Write the volunteer's call plans as an .ics calendar file."""
    volunteer = people.get_volunteer(session.actor, volunteer_id)
    name = f"belteam-{volunteer.code}.ics"
    title = translate("ScheduleExport", "Save the calendar")
    path = _save_path(parent, title, name, "iCalendar (*.ics)")
    if not path:
        return ""
    try:
        Path(path).write_bytes(ical.volunteer_ics(session.actor, volunteer_id))
    except (PermissionDenied, LookupError, OSError) as exc:
        return str(exc)
    return fill(translate("ScheduleExport", "Saved the calendar of %1 as %2."), volunteer.name,
                path)
