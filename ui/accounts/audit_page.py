"""The audit log, read-only: who signed in, changed accounts or people's data, exported or
erased, and when; filtered by text (person code, user), action and period."""

from __future__ import annotations

from datetime import timedelta
from typing import NamedTuple

from belteam_gui.app.session import Session
from belteam_gui.common.filter_proxy import FoldingFilterProxy, fold_all
from belteam_gui.common.table_model import Column, RowsTableModel
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from belteam.audit import log as audit
from belteam.core.clock import clock

CTX = "AuditPage"  # the Columns' context; lupdate needs the literal in each call


class AuditRow(NamedTuple):
    id: int
    at: object  # aware datetime
    actor: str
    action: str
    subject: str
    detail: str


ACTIONS = {
    "signin": QT_TRANSLATE_NOOP("AuditPage", "Signed in"),
    "signin_failed": QT_TRANSLATE_NOOP("AuditPage", "Sign-in failed"),
    "signin_locked": QT_TRANSLATE_NOOP("AuditPage", "Sign-in while locked out"),
    "signout": QT_TRANSLATE_NOOP("AuditPage", "Signed out"),
    "first_run": QT_TRANSLATE_NOOP("AuditPage", "First start"),
    "account_created": QT_TRANSLATE_NOOP("AuditPage", "Account added"),
    "account_disabled": QT_TRANSLATE_NOOP("AuditPage", "Account switched off"),
    "account_enabled": QT_TRANSLATE_NOOP("AuditPage", "Account switched on"),
    "account_linked": QT_TRANSLATE_NOOP("AuditPage", "Account linked"),
    "password_reset": QT_TRANSLATE_NOOP("AuditPage", "New password set"),
    "password_changed": QT_TRANSLATE_NOOP("AuditPage", "Own password changed"),
    "person_exported": QT_TRANSLATE_NOOP("AuditPage", "Person's data exported"),
    "person_erased": QT_TRANSLATE_NOOP("AuditPage", "Person erased"),
    "consent_recorded": QT_TRANSLATE_NOOP("AuditPage", "Consent recorded"),
    "notes_purged": QT_TRANSLATE_NOOP("AuditPage", "Old notes purged"),
    "data_exported": QT_TRANSLATE_NOOP("AuditPage", "Data exported"),
    "setting_changed": QT_TRANSLATE_NOOP("AuditPage", "Setting changed"),
    "volunteer_created": QT_TRANSLATE_NOOP("AuditPage", "Volunteer added"),
    "volunteer_changed": QT_TRANSLATE_NOOP("AuditPage", "Volunteer changed"),
    "volunteer_archived": QT_TRANSLATE_NOOP("AuditPage", "Volunteer archived"),
    "volunteer_restored": QT_TRANSLATE_NOOP("AuditPage", "Volunteer restored"),
    "resident_created": QT_TRANSLATE_NOOP("AuditPage", "Resident added"),
    "resident_changed": QT_TRANSLATE_NOOP("AuditPage", "Resident changed"),
    "resident_archived": QT_TRANSLATE_NOOP("AuditPage", "Resident archived"),
    "resident_restored": QT_TRANSLATE_NOOP("AuditPage", "Resident restored"),
    "pairing_created": QT_TRANSLATE_NOOP("AuditPage", "Pairing made"),
    "plan_changed": QT_TRANSLATE_NOOP("AuditPage", "Call plan changed"),
    "pairing_ended": QT_TRANSLATE_NOOP("AuditPage", "Pairing ended"),
    "absence_added": QT_TRANSLATE_NOOP("AuditPage", "Absence added"),
    "absence_removed": QT_TRANSLATE_NOOP("AuditPage", "Absence removed"),
    "cover_assigned": QT_TRANSLATE_NOOP("AuditPage", "Calls handed over"),
    "cover_removed": QT_TRANSLATE_NOOP("AuditPage", "Hand-over removed"),
    "pause_added": QT_TRANSLATE_NOOP("AuditPage", "Calls paused"),
    "pause_ended": QT_TRANSLATE_NOOP("AuditPage", "Pause ended"),
    "pause_removed": QT_TRANSLATE_NOOP("AuditPage", "Pause removed"),
    "case_taken": QT_TRANSLATE_NOOP("AuditPage", "Follow-up case taken"),
    "case_action": QT_TRANSLATE_NOOP("AuditPage", "Follow-up action recorded"),
    "case_closed": QT_TRANSLATE_NOOP("AuditPage", "Follow-up case closed"),
    "people_imported": QT_TRANSLATE_NOOP("AuditPage", "People imported"),
    "backup_made": QT_TRANSLATE_NOOP("AuditPage", "Backup made"),
    "database_restored": QT_TRANSLATE_NOOP("AuditPage", "Backup restored"),
    "backups_scrubbed": QT_TRANSLATE_NOOP("AuditPage", "Erased people removed from backups"),
}
# The period filter: label and how many days back (None: the whole log).
PERIODS = [
    (QT_TRANSLATE_NOOP("AuditPage", "Any time"), None),
    (QT_TRANSLATE_NOOP("AuditPage", "Today"), 0),
    (QT_TRANSLATE_NOOP("AuditPage", "Last 7 days"), 6),
    (QT_TRANSLATE_NOOP("AuditPage", "Last 30 days"), 29),
]


def action_label(action: str) -> str:
    return QCoreApplication.translate("AuditPage", ACTIONS[action]) if action in ACTIONS else action


def _when(row: AuditRow) -> str:
    return QLocale().toString(row.at.replace(tzinfo=None), "dd-MM-yyyy HH:mm:ss")


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("AuditPage", "When"), _when, sort_key=lambda r: r.at, width=22,
           context=CTX),
    Column(QT_TRANSLATE_NOOP("AuditPage", "Who"), lambda r: r.actor, width=14, context=CTX),
    Column(QT_TRANSLATE_NOOP("AuditPage", "Action"), lambda r: action_label(r.action), width=24,
           context=CTX),
    Column(QT_TRANSLATE_NOOP("AuditPage", "About"), lambda r: r.subject, width=24, context=CTX),
    Column(QT_TRANSLATE_NOOP("AuditPage", "Detail"), lambda r: r.detail, width=30, context=CTX),
]


def set_widths(view: QTableView, columns: list[Column]) -> None:
    """Start each column at its width in average characters (the last one stretches)."""
    char = view.fontMetrics().averageCharWidth()
    for number, column in enumerate(columns[:-1]):
        view.setColumnWidth(number, column.width * char + 16)


class AuditPage(QWidget):
    """Newest first; type to filter, or pick one kind of action."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.model = RowsTableModel(
            COLUMNS, search_key=lambda r: fold_all([r.actor, r.action, action_label(r.action),
                                                    r.subject, r.detail]), parent=self)
        self.proxy = FoldingFilterProxy(parent=self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("audit")
        self.view.setAccessibleName(self.tr("Audit log, newest first"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        set_widths(self.view, COLUMNS)
        title = QLabel(self.tr("Audit log"))
        title.setProperty("role", "title")
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Filter: name, action, code…"))
        self.search.setClearButtonEnabled(True)
        self.action = QComboBox()
        self.action.setObjectName("action")
        self.period = QComboBox()
        self.period.setObjectName("period")
        for label, days in PERIODS:
            self.period.addItem(QCoreApplication.translate("AuditPage", label), days)
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Filter"))
        label.setBuddy(self.search)
        bar.addWidget(label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.action)
        bar.addWidget(self.period)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.search.textChanged.connect(self._filter)
        self.action.currentIndexChanged.connect(self.reload)
        self.period.currentIndexChanged.connect(self.reload)
        session.data_changed.connect(self._on_data_changed)  # a method: freed with the page
        self._fill_actions()
        self.reload()

    def initial_focus(self) -> None:
        self.search.setFocus()

    def _on_data_changed(self, _what: str) -> None:
        self.reload()

    def _fill_actions(self) -> None:
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("All actions"), None)
        for name in audit.actions(self.session.actor):
            self.action.addItem(action_label(name), name)
        self.action.blockSignals(False)

    def reload(self) -> None:
        days = self.period.currentData()
        since = None if days is None else clock.today() - timedelta(days=days)
        entries = audit.entries(self.session.actor, action=self.action.currentData(), since=since)
        self.model.set_rows([AuditRow(e.id, e.at, e.actor, e.action, e.subject, e.detail)
                             for e in entries])
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self.count.setText(self.tr("%1 of %2 entries").replace("%1", str(self.proxy.rowCount()))
                           .replace("%2", str(self.model.rowCount())))
