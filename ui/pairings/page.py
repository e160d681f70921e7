"""The Pairings screen: who calls whom, at what plan; pair, change the plan, end (never delete)."""

from __future__ import annotations

from datetime import date, time
from typing import NamedTuple

from belteam_gui.app.session import Session
from belteam_gui.common.filter_proxy import FoldingFilterProxy, fold_all
from belteam_gui.common.plan_words import fill, rrule_words, short_date, table_date, time_words
from belteam_gui.common.table_model import ID_ROLE, Column, RowsTableModel
from belteam_gui.pairings import end_pairing_dialog
from belteam_gui.pairings.pair_dialog import PairDialog
from belteam_gui.pairings.propose_dialog import ProposeDialog
from belteam_gui.pairings.volunteer_stop_dialog import VolunteerStopDialog
from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
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

from belteam.core.actors import PermissionDenied
from belteam.core.clock import clock
from belteam.core.validation import ValidationError
from belteam.pairings import service as pairing_service


class PairingRow(NamedTuple):
    """One pairing as the screen shows it (id first, as RowsTableModel expects)."""

    id: int
    resident: str
    resident_code: str
    area: str
    volunteer: str
    plan: str
    preferred: str
    preferred_time: time | None
    start: date
    end: date | None
    reason: str
    ended: bool


def _end_text(row: PairingRow) -> str:
    return table_date(row.end)


def _end_tooltip(row: PairingRow) -> str:
    return f"{short_date(row.end)} — {row.reason}" if row.reason else short_date(row.end)


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("PairingsPage", "Resident"), lambda r: r.resident, width=21,
           context="PairingsPage"),
    Column(QT_TRANSLATE_NOOP("PairingsPage", "Volunteer"), lambda r: r.volunteer, width=17,
           context="PairingsPage"),
    Column(QT_TRANSLATE_NOOP("PairingsPage", "Call plan"), lambda r: r.plan, width=30,
           context="PairingsPage"),
    Column(QT_TRANSLATE_NOOP("PairingsPage", "Time of day"), lambda r: r.preferred,
           sort_key=lambda r: r.preferred_time or time.max, width=14, context="PairingsPage"),
    Column(QT_TRANSLATE_NOOP("PairingsPage", "Start"), lambda r: table_date(r.start),
           sort_key=lambda r: r.start, width=14, context="PairingsPage"),
    Column(QT_TRANSLATE_NOOP("PairingsPage", "End"), _end_text, tooltip=_end_tooltip,
           sort_key=lambda r: r.end or date.max, width=14, context="PairingsPage"),
)


def _search_text(row: PairingRow) -> str:
    return fold_all([row.resident, row.resident_code, row.area, row.volunteer, row.plan,
                     row.preferred])


class PairingsPage(QWidget):
    """Lists pairings (running; ended ones on request) and offers pair / change / end."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = RowsTableModel(COLUMNS, search_key=_search_text,
                                    dimmed=lambda row: row.ended, parent=self)
        self.proxy = FoldingFilterProxy(parent=self)
        self.proxy.setSourceModel(self.model)
        self._make_widgets()
        self._lay_out()
        self._connect()
        self.reload()

    # -- building -------------------------------------------------------------------------
    def _make_widgets(self) -> None:
        self.title = QLabel(self.tr("Pairings"))
        self.title.setProperty("role", "title")
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Type to find a resident, volunteer or plan…"))
        self.filter_edit.setAccessibleName(self.tr("Filter"))
        self.ended_check = QCheckBox(self.tr("Show en&ded pairings"))
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Pairings"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by resident, as shown
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        self._size_columns()
        self.count_label = QLabel()
        self.count_label.setProperty("role", "hint")
        self.new_button = QPushButton(self.tr("&New pairing…"))
        self.new_button.setToolTip(self.tr("Pair a resident with a volunteer (Ctrl+N)"))
        self.change_button = QPushButton(self.tr("&Change plan…"))
        self.end_button = QPushButton(self.tr("End pairin&g…"))
        self.propose_button = QPushButton(self.tr("&Propose pairings…"))
        self.propose_button.setToolTip(self.tr("The best pairings for the whole waiting list"))
        self.stop_button = QPushButton(self.tr("Volunteer &stops…"))
        self.new_shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _size_columns(self) -> None:
        """Widths from the longest text a column usually holds, in the table's own font."""
        self.view.ensurePolished()  # the style sheet sets the table's (larger) font
        metrics = self.view.fontMetrics()
        longest_date = table_date(date(2026, 9, 30))  # '30 Sept 2026': a long month name
        samples = {3: time_words(time(15, 30)), 4: longest_date, 5: longest_date}
        header = self.view.horizontalHeader()
        for number, column in enumerate(COLUMNS):
            width = (metrics.horizontalAdvance(samples[number]) if number in samples
                     else metrics.averageCharWidth() * column.width)
            header.resizeSection(number, width + 24)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.ended_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.end_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.propose_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.returnPressed.connect(self.view.setFocus)
        self.ended_check.toggled.connect(self.reload)
        self.view.activated.connect(self.change_plan)  # Enter or double click
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(self.new_pairing)
        self.new_shortcut.activated.connect(self.new_pairing)
        self.change_button.clicked.connect(self.change_plan)
        self.end_button.clicked.connect(self.end_pairing)
        self.propose_button.clicked.connect(lambda: self.propose_pairings())
        self.stop_button.clicked.connect(self.volunteer_stops)
        self.session.data_changed.connect(self._data_changed)

    def initial_focus(self) -> None:
        self.filter_edit.setFocus()

    # -- data -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the pairings again (one query, people joined), keeping the selected row."""
        keep = self.selected_id()
        today = clock.today()
        query = pairing_service.pairings(self.session.actor,
                                         include_ended=self.ended_check.isChecked())
        rows = [PairingRow(
            p.id, p.resident.name, p.resident.code, p.resident.area, p.volunteer.name,
            rrule_words(p.rrule), time_words(p.preferred_time), p.preferred_time,
            p.start_date, p.end_date, p.ended_reason,
            p.end_date is not None and p.end_date < today) for p in query]
        self.model.set_rows(rows)
        header = self.view.horizontalHeader()
        if header.isSortIndicatorShown() and header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._update_count()
        if keep is not None:
            self.select_id(keep)
        self._update_buttons()

    def _data_changed(self, what: str) -> None:
        if what in ("pairings", "people", "all", ""):
            self.reload()

    def _filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = (fill(self.tr("%1 pairings"), str(total)) if shown == total
                else fill(self.tr("%1 of %2 pairings"), str(shown), str(total)))
        self.count_label.setText(text)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def selected_row(self) -> PairingRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def select_id(self, pairing_id: int) -> bool:
        """Select (and show) the row of a pairing; False when it is not listed."""
        number = self.model.find_id(pairing_id)
        if number < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(number, 0))
        if not index.isValid():
            return False
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        row = self.selected_row()
        may = self.session.actor.can("pairings.edit")
        self.new_button.setEnabled(may)
        self.change_button.setEnabled(may and row is not None and not row.ended)
        self.end_button.setEnabled(may and row is not None and not row.ended)
        self.propose_button.setEnabled(may)
        self.stop_button.setEnabled(may)

    # -- actions --------------------------------------------------------------------------
    def new_pairing(self) -> None:
        pairing, ok = PairDialog.run(self.session, parent=self)
        if ok and pairing is not None:
            self.select_id(pairing.id)

    def change_plan(self, _index: QModelIndex | None = None) -> None:
        row = self.selected_row()
        if row is None or row.ended:
            return
        PairDialog.run(self.session, pairing_id=row.id, parent=self)

    def end_pairing(self) -> None:
        """Ask the end date and reason, then end it through the service (nothing is deleted)."""
        row = self.selected_row()
        if row is None or row.ended:
            return
        answer = end_pairing_dialog.ask_end(self, row.resident, row.volunteer, row.start)
        if answer is None:
            return
        day, reason = answer
        try:
            pairing = pairing_service.get_pairing(self.session.actor, row.id)
            pairing_service.end_pairing(self.session.actor, pairing, day, reason)
        except (ValidationError, PermissionDenied, LookupError,
                pairing_service.ChangedSinceOpened) as exc:
            QMessageBox.warning(self, self.tr("End pairing"), str(exc))
            return
        self.session.changed("pairings")

    def propose_pairings(self, resident_codes: list[str] | None = None) -> None:
        """The optimal proposal for the waiting list (or these residents); Apply makes it."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a large list takes a second
        try:
            dialog = ProposeDialog(self.session, resident_codes, self)
        finally:
            QApplication.restoreOverrideCursor()
        dialog.exec()

    def volunteer_stops(self) -> None:
        """End a leaving volunteer's pairings, then propose new volunteers for their residents."""
        dialog = VolunteerStopDialog(self.session, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.moved:
            self.propose_pairings(dialog.moved)
