"""The Volunteers screen: the people page with their absences and their accounts."""

from __future__ import annotations

from typing import Any

from belteam_gui.app.session import Session
from belteam_gui.common.icons import icon
from belteam_gui.common.table_model import Index, RowsTableModel
from belteam_gui.common.validated_form import fill
from belteam_gui.people import columns as cols
from belteam_gui.people.absences_dialog import AbsencesDialog
from belteam_gui.people.make_accounts import make_accounts
from belteam_gui.people.page import PeoplePage
from belteam_gui.people.person_dialogs import VolunteerDialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from belteam.matching import lists_rows
from belteam.people import service as people


class VolunteersModel(RowsTableModel):
    """The volunteers' rows, with the shipped flag icon beside a quiet caller's alert."""

    def cell(self, row: Any, index: Index, role: int) -> Any:
        if (role == Qt.ItemDataRole.DecorationRole and index.column() == cols.QUIET_COLUMN
                and row.quiet):
            return icon("flag")
        return super().cell(row, index, role)


class VolunteersPage(PeoplePage):
    """Volunteers (bellers): load, free places, languages, area, availability, next absence,
    last call logged, and who went quiet."""

    DIALOG = VolunteerDialog
    MODEL = VolunteersModel
    COLUMNS = cols.VOLUNTEER_COLUMNS
    SEARCH = staticmethod(cols.volunteer_search)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.absences_button = QPushButton(self.tr("A&bsences…"))
        self.absences_button.setToolTip(self.tr("When this volunteer is away (holiday, "
                                                "illness)"))
        self.absences_button.clicked.connect(self.edit_absences)
        self.button_row.insertWidget(3, self.absences_button)
        self.absences_button.setVisible(session.actor.can("absences.edit"))
        self.accounts_button = QPushButton(self.tr("&Make accounts…"))
        self.accounts_button.setToolTip(self.tr("Accounts with a one-time password for the "
                                                "selected volunteer or all without one"))
        self.accounts_button.clicked.connect(self.make_accounts)
        self.button_row.insertWidget(4, self.accounts_button)
        self.accounts_button.setVisible(session.actor.can("users.admin"))
        self._update_buttons()

    def make_accounts(self) -> None:
        """Coordinators: one-time passwords, shown once (with letters to print)."""
        if self.session.actor.can("users.admin"):
            make_accounts(self.session.actor, self, self.current_id())

    def _update_buttons(self) -> None:
        super()._update_buttons()
        button = getattr(self, "absences_button", None)
        if button is not None:
            row = self.current_row()
            button.setEnabled(row is not None and not row.archived)

    def edit_absences(self) -> None:
        """Open the absences of the selected volunteer (coordinators only)."""
        row = self.current_row()
        if row is None or not self.session.actor.can("absences.edit"):
            return
        dialog = AbsencesDialog(self.session, row.id, row.name, self)
        dialog.exec()
        dialog.deleteLater()

    def load_rows(self, include_archived: bool) -> list[lists_rows.VolunteerListRow]:
        return lists_rows.volunteer_list_rows(self.session.actor, include_archived)

    def fetch(self, pk: int) -> Any:
        return people.get_volunteer(self.session.actor, pk)

    def title_text(self) -> str:
        return self.tr("Volunteers")

    def list_name(self) -> str:
        return "volunteers"

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return fill(self.tr("Volunteers: %1"), total)
        return fill(self.tr("Showing %1 of %2 volunteers"), shown, total)
