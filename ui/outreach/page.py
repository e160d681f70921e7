"""Follow-up (signalering): the staff's queue of residents not reached, most urgent first."""

from __future__ import annotations

from typing import NamedTuple

from belteam_gui.app.session import Session
from belteam_gui.common import zoom
from belteam_gui.common.filter_proxy import FoldingFilterProxy, fold_all
from belteam_gui.common.table_model import Column, RowsTableModel
from belteam_gui.common.table_selection import current_source_row, set_current_row
from belteam_gui.outreach import words
from belteam_gui.outreach.case_dialog import AddActionDialog, CloseCaseDialog
from belteam_gui.outreach.case_view import CaseView
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from belteam.core.actors import PermissionDenied
from belteam.core.clock import clock
from belteam.core.validation import ValidationError
from belteam.jobs.runner import run_in_thread_db
from belteam.outreach import cases as outreach
from belteam.outreach.queue import CaseRow

Index = QModelIndex | QPersistentModelIndex


class QueueItem(NamedTuple):
    case_id: int  # first: the table model's row id
    rank: int  # 1 = most urgent
    case: CaseRow


def _days(item: QueueItem) -> str:
    days = item.case.days_since_contact
    return words.never_text() if days is None else str(days)


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("OutreachPage", "#"), lambda i: str(i.rank), sort_key=lambda i: i.rank, width=4,
           align=Qt.AlignmentFlag.AlignRight, context="OutreachPage"),
    Column(QT_TRANSLATE_NOOP("OutreachPage", "Resident"), lambda i: i.case.resident_name,
           tooltip=lambda i: f"{i.case.resident_name} ({i.case.resident_code})", width=22,
           context="OutreachPage"),
    Column(QT_TRANSLATE_NOOP("OutreachPage", "Area"), lambda i: i.case.area, width=12, context="OutreachPage"),
    Column(QT_TRANSLATE_NOOP("OutreachPage", "Why"), lambda i: words.reasons_text(i.case.reasons), width=50,
           sort_key=lambda i: -i.case.weight, context="OutreachPage"),
    Column(QT_TRANSLATE_NOOP("OutreachPage", "Days"), _days, width=9, align=Qt.AlignmentFlag.AlignRight,
           sort_key=lambda i: -(i.case.days_since_contact if i.case.days_since_contact
                                is not None else 10**6),
           tooltip=lambda i: words.days_hint(),
           context="OutreachPage"),
    Column(QT_TRANSLATE_NOOP("OutreachPage", "Alone"), lambda i: words.yes_text() if i.case.lives_alone else "",
           sort_key=lambda i: not i.case.lives_alone, width=9, context="OutreachPage"),
    Column(QT_TRANSLATE_NOOP("OutreachPage", "Status"), lambda i: words.status_text(
        i.case.status, i.case.taken_by, i.case.outcome), width=14, context="OutreachPage"),
]


class CaseFilter(FoldingFilterProxy):
    """Type-to-filter plus the area and reason combos."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self.area: str | None = None
        self.reason: str | None = None

    def set_choice(self, area: str | None, reason: str | None) -> None:
        self.beginFilterChange()
        self.area, self.reason = area, reason
        self.endFilterChange(FoldingFilterProxy.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        item: QueueItem = self.sourceModel().row(source_row)
        if self.area is not None and item.case.area != self.area:
            return False
        if self.reason is not None and self.reason not in item.case.reasons:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class _Evaluation(QRunnable):
    """Runs the rules off the GUI thread (its own database connection)."""

    class Signals(QObject):
        done = Signal(int)
        failed = Signal(str)

    def __init__(self, actor) -> None:
        super().__init__()
        self.actor = actor
        self.signals = _Evaluation.Signals()

    def run(self) -> None:
        try:
            cases = run_in_thread_db(outreach.evaluate, self.actor)
        except Exception as exc:  # shown to the user, never lost in the thread
            self.signals.failed.emit(str(exc))
        else:
            self.signals.done.emit(len(cases))


class _Refresh(QRunnable):
    """Brings a stale queue up to date off the GUI thread (the rules run as the system)."""

    class Signals(QObject):
        done = Signal()
        failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.signals = _Refresh.Signals()

    def run(self) -> None:
        try:
            run_in_thread_db(outreach.ensure_current)
        except Exception as exc:  # shown to the user, never lost in the thread
            self.signals.failed.emit(str(exc))
        else:
            self.signals.done.emit()


class OutreachPage(QWidget):
    """The queue on the left, the chosen case on the right; Take, Add action, Close case."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._refresh: _Refresh | None = None
        self._refresh_failed = False
        self.model = RowsTableModel(COLUMNS, [], search_key=lambda i: fold_all(
            [i.case.resident_name, i.case.resident_code, i.case.area]), parent=self)
        self.proxy = CaseFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        session.data_changed.connect(self._on_data_changed)
        self.reload()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self.tr("Follow-up"))
        zoom.set_style(self.heading, "font-size: 20pt; font-weight: bold;")
        self.count_label = QLabel()
        self.checked_label = QLabel()
        self.checked_label.setObjectName("outreachChecked")
        self.table = self._make_table()
        self.view = CaseView()
        self.view.take_requested.connect(self.take)
        self.view.action_requested.connect(self.add_action)
        self.view.close_requested.connect(self.close_case)
        splitter = QSplitter(Qt.Orientation.Vertical)  # the queue on top, the case below
        splitter.addWidget(self.table)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 4)
        splitter.setSizes([230, 420])
        splitter.setChildrenCollapsible(False)
        self.status = QLabel()
        self.status.setObjectName("outreachStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.checked_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self._filters())
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def _filters(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name or code"))
        self.search.setAccessibleName(self.search.placeholderText())
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(
            self.search.placeholderText()) + 48)  # the hint whole, with the clear button
        self.search.textChanged.connect(self.proxy.set_filter_text)
        self.area_combo = QComboBox()
        self.area_combo.setObjectName("areaFilter")
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("reasonFilter")
        self.reason_combo.addItem(self.tr("All reasons"), None)
        for reason in outreach.REASONS:
            self.reason_combo.addItem(words.reason_label(reason), reason)
        self.closed_check = QCheckBox(self.tr("Show cl&osed cases"))
        self.evaluate_button = QPushButton(self.tr("Check &now"))
        self.evaluate_button.setToolTip(self.tr("Run the follow-up rules for every resident now"))
        self.area_combo.currentIndexChanged.connect(self._apply_filter)
        self.reason_combo.currentIndexChanged.connect(self._apply_filter)
        self.closed_check.toggled.connect(self.reload)
        self.evaluate_button.clicked.connect(self.evaluate_now)
        self.evaluate_button.setVisible(self.session.actor.can("outreach.evaluate"))
        area_label = QLabel(self.tr("&Area:"))
        area_label.setBuddy(self.area_combo)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_combo)
        row = QHBoxLayout()
        for widget in (self.search, area_label, self.area_combo, reason_label,
                       self.reason_combo, self.closed_check):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.evaluate_button)
        return row

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("outreachQueue")
        table.setAccessibleName(self.tr("Residents to follow up"))
        table.setModel(self.proxy)
        table.setSortingEnabled(False)  # the queue's own order is the urgency
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        width = table.fontMetrics().averageCharWidth()
        for number, column in enumerate(COLUMNS):
            table.setColumnWidth(number, column.width * width)
        table.selectionModel().currentRowChanged.connect(self._show_current)
        return table

    def initial_focus(self) -> None:
        self.table.setFocus()

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the queue again, keeping the chosen case chosen."""
        keep = self.current_id()
        try:
            rows = outreach.queue(self.session.actor,
                                  include_closed=self.closed_check.isChecked())
        except PermissionDenied as exc:
            rows = []
            self.say(str(exc))
        self.model.set_rows([QueueItem(r.case_id, n, r) for n, r in enumerate(rows, start=1)])
        self._fill_areas(sorted({r.area for r in rows if r.area}))
        open_count = sum(1 for r in rows if r.status != "closed")
        self.count_label.setText(self.tr("%1 open").replace("%1", str(open_count)))
        self.select_id(keep if keep is not None else None)
        self._bring_up_to_date()

    def _bring_up_to_date(self) -> None:
        """Say when the rules last ran; when that is before today or a newer call, run them."""
        checked = outreach.last_evaluated()
        self.checked_label.setText(
            self.tr("Rules last checked: %1").replace("%1", checked.strftime("%d-%m-%Y %H:%M"))
            if checked else self.tr("Rules not checked yet"))
        if self._refresh is not None or self._refresh_failed \
                or outreach.is_current(clock.today()):
            return
        self.checked_label.setText(self.tr("Checking the rules…"))
        job = _Refresh()
        job.signals.done.connect(self._refreshed)
        job.signals.failed.connect(self._refresh_failed_with)
        self._refresh = job  # keep the signals alive until the worker reports
        QThreadPool.globalInstance().start(job)

    def _refreshed(self) -> None:
        self._refresh = None
        self.session.changed("cases")

    def _refresh_failed_with(self, message: str) -> None:
        self._refresh, self._refresh_failed = None, True  # no retry loop; "Check now" remains
        self.say(message)

    def _fill_areas(self, areas: list[str]) -> None:
        current = self.area_combo.currentData()
        self.area_combo.blockSignals(True)
        self.area_combo.clear()
        self.area_combo.addItem(self.tr("All areas"), None)
        for area in areas:
            self.area_combo.addItem(area, area)
        self.area_combo.setCurrentIndex(max(self.area_combo.findData(current), 0))
        self.area_combo.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.proxy.set_choice(self.area_combo.currentData(), self.reason_combo.currentData())
        if self.current_id() is None:
            self.select_id(None)

    def _on_data_changed(self, what: str) -> None:
        if what in ("cases", "calls", "people", "pairings"):
            self.reload()

    # -- selection --------------------------------------------------------------------------
    def current_case(self) -> CaseRow | None:
        item = current_source_row(self.table)
        return None if item is None else item.case

    def current_id(self) -> int | None:
        case = self.current_case()
        return case.case_id if case else None

    def select_id(self, case_id: int | None) -> None:
        """Select that case (or the first row) and show it."""
        row = self.model.find_id(case_id) if case_id is not None else -1
        index = (self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0
                 else self.proxy.index(0, 0))
        if index.isValid():
            set_current_row(self.table, index)
        self.view.show_case(self.current_case())

    def _show_current(self, *_args) -> None:
        self.view.show_case(self.current_case())

    # -- work -------------------------------------------------------------------------------
    def take(self) -> None:
        case = self.current_case()
        if case is None:
            return
        try:
            outreach.take(self.session.actor, case.case_id)
        except outreach.CaseTaken as exc:
            if not self.ask(self.tr("Take over?"), str(exc) + "\n\n" + self.tr(
                    "Take the case over anyway?")):
                return
            if not self._do(lambda: outreach.take(self.session.actor, case.case_id, force=True)):
                return
        except (ValidationError, PermissionDenied) as exc:
            self.say(str(exc))
            return
        self._changed(self.tr("You took the case of %1.").replace("%1", case.resident_name))

    def add_action(self) -> None:
        case = self.current_case()
        if case is None:
            return
        dialog = AddActionDialog(case.resident_name, self)
        if self.run_dialog(dialog) and self._do(lambda: outreach.add_action(
                self.session.actor, case.case_id, dialog.chosen(), dialog.note())):
            self._changed(self.tr("Action recorded: %1.").replace(
                "%1", words.action_label(dialog.chosen())))
            self.view.show_timeline()  # the new action on top, keyboard focus on it

    def close_case(self) -> None:
        case = self.current_case()
        if case is None:
            return
        dialog = CloseCaseDialog(case.resident_name, self)
        if self.run_dialog(dialog) and self._do(lambda: outreach.close(
                self.session.actor, case.case_id, dialog.chosen(), dialog.note())):
            # Past tense first: the effect text alone reads as if it were still to happen.
            self._changed(self.tr("Case closed. %1").replace("%1", dialog.effect_text()))

    def evaluate_now(self) -> None:
        self.evaluate_button.setEnabled(False)
        self.say(self.tr("Checking every resident…"))
        job = _Evaluation(self.session.actor)
        job.signals.done.connect(self._evaluated)
        job.signals.failed.connect(self._evaluation_failed)
        self._job = job  # keep the signals alive until the worker reports
        QThreadPool.globalInstance().start(job)

    def _evaluated(self, changed: int) -> None:
        self.evaluate_button.setEnabled(True)
        self.session.changed("cases")
        self.say(self.tr("Checked: %1 case(s) opened or extended.").replace("%1", str(changed)))

    def _evaluation_failed(self, message: str) -> None:
        self.evaluate_button.setEnabled(True)
        self.say(message)

    def _do(self, work) -> bool:
        try:
            work()
        except (ValidationError, PermissionDenied, LookupError, outreach.CaseTaken) as exc:
            self.say(str(exc))
            return False
        return True

    def _changed(self, message: str) -> None:
        self.session.changed("cases")  # reloads this page and the notifier's listeners
        self.say(message)

    # -- asking (tests replace these) -------------------------------------------------------
    def run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def say(self, text: str) -> None:
        self.status.setText(text)
