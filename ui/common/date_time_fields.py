"""Date and time fields that take what a person types: ``1-12``, ``1 dec``, ``morgen``;
``14``, ``1400``, ``14.00``. The rules are the domain's (belteam.core.validation); these
widgets show the result, keep the last good value and say so when the text is not a date.

They answer to the QDateEdit/QTimeEdit calls the screens use (date/setDate/dateChanged,
time/setTime/timeChanged, a minimum date), so a screen swaps one for the other.
"""

from __future__ import annotations

from datetime import date, time

from belteam_gui.common.icons import icon
from belteam_gui.common.plan_words import DATE_FORMAT
from PySide6.QtCore import QDate, QLocale, QTime, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, Qt
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QWidget, QWidgetAction

from belteam.core.clock import clock
from belteam.core.validation import parse_time, parse_typed_date


def _qdate(day: date | QDate) -> QDate:
    return day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)


class _TypedField(QLineEdit):
    """Select everything on a click or Tab, so typing replaces the value; a wrong text
    turns the field's role to "error" and keeps the last good value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._select_on_click = False
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._show_value)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self._select_on_click = event.reason() == Qt.FocusReason.MouseFocusReason
        QTimer.singleShot(0, self.selectAll)  # after Qt has placed the cursor

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        if self._select_on_click and not self.hasSelectedText():
            self.selectAll()  # a click anywhere in the field: type the whole value anew
        self._select_on_click = False

    def _typed(self, text: str) -> None:
        """While typing: only say whether the text is a value yet; Enter or leaving takes it."""
        self._mark(self.read(text) is not None)

    def _mark(self, ok: bool) -> None:
        self.setProperty("role", "" if ok else "error")
        self.style().unpolish(self)
        self.style().polish(self)

    def _show_value(self) -> None:
        value = self.read(self.text())
        if value is not None:
            self.store(value)
        self._mark(True)
        self.setText(self.shown())
        self.setModified(False)

    def typed_value(self) -> object | None:
        """What the text says now, when it is a good value (before Enter or Tab took it)."""
        return self.read(self.text()) if self.isModified() else None

    def read(self, text: str) -> object | None:  # pragma: no cover - each field has its own
        raise NotImplementedError

    def store(self, value: object) -> None:  # pragma: no cover
        raise NotImplementedError

    def shown(self) -> str:  # pragma: no cover
        raise NotImplementedError

    # QDateTimeEdit calls the screens made; the typed field needs none of them.
    def setCalendarPopup(self, _on: bool) -> None:  # noqa: N802
        pass

    def setDisplayFormat(self, _fmt: str) -> None:  # noqa: N802
        pass


class DateField(_TypedField):
    """A date typed as a person writes it; Up and Down move a day, Page Up/Down a month,
    Alt+Down opens a calendar."""

    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name

    def __init__(self, day: date | QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = _qdate(day or clock.today())
        self._minimum: QDate | None = None
        self.setPlaceholderText(self.tr("e.g. 1-12, 1 dec or tomorrow"))
        self.setToolTip(self.tr("Type a date: 1-12, 1-12-2026, 1 dec, tomorrow. "
                                "Up and Down move a day; Alt+Down opens a calendar."))
        calendar = self.addAction(icon("calendar"), QLineEdit.ActionPosition.TrailingPosition)
        calendar.setText(self.tr("Calendar"))
        calendar.setToolTip(self.tr("Pick the day in a calendar (Alt+Down)"))
        calendar.triggered.connect(self.open_calendar)
        self.setText(self.shown())

    def date(self) -> QDate:
        """The date shown, or the one being typed when it is a good one (Alt+letter on a
        button reads the field without leaving it)."""
        typed = self.typed_value()
        return QDate(typed) if typed is not None else QDate(self._date)

    def setDate(self, day: date | QDate) -> None:  # noqa: N802 - QDateEdit's name
        day = _qdate(day)
        if self._minimum is not None and day < self._minimum:
            day = QDate(self._minimum)
        changed = day != self._date
        self._date = day
        if not self.isModified():
            self.setText(self.shown())
        if changed:
            self.dateChanged.emit(QDate(day))

    def setMinimumDate(self, day: date | QDate) -> None:  # noqa: N802
        self._minimum = _qdate(day)
        if self._date < self._minimum:
            self.setDate(self._minimum)

    def minimumDate(self) -> QDate | None:  # noqa: N802
        return self._minimum

    def read(self, text: str) -> QDate | None:
        try:
            day = parse_typed_date(text, clock.today())
        except ValueError:
            return None
        if day is None or (self._minimum is not None and _qdate(day) < self._minimum):
            return None
        return _qdate(day)

    def store(self, value: object) -> None:
        self.setDate(value)

    def shown(self) -> str:
        return QLocale().toString(self._date, DATE_FORMAT)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        steps = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0),
                 Qt.Key.Key_PageUp: (0, 1), Qt.Key.Key_PageDown: (0, -1)}
        if key == Qt.Key.Key_Down and alt:
            self.open_calendar()
        elif key in steps:
            days, months = steps[key]
            self.setModified(False)
            self.setDate(self.date().addDays(days).addMonths(months))
            self.setText(self.shown())
            self.selectAll()
        else:
            super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """A month to click a day in, for who prefers the mouse."""
        menu = QMenu(self)
        calendar = QCalendarWidget()
        calendar.setSelectedDate(self._date)
        if self._minimum is not None:
            calendar.setMinimumDate(self._minimum)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)
        calendar.clicked.connect(lambda day: (self.setDate(day), menu.close()))
        calendar.activated.connect(lambda day: (self.setDate(day), menu.close()))
        calendar.setFocus()
        menu.exec(self.mapToGlobal(self.rect().bottomLeft()))
        self.setText(self.shown())


class TimeField(_TypedField):
    """A time of day: ``14``, ``1400``, ``14:00``, ``14.00``, ``14u30``."""

    timeChanged = Signal(QTime)  # noqa: N815 - QTimeEdit's name

    def __init__(self, moment: time | QTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = QTime(10, 0) if moment is None else self._qtime(moment)
        self.setToolTip(self.tr("Type a time: 14, 1400, 14:00 or 14.00"))
        self.setText(self.shown())

    @staticmethod
    def _qtime(moment: time | QTime) -> QTime:
        return moment if isinstance(moment, QTime) else QTime(moment.hour, moment.minute)

    def time(self) -> QTime:
        typed = self.typed_value()
        return QTime(typed) if typed is not None else QTime(self._time)

    def setTime(self, moment: time | QTime) -> None:  # noqa: N802 - QTimeEdit's name
        moment = self._qtime(moment)
        changed = moment != self._time
        self._time = moment
        if not self.isModified():
            self.setText(self.shown())
        if changed:
            self.timeChanged.emit(QTime(moment))

    def read(self, text: str) -> QTime | None:
        try:
            moment = parse_time(text)
        except ValueError:
            return None
        return None if moment is None else self._qtime(moment)

    def store(self, value: object) -> None:
        self.setTime(value)

    def _typed(self, text: str) -> None:
        """A time has no half-typed meaning that misleads (14 is 14:00): it counts at once."""
        super()._typed(text)
        value = self.read(text)
        if value is not None:
            self.setTime(value)

    def shown(self) -> str:
        return self._time.toString("HH:mm")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        steps = {Qt.Key.Key_Up: 15, Qt.Key.Key_Down: -15}  # a quarter of an hour
        if event.key() in steps:
            moment = self.time().addSecs(steps[event.key()] * 60)
            self.setModified(False)
            self.setTime(moment)
            self.setText(self.shown())
            self.selectAll()
        else:
            super().keyPressEvent(event)

    def setSelectedSection(self, _section: object) -> None:  # noqa: N802 - QTimeEdit's call
        self.selectAll()


def link_period(start: DateField, end: DateField) -> None:
    """A "To" date that follows its "From": moving the start moves the end by as much, so
    the period keeps its length and never ends before it begins."""
    last = [start.date()]

    def moved(day: QDate) -> None:
        shift = last[0].daysTo(day)
        last[0] = QDate(day)
        if shift:
            end.setDate(end.date().addDays(shift))

    start.dateChanged.connect(moved)
