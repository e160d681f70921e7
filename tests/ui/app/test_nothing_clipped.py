"""Nothing clipped: in every dialog, in English and Dutch, at 100 % and 150 %, each one-line
label gets the width its text needs."""

from __future__ import annotations

import pytest
from belteam_gui.app import i18n
from belteam_gui.common import accessible, screen_fit, zoom
from belteam_gui.resources import resource
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QDialog, QLabel, QTableView, QWidget
from today_helpers import build_morning

from tests.ui.dialog_catalogue import catalogue


def clipped_labels(root: QDialog) -> list[str]:
    """One-line plain labels whose text is wider than the label."""
    found = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if (not label.isVisibleTo(root) or label.wordWrap() or not text or "\n" in text
                or label.textFormat() == Qt.TextFormat.RichText or "<" in text
                or (label.pixmap() is not None and not label.pixmap().isNull())):
            continue
        shown = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        need = label.fontMetrics().horizontalAdvance(shown)
        if need > label.contentsRect().width() + 1:
            found.append(f"{shown!r} needs {need}px, has {label.contentsRect().width()}px")
    return found


def clipped_headers(root: QWidget) -> list[str]:
    """Column headers whose title (bold, with the style sheet's padding) is wider than the column."""
    found = []
    for view in root.findChildren(QTableView):
        if not view.isVisibleTo(root) or view.model() is None:
            continue
        header = view.horizontalHeader()
        font = QFont(header.font())
        font.setBold(True)  # the style sheet's headers are bold
        metrics = QFontMetrics(font)
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            title = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
            need = metrics.horizontalAdvance(title) + 2 * zoom.px(6)
            if title and need > header.sectionSize(column):
                found.append(f"header {title!r} needs {need}px, has {header.sectionSize(column)}px")
    return found


def test_the_checks_see_a_clipped_label_and_header(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    label = QLabel("Niet beschikbaar", dialog)
    label.setFixedWidth(30)
    assert clipped_labels(dialog) and "Niet beschikbaar" in clipped_labels(dialog)[0]
    from PySide6.QtGui import QStandardItemModel

    model = QStandardItemModel(1, 1, dialog)
    model.setHorizontalHeaderLabels(["Welzijn"])
    view = QTableView(dialog)
    view.setModel(model)
    view.horizontalHeader().resizeSection(0, 20)
    assert clipped_headers(dialog) and "Welzijn" in clipped_headers(dialog)[0]


@pytest.fixture
def dialogs(sqlite_db, clock, qapp):
    fitter, namer = screen_fit.install(qapp), accessible.install(qapp)  # as the program does
    font, css = qapp.font(), qapp.styleSheet()
    zoom.install_style(qapp, resource("belteam.qss").read_text(encoding="utf-8"))
    yield catalogue(build_morning(clock.today()))
    qapp.removeEventFilter(fitter)
    qapp.removeEventFilter(namer)
    zoom.apply(100)
    zoom.state.base_css = ""
    qapp.setStyleSheet(css)
    qapp.setFont(font)
    i18n.install("en")


@pytest.mark.parametrize("size", [100, 150])
@pytest.mark.parametrize("language", ["en", "nl"])
def test_no_label_is_clipped_in_any_dialog(qtbot, dialogs, language, size):
    i18n.install(language)
    zoom.apply(size)
    found = {}
    for name, make in dialogs.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if problems := clipped_labels(dialog) + clipped_headers(dialog):
            found[name] = problems
        if hasattr(dialog, "saved_attempt"):
            dialog.drafts.clear(dialog.draft_key)
            dialog.saved_attempt = object()
        dialog.done(0)
    assert found == {}
