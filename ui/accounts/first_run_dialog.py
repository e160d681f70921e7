"""The very first start: the organisation's name and the first coordinator account."""

from __future__ import annotations

from belteam_gui.accounts.password_fields import NewPasswordFields
from belteam_gui.common.fonts import big
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from belteam.accounts import users as accounts
from belteam.core.actors import Actor
from belteam.core.validation import ValidationError


class FirstRunDialog(QDialog):
    """Shown while no account exists; creates the first coordinator through the service."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Welcome to Belteam"))
        self.setModal(True)
        self.setMinimumWidth(620)
        title = QLabel(self.tr("Welcome to Belteam"))
        title.setProperty("role", "title")
        intro = QLabel(self.tr("This is a new database. Fill in your organisation's name and "
                               "make the first coordinator account; you can add the other "
                               "accounts after that."))
        intro.setWordWrap(True)
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.username = QLineEdit()
        self.username.setObjectName("username")
        form = QFormLayout()
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("Coordinator's &user name"), self.username)
        self.passwords = NewPasswordFields(form)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        for widget in (intro, self.organisation, self.username, self.passwords.password,
                       self.passwords.repeat, self.passwords.hint, self.message):
            big(widget, 14)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and label.widget() is not None:
                big(label.widget(), 14)
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(self.tr("Create and sign in"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("create")
        self.create_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, intro):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.organisation.setFocus()

    def create(self) -> None:
        password, repeat = self.passwords.values()
        try:
            self.actor = accounts.first_run(self.organisation.text(), self.username.text(),
                                            password, repeat)
        except ValidationError as exc:
            self.message.setText("\n".join(exc.errors.values()))
            return
        self.passwords.clear()
        self.accept()
