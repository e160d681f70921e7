""""Propose pairings": the optimal proposal for the waiting list, ticked, with reasons; Apply."""

from __future__ import annotations

from belteam_gui.app.session import Session
from belteam_gui.common.plan_words import fill
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belteam.core.actors import PermissionDenied
from belteam.core.validation import ValidationError
from belteam.matching import batch


class ProposeDialog(QDialog):
    """Each proposed pairing with a tick box (all ticked); Apply makes the ticked ones."""

    def __init__(self, session: Session, resident_codes: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.made: list[dict] = []
        self.proposal = batch.propose(session.actor, resident_codes)
        self.setWindowTitle(self.tr("Propose pairings"))
        self.intro = QLabel(self.tr(
            "The best pairings for the waiting list as a whole: together they fit better than "
            "choosing one by one. Untick any you do not want, then apply."))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(self.proposal.pairs), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Resident"), self.tr("Volunteer"),
                                              self.tr("Score"), self.tr("Why")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._fill()
        self.unmatched_label = QLabel(self._unmatched_text())
        self.unmatched_label.setWordWrap(True)
        self.unmatched_label.setProperty("role", "hint")
        self.unmatched_label.setVisible(bool(self.proposal.unmatched))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setEnabled(bool(self.proposal.pairs))
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemChanged.connect(self._update_apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unmatched_label)
        layout.addWidget(self.buttons)
        self.resize(900, 480)

    def _fill(self) -> None:
        for row, proposed in enumerate(self.proposal.pairs):
            resident = QTableWidgetItem(proposed.resident.name)
            resident.setFlags(resident.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            resident.setCheckState(Qt.CheckState.Checked)
            resident.setData(Qt.ItemDataRole.UserRole, proposed.resident.code)
            match = proposed.match
            why = " · ".join(match.reasons + match.warnings)
            cells = [resident, QTableWidgetItem(match.volunteer.name),
                     QTableWidgetItem(f"{match.score:.0f}"), QTableWidgetItem(why)]
            cells[3].setToolTip("\n".join(match.reasons + match.warnings))
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def _unmatched_text(self) -> str:
        lines = [fill(self.tr("%1: %2"), resident.name, why)
                 for resident, why in self.proposal.unmatched]
        return fill(self.tr("Nobody proposed for:\n%1"), "\n".join(lines)) if lines else ""

    def chosen(self) -> list[str]:
        """The codes of the residents whose row is ticked."""
        return [self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
                for row in range(self.table.rowCount())
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def _update_apply(self) -> None:
        self.apply_button.setEnabled(bool(self.chosen()))

    def accept(self) -> None:
        """Make the ticked pairings; say so when a service refuses and stay open."""
        try:
            self.made = batch.apply(self.session.actor, self.proposal, self.chosen())
        except (ValidationError, PermissionDenied, LookupError) as exc:
            QMessageBox.warning(self, self.tr("Propose pairings"), str(exc))
            return
        self.session.changed("pairings")
        super().accept()
