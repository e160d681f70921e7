"""Printing a caller's list (PDF, a day or a week) and exporting their calendar (.ics)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from belteam_gui.app.session import Session
from belteam_gui.common.plan_words import fill
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

from belteam.calls import ical, printing
from belteam.core.actors import PermissionDenied
from belteam.people import service as people

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


def _export(parent: QWidget, title: str, name: str, pattern: str,
            write: Callable[[str], object], done: str, who: str) -> str:
    """Ask where to save and write there; the status-bar line ('' when the user cancelled)."""
    path = _save_path(parent, title, name, pattern)
    if not path:
        return ""
    try:
        written = write(path)
    except (PermissionDenied, LookupError, OSError) as exc:
        return str(exc)
    return fill(done, who, str(written))


def print_list(parent: QWidget, session: Session, volunteer_id: int, day: date) -> str:
    """Ask day or week and where; write the PDF. Returns the line for the status bar."""
    dialog = PeriodDialog(day, parent)
    if not dialog.exec():
        return ""
    start, end = dialog.period()
    volunteer = people.get_volunteer(session.actor, volunteer_id)
    return _export(
        parent, translate("ScheduleExport", "Save the list as PDF"),
        f"belteam-{volunteer.code}-{start.isoformat()}.pdf", "PDF (*.pdf)",
        lambda path: printing.volunteer_list_pdf(session.actor, path, volunteer_id, start, end,
                                                 lang=_language()),
        translate("ScheduleExport", "Saved the list of %1 as %2."), volunteer.name)


def export_calendar(parent: QWidget, session: Session, volunteer_id: int) -> str:
    """Write the volunteer's call plans as an .ics calendar file."""
    volunteer = people.get_volunteer(session.actor, volunteer_id)

    def write(path: str) -> str:
        Path(path).write_bytes(ical.volunteer_ics(session.actor, volunteer_id))
        return path

    return _export(parent, translate("ScheduleExport", "Save the calendar"),
                   f"belteam-{volunteer.code}.ics", "iCalendar (*.ics)", write,
                   translate("ScheduleExport", "Saved the calendar of %1 as %2."), volunteer.name)
