"""One outreach case in full: why it was opened, how to reach the resident, what happened."""

from __future__ import annotations

from datetime import date
from html import escape

from belteam_gui.common import zoom
from belteam_gui.common.call_words import clock_text, day_month, outcome_label, wellbeing_text
from belteam_gui.common.table_model import Column, RowsTableModel
from belteam_gui.outreach import words
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from belteam.core import phones
from belteam.core.messages import _
from belteam.outreach import texts as outreach_texts
from belteam.outreach.queue import AttemptLine, CaseRow, EventLine


def when_text(moment) -> str:
    return f"{day_month(moment.date())} {clock_text(moment)}"


def long_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def _value_text(name: str, value: str) -> str:
    """A stored value in the screen's language: dates and call outcomes in words."""
    if name == "day":
        return long_day(date.fromisoformat(value))
    if name == "outcome":
        label = outcome_label(value)
        return label[:1].lower() + label[1:]  # it stands mid-sentence
    return value


def event_details(event: EventLine) -> str:
    """The event's stored text in the screen's language (a person's own note as written)."""
    found = outreach_texts.parse(event.kind, event.text)
    if found is None:
        return event.text
    template, values = found
    return _(template, **{name: _value_text(name, value) for name, value in values.items()})


ATTEMPT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CaseView", "When"), lambda a: when_text(a.at), sort_key=lambda a: a.at, width=18,
           context="CaseView"),
    Column(QT_TRANSLATE_NOOP("CaseView", "Outcome"), lambda a: outcome_label(a.outcome)
           + (QCoreApplication.translate("CaseView", " · concern") if a.concern else ""), width=15,
           context="CaseView"),
    Column(QT_TRANSLATE_NOOP("CaseView", "Caller"), lambda a: a.volunteer_name, width=16, context="CaseView"),
    Column(QT_TRANSLATE_NOOP("CaseView", "Note"), lambda a: " ".join(
        p for p in (wellbeing_text(a.wellbeing), a.note) if p), width=30, context="CaseView"),
]

EVENT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CaseView", "When"), lambda e: when_text(e.at), sort_key=lambda e: e.at, width=18,
           context="CaseView"),
    Column(QT_TRANSLATE_NOOP("CaseView", "Who"), lambda e: e.actor, width=9, context="CaseView"),
    Column(QT_TRANSLATE_NOOP("CaseView", "What"), lambda e: words.event_label(e.kind, e.reason), width=28,
           context="CaseView"),
    Column(QT_TRANSLATE_NOOP("CaseView", "Details"), event_details, width=30,
           context="CaseView"),
]


def _table(model: RowsTableModel, name: str) -> QTableView:
    view = QTableView()
    names = {"caseAttempts": QT_TRANSLATE_NOOP("CaseView", "Call attempts"),
             "caseTimeline": QT_TRANSLATE_NOOP("CaseView", "What happened, in order")}
    view.setAccessibleName(QCoreApplication.translate("CaseView", names.get(name, name)))
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    width = view.fontMetrics().averageCharWidth()
    for number, column in enumerate(model.columns[:-1]):
        view.setColumnWidth(number, column.width * width)
    return view


# Really left, also for a name in Arabic script (Qt would align right-to-left text right).
LEFT = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
        | Qt.AlignmentFlag.AlignVCenter)


class CaseView(QWidget):
    """The detail pane of the follow-up screen; the page does the work behind the buttons."""

    take_requested = Signal()
    action_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: CaseRow | None = None
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        zoom.set_style(self.title, "font-size: 17pt; font-weight: bold;")
        self.title.setAlignment(LEFT)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.why = QLabel()
        self.why.setObjectName("caseWhy")
        self.why.setWordWrap(True)
        self.attempts_model = RowsTableModel(ATTEMPT_COLUMNS, parent=self)
        self.timeline_model = RowsTableModel(EVENT_COLUMNS, parent=self)
        self.attempts_view = _table(self.attempts_model, "caseAttempts")
        self.timeline_view = _table(self.timeline_model, "caseTimeline")
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addLayout(self._buttons())
        left_widget = QWidget()
        left = QVBoxLayout(left_widget)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self._group(self.tr("Why"), self.why))
        left.addWidget(self._contact_box())
        left.addStretch(1)
        # Scrolls rather than squeezing wrapped lines: long contact texts stay readable at 768.
        self.left_scroll = QScrollArea()
        self.left_scroll.setObjectName("caseLeft")
        self.left_scroll.setWidget(left_widget)
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tabs, not two stacked boxes: each list gets the pane's full height (8+ rows at 768).
        self.lists = QTabWidget()
        self.lists.setObjectName("caseLists")
        self.lists.addTab(self.attempts_view, self.tr("Last attem&pts and notes"))
        self.lists.addTab(self.timeline_view, self.tr("Ti&meline"))
        columns = QHBoxLayout()
        columns.addWidget(self.left_scroll, 9)
        columns.addWidget(self.lists, 11)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(columns, 1)
        self.show_case(None)

    def _group(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(6, 4, 6, 4)
        inner.addWidget(widget)
        return box

    def _contact_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("How to reach them"))
        grid = QGridLayout(box)
        grid.setContentsMargins(6, 4, 6, 4)
        self.contact_labels: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self.copy_buttons: dict[str, QToolButton] = {}
        rows = (("phone", self.tr("Phone")), ("phone2", self.tr("Second phone")),
                ("emergency", self.tr("Emergency contact")),
                ("key_holder", self.tr("Key holder")), ("address", self.tr("Address")))
        for number, (key, caption) in enumerate(rows):
            value = QLabel()
            value.setObjectName(f"case_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            value.setOpenExternalLinks(False)
            value.linkActivated.connect(self._open_link)
            value.setWordWrap(True)
            value.setAlignment(LEFT)
            self.captions[key] = QLabel(f"<b>{escape(caption)}</b>")
            grid.addWidget(self.captions[key], number, 0)
            grid.addWidget(value, number, 1)
            self.contact_labels[key] = value
            if key in ("phone", "phone2", "emergency"):
                button = QToolButton()
                button.setText(self.tr("Copy"))
                button.setObjectName(f"copy_{key}")
                button.setToolTip(self.tr("Copy the number"))
                button.clicked.connect(lambda _=False, k=key: self.copy_number(k))
                grid.addWidget(button, number, 2)
                self.copy_buttons[key] = button
        grid.setColumnStretch(1, 1)
        return box

    def _buttons(self) -> QHBoxLayout:
        self.take_button = QPushButton(self.tr("&Take"))
        self.take_button.setToolTip(self.tr("Say that you will follow this up, so nobody else "
                                            "goes to the same door"))
        self.action_button = QPushButton(self.tr("Add a&ction…"))
        self.close_button = QPushButton(self.tr("C&lose case…"))
        self.take_button.clicked.connect(self.take_requested)
        self.action_button.clicked.connect(self.action_requested)
        self.close_button.clicked.connect(self.close_requested)
        row = QHBoxLayout()
        row.setAlignment(Qt.AlignmentFlag.AlignTop)
        for button in (self.take_button, self.action_button, self.close_button):
            row.addWidget(button)
        return row

    # -- showing ----------------------------------------------------------------------------
    def show_case(self, case: CaseRow | None) -> None:
        self.case = case
        is_open = case is not None and case.status != "closed"
        for button in (self.take_button, self.action_button, self.close_button):
            button.setEnabled(is_open)
        if case is None:
            self.title.setText(self.tr("No case chosen"))
            self.subtitle.setText(self.tr("Choose a case in the list to see why it was opened "
                                          "and how to reach the resident."))
            self.why.setText("")
            for label in self.contact_labels.values():
                label.setText("")
            for button in self.copy_buttons.values():
                button.setEnabled(False)  # nothing to copy until a case is shown
            self.attempts_model.set_rows([])
            self.timeline_model.set_rows([])
            return
        # LRM first: a left-to-right line, so "(R069)" stays after a name in Arabic script.
        self.title.setText(f"\u200e{case.resident_name} ({case.resident_code})")
        self.subtitle.setText(self._subtitle(case))
        self.why.setText(self._why(case))
        self._fill_contact(case)
        self.attempts_model.set_rows(list(case.attempts))
        self.timeline_model.set_rows(list(reversed(case.timeline)))  # what was just done on top
        for view in (self.attempts_view, self.timeline_view):
            view.resizeColumnToContents(0)  # the whole date and time, in either language

    def show_timeline(self) -> None:
        """Bring the timeline forward with the newest event chosen (after Take or an action)."""
        self.lists.setCurrentWidget(self.timeline_view)
        if self.timeline_model.rowCount():
            self.timeline_view.selectRow(0)
            self.timeline_view.scrollToTop()
        self.timeline_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _subtitle(self, case: CaseRow) -> str:
        parts = [words.status_text(case.status, case.taken_by, case.outcome),
                 self.tr("opened %1").replace("%1", long_day(case.opened_at.date()))]
        if case.last_contact is None:
            parts.append(self.tr("never reached"))
        else:
            parts.append(self.tr("last contact %1 (%2 days ago)")
                         .replace("%1", long_day(case.last_contact))
                         .replace("%2", str(case.days_since_contact)))
        if case.lives_alone:
            parts.append(self.tr("lives alone"))
        return " · ".join(parts)

    def _why(self, case: CaseRow) -> str:
        lines = []
        for event in case.timeline:
            if event.kind == "trigger":
                hint = words.tr(words.REASON_HINTS.get(event.reason, ""))
                lines.append(f"• <b>{escape(words.reason_label(event.reason))}</b> "
                             f"({escape(day_month(event.at.date()))}): {escape(hint)}")
        return "<br>".join(lines)

    def _fill_contact(self, case: CaseRow) -> None:
        labels = self.contact_labels
        labels["phone"].setText(self._tel(case.phone))
        labels["phone2"].setText(self._tel(case.phone2))
        emergency = " ".join(p for p in (escape(case.emergency_contact_name),
                                         self._tel(case.emergency_contact_phone, "")) if p)
        labels["emergency"].setText(emergency or self.tr("none recorded"))
        labels["key_holder"].setText(escape(case.key_holder) or self.tr("none recorded"))
        labels["address"].setText(escape(case.address) or "—")
        self.copy_buttons["phone"].setEnabled(bool(case.phone))
        self.copy_buttons["phone2"].setEnabled(bool(case.phone2))
        for widget in (labels["phone2"], self.copy_buttons["phone2"], self.captions["phone2"]):
            widget.setVisible(bool(case.phone2))  # most have one number: no empty row
        self.copy_buttons["emergency"].setEnabled(bool(case.emergency_contact_phone))

    def _tel(self, number: str, empty: str | None = None) -> str:
        if not number:
            return self.tr("none recorded") if empty is None else empty
        return f'<a href="{escape(phones.tel_uri(number))}">{escape(phones.display(number))}</a>'

    # -- actions ----------------------------------------------------------------------------
    def number(self, key: str) -> str:
        if self.case is None:
            return ""
        return {"phone": self.case.phone, "phone2": self.case.phone2,
                "emergency": self.case.emergency_contact_phone}.get(key, "")

    def copy_number(self, key: str) -> None:
        number = self.number(key)
        if number:
            QGuiApplication.clipboard().setText(phones.display(number))

    def _open_link(self, link: str) -> None:
        QDesktopServices.openUrl(QUrl(link))


__all__ = ["AttemptLine", "CaseView", "EventLine"]
