"""The fields of a call note: outcome, note, wellbeing, topics and flags — keyboard first.

Every choice has a mnemonic (Alt+letter) that does not clash with another one on the form:
outcomes R N B V W D A, note O, wellbeing E, topics L H G Y I F M, flags C P U T, save S.
"""

from __future__ import annotations

from typing import Any

from belteam_gui.common import zoom
from belteam_gui.common.call_words import OUTCOME_LABELS, TOPIC_LABELS, outcome_label, topic_label
from belteam_gui.common.plan_words import fill
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

OUTCOMES = tuple(OUTCOME_LABELS)  # the order of the buttons: reached first
TOPICS = tuple(TOPIC_LABELS)
FLAGS = ("wants_again", "practical_help", "concern", "confidential")
FLAG_DEFAULTS = {"wants_again": True, "practical_help": False, "concern": False,
                 "confidential": False}
OUTCOME_COLUMNS = 4
NOTE_LINES = 4  # the note is the biggest field: room for a few sentences


def _bigger(widget: QWidget, points: int = 2, bold: bool = False) -> None:
    size = zoom.BASE_POINTS + points
    zoom.set_points(widget, size, bold)
    if isinstance(widget, QRadioButton | QCheckBox):  # the circle or box as big as the text
        edge = round(size * 1.5)
        zoom.set_style(widget, f"::indicator {{ width: {edge}px; height: {edge}px; }}")


class CallForm(QWidget):
    """Holds the inputs; ``values()``/``set_values()`` read and fill them as one plain dict."""

    changed = Signal()

    def __init__(self, note_limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note_limit = note_limit
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._outcome_box())
        layout.addLayout(self._note_row())
        layout.addWidget(self.note_edit, 1)
        layout.addWidget(self.limit_label)
        layout.addWidget(self._conversation_box())
        layout.addWidget(self._flags_box())
        self._update_counter()

    # -- building ---------------------------------------------------------------------------
    def _outcome_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("How did the call go?"))
        grid = QGridLayout(box)
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        for number, outcome in enumerate(OUTCOMES):
            button = QRadioButton(outcome_label(outcome, mnemonic=True))
            button.setObjectName(f"outcome_{outcome}")
            _bigger(button, 3, bold=outcome == "reached")
            self.outcome_group.addButton(button, number)
            self.outcome_buttons[outcome] = button
            grid.addWidget(button, number // OUTCOME_COLUMNS, number % OUTCOME_COLUMNS)
        self.outcome_group.buttonToggled.connect(self._outcome_toggled)
        return box

    def _note_row(self) -> QHBoxLayout:
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setTabChangesFocus(True)  # Tab leaves the note, as in every other field
        self.note_edit.setPlaceholderText(self.tr(
            "How is the resident doing? What did you talk about? A few sentences are enough."))
        _bigger(self.note_edit, 1)
        # At 100 %; zoomed like the font. A style sheet min-height beats setMinimumHeight,
        # and the app's sets one for editors.
        lines = round(self.note_edit.fontMetrics().lineSpacing() / zoom.factor()) * NOTE_LINES
        zoom.set_style(self.note_edit, f"QPlainTextEdit {{ min-height: {lines + 12}px; }}")
        self.note_edit.textChanged.connect(self._note_changed)
        note_label = QLabel(self.tr("N&ote"))
        note_label.setBuddy(self.note_edit)
        self.counter_label = QLabel()
        self.counter_label.setObjectName("noteCounter")
        self.limit_label = QLabel()
        self.limit_label.setProperty("role", "error")
        self.limit_label.setWordWrap(True)
        self.limit_label.hide()
        row = QHBoxLayout()
        row.addWidget(note_label)
        row.addStretch(1)
        row.addWidget(self.counter_label)
        return row

    def _conversation_box(self) -> QGroupBox:
        """Wellbeing and topics: only for a call that reached the resident."""
        box = QGroupBox(self.tr("If you spoke with them"))
        column = QVBoxLayout(box)
        self.wellbeing_spin = QSpinBox()
        self.wellbeing_spin.setObjectName("wellbeing")
        self.wellbeing_spin.setRange(0, 10)  # 0 shows "not asked"
        self.wellbeing_spin.setSpecialValueText(self.tr("not asked"))
        self.wellbeing_spin.setMinimumWidth(150)
        _bigger(self.wellbeing_spin, 1)
        self.wellbeing_spin.valueChanged.connect(self.changed)
        label = QLabel(self.tr("W&ellbeing, 1 (bad) to 10 (very good):"))
        label.setBuddy(self.wellbeing_spin)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.wellbeing_spin)
        row.addStretch(1)
        column.addLayout(row)
        topics = QHBoxLayout()
        topics.addWidget(QLabel(self.tr("Talked about:")))
        self.topic_boxes: dict[str, QCheckBox] = {}
        for topic in TOPICS:
            check = QCheckBox(topic_label(topic, mnemonic=True))
            check.setObjectName(f"topic_{topic}")
            check.toggled.connect(self.changed)
            self.topic_boxes[topic] = check
            topics.addWidget(check)
        topics.addStretch(1)
        column.addLayout(topics)
        return box

    def _flags_box(self) -> QGroupBox:
        labels = {
            "wants_again": self.tr("Wants to be &called again"),
            "practical_help": self.tr("&Practical help asked"),
            "concern": self.tr("Concern: needs follow-&up"),
            "confidential": self.tr("Confiden&tial"),
        }
        box = QGroupBox(self.tr("Also"))
        row = QHBoxLayout(box)
        self.flag_boxes: dict[str, QCheckBox] = {}
        for flag in FLAGS:
            check = QCheckBox(labels[flag])
            check.setObjectName(f"flag_{flag}")
            check.setChecked(FLAG_DEFAULTS[flag])
            check.toggled.connect(self.changed)
            self.flag_boxes[flag] = check
            row.addWidget(check)
        row.addStretch(1)
        self.flag_boxes["confidential"].setToolTip(self.tr(
            "Only coordinators and staff read a confidential note (and you, who wrote it)."))
        return box

    # -- reacting ---------------------------------------------------------------------------
    def _outcome_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            reached = self.outcome() == "reached"
            # Wellbeing and topics belong to a conversation; kept (not cleared) when switching.
            self.wellbeing_spin.setEnabled(reached)
            for check in self.topic_boxes.values():
                check.setEnabled(reached)
            self.changed.emit()

    def _note_changed(self) -> None:
        self._update_counter()
        self.changed.emit()

    def _update_counter(self) -> None:
        length = self.note_length()
        over = length > self.note_limit
        self.counter_label.setText(fill(self.tr("%1 / %2"), str(length), str(self.note_limit)))
        self.counter_label.setStyleSheet("color: #b00020; font-weight: bold;" if over else "")
        self.limit_label.setVisible(over)
        if over:
            self.limit_label.setText(fill(
                self.tr("The note is %1 characters long; at most %2 fit. Shorten it to save — "
                        "nothing is cut off for you."), str(length), str(self.note_limit)))

    # -- reading and writing ----------------------------------------------------------------
    def outcome(self) -> str | None:
        number = self.outcome_group.checkedId()
        return OUTCOMES[number] if number >= 0 else None

    def note(self) -> str:
        return self.note_edit.toPlainText()

    def note_length(self) -> int:
        return len(self.note())

    def note_too_long(self) -> bool:
        return self.note_length() > self.note_limit

    def wellbeing(self) -> int | None:
        value = self.wellbeing_spin.value()
        return value or None

    def topics(self) -> list[str]:
        return [topic for topic, check in self.topic_boxes.items() if check.isChecked()]

    def values(self) -> dict[str, Any]:
        """Everything entered, as plain JSON-able values (also the draft)."""
        values: dict[str, Any] = {"outcome": self.outcome(), "note": self.note(),
                                  "wellbeing": self.wellbeing(), "topics": self.topics()}
        values.update({flag: check.isChecked() for flag, check in self.flag_boxes.items()})
        return values

    def is_blank(self) -> bool:
        """Nothing entered beyond the defaults (no draft needed)."""
        values = self.values()
        return (values["outcome"] is None and not values["note"].strip()
                and values["wellbeing"] is None and not values["topics"]
                and all(values[flag] == FLAG_DEFAULTS[flag] for flag in FLAGS))

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill the form from a draft; unknown or missing keys keep the defaults."""
        outcome = values.get("outcome")
        if outcome in self.outcome_buttons:
            self.outcome_buttons[outcome].setChecked(True)
        self.note_edit.setPlainText(str(values.get("note") or ""))
        self.note_edit.moveCursor(self.note_edit.textCursor().MoveOperation.End)
        wellbeing = values.get("wellbeing")
        self.wellbeing_spin.setValue(wellbeing if isinstance(wellbeing, int) else 0)
        topics = values.get("topics") or []
        for topic, check in self.topic_boxes.items():
            check.setChecked(topic in topics)
        for flag, check in self.flag_boxes.items():
            check.setChecked(bool(values.get(flag, FLAG_DEFAULTS[flag])))

    def focus_outcome(self) -> None:
        """Focus the chosen outcome, else the first one (Reached)."""
        button = self.outcome_group.checkedButton() or self.outcome_buttons[OUTCOMES[0]]
        button.setFocus(Qt.FocusReason.OtherFocusReason)
