"""A friendly editor for a call plan (belafspraak): how often, which days, from when, what time."""

from __future__ import annotations

from datetime import date, time

from belteam_gui.common import zoom
from belteam_gui.common.date_time_fields import DateField, TimeField
from belteam_gui.common.plan_words import (
    PART_TIMES,
    clock_time,
    day_name,
    fill,
    ordinal_word,
    part_of_day,
    part_word,
    plan_words,
    sentence,
    short_date,
    short_day_name,
)
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QStringListModel,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from belteam.core.clock import clock
from belteam.pairings.plans import MAX_INTERVAL, NTHS, Plan, PlanError, next_dates

# (key, label) of the kinds offered, in the order shown; the keys are the editor's own.
KINDS = (
    ("weekly", QT_TRANSLATE_NOOP("PlanEditor", "Weekly")),
    ("biweekly", QT_TRANSLATE_NOOP("PlanEditor", "Every other week")),
    ("every_n", QT_TRANSLATE_NOOP("PlanEditor", "Every N weeks")),
    ("daily", QT_TRANSLATE_NOOP("PlanEditor", "Daily")),
    ("weekdays", QT_TRANSLATE_NOOP("PlanEditor", "Weekdays only")),
    ("monthly", QT_TRANSLATE_NOOP("PlanEditor", "Monthly")),
    ("once", QT_TRANSLATE_NOOP("PlanEditor", "Once, to try")),
)
WEEKLY_KINDS = ("weekly", "biweekly", "every_n")
SHOWN_DATES = 5


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PlanEditor(QWidget):
    """Edits a Plan, its start date and the preferred time; shows it in words and its next dates."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._end: date | None = None
        self._dates: list[date] = []
        self._building = True
        self._make_widgets()
        self._lay_out()
        self._connect()
        self.set_plan(Plan("weekly", 1, (clock.today().weekday(),)), clock.today(), None)
        self._building = False
        self._refresh()

    # -- building -------------------------------------------------------------------------
    def _make_widgets(self) -> None:
        self.kind_combo = QComboBox()
        for key, label in KINDS:
            self.kind_combo.addItem(QCoreApplication.translate("PlanEditor", label), key)
        self.day_boxes = [QCheckBox(short_day_name(day)) for day in range(7)]
        for day, box in enumerate(self.day_boxes):
            box.setToolTip(day_name(day))
            box.setAccessibleName(day_name(day))
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(2, MAX_INTERVAL)
        self.interval_spin.setValue(3)
        self.nth_combo = QComboBox()
        for nth in NTHS:
            self.nth_combo.addItem(sentence(ordinal_word(nth)), nth)
        self.month_day_combo = QComboBox()
        for day in range(7):
            self.month_day_combo.addItem(day_name(day), day)
        self.start_edit = DateField()
        self.part_combo = QComboBox()
        self.part_combo.addItem(self.tr("No preference"), "")
        for part, moment in PART_TIMES.items():
            self.part_combo.addItem(fill(self.tr("%1 (%2)"), sentence(part_word(part)),
                                         clock_time(moment)), part)
        self.part_combo.addItem(self.tr("At a set time"), "at")
        self.time_edit = TimeField(QTime(10, 30))
        self.time_edit.setAccessibleName(self.tr("Time of the call"))
        self.words_label = QLabel()
        self.words_label.setObjectName("planWords")
        self.words_label.setWordWrap(True)
        zoom.set_points(self.words_label, 16, bold=True)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.skip_label = QLabel()
        self.skip_label.setObjectName("planSkip")
        self.skip_label.setWordWrap(True)
        self.dates_model = QStringListModel(self)
        self.dates_view = QListView()
        self.dates_view.setAccessibleName(self.tr("The next dates of the plan"))
        self.dates_view.setModel(self.dates_model)
        self.dates_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read-only, keep Tab for inputs
        self.dates_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.dates_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def _row(self, *widgets: QWidget, stretch: bool = True) -> QWidget:
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        if stretch:
            layout.addStretch(1)
        return holder

    def _add_row(self, text: str, field: QWidget, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)  # Alt+letter jumps to the first input of the row
        self.captions.append(label)
        self.form.addRow(label, field)
        return label

    def _lay_out(self) -> None:
        self.form = QFormLayout()
        self.captions: list[QLabel] = []  # row labels, so a dialog can line its own up with them
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.days_row = self._row(*self.day_boxes)
        self.interval_row = self._row(QLabel(self.tr("every")), self.interval_spin,
                                      QLabel(self.tr("weeks")))
        self.monthly_row = self._row(QLabel(self.tr("the")), self.nth_combo, self.month_day_combo,
                                     QLabel(self.tr("of the month")))
        self.time_row = self._row(self.part_combo, self.time_edit)
        self._add_row(self.tr("How &often"), self.kind_combo, self.kind_combo)
        self._add_row(self.tr("&Days"), self.days_row, self.day_boxes[0])
        self._add_row(self.tr("&Interval"), self.interval_row, self.interval_spin)
        self._add_row(self.tr("&Which day"), self.monthly_row, self.nth_combo)
        self.start_caption = self._add_row(self.tr("&Starting"), self.start_edit, self.start_edit)
        self._add_row(self.tr("&Time of day"), self.time_row, self.part_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.words_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.skip_label)
        self.next_label = QLabel(self.tr("Next calls:"))
        layout.addWidget(self.next_label)
        layout.addWidget(self.dates_view)
        rows = self.dates_view.fontMetrics().lineSpacing() + 2
        self.dates_view.setFixedHeight(SHOWN_DATES * rows + 2 * self.dates_view.frameWidth() + 4)

    def _connect(self) -> None:
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        for box in self.day_boxes:
            box.toggled.connect(self._refresh)
        self.interval_spin.valueChanged.connect(self._refresh)
        self.nth_combo.currentIndexChanged.connect(self._refresh)
        self.month_day_combo.currentIndexChanged.connect(self._refresh)
        self.start_edit.dateChanged.connect(self._refresh)
        self.part_combo.currentIndexChanged.connect(self._refresh)
        self.time_edit.timeChanged.connect(self._refresh)

    # -- reading and writing --------------------------------------------------------------
    def kind(self) -> str:
        """The editor's kind key: weekly, biweekly, every_n, daily, weekdays, monthly, once."""
        return self.kind_combo.currentData()

    def set_kind(self, key: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(key))

    def checked_days(self) -> tuple[int, ...]:
        return tuple(day for day, box in enumerate(self.day_boxes) if box.isChecked())

    def _build(self) -> Plan:
        kind = self.kind()
        if kind in WEEKLY_KINDS:
            interval = {"weekly": 1, "biweekly": 2}.get(kind, self.interval_spin.value())
            return Plan("weekly", interval, self.checked_days())
        if kind == "monthly":
            return Plan("monthly", 1, (self.month_day_combo.currentData(),),
                        self.nth_combo.currentData())
        return Plan(kind)

    def error(self) -> str:
        """Why the choices do not make a plan yet ('' when they do)."""
        if self.kind() in WEEKLY_KINDS and not self.checked_days():
            return self.tr("Choose at least one day.")
        try:
            self._build()
        except PlanError as exc:  # the editor's widgets should not allow this; say it anyway
            return str(exc)
        return ""

    def plan(self) -> Plan | None:
        """The plan chosen, or None while error() says what is missing."""
        return None if self.error() else self._build()

    def start(self) -> date:
        return self.start_edit.date().toPython()

    def preferred_time(self) -> time | None:
        part = self.part_combo.currentData()
        if part == "at":
            return self.time_edit.time().toPython()
        return PART_TIMES.get(part)

    def next_dates(self) -> list[date]:
        """The dates shown under 'Next calls'."""
        return list(self._dates)

    def set_plan(self, plan: Plan, start: date, preferred_time: time | None) -> None:
        """Show an existing plan, its start date and preferred time."""
        self._building = True
        try:
            self._set_kind_of(plan)
            self.start_edit.setDate(_qdate(start))
            self._set_time(preferred_time)
        finally:
            self._building = False
        self._refresh()

    def _set_kind_of(self, plan: Plan) -> None:
        kind = plan.kind
        if kind == "weekly":
            kind = {1: "weekly", 2: "biweekly"}.get(plan.interval, "every_n")
            if kind == "every_n":
                self.interval_spin.setValue(plan.interval)
        for day, box in enumerate(self.day_boxes):
            box.setChecked(plan.kind == "weekly" and day in plan.weekdays)
        if kind == "monthly":
            self.nth_combo.setCurrentIndex(self.nth_combo.findData(plan.nth))
            self.month_day_combo.setCurrentIndex(plan.weekdays[0])
        self.set_kind(kind)
        self._show_rows()

    def _set_time(self, moment: time | None) -> None:
        if moment is None:
            self.part_combo.setCurrentIndex(0)
            return
        part = part_of_day(moment)
        if moment.replace(second=0, microsecond=0) != PART_TIMES[part]:
            part = "at"
            self.time_edit.setTime(QTime(moment.hour, moment.minute))
        self.part_combo.setCurrentIndex(self.part_combo.findData(part))

    def set_start_editable(self, editable: bool) -> None:
        """A running pairing keeps its start date (the plan counts from it)."""
        self.start_edit.setEnabled(editable)
        # No Alt+letter that leads to a field the keyboard cannot change.
        caption = self.tr("&Starting")
        self.start_caption.setText(caption if editable else caption.replace("&&", "\0").replace("&", "")
                                   .replace("\0", "&&"))
        self.start_edit.setToolTip("" if editable else self.tr(
            "The plan keeps counting from the start of the pairing."))

    def set_end_date(self, end: date | None) -> None:
        """Leave dates after the pairing's end out of the list."""
        self._end = end
        self._refresh()

    # -- reacting ---------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        if not self._building:
            self._preset_from_start()
        self._show_rows()
        self._refresh()

    def _preset_from_start(self) -> None:
        """Switching kind: suggest the start date's weekday (and week) so the plan is whole."""
        start = self.start()
        if self.kind() in WEEKLY_KINDS and not self.checked_days():
            self.day_boxes[start.weekday()].setChecked(True)
        if self.kind() == "monthly":
            self.month_day_combo.setCurrentIndex(start.weekday())
            week = (start.day - 1) // 7 + 1
            self.nth_combo.setCurrentIndex(self.nth_combo.findData(week if week <= 4 else -1))

    def _show_rows(self) -> None:
        """Hide what does not belong to the kind, so the editor stays simple."""
        kind = self.kind()
        self.form.setRowVisible(self.days_row, kind in WEEKLY_KINDS)
        self.form.setRowVisible(self.interval_row, kind == "every_n")
        self.form.setRowVisible(self.monthly_row, kind == "monthly")
        self.time_edit.setVisible(self.part_combo.currentData() == "at")

    def _refresh(self) -> None:
        if self._building:
            return
        self.time_edit.setVisible(self.part_combo.currentData() == "at")
        plan, error = self.plan(), self.error()
        self.error_label.setText(error)
        self.error_label.setVisible(bool(error))
        self.words_label.setText(sentence(plan_words(plan, self.preferred_time())) if plan else "")
        self._dates = self._compute_dates(plan)
        self.dates_model.setStringList([short_date(day) for day in self._dates])
        self._explain_skip(plan)
        if plan is not None and not self._dates:
            self.dates_model.setStringList([self.tr("No calls before the end date.")])
        self.changed.emit()

    def _explain_skip(self, plan: Plan | None) -> None:
        """Say why a new every-other-week plan skips a week: its weeks count from the start's week."""
        start = self.start()
        skips = (plan is not None and plan.kind == "weekly" and plan.interval > 1 and self._dates
                 and start >= clock.today() and (self._dates[0] - start).days >= 7)
        self.skip_label.setText(fill(self.tr(
            "The first call is on %1: the weeks count from the week of the start date, and "
            "that week's call day has passed. For a call sooner, start a week earlier."),
            short_date(self._dates[0])) if skips else "")
        self.skip_label.setVisible(bool(skips))
        window = self.window()
        if skips and window is not self and window.height() < window.sizeHint().height():
            window.resize(window.width(), window.sizeHint().height())  # no squeezed rows

    def _compute_dates(self, plan: Plan | None) -> list[date]:
        if plan is None:
            return []
        dates = next_dates(plan, self.start(), clock.today(), SHOWN_DATES)
        return [day for day in dates if self._end is None or day <= self._end]
