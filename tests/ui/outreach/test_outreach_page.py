"""The Follow-up screen: the queue, its filters, and a staff member working a case to the end."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from belteam_gui.app.pages import PAGES
from belteam_gui.app.session import Session
from belteam_gui.outreach.case_dialog import CloseCaseDialog
from belteam_gui.outreach.notify import install_notifier
from belteam_gui.outreach.page import OutreachPage
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from belteam.core.actors import SYSTEM, Actor
from belteam.core.clock import clock as the_clock
from belteam.outreach import cases as outreach
from belteam.storage.models import CaseEvent, OutreachCase, Pause, Resident
from tests.outreach_helpers import evaluate, log, pair, resident, user, volunteer

MON = date(2026, 11, 2)


@pytest.fixture
def cases(sqlite_db, clock, qapp):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Netherlands))
    vol = volunteer("V1")
    anna = resident("R1", "Anna", "Ročak", lives_alone=True, area="Noord")
    bob = resident("R2", "Bob", "Smit", area="Zuid")
    cor = resident("R3", "Cor", "Bos", area="Noord")
    for res in (anna, bob, cor):
        pair(res, vol, "weekly:mon", MON)
        log(res, "reached", MON)
    log(bob, "reached", MON + timedelta(days=14), concern=True, note="Sounded low")
    log(anna, "no_answer", MON + timedelta(days=14), 10)
    log(anna, "wrong_number", MON + timedelta(days=15), 10)
    evaluate(MON + timedelta(days=16))  # Cor: no contact for 14 days
    the_clock.pin(MON + timedelta(days=16))
    return {"anna": anna, "bob": bob, "cor": cor}


@pytest.fixture
def staff(cases):
    return user("stef", "staff")


@pytest.fixture
def page(qtbot, staff):
    widget = OutreachPage(Session("test.sqlite3", staff))
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cells(page: OutreachPage) -> list[list[str]]:
    proxy = page.proxy
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())]
            for r in range(proxy.rowCount())]


def test_the_queue_is_most_urgent_first(page, qtmodeltester):
    for model in (page.model, page.proxy, page.view.attempts_model, page.view.timeline_model):
        qtmodeltester.check(model)
    assert cells(page) == [
        ["1", "Anna Ročak", "Noord", "Wrong number, No contact for too long", "16", "yes",
         "Open"],
        ["2", "Cor Bos", "Noord", "No contact for too long", "16", "", "Open"],
        ["3", "Bob Smit", "Zuid", "Concern: needs follow-up", "2", "", "Open"],
    ]
    assert page.count_label.text() == "3 open"


def test_filters_by_area_and_reason(page):
    page.area_combo.setCurrentIndex(page.area_combo.findData("Zuid"))
    assert [row[1] for row in cells(page)] == ["Bob Smit"]
    assert page.view.case.resident_code == "R2"  # the pane follows the filter
    page.area_combo.setCurrentIndex(0)
    page.reason_combo.setCurrentIndex(page.reason_combo.findData("wrong_number"))
    assert [row[1] for row in cells(page)] == ["Anna Ročak"]
    page.reason_combo.setCurrentIndex(page.reason_combo.findData("no_contact"))
    assert [row[1] for row in cells(page)] == ["Anna Ročak", "Cor Bos"]
    page.reason_combo.setCurrentIndex(0)
    page.search.setText("bos")
    assert [row[1] for row in cells(page)] == ["Cor Bos"]


def test_the_case_pane_has_what_staff_need(page):
    page.select_id(page.model.row(0).case_id)
    view = page.view
    assert view.title.text() == "\u200eAnna Ročak (R1)"
    assert "Wrong number" in view.why.text()
    assert 'href="tel:+31612345678"' in view.contact_labels["phone"].text()
    assert "Mila Ročak" in view.contact_labels["emergency"].text()
    assert view.contact_labels["key_holder"].text() == "Neighbour, Kerkstraat 3"
    assert "lives alone" in view.subtitle.text()
    outcomes = [view.attempts_model.index(r, 1).data()
                for r in range(view.attempts_model.rowCount())]
    assert outcomes == ["Wrong number", "No answer", "Reached"]
    view.copy_buttons["emergency"].click()
    assert QApplication.clipboard().text() == "06 87654321"
    # A name in Arabic script stays on the left like every other name (not pushed right).
    for label in (view.title, *view.contact_labels.values()):
        assert label.alignment() & Qt.AlignmentFlag.AlignAbsolute
        assert label.alignment() & Qt.AlignmentFlag.AlignLeft


def test_staff_work_a_case_from_opened_to_closed(page, qtbot, monkeypatch, cases):
    page.select_id(page.model.row(0).case_id)
    page.table.setFocus()
    qtbot.mouseClick(page.view.take_button, Qt.MouseButton.LeftButton)
    assert page.view.case.status == "taken" and cells(page)[0][6] == "Taken by stef"

    def action(dialog: QDialog) -> bool:
        dialog.choice.setCurrentIndex(dialog.choice.findData("home_visit"))
        dialog.text.setPlainText("Went round, neighbour has a key")
        return True

    monkeypatch.setattr(page, "run_dialog", action)
    page.view.action_button.click()
    assert page.view.timeline_model.rows()[0].reason == "home_visit"  # newest first

    asked: list[str] = []
    answers = iter([False, True])  # first a wrong click (No), then Yes

    def confirm(dialog: CloseCaseDialog) -> bool:
        asked.append(dialog.effect_text())
        return next(answers)

    def close(dialog: QDialog) -> bool:
        dialog.choice.setCurrentIndex(dialog.choice.findData("hospital"))
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(CloseCaseDialog, "confirm", confirm)
    monkeypatch.setattr(page, "run_dialog", close)
    page.view.close_button.click()
    assert OutreachCase.get(OutreachCase.resident == cases["anna"].id).status == "taken"
    page.view.close_button.click()
    expected = "In hospital: Anna Ročak will be paused from today until further notice."
    assert asked == [expected, expected]
    assert page.status.text() == "Case closed. " + expected
    assert [row[1] for row in cells(page)] == ["Cor Bos", "Bob Smit"]
    assert Resident.get_by_id(cases["anna"].id).status == "paused"
    assert Pause.select().where(Pause.resident == cases["anna"].id).count() == 1
    kinds = [e.kind for e in CaseEvent.select().where(CaseEvent.actor == "stef")]
    assert kinds == ["taken", "action", "closed"]
    page.closed_check.setChecked(True)
    assert cells(page)[-1][6] == "Closed: In hospital"
    page.select_id(page.model.row(2).case_id)
    assert not page.view.close_button.isEnabled()


def test_a_case_someone_else_took_is_taken_over_only_when_confirmed(page, monkeypatch):
    outreach.take(user("anouk", "staff"), page.model.row(0).case_id)
    page.reload()
    questions: list[str] = []
    monkeypatch.setattr(page, "ask", lambda title, text: questions.append(text) or False)
    page.view.take_button.click()
    assert "anouk already took this case" in questions[0]
    assert page.view.case.taken_by == "anouk"
    monkeypatch.setattr(page, "ask", lambda title, text: True)
    page.view.take_button.click()
    assert page.view.case.taken_by == "stef"


def test_new_cases_show_in_the_status_bar_from_a_worker_thread(qtbot, staff, cases):
    window = QMainWindow()
    qtbot.addWidget(window)
    notifier = install_notifier(window, Session("test.sqlite3", staff))
    try:
        dan = resident("R4", "Dan", "Vos")
        pair(dan, volunteer("V2"), "weekly:mon", MON)
        day = the_clock.today()
        worker = threading.Thread(target=lambda: outreach.evaluate(SYSTEM, day))
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "1 new follow-up case")
    finally:
        notifier.remove()


def test_volunteers_never_see_the_queue_or_hear_of_cases(qtbot, cases):
    vol = Actor("vera", "volunteer", volunteer_id=1)
    spec = next(p for p in PAGES if p.key == "outreach")
    assert not vol.can(spec.permission) and Actor("s", "staff").can(spec.permission)
    window = QMainWindow()
    qtbot.addWidget(window)
    notifier = install_notifier(window, Session("test.sqlite3", vol))
    try:
        notifier.cases_opened.emit(2)
        qtbot.wait(20)
        assert window.statusBar().currentMessage() == "" and notifier.last_message == ""
    finally:
        notifier.remove()


def test_keyboard_only(page, qtbot):
    page.activateWindow()
    page.initial_focus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.view.case.resident_code == "R3"  # Cor, the second most urgent
    qtbot.keyClick(page, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Take
    qtbot.waitUntil(lambda: page.view.case.status == "taken")


def test_after_an_action_it_shows_on_top_and_alt_l_closes(page, qtbot, monkeypatch):
    """The walkthrough: the new action must be visible, and Alt+L must still reach Close case."""
    page.activateWindow()
    page.select_id(page.model.row(0).case_id)
    view = page.view
    assert view.lists.currentWidget() is view.attempts_view
    rows_fit = view.attempts_view.viewport().height() // view.attempts_view.rowHeight(0)
    assert rows_fit >= 5, rows_fit  # the walkthrough saw two

    def action(dialog: QDialog) -> bool:
        dialog.choice.setCurrentIndex(dialog.choice.findData("called_emergency_contact"))
        return True

    monkeypatch.setattr(page, "run_dialog", action)
    qtbot.keyClick(page, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Add a&ction…
    qtbot.waitUntil(lambda: view.lists.currentWidget() is view.timeline_view)
    newest = view.timeline_view.currentIndex()
    assert newest.row() == 0 and view.timeline_model.rows()[0].reason == "called_emergency_contact"
    assert view.timeline_view.visualRect(newest).intersects(view.timeline_view.viewport().rect())
    assert view.timeline_view.hasFocus()
    closing: list[str] = []
    monkeypatch.setattr(page, "run_dialog", lambda dialog: closing.append(dialog.windowTitle()))
    qtbot.keyClick(view.timeline_view, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: closing == ["Close case"])  # C&lose case…


def test_copy_buttons_wait_for_a_case_with_that_number(page):
    page.table.clearSelection()
    page.view.show_case(None)
    assert not any(b.isEnabled() for b in page.view.copy_buttons.values())
    page.select_id(page.model.row(0).case_id)  # Anna: phone and emergency number
    assert page.view.copy_buttons["phone"].isEnabled()
    assert page.view.copy_buttons["emergency"].isEnabled()


def test_long_contact_texts_are_never_squeezed_at_1366x768(page, qtbot, cases):
    Resident.update(emergency_contact_name="Mila Ročak-van der Heijden (daughter, lives abroad)",
                    key_holder="Neighbour Mrs Jansen-de Vries, Kerkstraat 3 (back door, ring twice)",
                    address="Kerkstraat 1, 7971 AB Havelte").where(
        Resident.id == cases["anna"].id).execute()
    page.resize(1366 - 200, 768 - 90)  # what the main window leaves the screen
    page.select_id(page.model.row(0).case_id)
    qtbot.wait(20)
    for key in ("emergency", "key_holder", "address"):
        label = page.view.contact_labels[key]
        assert label.height() >= label.heightForWidth(label.width()), key


def test_a_stale_queue_is_brought_up_to_date_when_shown(qtbot, staff):
    """A call stored without the logging hook (an import) makes the queue stale: the page
    runs the rules off the GUI thread and shows when they last ran."""
    from belteam.storage.models import CallAttempt

    dan = resident("R4", "Dan", "Vos", area="Zuid")
    pair(dan, volunteer("V2"), "weekly:mon", MON)
    CallAttempt.create(resident=dan, due_date=MON, at=the_clock.now(), outcome="wrong_number")
    assert not outreach.is_current(the_clock.today())
    widget = OutreachPage(Session("test.sqlite3", staff))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: "Dan Vos" in [row[1] for row in cells(widget)])
    assert outreach.is_current(the_clock.today())
    assert widget.checked_label.text().startswith("Rules last checked: ")
