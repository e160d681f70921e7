"""Screen readers: a control without an accessible name takes the words a sighted person
reads next to it (its label, or the hint inside an empty field)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget


def _plain(text: str) -> str:
    """A caption as spoken: no mnemonic '&', no required '*', no trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(" *:").strip()


def name_unnamed(root: QWidget) -> None:
    """Name every control under ``root`` that has no accessible name yet, from its label."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName() and label.text().strip():
            buddy.setAccessibleName(_plain(label.text()))
    for edit in root.findChildren(QLineEdit):
        if not edit.accessibleName() and edit.placeholderText():
            edit.setAccessibleName(_plain(edit.placeholderText()))


class NameFromLabels(QObject):
    """Names the controls of every window as it is shown."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
            name_unnamed(obj)
        return False


def install(app: QApplication) -> NameFromLabels:
    namer = NameFromLabels(app)
    app.installEventFilter(namer)
    return namer
