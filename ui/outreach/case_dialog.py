"""Dialogs for working a case: record an action, and close it with an outcome (confirmed)."""

from __future__ import annotations

from belteam_gui.common.unsaved import GuardedDialog
from belteam_gui.outreach import words
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from belteam.outreach import cases as outreach


class _CaseForm(GuardedDialog):
    """A choice (combo) and a free text, with OK and Cancel."""

    def __init__(self, title: str, intro: str, choice_label: str,
                 choices: list[tuple[str, str]], text_label: str, ok_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.choice = QComboBox()
        for key, label in choices:
            self.choice.addItem(label, key)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)  # keyboard users leave the box with Tab
        self.text.setFixedHeight(110)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        form = QFormLayout()
        choice_caption = QLabel(choice_label)
        choice_caption.setBuddy(self.choice)
        text_caption = QLabel(text_label)
        text_caption.setBuddy(self.text)
        form.addRow(choice_caption, self.choice)
        form.addRow(text_caption, self.text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.choice.setFocus()

    def chosen(self) -> str:
        return self.choice.currentData()

    def note(self) -> str:
        return self.text.toPlainText().strip()



# Texts built before the dialog exists (self.tr needs a constructed QObject).
TEXTS = {
    "action_title": QT_TRANSLATE_NOOP("CaseDialog", "Add action"),
    "action_intro": QT_TRANSLATE_NOOP("CaseDialog", "What was done for %1?"),
    "action": QT_TRANSLATE_NOOP("CaseDialog", "Ac&tion:"),
    "note": QT_TRANSLATE_NOOP("CaseDialog", "&Note:"),
    "add": QT_TRANSLATE_NOOP("CaseDialog", "&Add"),
    "close_title": QT_TRANSLATE_NOOP("CaseDialog", "Close case"),
    "close_intro": QT_TRANSLATE_NOOP(
        "CaseDialog", "How did it end for %1? Closing records who and when; "
                      "choose the outcome with care."),
    "outcome": QT_TRANSLATE_NOOP("CaseDialog", "&Outcome:"),
    "close": QT_TRANSLATE_NOOP("CaseDialog", "&Close case…"),
}


def _t(key: str, name: str = "") -> str:
    return QCoreApplication.translate("CaseDialog", TEXTS[key]).replace("%1", name)


class AddActionDialog(_CaseForm):
    """What was done for the resident: called the emergency contact, a home visit, ..."""

    def __init__(self, resident_name: str, parent: QWidget | None = None) -> None:
        super().__init__(_t("action_title"), _t("action_intro", resident_name), _t("action"),
                         [(kind, words.action_label(kind)) for kind in outreach.ACTIONS],
                         _t("note"), _t("add"), parent)


class CloseCaseDialog(_CaseForm):
    """Closing is deliberate: pick the outcome, then confirm what it will do."""

    def __init__(self, resident_name: str, parent: QWidget | None = None) -> None:
        super().__init__(_t("close_title"), _t("close_intro", resident_name), _t("outcome"),
                         [(o, words.outcome_label(o)) for o in outreach.OUTCOMES],
                         _t("note"), _t("close"), parent)
        self.resident_name = resident_name
        self.effect = QLabel()
        self.effect.setObjectName("closeEffect")
        self.effect.setWordWrap(True)
        self.effect.setStyleSheet("font-weight: bold;")
        self.layout().insertWidget(2, self.effect)
        self.choice.currentIndexChanged.connect(self._show_effect)
        self._show_effect()

    def effect_text(self) -> str:
        return words.effect_text(self.chosen(), self.resident_name)

    def _show_effect(self) -> None:
        self.effect.setText(self.effect_text())

    def accept(self) -> None:
        if self.confirm():
            super().accept()

    def confirm(self) -> bool:
        """Ask once more, naming the outcome and its effect (tests patch this)."""
        answer = QMessageBox.question(
            self, self.tr("Close case"),
            self.tr("Close the case of %1?\n\n%2").replace("%1", self.resident_name, 1)
            .replace("%2", self.effect_text(), 1),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
