"""A new password typed twice, with a strength hint (the rules are in belteam.accounts.users)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar

from belteam.accounts import users as accounts

STRENGTH_WORDS = [QT_TRANSLATE_NOOP("PasswordFields", "Too short or too simple"),
                  QT_TRANSLATE_NOOP("PasswordFields", "Weak"),
                  QT_TRANSLATE_NOOP("PasswordFields", "Fair"),
                  QT_TRANSLATE_NOOP("PasswordFields", "Good"),
                  QT_TRANSLATE_NOOP("PasswordFields", "Strong")]


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
        form.addRow(QCoreApplication.translate("PasswordFields", "New &password"), self.password)
        form.addRow(QCoreApplication.translate("PasswordFields", "&Repeat password"),
                    self.repeat)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        self.password.textChanged.connect(self.update_hint)
        self.update_hint("")

    def update_hint(self, text: str) -> None:
        score = accounts.password_strength(text)
        self.meter.setValue(score)
        if len(text) < accounts.MIN_PASSWORD_LENGTH:
            # %1, not %n: the minimum is never 1, so no plural forms are needed.
            hint = QCoreApplication.translate("PasswordFields", "At least %1 characters. A few "
                                              "words together are easy to remember and hard to "
                                              "guess.")
            self.hint.setText(hint.replace("%1", str(accounts.MIN_PASSWORD_LENGTH)))
        else:
            word = QCoreApplication.translate("PasswordFields", STRENGTH_WORDS[score])
            self.hint.setText(QCoreApplication.translate("PasswordFields", "Strength: %1")
                              .replace("%1", word))

    def values(self) -> tuple[str, str]:
        return self.password.text(), self.repeat.text()

    def clear(self) -> None:
        self.password.clear()
        self.repeat.clear()
