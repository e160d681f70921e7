"""The Residents and Volunteers screens: filter as you type, sort, open, archive and restore."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from belteam_gui.app.session import Session
from belteam_gui.common.filter_proxy import fold
from belteam_gui.people import page as people_page
from belteam_gui.people.residents_page import ResidentsPage
from belteam_gui.people.volunteers_page import VolunteersPage
from PySide6.QtCore import Qt
from today_helpers import settle

from belteam.core.actors import SYSTEM, Actor
from belteam.core.clock import clock as the_clock
from belteam.pairings import service as pairings
from belteam.people import service as people
from belteam.storage.models import Resident

NAMES = [("R01", "Maaïke", "Ročak", "Havelte", "0521 123456"),
         ("R02", "Jan", "de Vries", "Diever", "06-12345678"),
         ("R03", "فاطمة", "الزهراء", "Havelte", ""),
         ("R04", "Gerrit", "Smit", "Uffelte", "0612345679"),
         ("R05", "Janneke", "Reijnders", "Wapse", "")]


@pytest.fixture
def session(sqlite_db) -> Session:
    volunteer = people.save_volunteer(SYSTEM, {"code": "V1", "first_name": "Anna",
                                               "last_name": "Bakker", "languages": "nl, ar",
                                               "area": "Havelte", "phone": "0612000000"})
    for code, first, last, area, phone in NAMES:
        resident = people.save_resident(SYSTEM, {"code": code, "first_name": first,
                                                 "last_name": last, "area": area, "phone": phone,
                                                 "status": "waiting", "lives_alone": code == "R01"})
        if code in ("R01", "R02"):
            pairings.pair(SYSTEM, resident, volunteer, "weekly:tue")
    return Session("sqlite-test")


@pytest.fixture
def page(qtbot, session) -> ResidentsPage:
    widget = ResidentsPage(session)
    settle(qtbot, widget)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_codes(page: ResidentsPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_models_pass_the_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    page.filter_edit.setText("jan")
    qtmodeltester.check(page.proxy)


def test_columns_show_translated_status_volunteer_and_formatted_phone(page):
    row = page.model.find_id(Resident.get(Resident.code == "R01").id)
    values = [page.model.index(row, col).data() for col in range(page.model.columnCount())]
    assert values == ["R01", "Maaïke Ročak", "Havelte", "0521 123 456", "active", "Anna Bakker",
                      "", "1 Dec 2026", "", "yes"]  # never reached yet; called on Tuesdays
    tooltip = page.model.index(row, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert "Anna Bakker" in tooltip and "weekly:tue" in tooltip
    assert page.count_label.text() == "Residents: 5"


def test_typing_narrows_the_list_ignoring_case_and_accents(page, qtbot):
    qtbot.keyClicks(page.filter_edit, "rocak")
    assert shown_codes(page) == ["R01"]
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "MAAIKE")
    assert shown_codes(page) == ["R01"]
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "jan")
    assert sorted(shown_codes(page)) == ["R02", "R05"]
    assert page.count_label.text() == "Showing 2 of 5 residents"


def test_filter_on_area_code_phone_arabic_and_several_words(page, qtbot):
    for text, expected in [("havelte", ["R01", "R03"]), ("r04", ["R04"]),
                           ("06-1234 5678", ["R02"]), ("الزهراء", ["R03"]),
                           ("jan diever", ["R02"]), ("0521123", ["R01"])]:
        page.filter_edit.setText(text)
        assert sorted(shown_codes(page)) == expected, text


def test_codes_with_hyphens_and_postcodes_are_found_as_typed(page, session, qtbot):
    """Digit-and-hyphen text was taken for a phone number: code 2024-01 was never found."""
    people.save_resident(SYSTEM, {"code": "2024-01", "first_name": "Hanna", "last_name": "Mol",
                                  "postcode": "7971 AB", "phone": "0612000001"})
    people.save_resident(SYSTEM, {"code": "2024-012", "first_name": "Wim", "last_name": "Mol"})
    session.changed("people")
    settle(qtbot, page)
    for text, expected in [("2024-01", ["2024-01", "2024-012"]), ("202401", ["2024-01", "2024-012"]),
                           ("7971AB", ["2024-01"]), ("7971 ab", ["2024-01"]),
                           ("06-1200-0001", ["2024-01"]), ("+31 6 1200 0001", ["2024-01"]),
                           ("mol 2024-012", ["2024-012"])]:
        page.filter_edit.setText(text)
        assert sorted(shown_codes(page)) == expected, text


def test_nothing_matches_says_how_to_get_back(page, qtbot):
    qtbot.keyClicks(page.filter_edit, "xyz")
    assert shown_codes(page) == []
    assert "Esc" in page.info_label.text()
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Escape)
    assert page.filter_edit.text() == "" and len(shown_codes(page)) == 5


def test_sorted_by_name_accent_insensitively_and_by_header(page):
    names = [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]
    assert names == ["Janneke Reijnders", "Maaïke Ročak", "Gerrit Smit", "Jan de Vries",
                     "فاطمة الزهراء"]
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown_codes(page) == ["R05", "R04", "R03", "R02", "R01"]
    page.filter_edit.setText("havelte")  # filtering keeps the chosen order
    assert shown_codes(page) == ["R03", "R01"]
    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # and sorting keeps the filter
    assert shown_codes(page) == ["R01", "R03"]


def test_proxy_folds_display_text_of_any_model(qtmodeltester):
    from belteam_gui.common.filter_proxy import FoldingFilterProxy
    from PySide6.QtCore import QStringListModel

    source = QStringListModel(["Ročak", "Maaïke Jansen", "فاطمة", "Øster"])
    proxy = FoldingFilterProxy()
    proxy.setSourceModel(source)
    proxy.set_filter_text("ROCAK")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Ročak"]
    proxy.set_filter_text("jansen maai")
    assert proxy.rowCount() == 1
    proxy.set_filter_text("oster")
    assert proxy.index(0, 0).data() == "Øster"
    qtmodeltester.check(proxy)


def test_filter_has_focus_and_enter_opens_the_selected(page, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(ResidentsPage.DIALOG, "edit",
                        classmethod(lambda cls, session, pk, parent: opened.append(pk) or (None, False)))
    page.activateWindow()
    page.initial_focus()
    qtbot.waitUntil(page.filter_edit.hasFocus)
    qtbot.keyClicks(page.filter_edit, "smit")
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)
    assert opened == [Resident.get(Resident.code == "R04").id]
    page.view.doubleClicked.emit(page.view.currentIndex())
    assert len(opened) == 2


def test_ctrl_n_and_new_button_open_an_empty_dialog(page, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(ResidentsPage.DIALOG, "edit",
                        classmethod(lambda cls, session, pk, parent: opened.append(pk) or (None, False)))
    page.activateWindow()
    page.initial_focus()
    qtbot.waitUntil(page.filter_edit.hasFocus)
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert opened == [None, None]


def test_typing_in_the_list_goes_to_the_search_box(page, qtbot):
    page.view.setFocus()
    qtbot.keyClicks(page.view, "smi")
    assert page.filter_edit.text() == "smi"
    assert shown_codes(page) == ["R04"]


def test_archive_hides_and_restore_shows_again(page, qtbot, monkeypatch):
    questions = []
    monkeypatch.setattr(people_page, "confirm",
                        lambda parent, title, text, action: questions.append(text) or True)
    page.filter_edit.setText("rocak")
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert "history" in questions[0] and "kept" in questions[0]
    resident = Resident.get(Resident.code == "R01")
    assert resident.archived
    assert shown_codes(page) == []
    assert "archived" in page.info_label.text()
    pairing = resident.pairings.get()
    assert pairing.end_date == the_clock.today()  # archiving ended the pairing, kept its history

    page.archived_box.setChecked(True)
    settle(qtbot, page)
    assert shown_codes(page) == ["R01"]
    assert page.proxy.index(0, 4).data() == "active (archived)"
    assert page.archive_button.text().replace("&", "") == "Restore"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert not Resident.get_by_id(resident.id).archived
    page.archived_box.setChecked(False)
    settle(qtbot, page)
    assert shown_codes(page) == ["R01"]
    assert len(questions) == 1  # restoring needs no question


def test_archive_cancelled_changes_nothing(page, qtbot, monkeypatch):
    monkeypatch.setattr(people_page, "confirm", lambda *args: False)
    page.filter_edit.setText("smit")
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert not Resident.get(Resident.code == "R04").archived
    assert shown_codes(page) == ["R04"]


def test_reloads_when_people_change_and_keeps_the_selection(page, session, qtbot):
    page.filter_edit.setText("smit")
    selected = page.current_id()
    page.filter_edit.clear()
    people.save_resident(SYSTEM, {"code": "R06", "first_name": "Aaltje", "last_name": "Aarts"})
    session.changed("people")
    settle(qtbot, page)
    assert "R06" in shown_codes(page)
    assert page.current_id() == selected


def test_volunteer_sees_only_own_residents_and_cannot_archive(qtbot, session):
    volunteer = people.volunteer_by_code(SYSTEM, "V1")
    session.set_actor(Actor("anna", "volunteer", volunteer_id=volunteer.id))
    page = ResidentsPage(session)
    settle(qtbot, page)
    qtbot.addWidget(page)
    page.show()
    assert sorted(shown_codes(page)) == ["R01", "R02"]
    assert not page.new_button.isVisible() and not page.archive_button.isVisible()
    assert page.edit_button.text().replace("&", "") == "Open…"
    assert page.view.isColumnHidden(5)  # the Volunteer column would only repeat their name
    assert not page.resume_button.isVisible()


def test_volunteers_page_shows_languages_and_load(qtbot, session, qtmodeltester):
    page = VolunteersPage(session)
    settle(qtbot, page)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    values = [page.proxy.index(0, col).data() for col in range(page.proxy.columnCount())]
    assert values == ["V1", "Anna Bakker", "", "2 / 5", "3", "Havelte", "Dutch, Arabic", "", "",
                      "", "06 12000000"]
    page.filter_edit.setText("bakker")
    assert page.proxy.rowCount() == 1
    page.filter_edit.setText("nobody")
    assert page.proxy.rowCount() == 0


def test_twenty_thousand_residents_load_filter_and_sort(qtbot, sqlite_db):
    firsts = ["Jan", "Maaïke", "Gerrit", "فاطمة", "Hélène", "Roelof"]
    lasts = ["Ročak", "de Vries", "Smit", "Jansen", "Bakker"]
    now = the_clock.now()
    rows = [{"code": f"D{i:05d}", "first_name": firsts[i % 6], "last_name": lasts[i % 5],
             "area": "Havelte" if i % 3 else "Diever", "phone": f"+31521{300000 + i:06d}",
             "status": "waiting", "created_at": now, "updated_at": now,
             "birth_date": date(1940, 1, 1)} for i in range(20_000)]
    with sqlite_db.atomic():
        for start in range(0, len(rows), 500):
            Resident.insert_many(rows[start:start + 500]).execute()
    page = ResidentsPage(Session("sqlite-test"))
    settle(qtbot, page)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    assert page.proxy.rowCount() == 20_000
    expected = sum(1 for r in rows if "jan" in fold(f"{r['code']} {r['first_name']} {r['last_name']}"))
    for prefix in ("j", "ja", "jan"):
        page.filter_edit.setText(prefix)
    assert page.proxy.rowCount() == expected
    page.filter_edit.setText("rocak diever")
    assert page.proxy.rowCount() == sum(1 for i in range(20_000) if i % 5 == 0 and i % 3 == 0)
    page.filter_edit.clear()
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, 0).data() == "D19999"
    assert page.current_id() is not None


def test_tab_from_the_search_box_goes_to_the_list(page):
    assert page.filter_edit.nextInFocusChain() is page.view


def test_resume_calls_ends_the_selected_residents_pause(page, qtbot):
    from belteam.calls import absences
    from belteam.storage.models import Pause

    resident = Resident.get(Resident.code == "R01")
    absences.pause_resident(SYSTEM, resident.id, date(2026, 11, 1), None)
    page.filter_edit.setText("rocak")
    assert page.resume_button.isVisible() and page.resume_button.isEnabled()
    qtbot.mouseClick(page.resume_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert Pause.get().end_date == the_clock.today() - timedelta(days=1)
    assert "due again" in page.info_label.text()
    qtbot.mouseClick(page.resume_button, Qt.MouseButton.LeftButton)  # nothing left to end
    assert "no pause" in page.info_label.text()


def test_the_list_is_read_off_the_gui_thread_and_a_new_person_is_selected_when_it_arrives(
        qtbot, session, monkeypatch):
    """20,000 residents take the better part of a second to read: the window must not wait."""
    gate, readers = threading.Event(), []
    real = ResidentsPage.load_rows

    def slow(self, include_archived):
        readers.append(threading.current_thread())
        gate.wait(5)
        return real(self, include_archived)

    monkeypatch.setattr(ResidentsPage, "load_rows", slow)
    page = ResidentsPage(session)  # returns at once: the read waits behind the gate
    qtbot.addWidget(page)
    page.show()
    assert page.loading() and page.count_label.text() == "Loading…"
    qtbot.waitUntil(lambda: bool(readers))
    assert readers[0] is not threading.main_thread()
    made = people.save_resident(SYSTEM, {"code": "R09", "first_name": "Zwaan", "last_name": "Zijl"})
    page.select_id(made.id)  # as after saving a new person, while the rows are still coming
    gate.set()
    settle(qtbot, page)
    assert page.current_id() == made.id
    assert "R09" in shown_codes(page)
