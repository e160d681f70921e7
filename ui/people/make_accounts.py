"""Volunteers ▸ Make accounts…: one-time passwords for volunteers without an account, shown once."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belteam.accounts import letters, onetime
from belteam.core.actors import Actor

# Where the letters go: asks for a file name ("" = cancelled); tests pass a fixed path.
AskPath = Callable[[QDialog], str]


class OneTimePasswordsDialog(QDialog):
    """The new accounts and their passwords, shown this once, with Print letters…"""

    def __init__(self, made: Sequence[onetime.OneTimeAccount], parent: QWidget | None = None,
                 ask_path: AskPath | None = None) -> None:
        super().__init__(parent)
        self.made = list(made)
        self.ask_path = ask_path or OneTimePasswordsDialog.ask_letters_path
        self.setWindowTitle(self.tr("New accounts"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("These passwords are shown only now. Give each volunteer theirs "
                               "(or print the letters); they choose their own at first sign-in."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.made), 3)
        self.table.setObjectName("one_time_passwords")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Volunteer"), self.tr("User name"), self.tr("One-time password")])
        for row, account in enumerate(self.made):
            for column, text in enumerate((account.volunteer_name, account.username,
                                           account.password)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print letters…"))
        self.print_button.clicked.connect(self.print_letters)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.message, buttons):
            layout.addWidget(widget)

    def ask_letters_path(self) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Print letters"), "brieven.pdf", self.tr("PDF (*.pdf)"))
        return path

    def print_letters(self) -> None:
        path = self.ask_path(self)
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            letters.write(path, self.made)
        except OSError as exc:
            self.message.setText(self.tr("The letters could not be saved: %1").replace(
                "%1", exc.strerror or str(exc)))
            return
        self.message.setText(self.tr("Letters saved in %1.").replace("%1", path))


class ForWhomBox(QMessageBox):
    """For whom: every volunteer without an account, or only the selected one."""

    def __init__(self, parent: QWidget, with_selected: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make accounts"))
        self.setText(self.tr("Make accounts with a one-time password for volunteers who "
                             "have none?"))
        self.everyone = self.addButton(self.tr("&All without an account"),
                                       QMessageBox.ButtonRole.AcceptRole)
        self.one = (self.addButton(self.tr("Only the &selected volunteer"),
                                   QMessageBox.ButtonRole.AcceptRole) if with_selected else None)
        self.addButton(QMessageBox.StandardButton.Cancel)

    def none_left(self) -> None:
        QMessageBox.information(self.parentWidget(), self.tr("Make accounts"),
                                self.tr("Every chosen volunteer has an account already."))


def make_accounts(actor: Actor, parent: QWidget, selected_id: int | None,
                  ask_path: AskPath | None = None) -> list:
    """Ask for whom, make the accounts, then show the passwords once."""
    box = ForWhomBox(parent, selected_id is not None)
    box.exec()
    if box.clickedButton() is box.everyone:
        ids = None
    elif box.one is not None and box.clickedButton() is box.one:
        ids = [selected_id]
    else:
        return []
    made = onetime.create_accounts_for(actor, ids)
    if not made:
        box.none_left()
        return []
    dialog = OneTimePasswordsDialog(made, parent, ask_path)
    dialog.exec()
    dialog.deleteLater()
    return made
