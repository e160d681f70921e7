"""The Settings screen: every rule's threshold and the screen language, built from
belteam.settings.store.OPTIONS; the service checks the role and the ranges."""

from __future__ import annotations

from typing import Any

from belteam_gui.app import i18n
from belteam_gui.app.session import Session
from belteam_gui.settings.editors import SettingEditor, domain
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from belteam.core.actors import PermissionDenied
from belteam.settings import store as settings
from belteam.settings.store import GROUPS, OPTIONS, SettingError

# Which groups go in the left and the right column (they fit 1366×768 without scrolling).
COLUMNS = (("organisation", "calls", "reminders"), ("follow_up", "privacy"))


def confirm_restore(parent: QWidget) -> bool:
    """Ask before putting every setting back to its default (tests patch this)."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("SettingsPage", "Restore defaults"),
        QCoreApplication.translate("SettingsPage",
                                   "Put every setting back to its default value and save?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class SettingsPage(QWidget):
    """Editors for all settings in group boxes; Save (Ctrl+S) stores what changed."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editors = {key: SettingEditor(option, self) for key, option in OPTIONS.items()}
        self.groups: dict[str, QGroupBox] = {}
        self._stored: dict[str, Any] = {}
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.status = QLabel()
        self.status.setObjectName("settings_status")
        self.status.setWordWrap(True)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_defaults)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self._build()
        for editor in self.editors.values():
            editor.edited.connect(self._edited)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        session.data_changed.connect(self._data_changed)
        self.retranslate()
        self.reload()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        columns = QHBoxLayout()
        for keys in COLUMNS:
            column = QVBoxLayout()
            for group in keys:
                column.addWidget(self._group_box(group))
            column.addStretch(1)
            columns.addLayout(column, 1)
        body = QWidget()
        body.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        top = QHBoxLayout()  # the buttons beside the title leave the groups room to fit
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.status, 1)
        top.addWidget(self.restore_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def _group_box(self, group: str) -> QGroupBox:
        box = QGroupBox()
        box.setObjectName(f"group_{group}")
        grid = QGridLayout(box)
        grid.setColumnStretch(0, 1)
        grid.setVerticalSpacing(1)
        grid.setContentsMargins(10, 6, 10, 6)
        row = 0
        for editor in (e for e in self.editors.values() if e.option.group == group):
            if row:
                grid.setRowMinimumHeight(row, 6)  # air between one setting and the next
                row += 1
            grid.addWidget(editor.label, row, 0)
            grid.addWidget(editor.widget, row, 1, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(editor.help, row + 1, 0, 1, 2)
            grid.addWidget(editor.error, row + 2, 0, 1, 2)
            row += 3
        self.groups[group] = box
        return box

    def retranslate(self) -> None:
        """Every text on the screen in the current language (also right after changing it)."""
        self.title.setText(self.tr("Settings"))
        self.restore_button.setText(self.tr("&Restore defaults…"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the changed settings (Ctrl+S)"))
        for group, box in self.groups.items():
            box.setTitle(domain(GROUPS[group]).replace("&", "&&"))  # not a mnemonic
        for editor in self.editors.values():
            editor.retranslate()

    def initial_focus(self) -> None:
        next(iter(self.editors.values())).widget.setFocus()

    # -- values ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Show the stored values; nothing counts as changed afterwards."""
        self._stored = settings.all_values()
        for key, editor in self.editors.items():
            editor.set_value(self._stored[key])
            editor.show_error("")
        self._update_buttons()

    def changed(self) -> dict[str, Any]:
        """The settings whose editor differs from what is stored."""
        return {key: editor.value() for key, editor in self.editors.items()
                if editor.value() != self._stored[key]}

    def _edited(self, key: str) -> None:
        self.editors[key].show_error("")
        self._show_status("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(bool(self.changed()))

    def _data_changed(self, what: str) -> None:
        if what == "settings" and not self.changed():
            self.reload()  # changed elsewhere (or saved here): show what is stored now

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status.setProperty("role", "error" if error else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the changed settings; nothing is stored while any of them is refused."""
        changed = self.changed()
        if not changed:
            return True
        errors: dict[str, str] = {}
        for key, value in changed.items():
            try:
                settings.clean(key, value)
            except SettingError as exc:
                errors[key] = exc.errors[key]
        for key, editor in self.editors.items():
            editor.show_error(errors.get(key, ""))
        if errors:
            self.editors[next(iter(errors))].widget.setFocus()
            self._show_status(self.tr("Nothing was saved: correct the settings marked in red."), True)
            return False
        try:
            for key, value in changed.items():
                self._stored[key] = settings.set_value(self.session.actor, key, value)
        except PermissionDenied as exc:
            self._show_status(str(exc), True)
            return False
        self._apply(changed)
        return True

    def _apply(self, changed: dict[str, Any]) -> None:
        """Let the rest of the window follow the new values."""
        message = self.tr("The settings were saved.")
        if "organisation_name" in changed:
            self.session.organisation = self._stored["organisation_name"]
        if "language" in changed:
            i18n.install(i18n.pick_language(self._stored["language"]))
            self.retranslate()
            message = self.tr("The settings were saved. The screen language has changed; some "
                              "texts change when you open a screen again.")
        self._update_buttons()
        self._show_status(message)
        self.session.changed("settings")

    def restore_defaults(self) -> bool:
        """After confirmation, put every setting back to its default and save."""
        if not confirm_restore(self):
            return False
        for key, editor in self.editors.items():
            editor.set_value(OPTIONS[key].default)
            editor.show_error("")
        return self.save()
