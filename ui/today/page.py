"""Today: the screen a volunteer opens every morning — whom to call, one big button to log it."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from belteam_gui.app.session import Session
from belteam_gui.common import zoom
from belteam_gui.common.call_words import long_date
from belteam_gui.common.plan_words import fill, sentence
from belteam_gui.today.banner import CoverBanner
from belteam_gui.today.hints import empty_team_hint, is_later_day, progress_text
from belteam_gui.today.loader import DayLoader
from belteam_gui.today.model import VOLUNTEER, TodayModel
from belteam_gui.today.table import TodayTable
from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belteam.core import phones
from belteam.core.clock import clock
from belteam.people import service as people

PRIMARY_STYLE = ("QPushButton#primaryAction { font-size: 16pt; font-weight: bold;"
                 " padding: 10px 28px; min-height: 44px; background: #1f5f99; color: white;"
                 " border-radius: 6px; }"
                 "QPushButton#primaryAction:disabled { background: #c9d3dc; color: #3d4752; }")
BUTTON_NAME_CHARS = 24  # longer names are shortened on the big button (the row shows them whole)


class TodayPage(QWidget):
    """The due calls of one day for one volunteer (or, for coordinators, the whole team)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.day = clock.today()
        self._follow_today = True  # move on to the new day at midnight unless a day was picked
        self.model = TodayModel(self)
        self.loader = DayLoader(self)
        self.loader.loaded.connect(self._show_loaded)
        self.loader.first_rows.connect(self._show_first)
        self._shown_first = 0  # rows of the loading list already shown (its first rows)
        self._select_first = False  # after a change of day or caller: select the first open call
        self._build()
        self._make_actions()
        self._fill_volunteers()
        self._apply_role()
        session.data_changed.connect(self._on_data_changed)
        session.actor_changed.connect(self._on_actor_changed)
        self.reload(select_first=True)

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("todayHeading")
        zoom.set_style(self.heading, "font-size: 20pt; font-weight: bold;")
        self.progress_label = QLabel()
        self.progress_label.setObjectName("todayProgress")
        zoom.set_style(self.progress_label, "font-size: 14pt;")
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(zoom.px(10))
        self.progress_bar.setMaximumWidth(320)
        self.table = TodayTable()
        self.table.setAccessibleName(self.tr("Calls of the day"))
        self.table.setModel(self.model)
        self.table.open_requested.connect(self.log_call)
        self.table.copy_requested.connect(self.copy_number)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.status_label = QLabel()
        self.status_label.setObjectName("todayStatus")
        self.status_label.setWordWrap(True)
        self.empty_label = QLabel()  # the first step on an empty team
        self.empty_label.setObjectName("todayEmptyHint")
        self.empty_label.setWordWrap(True)
        zoom.set_style(self.empty_label, "font-size: 14pt;")
        self.empty_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())
        button_row = self._button_row()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress_bar)
        progress_row.addStretch(1)
        # The coordinator's choice and paper work sit apart from the caller's buttons.
        for widget in (self.volunteer_label, self.volunteer_combo, self.print_button,
                       self.ics_button):
            progress_row.addWidget(widget)
        layout.addLayout(progress_row)
        self.banner = CoverBanner(self.session)
        layout.addWidget(self.banner)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row)
        self.keys_label = QLabel(self.tr(
            "Keys: Enter logs the call · Ctrl+C copies the number · H shows the history · "
            "Alt+← and Alt+→ go to another day"))
        self.keys_label.setProperty("role", "hint")
        self.keys_label.setWordWrap(True)
        layout.addWidget(self.keys_label)
        layout.addWidget(self.status_label)
        zoom.set_style(self, PRIMARY_STYLE)

    def _top_row(self) -> QHBoxLayout:
        self.previous_button = QPushButton(self.tr("◀ &Previous day"))
        self.previous_button.setToolTip(self.tr("Alt+Left"))
        self.today_button = QPushButton(self.tr("T&oday"))
        self.next_button = QPushButton(self.tr("Ne&xt day ▶"))
        self.next_button.setToolTip(self.tr("Alt+Right"))
        self.previous_button.clicked.connect(lambda: self.go_to(self.day - timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.go_to(self.day + timedelta(days=1)))
        self.today_button.clicked.connect(self.go_today)
        self.volunteer_label = QLabel(self.tr("&Caller:"))
        self.volunteer_combo = QComboBox()
        self.volunteer_combo.setObjectName("volunteerCombo")
        self.volunteer_combo.setMinimumWidth(220)
        self.volunteer_label.setBuddy(self.volunteer_combo)
        self.volunteer_combo.currentIndexChanged.connect(self._volunteer_changed)
        row = QHBoxLayout()
        row.addWidget(self.heading)
        row.addStretch(1)
        for widget in (self.previous_button, self.today_button, self.next_button):
            row.addWidget(widget)
        return row

    def _button_row(self) -> QHBoxLayout:
        self.log_button = QPushButton(self.tr("&Log call…"))
        self.log_button.setObjectName("primaryAction")
        self.log_button.setToolTip(self.tr("Enter on a row"))
        self.call_button = QPushButton(self.tr("C&all"))
        self.call_button.setToolTip(self.tr("Open the phone program with this number"))
        self.copy_button = QPushButton(self.tr("Cop&y number"))
        self.copy_button.setToolTip(self.tr("Ctrl+C"))
        self.history_button = QPushButton(self.tr("H&istory…"))
        self.history_button.setToolTip(self.tr("H"))
        self.print_button = QPushButton(self.tr("P&rint list…"))
        self.ics_button = QPushButton(self.tr("Export calendar (.ics)…"))
        self.log_button.clicked.connect(self.log_call)
        self.call_button.clicked.connect(self.call)
        self.copy_button.clicked.connect(self.copy_number)
        self.history_button.clicked.connect(self.show_history)
        self.print_button.clicked.connect(self.print_list)
        self.ics_button.clicked.connect(self.export_calendar)
        row = QHBoxLayout()
        for button in (self.log_button, self.call_button, self.copy_button, self.history_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _make_actions(self) -> None:
        shortcuts = (("Alt+Left", lambda: self.go_to(self.day - timedelta(days=1))),
                     ("Alt+Right", lambda: self.go_to(self.day + timedelta(days=1))),
                     ("Ctrl+C", self.copy_number),
                     ("H", self.show_history))
        for keys, slot in shortcuts:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # -- role and volunteers ----------------------------------------------------------------
    def team_view(self) -> bool:
        return self.session.actor.can("today.team")

    def _apply_role(self) -> None:
        actor = self.session.actor
        team = self.team_view()
        self.volunteer_label.setVisible(team)
        self.volunteer_combo.setVisible(team)
        coordinator = actor.can("export.schedule") and team
        self.print_button.setVisible(coordinator)
        self.ics_button.setVisible(coordinator)

    def _fill_volunteers(self) -> None:
        self.volunteer_combo.blockSignals(True)
        current = self.volunteer_combo.currentData()
        self.volunteer_combo.clear()
        if self.team_view():
            self.volunteer_combo.addItem(self.tr("Whole team"), None)
            for pk, name, _code in people.volunteer_names(self.session.actor):
                self.volunteer_combo.addItem(name, pk)
            found = self.volunteer_combo.findData(current)
            self.volunteer_combo.setCurrentIndex(max(found, 0))
        self.volunteer_combo.blockSignals(False)

    def volunteer_id(self) -> int | None:
        """The caller whose list is shown (None: the whole team, or the volunteer's own)."""
        return self.volunteer_combo.currentData() if self.team_view() else None

    def set_volunteer(self, volunteer_id: int | None) -> None:
        self.volunteer_combo.setCurrentIndex(max(self.volunteer_combo.findData(volunteer_id), 0))

    # -- loading ----------------------------------------------------------------------------
    def reload(self, select_first: bool = False) -> None:
        """Fetch the day's list again in the background (a newer fetch supersedes this one)."""
        self._select_first = self._select_first or select_first
        self._shown_first = 0
        # A new day or caller streams its first rows; a refresh swaps the list once complete.
        self.loader.load(self.session.actor, self.day, self.volunteer_id(), self._select_first)

    def loading(self) -> bool:
        return self.loader.busy()

    def _show_first(self, calls: list[Any]) -> None:
        """The first rows of a new list; the rest is appended when it comes."""
        self.model.set_calls(calls, self.day)
        self._shown_first = len(calls)
        self._select_first = False
        self._after_rows(fit=True)
        self.select_row(self.model.first_open_row())

    def _show_loaded(self, calls: list[Any], problem: str) -> None:
        """Show the fetched list, keeping the selected call selected where it still is."""
        if problem:
            self.status_label.setText(problem)
        if self._shown_first and not problem:
            self.model.append_calls(calls[self._shown_first:])
            self._shown_first = 0
            self._after_rows(fit=False)
            if self.current_row() < 0:  # the first rows held no open call
                self.select_row(self.model.first_open_row())
            return
        current = None if self._select_first else self.current_call()
        self._select_first = False
        self.model.set_calls(calls, self.day)
        self._after_rows(fit=True)
        row = self.model.find(current.pairing_id, current.due_date) if current else -1
        self.select_row(row if row >= 0 else self.model.first_open_row())

    def _after_rows(self, fit: bool) -> None:
        whole_team = self.team_view() and self.volunteer_id() is None
        self.table.setColumnHidden(VOLUNTEER, not whole_team)
        if fit:  # sized to the first rows: the columns have caps, and this runs in the GUI thread
            self.table.fit_columns()
        self._show_heading()
        self.banner.show_calls(self.model.needs_cover())

    def _show_heading(self) -> None:
        today = clock.today()
        words = long_date(self.day)
        if self.day == today:
            text = fill(self.tr("Today, %1"), words)
        elif self.day == today - timedelta(days=1):
            text = fill(self.tr("Yesterday, %1"), words)
        elif self.day == today + timedelta(days=1):
            text = fill(self.tr("Tomorrow, %1"), words)
        else:
            text = sentence(words) if self.day.year == today.year else \
                f"{sentence(words)} {self.day.year}"
        self.heading.setText(text)
        done, total = self.model.counts()
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_bar.setVisible(total > 0 and not is_later_day(self.day))
        hint = empty_team_hint(self.session) if total == 0 else ""
        self.empty_label.setText(hint)
        self.empty_label.setVisible(bool(hint))
        self.progress_label.setText(progress_text(done, total, is_later_day(self.day)))

    def _on_data_changed(self, what: str) -> None:
        if what == "people":
            self._fill_volunteers()
        if self._follow_today and self.day != clock.today():
            self.day = clock.today()  # the refresh after midnight shows the new day
        self.reload()

    def _on_actor_changed(self) -> None:
        self._fill_volunteers()
        self._apply_role()
        self.go_today()

    def _volunteer_changed(self) -> None:
        self.reload(select_first=True)

    # -- days -------------------------------------------------------------------------------
    def go_to(self, day: date) -> None:
        self.day = day
        self._follow_today = day == clock.today()
        self.reload(select_first=True)

    def go_today(self) -> None:
        self.go_to(clock.today())

    # -- selection --------------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        """Make ``row`` current and selected (or clear the selection when -1)."""
        selection = self.table.selectionModel()
        if row < 0:
            selection.clearSelection()
            selection.setCurrentIndex(self.model.index(-1, -1),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
        else:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        self._update_buttons()

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def current_call(self) -> Any | None:
        row = self.current_row()
        return self.model.call(row) if row >= 0 else None

    def _update_buttons(self) -> None:
        call = self.current_call()
        has_phone = bool(call and call.phone)
        self.log_button.setEnabled(call is not None and not is_later_day(self.day))
        # Name the person on the big button: the one next step, unmistakable.
        self.log_button.setText(fill(self.tr("&Log call with %1…"), _button_name(call))
                                if call else self.tr("&Log call…"))
        self.call_button.setEnabled(has_phone)
        self.copy_button.setEnabled(has_phone)
        self.history_button.setEnabled(call is not None)
        self.print_button.setEnabled(self.volunteer_id() is not None)
        self.ics_button.setEnabled(self.volunteer_id() is not None)
        tip = "" if self.volunteer_id() is not None else self.tr("Choose a caller first.")
        self.print_button.setToolTip(tip)
        self.ics_button.setToolTip(tip)

    def initial_focus(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.current_row() < 0:
            self.select_row(self.model.first_open_row())

    # -- actions ----------------------------------------------------------------------------
    def log_call(self) -> None:
        """Open the log dialog for the selected call; afterwards select the next open call."""
        from belteam_gui.today.log_call_dialog import LogCallDialog

        call = self.current_call()
        if call is None:
            return
        if is_later_day(self.day):  # an attempt before its due day would not count
            self.status_label.setText(fill(self.tr("This call is on %1: log it on that day."),
                                           long_date(self.day)))
            return
        dialog = LogCallDialog(self.session, call, parent=self)
        saved = dialog.exec()
        if saved:
            row = self.model.find(call.pairing_id, call.due_date)
            self.select_row(self.model.first_open_row(after=row))
            self.status_label.setText(fill(self.tr("Saved the call with %1."), call.resident_name))
        self.table.setFocus()

    def copy_number(self) -> None:
        call = self.current_call()
        if call is None or not call.phone:
            return
        number = phones.display(call.phone)
        QGuiApplication.clipboard().setText(number)
        self.status_label.setText(fill(self.tr("Copied %1 — paste it in your phone program."),
                                       number))

    def call(self) -> None:
        call = self.current_call()
        if call is None or not call.phone:
            return
        if not QDesktopServices.openUrl(QUrl(phones.tel_uri(call.phone))):
            self.status_label.setText(fill(
                self.tr("No phone program answered on this computer; dial %1 yourself."),
                phones.display(call.phone)))

    def show_history(self) -> None:
        from belteam_gui.today.history_dialog import HistoryDialog

        call = self.current_call()
        if call is not None:
            HistoryDialog(self.session, call.resident_id, parent=self).exec()

    def print_list(self) -> None:
        from belteam_gui.today.schedule_export import print_list

        if self.volunteer_id() is not None:
            self.status_label.setText(print_list(self, self.session, self.volunteer_id(), self.day))

    def export_calendar(self) -> None:
        from belteam_gui.today.schedule_export import export_calendar

        if self.volunteer_id() is not None:
            self.status_label.setText(export_calendar(self, self.session, self.volunteer_id()))


def _button_name(call: Any, most: int = BUTTON_NAME_CHARS) -> str:
    """The resident's name for the big button: '&' kept literal, a long name cut after a
    whole word (the button's own "…" ends it, so no second ellipsis)."""
    name = call.resident_name
    if len(name) > most:
        cut = max(name.rfind(" ", 0, most + 1), name.rfind("-", 0, most + 1))
        name = name[:cut if cut >= most // 2 else most].rstrip(" -")
    return name.replace("&", "&&")
