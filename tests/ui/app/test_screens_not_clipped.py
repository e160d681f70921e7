"""Nothing clipped on the main screens: every page a coordinator or a volunteer sees, in
English and Dutch, at 100 % and 150 %, in a 1366×768 window that never grows wider."""

from __future__ import annotations

import pytest
from belteam_gui.app import i18n
from belteam_gui.app.main_window import MainWindow
from belteam_gui.app.session import Session
from belteam_gui.common import accessible, screen_fit, zoom
from belteam_gui.resources import resource
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from today_helpers import COORDINATOR, build_morning, settle

from tests.ui.app.test_nothing_clipped import clipped_headers, clipped_labels

SCREEN = (1366, 768)


def cut_cells(root: QWidget, rows: int = 40) -> list[str]:
    """Table cells whose text is wider than the column and whose tooltip or accessible
    description does not hold it whole."""
    found = []
    for view in root.findChildren(QTableView):
        model = view.model()
        if not view.isVisibleTo(root) or model is None:
            continue
        metrics = view.fontMetrics()
        padding = 16 if "padding: 0 8px" in view.styleSheet() else 6  # Qt's own margin: 3px a side
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue
            for row in range(min(rows, model.rowCount())):
                index = model.index(row, column)
                text = str(model.data(index) or "").split("\n")[0]
                need = metrics.horizontalAdvance(text) + padding
                if not text or need <= view.columnWidth(column):
                    continue
                whole = " ".join(str(model.data(index, role) or "") for role in (
                    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole))
                if text not in whole:
                    found.append(f"cell {text!r} needs {need}px, has {view.columnWidth(column)}px")
    return found


@pytest.fixture
def morning(sqlite_db, clock, qapp):
    fitter, namer = screen_fit.install(qapp), accessible.install(qapp)  # as the program does
    font, css = qapp.font(), qapp.styleSheet()
    zoom.install_style(qapp, resource("belteam.qss").read_text(encoding="utf-8"))
    yield build_morning(clock.today())
    qapp.removeEventFilter(fitter)
    qapp.removeEventFilter(namer)
    zoom.apply(100)
    zoom.state.base_css = ""
    qapp.setStyleSheet(css)
    qapp.setFont(font)
    i18n.install("en")


def _window(qtbot, actor, size: int) -> MainWindow:
    window = MainWindow(Session("test", actor))
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    zoom.apply(size)
    return window


def _problems(qtbot, window: MainWindow) -> dict[str, list[str]]:
    found = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        if hasattr(page, "loading"):
            settle(qtbot, page)
        # The follow-up page checks its rules in the background and then relabels itself:
        # measure once that is done and laid out, not in between.
        qtbot.waitUntil(lambda p=page: getattr(p, "_refresh", None) is None, timeout=10_000)
        QApplication.processEvents()
        if page.layout() is not None:
            page.layout().activate()
        page.ensurePolished()
        for table in page.findChildren(QTableView):
            if hasattr(table, "fit_columns"):
                table.fit_columns()
        if problems := clipped_labels(page) + clipped_headers(page) + cut_cells(page):
            found[page.objectName()] = problems
    return found


@pytest.mark.parametrize("size", [100, 150])
@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("who", ["coordinator", "volunteer"])
def test_nothing_is_clipped_on_any_screen(qtbot, morning, who, language, size):
    i18n.install(language)
    actor = COORDINATOR if who == "coordinator" else morning.actor
    window = _window(qtbot, actor, size)
    found = _problems(qtbot, window)
    assert window.width() <= SCREEN[0]
    assert found == {}


@pytest.mark.parametrize("size", [100, 150])
@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_window_stays_on_the_screen_when_the_cover_banner_appears(qtbot, morning, language,
                                                                      size):
    i18n.install(language)
    window = _window(qtbot, COORDINATOR, size)
    page = window.show_page("today")
    settle(qtbot, page)
    page.banner.label.setText(page.banner.label.text() * 3)  # a long line, as in a big team
    QApplication.processEvents()
    assert not page.banner.isHidden()
    assert window.width() <= SCREEN[0]
    assert window.minimumSizeHint().width() <= SCREEN[0]
