"""A new password typed twice, with a strength hint (the rules are in belteam.accounts)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar

from belteam import accounts

STRENGTH_WORDS = [QT_TRANSLATE_NOOP("PasswordFields", "Too short or too simple"),
                  QT_TRANSLATE_NOOP("PasswordFields", "Weak"),
                  QT_TRANSLATE_NOOP("PasswordFields", "Fair"),
                  QT_TRANSLATE_NOOP("PasswordFields", "Good"),
                  QT_TRANSLATE_NOOP("PasswordFields", "Strong")]


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("PasswordFields", text, "", n)


class NewPasswordFields:
    """Adds 'password', 'repeat' and a strength bar to a form layout."""

    def __init__(self, form: QFormLayout) -> None:
        self.password = QLineEdit()
        self.password.setObjectName("new_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat_password")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.hint = QLabel()
        self.hint.setObjectName("strength_hint")
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        form.addRow(tr("New &password"), self.password)
        form.addRow(tr("&Repeat password"), self.repeat)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        self.password.textChanged.connect(self.update_hint)
        self.update_hint("")

    def update_hint(self, text: str) -> None:
        score = accounts.password_strength(text)
        self.meter.setValue(score)
        if len(text) < accounts.MIN_PASSWORD_LENGTH:
            self.hint.setText(tr("At least %n characters. A few words together are easy to "
                                 "remember and hard to guess.", accounts.MIN_PASSWORD_LENGTH))
        else:
            self.hint.setText(tr("Strength: %1").replace("%1", tr(STRENGTH_WORDS[score])))

    def values(self) -> tuple[str, str]:
        return self.password.text(), self.repeat.text()

    def clear(self) -> None:
        self.password.clear()
        self.repeat.clear()
