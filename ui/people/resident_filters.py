"""The filters above the residents list: status, area, volunteer, an open follow-up case and
"not reached for N days". The rule that applies them is belteam's ``ResidentFilter``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from belteam_gui.common.filter_proxy import fold
from belteam_gui.people.flow_layout import FlowLayout
from belteam_gui.people.person_dialogs import STATUS_LABELS
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from belteam.matching.lists_rows import STATUSES, ResidentFilter

DEFAULT_DAYS = 14


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)  # long village or volunteer names do not widen the row
    # ... so the whole choice (a long name, a namesake's code) is told on hovering.
    combo.currentTextChanged.connect(combo.setToolTip)
    return combo


def _group(*widgets: QWidget) -> QWidget:
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return group


class ResidentFilterBar(QWidget):
    """One row of filters; ``changed`` carries the ResidentFilter they make."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_box = _combo("status_filter")
        self.status_box.addItem(self.tr("All"), "")
        for status in STATUSES:
            self.status_box.addItem(QCoreApplication.translate("PersonForm", STATUS_LABELS[status]),
                                    status)
        self.area_box = _combo("area_filter")
        self.volunteer_box = _combo("volunteer_filter")
        self.set_choices([], [])
        self.case_box = QCheckBox(self.tr("Open &follow-up"))
        self.case_box.setToolTip(self.tr("Only residents with an open follow-up case"))
        self.silent_box = QCheckBox(self.tr("Not reac&hed for"))
        self.silent_box.setToolTip(self.tr("Only residents nobody spoke to in these days "
                                           "(or ever)"))
        self.days_box = QSpinBox()
        self.days_box.setRange(1, 365)
        self.days_box.setValue(DEFAULT_DAYS)
        self.days_box.setSuffix(self.tr(" days"))
        self.days_box.setAccessibleName(self.tr("Days not reached"))
        # Each label stays with its box; the groups wrap to a second line when the text is large.
        layout = FlowLayout(self)
        self._desk: list[QWidget] = []
        for text, combo in ((self.tr("S&tatus:"), self.status_box),
                            (self.tr("Villa&ge:"), self.area_box),
                            (self.tr("Vo&lunteer:"), self.volunteer_box)):
            label = QLabel(text)
            label.setBuddy(combo)
            group = _group(label, combo)
            layout.addWidget(group)
            if combo is not self.status_box:
                self._desk.append(group)
        self._desk += [self.case_box, _group(self.silent_box, self.days_box)]
        layout.addWidget(self._desk[-2])
        layout.addWidget(self._desk[-1])
        for combo in (self.status_box, self.area_box, self.volunteer_box):
            combo.currentIndexChanged.connect(self._emit)
        self.case_box.toggled.connect(self._emit)
        self.silent_box.toggled.connect(self._emit)
        self.days_box.valueChanged.connect(self._emit)

    def set_desk(self, shown: bool) -> None:
        """Area, volunteer, cases and contacts: the coordinator's and staff's filters only."""
        for widget in self._desk:
            widget.setVisible(shown)

    def set_choices(self, areas: Iterable[str], volunteers: Iterable[tuple[str, str]]) -> None:
        """Offer the areas and the volunteers (code, name) of the rows loaded; keep what was
        chosen. A volunteer is chosen by code: two with one name stay apart."""
        names: dict[str, str] = {code: name for code, name in volunteers if code}
        twice = {name for name, count in Counter(names.values()).items() if count > 1}
        offered = {
            self.area_box: [(area, area) for area in set(areas) if area],
            self.volunteer_box: [(f"{name} ({code})" if name in twice else name, code)
                                 for code, name in names.items()],
        }
        for combo, choices in offered.items():
            chosen = combo.currentData() or ""
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), "")
            for text, value in sorted(choices, key=lambda choice: fold(choice[0])):
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def current(self) -> ResidentFilter:
        return ResidentFilter(
            status=self.status_box.currentData() or "", area=self.area_box.currentData() or "",
            volunteer=self.volunteer_box.currentData() or "",
            open_case=self.case_box.isChecked(),
            not_reached_days=self.days_box.value() if self.silent_box.isChecked() else 0)

    def _emit(self, *_args) -> None:
        self.changed.emit(self.current())
