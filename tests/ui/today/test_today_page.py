"""The Today screen: the list, a keyboard-only morning, day navigation, copy, cover hand-over."""

from __future__ import annotations

from datetime import timedelta

import pytest
from belteam_gui.app.session import Session
from belteam_gui.today import model as tm
from belteam_gui.today.page import TodayPage
from belteam_gui.today.two_line_delegate import SUBTEXT_ROLE
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog
from today_helpers import COORDINATOR, build_morning, settle

from belteam.calls import absences, schedule
from belteam.calls import log as calls
from belteam.storage.models import CallAttempt, Cover


@pytest.fixture
def morning(sqlite_db, clock):
    return build_morning(clock.today())


@pytest.fixture
def page(qtbot, morning):
    session = Session("test", morning.actor)
    widget = TodayPage(session)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, widget)
    widget.initial_focus()
    return widget


def _names(page: TodayPage) -> list[str]:
    return [call.resident_name for call in page.model.calls()]


def _status_text(page: TodayPage, row: int) -> str:
    return page.model.index(row, tm.STATUS).data()


def test_model_passes_the_model_tester(qtmodeltester, morning):
    model = tm.TodayModel()
    model.set_calls(schedule.today_list(morning.actor), morning.day)
    qtmodeltester.check(model)
    assert model.rowCount() == 7


def test_rows_show_time_phone_status_attempts_and_note(page):
    model = page.model
    assert _names(page)[:3] == ["Anna de Vries", "Bert Jansen", "Cor Bakker"]
    assert model.index(0, tm.TIME).data() == "09:00"
    assert model.index(6, tm.TIME).data() == "—"  # Dina has no preferred time: last
    assert model.index(0, tm.PHONE).data() == "06 12345601"
    assert _status_text(page, 0) == "To call"
    assert _status_text(page, 1) == "Done"
    assert _status_text(page, 2).startswith("Try again")
    assert model.index(2, tm.ATTEMPTS).data() == "2× No answer"
    assert model.index(2, tm.ATTEMPTS).data(SUBTEXT_ROLE) == "Sat 28 Nov 10:05, 11:30"
    assert model.index(2, tm.STATUS).data(SUBTEXT_ROLE) == "from Sat 28 Nov"
    assert model.index(0, tm.NOTE).data().startswith("Had a good week")
    assert model.index(0, tm.NOTE).data(SUBTEXT_ROLE) == "Mon 23 Nov · wellbeing 7/10"
    assert "Knee still hurts" in model.index(0, tm.NOTE).data(Qt.ItemDataRole.ToolTipRole)


def test_finished_rows_are_grey_and_retry_rows_marked(page):
    model = page.model
    done_row, retry_row, missed_row, due_row = 1, 2, 3, 0
    assert _status_text(page, missed_row) .startswith("Missed")
    grey = model.index(done_row, tm.RESIDENT).data(Qt.ItemDataRole.ForegroundRole)
    assert grey is not None
    assert model.index(missed_row, tm.NOTE).data(Qt.ItemDataRole.ForegroundRole) == grey
    assert model.index(due_row, tm.RESIDENT).data(Qt.ItemDataRole.ForegroundRole) is None
    amber = model.index(retry_row, tm.STATUS).data(Qt.ItemDataRole.BackgroundRole)
    assert amber is not None and amber.color().name() == "#ffefc2"
    assert model.index(due_row, tm.STATUS).data(Qt.ItemDataRole.BackgroundRole) is None


def test_heading_progress_and_first_open_call_selected(page):
    assert page.heading.text() == "Today, Monday 30 November"
    assert page.progress_label.text() == "1 of 6 calls done"  # the missed one does not count
    assert page.current_call().resident_name == "Anna de Vries"
    assert page.log_button.text() == "&Log call with Anna de Vries…"
    assert page.table.hasFocus()
    assert not page.volunteer_combo.isVisible()  # a volunteer sees only their own list
    assert not page.print_button.isVisible()


def _log_reached_by_keyboard(qtbot, note: str) -> None:
    """Runs while the dialog's exec() waits: Alt+R, Alt+O, type, Ctrl+Enter."""
    dialog = QApplication.activeModalWidget()
    try:
        _keys(qtbot, dialog, note)
    finally:
        if dialog is not None and dialog.isVisible():
            dialog.reject()  # a failed step must not leave exec() waiting for ever


def _keys(qtbot, dialog, note: str) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # keys go to the active window
    assert dialog is not None and dialog.windowTitle() == "Log call — Anna de Vries"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.form.outcome() == "reached")  # a mnemonic animates the click
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.form.note_edit
    qtbot.keyClicks(QApplication.focusWidget(), note)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)


def test_keyboard_only_morning(qtbot, page):
    QTimer.singleShot(0, lambda: _log_reached_by_keyboard(qtbot, "Fine, knee better."))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    settle(qtbot, page)
    attempt = CallAttempt.select().order_by(CallAttempt.id.desc()).first()
    assert (attempt.outcome, attempt.note) == ("reached", "Fine, knee better.")
    assert attempt.due_date == page.day
    assert _status_text(page, 0) == "Done"
    assert page.model.index(0, tm.RESIDENT).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.current_call().resident_name == "Cor Bakker"  # the next open call
    assert page.progress_label.text() == "2 of 6 calls done"
    assert page.focusWidget() is page.table  # ready for the next Enter


def test_next_open_call_skips_finished_rows_and_wraps(page):
    model = page.model
    assert model.first_open_row(after=0) == 2  # Bert is done
    assert model.first_open_row(after=6) == 0  # wraps round to Anna


def test_day_navigation_with_alt_arrows(qtbot, page, clock):
    qtbot.keyClick(page.table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.day == clock.today() - timedelta(days=1)
    settle(qtbot, page)
    assert page.heading.text() == "Yesterday, Sunday 29 November"
    qtbot.keyClick(page.table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, page)
    assert page.heading.text() == "Tomorrow, Tuesday 1 December"
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.day == clock.today()


def test_ctrl_c_copies_the_phone_number(qtbot, page):
    QApplication.clipboard().clear()
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "06 12345601"
    assert "06 12345601" in page.status_label.text()


def test_call_opens_a_tel_link(qtbot, page, monkeypatch):
    opened = []
    monkeypatch.setattr("belteam_gui.today.page.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toString()) or True)
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)
    assert opened == ["tel:+31612345601"]


def test_h_opens_the_history(qtbot, page, monkeypatch):
    shown = []
    monkeypatch.setattr("belteam_gui.today.history_dialog.HistoryDialog.exec",
                        lambda self: shown.append(self.model.rowCount()) or 0)
    qtbot.keyClick(page.table, Qt.Key.Key_H)
    assert shown == [2]  # Anna: reached last week, no answer the week before


def test_reloads_when_calls_change_elsewhere(qtbot, page, morning):
    calls.log_call(morning.actor, morning.residents["R4"].id, "reached")
    page.session.changed("calls")
    settle(qtbot, page)
    dina = _names(page).index("Dina Smit")
    assert _status_text(page, dina) == "Done"


@pytest.fixture
def coordinator_page(qtbot, morning):
    widget = TodayPage(Session("test", COORDINATOR))
    qtbot.addWidget(widget)
    settle(qtbot, widget)
    return widget


def test_coordinator_sees_team_banner_and_picks_a_volunteer(qtbot, coordinator_page, morning):
    page = coordinator_page
    assert "Hanna Willems" in _names(page)
    assert not page.table.isColumnHidden(tm.VOLUNTEER)
    assert not page.banner.isHidden()
    assert page.banner.label.text().startswith("1 call needs cover")
    page.set_volunteer(morning.jan.id)
    settle(qtbot, page)
    assert "Hanna Willems" not in _names(page)
    assert page.table.isColumnHidden(tm.VOLUNTEER)
    assert page.banner.isHidden()
    assert page.print_button.isEnabled()


def test_hand_over_assigns_cover_for_the_absence(qtbot, coordinator_page, morning, monkeypatch):
    from belteam_gui.today.hand_over_dialog import HandOverDialog

    def pick_kees(dialog: HandOverDialog) -> int:
        dialog.substitute_combo.setCurrentIndex(dialog.substitute_combo.findData(morning.kees.id))
        dialog.hand_over()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(HandOverDialog, "exec", pick_kees)
    qtbot.mouseClick(coordinator_page.banner.hand_over_button, Qt.MouseButton.LeftButton)
    settle(qtbot, coordinator_page)
    cover = Cover.get()
    away = absences.absences(COORDINATOR, morning.piet.id)[0]
    assert cover.volunteer_id == morning.kees.id
    assert (cover.start_date, cover.end_date) == (away.start_date, away.end_date)
    hanna = next(c for c in coordinator_page.model.calls() if c.resident_name == "Hanna Willems")
    assert hanna.status == "due" and hanna.volunteer_name == "Kees Dijkstra"
    assert coordinator_page.banner.isHidden()


def test_print_week_and_export_calendar(qtbot, coordinator_page, morning, monkeypatch, tmp_path):
    from belteam_gui.today import schedule_export

    page = coordinator_page
    page.set_volunteer(morning.jan.id)
    settle(qtbot, page)
    pdf, ics = tmp_path / "jan.pdf", tmp_path / "jan.ics"

    def week(dialog) -> int:
        dialog.week_radio.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(schedule_export.PeriodDialog, "exec", week)
    monkeypatch.setattr(schedule_export, "_save_path", lambda *a: str(pdf))
    page.print_button.click()
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Saved the list of Jan Visser" in page.status_label.text()
    monkeypatch.setattr(schedule_export, "_save_path", lambda *a: str(ics))
    page.ics_button.click()
    assert b"BEGIN:VCALENDAR" in ics.read_bytes()


def test_print_needs_a_chosen_caller(coordinator_page):
    assert coordinator_page.volunteer_id() is None
    assert not coordinator_page.print_button.isEnabled()
    assert coordinator_page.print_button.toolTip() == "Choose a caller first."


def test_team_view_keeps_the_last_note_readable(qtbot, coordinator_page):
    """At 1366×768 the page is ~1150 px wide (the window has its navigation): the note keeps
    room for a short sentence; the attempts column gives way, and returns on a wide screen."""
    from belteam_gui.today import table as today_table

    coordinator_page.resize(1150, 700)
    coordinator_page.show()
    qtbot.waitExposed(coordinator_page)
    table = coordinator_page.table
    char = table.fontMetrics().averageCharWidth()
    qtbot.waitUntil(lambda: table.columnWidth(tm.NOTE) >= today_table.NOTE_MIN * char)
    assert table.isColumnHidden(tm.ATTEMPTS) and not table.isColumnHidden(tm.VOLUNTEER)
    coordinator_page.resize(1900, 700)
    qtbot.waitUntil(lambda: not table.isColumnHidden(tm.ATTEMPTS))
    assert table.columnWidth(tm.NOTE) >= today_table.NOTE_MIN * char


def test_a_resize_shares_the_measured_widths_out_again_and_a_zoom_measures_anew(
        qtbot, coordinator_page, monkeypatch):
    """Measuring a column asks every sampled row for its size (tens of milliseconds on a
    team's list); a resize, also the scroll bar appearing, only shares the widths out again."""
    from belteam_gui.today import table as today_table

    coordinator_page.resize(1900, 700)
    coordinator_page.show()
    qtbot.waitExposed(coordinator_page)
    table = coordinator_page.table
    qtbot.waitUntil(lambda: not table._refit.isActive())
    measured = []
    real = today_table.TodayTable.resizeColumnToContents
    monkeypatch.setattr(today_table.TodayTable, "resizeColumnToContents",
                        lambda self, column: (measured.append(column), real(self, column)))
    wide = table.columnWidth(tm.NOTE)
    coordinator_page.resize(1150, 700)
    qtbot.waitUntil(lambda: table.isColumnHidden(tm.ATTEMPTS))  # the narrow share-out ran
    assert measured == [] and table.columnWidth(tm.NOTE) < wide
    coordinator_page.resize(1900, 700)
    qtbot.waitUntil(lambda: not table.isColumnHidden(tm.ATTEMPTS))
    assert measured == [] and table.columnWidth(tm.NOTE) == wide  # the same as measured
    font = table.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    table.setFont(font)
    qtbot.waitUntil(lambda: bool(measured))


def test_a_folded_row_says_since_when_the_resident_was_not_reached(sqlite_db, clock):
    from datetime import date

    from dayhelp import pair, resident, volunteer

    pair(resident("D", "Daily"), volunteer("V1"), "daily", date(2026, 11, 1))
    day = clock.today() + timedelta(days=1)
    clock.pin(day)
    model = tm.TodayModel()
    model.set_calls(schedule.today_list(COORDINATOR, day), day)
    assert model.rowCount() == 1
    assert model.index(0, tm.STATUS).data(SUBTEXT_ROLE) == "not reached since Sun 29 Nov, 2 calls missed"


def test_a_row_reads_as_one_sentence(morning):
    model = tm.TodayModel()
    model.set_calls(schedule.today_list(morning.actor), morning.day)
    anna = model.index(0, tm.TIME).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert anna.startswith("Anna de Vries, 09:00, 06 12345601, To call, last note: ")
    assert model.index(0, tm.NOTE).data(Qt.ItemDataRole.AccessibleDescriptionRole) == anna


def test_a_long_name_is_shown_whole_while_the_note_has_room_to_spare(qtbot, sqlite_db, clock):
    """A name longer than the column's usual width takes the spare room of the note column
    before it is cut (issue 14: names were cut while the row had empty space)."""
    from belteam.storage.models import Resident

    morning = build_morning(clock.today())
    long_last = "van Oldenbarnevelt-Rijkaard de Wit"
    Resident.update(last_name=long_last).where(Resident.code == "R1").execute()
    widget = TodayPage(Session("test", morning.actor))
    qtbot.addWidget(widget)
    widget.resize(1900, 700)  # a wide screen: room to spare
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, widget)
    table = widget.table
    row = next(r for r in range(widget.model.rowCount())
               if long_last in widget.model.index(r, tm.RESIDENT).data())
    text = widget.model.index(row, tm.RESIDENT).data()
    font = widget.model.index(row, tm.RESIDENT).data(Qt.ItemDataRole.FontRole) or table.font()
    needed = QFontMetrics(font).horizontalAdvance(text)
    qtbot.waitUntil(lambda: table.columnWidth(tm.RESIDENT) >= needed)
    char = table.fontMetrics().averageCharWidth()
    from belteam_gui.today import table as today_table

    assert table.columnWidth(tm.NOTE) >= today_table.NOTE_MIN * char
    widget.table.selectRow(row)
    button = widget.log_button.text()
    assert button == "&Log call with Anna van Oldenbarnevelt…"  # cut after a word, one "…"
