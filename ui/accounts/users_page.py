"""The coordinator's accounts screen: list, add, new password, switch off/on, link volunteer."""

from __future__ import annotations

from typing import NamedTuple

from belteam_gui.accounts.account_dialogs import (
    ROLE_LABELS,
    AddAccountDialog,
    LinkVolunteerDialog,
    ResetPasswordDialog,
)
from belteam_gui.accounts.audit_page import set_widths
from belteam_gui.app.session import Session
from belteam_gui.common.table_model import Column, RowsTableModel
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from belteam.accounts import users as accounts
from belteam.core.validation import ValidationError

CTX = "UsersPage"  # the Columns' context; lupdate needs the literal in each call


class AccountRow(NamedTuple):
    username: str
    role: str
    volunteer: str
    volunteer_id: int | None
    disabled: bool
    locked: bool


def _status(row: AccountRow) -> str:
    if row.disabled:
        return QCoreApplication.translate("UsersPage", "Switched off")
    if row.locked:
        return QCoreApplication.translate("UsersPage", "Locked for a few minutes")
    return QCoreApplication.translate("UsersPage", "Active")


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("UsersPage", "User name"), lambda r: r.username, width=16, context=CTX),
    Column(QT_TRANSLATE_NOOP("UsersPage", "Role"), lambda r: QCoreApplication.translate(
        "AddAccountDialog", ROLE_LABELS.get(r.role, r.role)), width=18, context=CTX),
    Column(QT_TRANSLATE_NOOP("UsersPage", "Volunteer"), lambda r: r.volunteer, width=30, context=CTX),
    Column(QT_TRANSLATE_NOOP("UsersPage", "Status"), _status, width=14, context=CTX),
]


def account_rows(session: Session) -> list[AccountRow]:
    now_rows = []
    for user in accounts.users(session.actor):
        row = accounts.user_row(user)
        label = f"{user.volunteer.name} ({user.volunteer.code})" if user.volunteer_id else ""
        now_rows.append(AccountRow(row["username"], row["role"], label, user.volunteer_id,
                                   row["disabled"], row["locked"]))
    return now_rows


class UsersPage(QWidget):
    """Accounts as a table with the coordinator's actions beside it."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.model = RowsTableModel(COLUMNS, dimmed=lambda r: r.disabled, parent=self)
        self.view = QTableView()
        self.view.setObjectName("accounts")
        self.view.setAccessibleName(self.tr("Accounts"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        set_widths(self.view, COLUMNS)
        title = QLabel(self.tr("Accounts"))
        title.setProperty("role", "title")
        self.add_button = QPushButton(self.tr("&Add…"))
        self.reset_button = QPushButton(self.tr("New &password…"))
        self.toggle_button = QPushButton(self.tr("Switch &off"))
        self.link_button = QPushButton(self.tr("&Link to volunteer…"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.toggle_button, self.link_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add)
        self.reset_button.clicked.connect(self.reset_password)
        self.toggle_button.clicked.connect(self.toggle)
        self.link_button.clicked.connect(self.link)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        session.data_changed.connect(self._changed)
        self.reload()

    def initial_focus(self) -> None:
        self.view.setFocus()

    def _changed(self, what: str) -> None:
        if what in ("accounts", "people"):
            self.reload()

    def reload(self) -> None:
        selected = self.selected()
        self.model.set_rows(account_rows(self.session))
        if selected:
            self.select(selected.username)
        self._update_buttons()

    def selected(self) -> AccountRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select(self, username: str) -> None:
        for number, row in enumerate(self.model.rows()):
            if row.username == username:
                self.view.selectRow(number)

    def _update_buttons(self, *_args) -> None:
        row = self.selected()
        for button in (self.reset_button, self.toggle_button, self.link_button):
            button.setEnabled(row is not None)
        self.link_button.setEnabled(row is not None and row.role == "volunteer")
        self.toggle_button.setText(self.tr("Switch o&n") if row and row.disabled
                                   else self.tr("Switch &off"))

    def _run(self, dialog: QDialog, done: str) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.message.setText(done)
            self.session.changed("accounts")

    def add(self) -> None:
        dialog = AddAccountDialog(self.session.actor, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.changed("accounts")
            self.select(dialog.username.text().strip())

    def reset_password(self) -> None:
        row = self.selected()
        if row:
            self._run(ResetPasswordDialog(self.session.actor, row.username, self),
                      self.tr("New password set for %1.").replace("%1", row.username))

    def link(self) -> None:
        row = self.selected()
        if row:
            self._run(LinkVolunteerDialog(self.session.actor, row.username, row.volunteer_id, self),
                      self.tr("Volunteer link changed for %1.").replace("%1", row.username))

    def toggle(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not row.disabled:
            answer = QMessageBox.question(
                self, self.tr("Switch off account"),
                self.tr("Switch off the account %1? It can be switched on again later.")
                .replace("%1", row.username))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            accounts.set_disabled(self.session.actor, row.username, not row.disabled)
        except ValidationError as exc:
            self.message.setText("\n".join(exc.errors.values()))
            return
        self.session.changed("accounts")

