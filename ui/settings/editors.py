"""One editor per setting, chosen from its declared type (belteam.settings.store.OPTIONS)."""

from __future__ import annotations

from typing import Any

from belteam_gui.common.date_time_fields import TimeField
from PySide6.QtCore import QCoreApplication, QObject, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from belteam.settings.store import Option

SPIN_RANGE = (0, 99_999)  # for a whole-number setting declared without a range
SPIN_WIDTH = 120


def domain(text: str) -> str:
    """A label, help text or group name from belteam.settings.store, in the screen's language."""
    return QCoreApplication.translate("Domain", text) if text else ""


def _language_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem("", "")  # "Follow the system": its text is set in retranslate()
    # Each language in its own words, so people can find theirs whatever the screen shows.
    combo.addItem("Nederlands", "nl")
    combo.addItem("English", "en")
    return combo


def _make_widget(option: Option) -> QWidget:
    if option.key == "language":
        return _language_combo()
    if option.key == "reminder_time":
        edit = TimeField()
        edit.setFixedWidth(SPIN_WIDTH)
        return edit
    if option.type is bool:
        return QCheckBox()
    if option.type is int:
        spin = QSpinBox()
        low = SPIN_RANGE[0] if option.minimum is None else option.minimum
        spin.setRange(low, SPIN_RANGE[1] if option.maximum is None else option.maximum)
        spin.setAccelerated(True)
        spin.setFixedWidth(SPIN_WIDTH)  # the same width in every group lines them up
        return spin
    edit = QLineEdit()
    edit.setMinimumWidth(280)
    return edit


class SettingEditor(QObject):
    """The widget for one setting with its label, help line and red error line."""

    edited = Signal(str)  # the setting's key

    def __init__(self, option: Option, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.option = option
        self.widget = _make_widget(option)
        self.widget.setObjectName(f"setting_{option.key}")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setBuddy(self.widget)
        self.help = QLabel()
        self.help.setProperty("role", "hint")
        self.help.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName(f"error_{option.key}")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self._connect()
        self.retranslate()

    def _connect(self) -> None:
        widget = self.widget
        signal = {QComboBox: "currentIndexChanged", TimeField: "timeChanged",
                  QCheckBox: "toggled", QSpinBox: "valueChanged", QLineEdit: "textEdited"}
        name = next(sig for kind, sig in signal.items() if isinstance(widget, kind))
        getattr(widget, name).connect(lambda *_: self.edited.emit(self.option.key))

    def retranslate(self) -> None:
        self.label.setText(domain(self.option.label))
        self.help.setText(domain(self.option.help))
        self.widget.setToolTip(domain(self.option.help))
        self.widget.setAccessibleName(domain(self.option.label))
        if self.option.key == "language":
            self.widget.setItemText(0, QCoreApplication.translate("SettingsPage", "Follow the system"))

    def value(self) -> Any:
        """What the widget shows, as the setting takes it."""
        widget = self.widget
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, TimeField):
            return widget.time().toString("HH:mm")
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox):
            return widget.value()
        return widget.text().strip()

    def set_value(self, value: Any) -> None:
        """Show a stored value (without counting as an edit)."""
        widget = self.widget
        widget.blockSignals(True)
        try:
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, TimeField):
                moment = QTime.fromString(str(value), "HH:mm")
                widget.setTime(moment if moment.isValid() else QTime(8, 30))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            else:
                widget.setText(str(value))
        finally:
            widget.blockSignals(False)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
