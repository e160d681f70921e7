"""Dialogs of the accounts screen: add an account, set a new password, link a volunteer."""

from __future__ import annotations

from belteam_gui.accounts.password_fields import NewPasswordFields
from belteam_gui.common.unsaved import GuardedDialog
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
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
from belteam.people import service as people

ROLE_LABELS = {"coordinator": QT_TRANSLATE_NOOP("AddAccountDialog", "Coordinator"),
               "staff": QT_TRANSLATE_NOOP("AddAccountDialog", "Staff (outreach)"),
               "volunteer": QT_TRANSLATE_NOOP("AddAccountDialog", "Volunteer")}


def volunteer_choices(actor: Actor) -> list[tuple[int, str]]:
    return [(pk, f"{name} ({code})") for pk, name, code in people.volunteer_names(actor)]


class _FormDialog(GuardedDialog):
    """A form with an error line and OK/Cancel; subclasses implement ``save``."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _ok(self) -> None:
        try:
            self.save()
        except (ValidationError, LookupError) as exc:
            text = "\n".join(exc.errors.values()) if isinstance(exc, ValidationError) else str(exc)
            self.message.setText(text)
            return
        self.accept()

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


def _volunteer_combo(actor: Actor, current: int | None = None) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("volunteer")
    combo.addItem("—", None)
    for pk, label in volunteer_choices(actor):
        combo.addItem(label, pk)
        if pk == current:
            combo.setCurrentIndex(combo.count() - 1)
    return combo


class AddAccountDialog(_FormDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Add an account"))
        self.actor = actor
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role, label in ROLE_LABELS.items():
            self.role.addItem(self.tr(label), role)
        # Most accounts are callers; the least rights by default, so a hurried OK gives no more.
        self.role.setCurrentIndex(self.role.findData("volunteer"))
        self.volunteer = _volunteer_combo(actor)
        self.form.addRow(self.tr("&User name"), self.username)
        self.form.addRow(self.tr("Ro&le"), self.role)
        self.form.addRow(self.tr("&Volunteer record"), self.volunteer)
        self.passwords = NewPasswordFields(self.form)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()

    def _role_changed(self) -> None:
        self.volunteer.setEnabled(self.role.currentData() == "volunteer")

    def save(self) -> None:
        password, repeat = self.passwords.values()
        role = self.role.currentData()
        volunteer = self.volunteer.currentData() if role == "volunteer" else None
        accounts.create_user(self.actor, self.username.text(), role, password, volunteer, repeat)


class ResetPasswordDialog(_FormDialog):
    def __init__(self, actor: Actor, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("New password for %1").replace("%1", username))
        self.actor, self.username = actor, username
        self.passwords = NewPasswordFields(self.form)

    def save(self) -> None:
        password, repeat = self.passwords.values()
        accounts.reset_password(self.actor, self.username, password, repeat)


class ChangeOwnPasswordDialog(_FormDialog):
    """File → Change my password: the current one first, then the new one twice."""

    def __init__(self, actor: Actor, parent: QWidget | None = None,
                 one_time: str | None = None) -> None:
        super().__init__(parent, self.tr("Change my password"))
        self.actor = actor
        self.current = QLineEdit()
        self.current.setObjectName("current_password")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        if one_time is None:
            self.form.addRow(self.tr("C&urrent password"), self.current)
        else:  # right after signing in with a one-time password: it was just typed
            self.current.setText(one_time)
            self.form.addRow(QLabel(self.tr("You signed in with a one-time password. "
                                            "Choose your own password now.")))
        self.passwords = NewPasswordFields(self.form)

    def save(self) -> None:
        password, repeat = self.passwords.values()
        accounts.change_own_password(self.actor, self.current.text(), password, repeat)


class LinkVolunteerDialog(_FormDialog):
    def __init__(self, actor: Actor, username: str, current: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Link %1 to a volunteer").replace("%1", username))
        self.actor, self.username = actor, username
        self.volunteer = _volunteer_combo(actor, current)
        self.form.addRow(self.tr("&Volunteer record"), self.volunteer)

    def save(self) -> None:
        accounts.link_volunteer(self.actor, self.username, self.volunteer.currentData())
