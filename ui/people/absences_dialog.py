"""A volunteer's absences (holiday, illness): list them, add one, remove a wrong one."""

from __future__ import annotations

from typing import Any

from belteam_gui.app.session import Session
from belteam_gui.common.date_time_fields import DateField, link_period
from belteam_gui.common.errors import error_text
from belteam_gui.common.plan_words import fill, table_date
from belteam_gui.common.table_model import Index, PlainTableModel
from belteam_gui.common.unsaved import GuardedDialog
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from belteam.calls import absences
from belteam.core.actors import PermissionDenied
from belteam.core.clock import clock
from belteam.core.validation import ValidationError


class AbsencesModel(PlainTableModel):
    """Absences of one volunteer, newest first: from, to, reason."""

    HEADERS = (QT_TRANSLATE_NOOP("Columns", "From"), QT_TRANSLATE_NOOP("Columns", "To"),
               QT_TRANSLATE_NOOP("Columns", "Reason"))

    def cell(self, row: Any, index: Index, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (table_date(row.start_date), table_date(row.end_date), row.reason or "")
        return values[index.column()]


def confirm_remove(parent: QWidget, text: str) -> bool:
    """Ask before removing; Cancel is the default (tests replace this)."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("AbsencesDialog", "Remove absence"),
                      text, parent=parent)
    remove = box.addButton(translate("AbsencesDialog", "Remove"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is remove


def confirm_past(parent: QWidget, text: str) -> bool:
    """Ask before saving an absence that lies wholly in the past (tests replace this)."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("AbsencesDialog", "Absence in the past"),
                      text, parent=parent)
    save = box.addButton(translate("AbsencesDialog", "&Save anyway"), QMessageBox.ButtonRole.AcceptRole)
    change = box.addButton(translate("AbsencesDialog", "&Change the dates"),
                           QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(change)
    box.exec()
    return box.clickedButton() is save


class AbsencesDialog(GuardedDialog):
    """Register when a volunteer is away; their calls then wait on Today for cover."""

    def __init__(self, session: Session, volunteer_id: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.volunteer_id = volunteer_id
        self.name = name
        self.setWindowTitle(fill(self.tr("Absences of %1"), name))
        self.model = AbsencesModel(parent=self)
        self.view = self._make_view()
        intro = QLabel(fill(self.tr("When is %1 away? Their calls in that period show on "
                                    "Today as “needs cover”, to hand to another volunteer."),
                            name))
        intro.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.clicked.connect(self.remove_current)
        # A volunteer reports their own absence; taking one back is the coordinator's.
        self.remove_button.setVisible(session.actor.can("absences.edit"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        layout.addLayout(remove_row)
        layout.addLayout(self._add_form())
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self.reload()
        self.start_edit.setFocus()

    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setAccessibleName(self.tr("Absences"))
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        return view

    def _add_form(self) -> QFormLayout:
        today = clock.today()
        self.start_edit = self._date_edit(today)
        self.end_edit = self._date_edit(today)
        link_period(self.start_edit, self.end_edit)  # "To" follows "From"
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("e.g. holiday, hospital"))
        self.add_button = QPushButton(self.tr("&Add absence"))
        self.add_button.setAutoDefault(True)
        self.add_button.clicked.connect(self.add)
        self.reason_edit.returnPressed.connect(self.add)
        form = QFormLayout()
        for text, widget in ((self.tr("A&way from:"), self.start_edit),
                             (self.tr("&To (last day away):"), self.end_edit),
                             (self.tr("R&eason:"), self.reason_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.add_button)
        return form

    @staticmethod
    def _date_edit(day) -> DateField:
        return DateField(day)

    def reload(self) -> None:
        self.model.set_rows(absences.absences(self.session.actor, self.volunteer_id))
        if self.model.rowCount():
            self.view.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.view.currentIndex().isValid())

    def add(self) -> None:
        """Record the absence; the domain checks the dates and says why when it refuses."""
        start = self.start_edit.date().toPython()
        end = self.end_edit.date().toPython()
        if absences.wholly_past(end) and not confirm_past(self, fill(self.tr(
                "The absence from %1 to %2 lies wholly in the past and changes no call. "
                "Save it anyway?"), table_date(start), table_date(end))):
            self.start_edit.setFocus()
            return
        try:
            absences.add_absence(self.session.actor, self.volunteer_id, start, end,
                                 self.reason_edit.text())
        except (ValidationError, PermissionDenied) as exc:
            self._say(error_text(exc), error=True)
            return
        self.reason_edit.clear()
        self.mark_saved()  # stored: nothing to lose on Close
        self.reload()
        self.session.changed("absences")
        self._say(fill(self.tr("Saved: %1 is away from %2 to %3."), self.name,
                       table_date(start), table_date(end)))

    def remove_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        absence = self.model.row(index.row())
        text = fill(self.tr("Remove the absence from %1 to %2? Only do this when it was "
                            "entered by mistake."), table_date(absence.start_date),
                    table_date(absence.end_date))
        if not confirm_remove(self, text):
            return
        try:
            absences.remove_absence(self.session.actor, absence.id)
        except PermissionDenied as exc:
            self._say(str(exc), error=True)
            return
        self.reload()
        self.session.changed("absences")
        self._say(self.tr("The absence is removed."))

    def _say(self, text: str, error: bool = False) -> None:
        self.message_label.setProperty("role", "error" if error else "hint")
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)
