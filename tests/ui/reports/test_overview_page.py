"""The Overview page: figures computed in a worker, Qt charts, areas, export, who sees it."""

from __future__ import annotations

import pytest
from belteam_gui.app.pages import PAGES
from belteam_gui.app.session import Session
from belteam_gui.reports.page import OverviewPage
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog

from belteam.core.actors import Actor
from belteam.storage.models import AuditEntry
from tests.report_helpers import scripted_month


@pytest.fixture
def page(qtbot, sqlite_db, clock, qapp):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Netherlands))
    scripted_month()
    widget = OverviewPage(Session("test.sqlite3", Actor("coco", "coordinator")))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.view is not None)
    return widget


def cell(table, row: int, col: int) -> str:
    return table.item(row, col).text()


def test_month_figures_charts_and_areas(qtbot, page):
    page.period_box.setCurrentIndex(page.period_box.findData("this_month"))
    qtbot.waitUntil(lambda: page.view.period.kind == "month")
    assert (cell(page.figures, 0, 0), cell(page.figures, 0, 1)) == ("Due calls", "44")
    assert cell(page.figures, 5, 1) == "<5"  # residents not reached: 3
    assert "2026-11-01 to 2026-11-30" in page.status.text()
    reach = page.reach_view.chart().series()[0]
    # Week 46 (9 November): N1..N5 reached, N6 busy.
    assert reach.count() == 12 and reach.at(8).y() == pytest.approx(100 * 5 / 6, abs=0.1)
    bars = page.wellbeing_view.chart().series()[0].barSets()
    assert [bars[0].at(i) for i in range(10)] == [0.0] * 10  # every mark "<5": drawn as 0
    areas = {cell(page.areas, r, 0): cell(page.areas, r, 1) for r in range(page.areas.rowCount())}
    assert areas == {"Noord": "<5", "Zuid": "<5"}  # Zuid has 3 residents; Noord would tell


def test_export_pdf_is_audited(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "week.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.pdf_button.click()
    assert target.exists() and "Saved" in page.status.text()
    assert AuditEntry.get(AuditEntry.action == "report_exported").actor == "coco"


def test_only_coordinators_and_staff_have_the_page():
    spec = next(p for p in PAGES if p.key == "overview")
    assert Actor("c", "coordinator").can(spec.permission) and Actor("s", "staff").can(spec.permission)
    assert not Actor("v", "volunteer", volunteer_id=1).can(spec.permission)
