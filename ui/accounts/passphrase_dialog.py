"""The passphrase of an encrypted database, asked before anything opens."""

from __future__ import annotations

import os
from collections.abc import Callable

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

from belteam.core.errors import DatabaseError
from belteam.privacy import encryption

MAX_TRIES = 5

# (file path, new file?, message from the last try) -> the passphrase, or None for Cancel.
Ask = Callable[[str, bool, str], "str | None"]


class PassphraseCancelled(Exception):
    """Cancel in the passphrase dialog: the program stops without opening anything."""


class PassphraseDialog(QDialog):
    """One passphrase for an existing file; for a new file twice, with a warning."""

    def __init__(self, path: str, new: bool = False, message: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.setModal(True)
        self.setMinimumWidth(560)
        self.setWindowTitle(self.tr("Encrypted database — Belteam"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro(path))
        if new:
            layout.addWidget(self._warning())
        layout.addLayout(self._fields())
        self.message = self._label(message, "error")
        self.message.setObjectName("message")
        self.message.setAccessibleName(self.tr("Passphrase message"))
        layout.addWidget(self.message)
        layout.addWidget(self._buttons())
        self.passphrase.setFocus()
        self._update()

    def _label(self, text: str, role: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        if role:
            label.setProperty("role", role)
        big(label)
        return label

    def _intro(self, path: str) -> QLabel:
        text = (self.tr("A new encrypted database will be made in %1. Choose a passphrase and "
                        "type it twice.") if self.new
                else self.tr("The database %1 is encrypted. Type its passphrase to open it."))
        return self._label(text.replace("%1", path))

    def _warning(self) -> QLabel:
        warning = self._label(self.tr(
            "Write the passphrase down and keep it in a safe place. If it is lost, nobody can "
            "recover the data: not the coordinator, not the makers of Belteam."), "error")
        warning.setObjectName("warning")
        return warning

    def _fields(self) -> QFormLayout:
        form = QFormLayout()
        self.passphrase = self._secret("passphrase")
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        self.repeat: QLineEdit | None = None
        if self.new:
            self.repeat = self._secret("repeat_passphrase")
            form.addRow(self.tr("&Repeat passphrase"), self.repeat)
        for row in range(form.rowCount()):
            big(form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget())
        return form

    def _secret(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.textChanged.connect(self._update)
        big(field)
        return field

    def _buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox()
        label = self.tr("Create") if self.new else self.tr("Open")  # nothing exists to open yet
        self.open_button = self.buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("open")
        self.open_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel")
        for button in (self.open_button, cancel):
            big(button, 14)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def problem(self) -> str | None:
        """Why Open is not possible yet (None when it is)."""
        text = self.passphrase.text()
        if self.repeat is None:
            return None if text else ""
        return encryption.new_passphrase_problem(text, self.repeat.text())

    def _update(self) -> None:
        problem = self.problem()
        self.open_button.setEnabled(problem is None)
        # Only once something is typed: an empty form needs no telling off.
        if self.repeat is not None and (self.passphrase.text() or self.repeat.text()):
            self.message.setText(problem or "")

    def accept(self) -> None:
        if self.problem() is None:  # Enter in a field must not slip past a disabled Open
            super().accept()

    def value(self) -> str:
        return self.passphrase.text()


def ask_passphrase(path: str, new: bool, message: str = "") -> str | None:
    """Show the dialog; the passphrase, or None when cancelled."""
    dialog = PassphraseDialog(path, new, message)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def needs_passphrase(url: str) -> bool:
    """An encrypted database whose key is not in BELTEAM_DB_KEY."""
    return url.startswith(encryption.SQLCIPHER_PREFIX) and not os.environ.get(encryption.KEY_ENV)


def open_with_passphrase(url: str, open_db: Callable[[str], object],
                         ask: Ask | None = None) -> None:
    """Ask, then ``open_db(url)`` with that key; a wrong key is said and asked again, at most
    MAX_TRIES times (then the last DatabaseError is raised). Cancel raises PassphraseCancelled."""
    path = encryption.sqlcipher_path(url)
    message = ""
    for _ in range(MAX_TRIES):
        new = encryption.is_new_file(path)
        passphrase = (ask or ask_passphrase)(path, new, message)
        if passphrase is None:
            raise PassphraseCancelled()
        try:
            with encryption.key_given(passphrase):
                open_db(url)
            return
        except DatabaseError as exc:
            message = str(exc)
    raise DatabaseError(message)
