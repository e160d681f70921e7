"""Signing in, and the inactivity lock (the same dialog with the user name fixed)."""

from __future__ import annotations

from collections.abc import Callable

from belteam_gui.accounts.account_dialogs import ChangeOwnPasswordDialog
from belteam_gui.accounts.first_run_dialog import FirstRunDialog
from belteam_gui.common.fonts import big
from PySide6.QtCore import Qt
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

# (user name, password) -> Actor, raising accounts.SignInError with a message to show.
Verify = Callable[[str, str], Actor]


class SignInDialog(QDialog):
    """User name and password; ``locked_user`` turns it into the lock screen for that user."""

    # Asked at once after a sign-in with a one-time password (tests swap in a stand-in).
    change_dialog = ChangeOwnPasswordDialog

    def __init__(self, parent: QWidget | None = None, organisation: str = "",
                 locked_user: str | None = None, verify: Verify | None = None) -> None:
        super().__init__(parent)
        self.actor: Actor | None = None
        self.locked_user = locked_user
        self._verify = verify or (lambda name, pw: accounts.sign_in(
            name, pw, where="unlock" if locked_user else "window"))
        self.setModal(True)
        self.setMinimumWidth(520)
        self._build(organisation)

    def _build(self, organisation: str) -> None:
        self.setWindowTitle(self.tr("Locked — Belteam") if self.locked_user
                            else self.tr("Sign in — Belteam"))
        title = QLabel(organisation or "Belteam")
        title.setProperty("role", "title")
        intro = QLabel(self.tr("The window was locked because nobody used it for a while. "
                               "Type your password to go on; nothing you typed is lost.")
                       if self.locked_user else self.tr("Sign in with your user name and password."))
        intro.setWordWrap(True)
        self.username = QLineEdit(self.locked_user or "")
        self.username.setObjectName("username")
        self.username.setReadOnly(self.locked_user is not None)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Sign-in message"))
        for widget in (intro, self.username, self.password, self.message):
            big(widget)
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            big(label)
        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton(
            self.tr("Unlock") if self.locked_user else self.tr("Sign in"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("sign_in")
        self.sign_in_button.setDefault(True)
        big(self.sign_in_button, 14)
        if not self.locked_user:
            cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            big(cancel, 14)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if self.locked_user else self.username).setFocus()

    def try_sign_in(self) -> None:
        """Check the password; on failure show why and keep the dialog open."""
        name = self.username.text().strip()
        if not name or not self.password.text():
            self.say(self.tr("Fill in your user name and password."))
            return
        try:
            actor = self._verify(name, self.password.text())
        except accounts.SignInError as exc:
            self.say(self._translate_error(str(exc)))
            self.password.clear()
            self.password.setFocus()
            return
        typed = self.password.text()
        self.password.clear()  # the password does not stay in the widget
        if accounts.must_change_password(actor) and not self._own_password(actor, typed):
            return
        self.actor = actor
        self.accept()

    def _own_password(self, actor: Actor, one_time: str) -> bool:
        """A one-time password: the new one is chosen before anything else opens."""
        dialog = self.change_dialog(actor, self, one_time=one_time)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return True
        accounts.sign_out(actor)
        self.say(self.tr("First choose your own password; until then you cannot go on."))
        return False

    def say(self, text: str) -> None:
        """Show why signing in failed; the dialog grows so a long (Dutch) message fits whole."""
        self.message.setText(text)
        self.layout().activate()
        self.adjustSize()

    def _translate_error(self, text: str) -> str:
        """The domain's messages, in the screen's language."""
        if text == accounts.WRONG:
            return self.tr("The user name or the password is not right.")
        if text == accounts.DISABLED:
            return self.tr("This account is switched off. Ask the coordinator.")
        if "locked" in text:
            return self.tr("Too many failed sign-ins: signing in is locked for %1 minutes. "
                           "Try again later or ask the coordinator.").replace(
                               "%1", str(accounts.LOCK_MINUTES))
        return text

    def reject(self) -> None:
        # The lock screen cannot be closed with Esc: the work behind it stays safe.
        if self.locked_user is None:
            super().reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.locked_user and event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)


def ask_actor(parent: QWidget | None = None, organisation: str = "") -> Actor | None:
    """First run on an empty database, else the sign-in dialog; None when cancelled."""
    if not accounts.has_users():
        dialog = FirstRunDialog(parent)
    else:
        dialog = SignInDialog(parent, organisation)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor


def switch_user(parent: QWidget, session) -> Actor | None:
    """File ▸ Sign out / switch user: a new sign-in; Cancel keeps whoever is signed in."""
    dialog = SignInDialog(parent, session.organisation)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    accounts.sign_out(session.actor)
    session.set_actor(dialog.actor)
    return dialog.actor
