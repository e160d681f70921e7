"""Form fields checked as you type by the domain's cleaners; errors shown in red under each field."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from belteam.core import phones
from belteam.core.languages import language_name

Cleaner = Callable[[Any], Any]
CONTEXT = "PersonForm"


@dataclass(frozen=True)
class FieldSpec:
    """One field: its service name, label (QT_TRANSLATE_NOOP("PersonForm", ...)) and kind."""

    name: str
    label: str
    kind: str = "text"  # text | phone | date | languages | bool | choice | int
    hint: str = ""  # placeholder, also QT_TRANSLATE_NOOP("PersonForm", ...)
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for kind "choice"
    maximum: int = 200  # for kind "int"


def fill(text: str, *args: object) -> str:
    """Replace %1, %2, … in a translated phrase in one pass (PySide's tr() gives a plain str)."""
    return re.sub(r"%(\d)", lambda m: str(args[int(m[1]) - 1]) if 0 < int(m[1]) <= len(args)
                  else m[0], text)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def dutch_screen() -> bool:
    return QLocale().language() == QLocale.Language.Dutch


def _make_widget(spec: FieldSpec) -> QWidget:
    if spec.kind == "bool":
        return QCheckBox()
    if spec.kind == "choice":
        combo = QComboBox()
        for value, label in spec.choices:
            combo.addItem(tr(label), value)
        return combo
    if spec.kind == "int":
        spin = QSpinBox()
        spin.setRange(0, spec.maximum)
        return spin
    edit = QLineEdit()
    if spec.hint:
        edit.setPlaceholderText(tr(spec.hint))
    return edit


class FieldEditor:
    """A widget for one field plus its red error label; converts stored values to text and back."""

    def __init__(self, spec: FieldSpec, cleaner: Cleaner) -> None:
        self.spec = spec
        self.cleaner = cleaner
        self.widget = _make_widget(spec)
        self.widget.setObjectName(f"field_{spec.name}")
        self.error_label = QLabel()
        self.error_label.setObjectName(f"error_{spec.name}")
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.touched = False
        self.required = self._probe_required()

    def _probe_required(self) -> bool:
        """Required when the domain cleaner refuses an empty value (the rule stays in belteam)."""
        if self.spec.kind in ("bool", "choice", "int"):
            return False
        try:
            self.cleaner("")
        except ValueError:
            return True
        return False

    def value(self) -> Any:
        """The raw value, as the cleaner takes it."""
        widget = self.widget
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QSpinBox):
            return widget.value()
        return widget.text()

    def set_value(self, stored: Any) -> None:
        """Show a stored value (E.164 phone, date, language codes) in readable form."""
        widget = self.widget
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(stored))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(stored)))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(stored or 0))
        else:
            widget.setText(self._as_text(stored))
            widget.setCursorPosition(0)  # a long value shows its beginning, not its end

    def _as_text(self, stored: Any) -> str:
        kind = self.spec.kind
        if stored in (None, ""):
            return ""
        if kind == "phone":
            return phones.display(str(stored))
        if kind == "date" and isinstance(stored, date):
            return stored.strftime("%d-%m-%Y")
        if kind == "languages":
            dutch = dutch_screen()
            return ", ".join(language_name(code, dutch) for code in stored)
        return str(stored)

    def check(self) -> str:
        """The cleaner's message for the current value, '' when it is fine."""
        try:
            self.cleaner(self.value())
        except ValueError as exc:
            return str(exc)
        return ""

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def reformat(self) -> None:
        """Phone fields take the display format once the cursor leaves them."""
        if self.spec.kind == "phone" and not self.check():
            widget = self.widget
            formatted = phones.display(self.cleaner(widget.text()))
            if formatted != widget.text():
                widget.setText(formatted)


class ValidatedForm(QObject):
    """Editors for field specs, validated on every change with the domain cleaners."""

    validity_changed = Signal(bool)

    def __init__(self, specs: Sequence[FieldSpec], cleaners: dict[str, Cleaner],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editors = {s.name: FieldEditor(s, cleaners[s.name]) for s in specs}
        self._problems: dict[str, str] = {}
        self.labels: dict[str, QLabel] = {}  # name -> its caption, for the read-only look
        self._server_errors: dict[str, str] = {}
        self._valid = True
        self.dirty = False
        for editor in self.editors.values():
            self._connect(editor)

    def _connect(self, editor: FieldEditor) -> None:
        widget = editor.widget
        def changed(*_: Any) -> None:
            self._edited(editor.spec.name)
        if isinstance(widget, QCheckBox):
            widget.toggled.connect(changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(changed)
        else:
            widget.textEdited.connect(changed)
            widget.textChanged.connect(lambda *_: self.validate(editor.spec.name))
            widget.editingFinished.connect(editor.reformat)

    def _edited(self, name: str) -> None:
        """The user changed a field: from now on its errors show, and closing asks first."""
        self.editors[name].touched = True
        self.dirty = True
        self._server_errors.pop(name, None)
        self.validate(name)

    def load(self, record: Any) -> None:
        """Fill every field from a stored record (no field counts as edited afterwards)."""
        self.set_values({name: getattr(record, name) for name in self.editors})

    def set_values(self, values: dict[str, Any]) -> None:
        """Show stored values; the fields count as untouched afterwards."""
        for name, value in values.items():
            self.editors[name].set_value(value)
        for editor in self.editors.values():
            editor.touched = False
        self.dirty = False
        self.validate_all()

    def validate(self, name: str) -> None:
        editor = self.editors[name]
        message = self._server_errors.get(name) or editor.check()
        if message:
            self._problems[name] = message
        else:
            self._problems.pop(name, None)
        editor.show_error(message if editor.touched else "")
        self._update_validity()

    def validate_all(self) -> None:
        for name in self.editors:
            self.validate(name)

    def _update_validity(self) -> None:
        valid = not self._problems
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def is_valid(self) -> bool:
        return not self._problems

    def problems(self) -> dict[str, str]:
        return dict(self._problems)

    def missing_required(self) -> list[str]:
        """Labels of required fields not yet filled in (their errors are not shown yet)."""
        return [tr(e.spec.label) for n, e in self.editors.items()
                if n in self._problems and not e.touched and e.required]

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show the service's ValidationError messages (e.g. a duplicate code) on the fields."""
        self._server_errors = {n: m for n, m in errors.items() if n in self.editors}
        for name in self._server_errors:
            self.editors[name].touched = True
        self.validate_all()

    def data(self) -> dict[str, Any]:
        """Raw values for the service, which cleans them once more."""
        return {name: editor.value() for name, editor in self.editors.items()}

    def set_read_only(self, read_only: bool) -> None:
        """Only reading: a card, not a form. Text stays black and selectable, without edit
        boxes (the style sheet draws a read-only field flat) or required-field stars; what
        has no read-only mode is disabled."""
        for name, editor in self.editors.items():
            widget = editor.widget
            if isinstance(widget, QLineEdit):  # an example in an empty field is no value
                if widget.property("editPlaceholder") is None:
                    widget.setProperty("editPlaceholder", widget.placeholderText())
                widget.setPlaceholderText("" if read_only else widget.property("editPlaceholder"))
            if isinstance(widget, QLineEdit | QSpinBox):
                widget.setReadOnly(read_only)
                widget.setToolTip(widget.text() if read_only else "")
                if isinstance(widget, QSpinBox):
                    widget.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons if read_only
                                            else QSpinBox.ButtonSymbols.UpDownArrows)
                widget.setFrame(not read_only)
            else:
                widget.setEnabled(not read_only)
            widget.setProperty("readOnlyCard", read_only)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            label = self.labels.get(name)
            if label is not None:
                label.setText(tr(editor.spec.label) + (" *" if editor.required and not read_only else ""))

    def group(self, title: str, names: Sequence[str]) -> QGroupBox:
        """A titled box with a form of the named fields, each error shown under its field."""
        box = QGroupBox(tr(title))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            editor = self.editors[name]
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor.widget)
            column.addWidget(editor.error_label)
            if isinstance(editor.widget, QCheckBox):
                # The text sits on the box itself, so clicking the words ticks it too.
                editor.widget.setText(tr(editor.spec.label))
                form.addRow("", cell)
                continue
            label = QLabel(tr(editor.spec.label) + (" *" if editor.required else ""))
            label.setBuddy(editor.widget)
            editor.widget.setAccessibleName(tr(editor.spec.label))  # the label sits elsewhere
            self.labels[editor.spec.name] = label
            form.addRow(label, cell)
        return box
