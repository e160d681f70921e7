"""Lists that answer questions: the residents' filters and desk columns, the volunteers' load
and quiet flag, and export/print of the rows on screen (coordinators only)."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from belteam_gui.app.session import Session
from belteam_gui.people import list_tools
from belteam_gui.people.residents_page import ResidentsPage
from belteam_gui.people.volunteers_page import VolunteersPage
from matching_helpers import desk_team, resident
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from today_helpers import settle

from belteam.core.actors import Actor
from belteam.core.clock import TZ
from belteam.storage.models import AuditEntry, CallAttempt

COORDINATOR = Actor("mieke", "coordinator")


def exports():
    return list(AuditEntry.select().where(AuditEntry.action == "data_exported"))


@pytest.fixture
def team(sqlite_db, clock):
    ann, bob = desk_team(available="di do ochtend")
    resident("STOP", area="Uffelte", status="stopped")
    return ann, bob


def _page(qtbot, kind, actor=COORDINATOR):
    page = kind(Session("sqlite-test", actor))
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, page)
    return page


def shown(page) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_filters_change_the_rows_and_the_count(qtbot, team, qtmodeltester):
    page = _page(qtbot, ResidentsPage)
    bar = page.filters
    assert sorted(shown(page)) == ["JAN", "PIET", "STOP", "WAIT"]
    _choose(bar.status_box, "waiting")
    assert shown(page) == ["WAIT"]
    assert page.count_label.text() == "Showing 1 of 4 residents"
    _choose(bar.status_box, "")
    _choose(bar.area_box, "Havelte")
    assert sorted(shown(page)) == ["JAN", "WAIT"]
    _choose(bar.area_box, "")
    _choose(bar.volunteer_box, "BOB")
    assert shown(page) == ["PIET"]
    _choose(bar.volunteer_box, "")
    bar.case_box.setChecked(True)
    assert shown(page) == ["PIET"]
    bar.case_box.setChecked(False)
    bar.days_box.setValue(30)
    bar.silent_box.setChecked(True)
    assert sorted(shown(page)) == ["JAN", "STOP", "WAIT"]  # PIET spoke on 23 November
    page.filter_edit.setText("jan")  # the search narrows the filtered rows further
    assert shown(page) == ["JAN"]
    qtmodeltester.check(page.proxy)
    page.filter_edit.clear()
    _choose(bar.status_box, "paused")
    assert shown(page) == [] and "filters" in page.info_label.text()
    qtmodeltester.check(page.model)


def test_sort_by_next_call_by_the_date_not_the_text(qtbot, team):
    page = _page(qtbot, ResidentsPage)
    header = page.model.headerData(7, Qt.Orientation.Horizontal)
    assert header == "Next call"
    page.view.sortByColumn(7, Qt.SortOrder.AscendingOrder)
    # PIET Monday 30 Nov, JAN Thursday 3 Dec ("3 Dec" < "30 Nov" as text), nobody last.
    assert shown(page)[:2] == ["PIET", "JAN"]
    assert [page.proxy.index(r, 7).data() for r in range(2)] == ["30 Nov 2026", "3 Dec 2026"]
    page.view.sortByColumn(8, Qt.SortOrder.AscendingOrder)  # wellbeing: 4 before 7, none last
    assert shown(page)[:2] == ["PIET", "JAN"]
    page.view.sortByColumn(6, Qt.SortOrder.AscendingOrder)  # last contact: never first
    assert shown(page)[-2:] == ["JAN", "PIET"]


def test_volunteers_show_load_free_absence_and_quiet(qtbot, team, qtmodeltester):
    page = _page(qtbot, VolunteersPage)
    qtmodeltester.check(page.model)
    model = page.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rows = {page.proxy.index(r, 0).data(): [page.proxy.index(r, c).data()
                                           for c in range(len(titles))]
            for r in range(page.proxy.rowCount())}
    ann = dict(zip(titles, rows["ANN"], strict=True))
    bob = dict(zip(titles, rows["BOB"], strict=True))
    assert (ann["Alert"], ann["Residents"], ann["Free"], ann["Availability"]) == (
        "Quiet", "1 / 3", "2", "Tue, Thu morning")
    assert (bob["Alert"], bob["Next absence"], bob["Last call logged"]) == (
        "", "5 Dec – 9 Dec 2026", "23 Nov 2026")
    flags = {page.proxy.index(r, 0).data(): page.proxy.index(r, 2).data(Qt.ItemDataRole.DecorationRole)
             for r in range(page.proxy.rowCount())}
    assert not flags["ANN"].isNull() and flags["BOB"] is None  # the shipped flag, no emoji
    page.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert shown(page)[0] == "ANN"  # the quiet first


@pytest.mark.parametrize("role", ["volunteer", "staff"])
def test_export_and_print_are_the_coordinators(qtbot, team, role, monkeypatch):
    ann, _bob = team
    actor = Actor("ann", role, volunteer_id=ann.id if role == "volunteer" else None)
    for kind in (ResidentsPage, VolunteersPage):
        page = _page(qtbot, kind, actor)
        assert not page.export_button.isVisible() and not page.print_button.isVisible()
        monkeypatch.setattr(list_tools, "save_path", lambda *a: pytest.fail("asked for a file"))
        page.write_list(printing=False)
    assert exports() == []
    coordinator = _page(qtbot, ResidentsPage)
    assert coordinator.export_button.isVisible() and coordinator.print_button.isVisible()


def test_export_writes_the_rows_on_screen_in_their_order(qtbot, team, tmp_path, monkeypatch):
    page = _page(qtbot, ResidentsPage)
    _choose(page.filters.status_box, "active")
    page.view.sortByColumn(7, Qt.SortOrder.AscendingOrder)
    target = tmp_path / "active.xlsx"
    monkeypatch.setattr(list_tools.QFileDialog, "getSaveFileName",
                        lambda *a: (str(target), "Excel workbook (*.xlsx)"))
    page.export_button.click()
    sheet = load_workbook(target).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][:3] == ["Code", "Name", "Area / village"] and "Next call" in values[0]
    assert [row[0] for row in values[1:]] == ["PIET", "JAN"]
    assert page.info_label.text() == f"Saved 2 rows to {target}"
    [entry] = exports()
    assert (entry.actor, entry.subject, entry.detail) == ("mieke", "list:residents", "2 rows, xlsx")


def test_print_writes_a_pdf_of_the_rows_on_screen(qtbot, team, tmp_path, monkeypatch):
    page = _page(qtbot, VolunteersPage)
    page.filter_edit.setText("ann")
    target = tmp_path / "vol"
    monkeypatch.setattr(list_tools.QFileDialog, "getSaveFileName",
                        lambda *a: (str(target), "PDF (*.pdf)"))
    page.print_button.click()
    text = subprocess.run(["pdftotext", str(Path(f"{target}.pdf")), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Volunteers" in text and "ANN" in text and "BOB" not in text
    assert [e.detail for e in exports()] == ["1 rows, pdf"]


def test_a_volunteer_sees_the_status_filter_only_and_no_desk_columns(qtbot, team):
    ann, _bob = team
    page = _page(qtbot, ResidentsPage, Actor("ann", "volunteer", volunteer_id=ann.id))
    assert shown(page) == ["JAN"]
    assert page.filters.status_box.isVisible()
    assert not page.filters.area_box.isVisible() and not page.filters.case_box.isVisible()
    assert all(page.view.isColumnHidden(c) for c in ResidentsPage.DESK_COLUMNS)
    coordinator = _page(qtbot, ResidentsPage)
    assert not any(coordinator.view.isColumnHidden(c) for c in ResidentsPage.DESK_COLUMNS)


def test_a_logged_call_shows_as_the_last_contact_after_the_change(qtbot, team):
    page = _page(qtbot, ResidentsPage)
    jan = next(r for r in page.model.rows() if r.code == "JAN")
    CallAttempt.create(resident=jan.id, due_date=date(2026, 11, 26),
                       at=datetime(2026, 11, 26, 10, tzinfo=TZ), outcome="reached", wellbeing=9)
    page.session.changed("calls")
    settle(qtbot, page)
    jan = next(r for r in page.model.rows() if r.code == "JAN")
    assert (jan.last_contact, jan.wellbeing) == (date(2026, 11, 26), 9)


def test_volunteers_are_chosen_by_code_and_namesakes_stay_apart(qtbot):
    from belteam_gui.people.resident_filters import ResidentFilterBar

    bar = ResidentFilterBar()
    qtbot.addWidget(bar)
    bar.set_choices(["Havelte"], [("A1", "Ann Smit"), ("A2", "Ann Smit"), ("B1", "Bob"),
                                  ("A1", "Ann Smit"), ("", "")])
    box = bar.volunteer_box
    offered = [(box.itemText(i), box.itemData(i)) for i in range(box.count())]
    assert offered == [("All", ""), ("Ann Smit (A1)", "A1"), ("Ann Smit (A2)", "A2"),
                       ("Bob", "B1")]
    _choose(box, "A2")
    assert bar.current().volunteer == "A2"
    assert box.toolTip() == "Ann Smit (A2)"  # the closed box may cut the name and code
    bar.set_choices(["Havelte"], [("A2", "Ann Smit"), ("B1", "Bob")])  # a reload keeps it
    assert (box.currentText(), bar.current().volunteer) == ("Ann Smit", "A2")
