"""WCAG AA contrast for every text colour on its background, read from what the screens use:
the style sheet, the screens' own style sheets and the colours the models hand the delegates.
And meaning is never colour alone: every coloured status also has its word."""

from __future__ import annotations

import re

import pytest
from belteam_gui.common import table_model
from belteam_gui.common.call_words import STATUS_LABELS, status_label
from belteam_gui.importing import model as import_model
from belteam_gui.resources import resource
from belteam_gui.today import banner, history_dialog, two_line_delegate
from belteam_gui.today import model as tm
from belteam_gui.today import page as today_page
from belteam_gui.today.table import TodayTable
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from today_helpers import build_morning

from belteam.calls import schedule

AA, AA_LARGE = 4.5, 3.0
_RULE = re.compile(r"([^{}]+)\{([^}]*)\}")


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _large(declarations: dict[str, str]) -> bool:
    """WCAG's large text: 18 pt, or 14 pt bold."""
    size = re.search(r"(\d+(?:\.\d+)?)pt", declarations.get("font-size", ""))
    points = float(size.group(1)) if size else 12.0
    return points >= 18 or (points >= 14 and "bold" in declarations.get("font-weight", ""))


def css_pairs(css: str, palette: QPalette) -> list[tuple[str, QColor, QColor, float]]:
    """(rule, text colour, background, minimum ratio) for every rule that sets a colour."""
    pairs = []
    for selector, body in _RULE.findall(re.sub(r"/\*.*?\*/", "", css, flags=re.S)):
        declarations = dict((name.strip(), value.strip()) for name, _, value in
                            (part.partition(":") for part in body.split(";") if ":" in part))
        need = AA_LARGE if _large(declarations) else AA
        fg, bg = declarations.get("color"), declarations.get("background",
                                                             declarations.get("background-color"))
        if bg in ("transparent", "none"):
            bg = None  # the window or the field below shows through
        if fg or bg:
            backgrounds = [QColor(bg)] if bg else [palette.color(QPalette.ColorRole.Window),
                                                   palette.color(QPalette.ColorRole.Base)]
            text = QColor(fg) if fg else palette.color(QPalette.ColorRole.Text)
            pairs += [(selector.strip(), text, back, need) for back in backgrounds]
        if "selection-color" in declarations:
            pairs.append((selector.strip() + " selection", QColor(declarations["selection-color"]),
                          QColor(declarations["selection-background-color"]), AA))
    return pairs


def screen_styles(qtbot) -> dict[str, str]:
    table = TodayTable()
    qtbot.addWidget(table)
    return {"belteam.qss": resource("belteam.qss").read_text(encoding="utf-8"),
            "Today's big button": today_page.PRIMARY_STYLE, "cover banner": banner.BANNER_STYLE,
            "Today's table": table.property("zoomCss")}


def test_every_style_sheet_colour_pair_meets_aa(qapp, qtbot):
    palette = qapp.palette()
    failing = [f"{name} {rule}: {fg.name()} on {bg.name()} is {contrast(fg, bg):.2f}:1"
               for name, css in screen_styles(qtbot).items()
               for rule, fg, bg, need in css_pairs(css, palette) if contrast(fg, bg) < need]
    assert failing == []


def test_the_checker_catches_a_weak_pair(qapp):
    pairs = css_pairs("QPushButton:disabled { background: #9db3c8; color: white; }", qapp.palette())
    assert [round(contrast(fg, bg), 2) for _, fg, bg, _ in pairs] == [2.16]


@pytest.fixture
def morning(sqlite_db, clock):
    return build_morning(clock.today())


def _backgrounds(qapp: QApplication) -> list[QColor]:
    """A row's own background, else the table's plain, alternate and selected ones."""
    palette = qapp.palette()
    return [palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.AlternateBase),
            QColor("#cfe3f6")]


def test_today_rows_meet_aa_done_rows_included(qapp, morning):
    model = tm.TodayModel()
    model.set_calls(schedule.today_list(morning.actor), morning.day)
    text = qapp.palette().color(QPalette.ColorRole.Text)
    failing, statuses = [], set()
    for row in range(model.rowCount()):
        statuses.add(model.index(row, tm.STATUS).data(tm.CALL_ROLE).status)
        for column in range(model.columnCount()):
            index = model.index(row, column)
            brush = index.data(Qt.ItemDataRole.ForegroundRole)
            own = index.data(Qt.ItemDataRole.BackgroundRole)
            fg = brush.color() if brush is not None else text
            for bg in [own.color()] if own is not None else _backgrounds(qapp):
                for colour in (fg, two_line_delegate._SUB_GREY):  # the main and the second line
                    if contrast(colour, bg) < AA:
                        failing.append((row, column, colour.name(), bg.name()))
    assert {"done", "retry", "missed"} <= statuses
    assert failing == []


def test_other_model_colours_meet_aa(qapp):
    base = _backgrounds(qapp)
    pairs = [(history_dialog._CONFIDENTIAL.color(), bg) for bg in base]
    pairs += [(table_model._ARCHIVED_FOREGROUND.color(), bg) for bg in base]
    pairs += [(import_model.PROBLEM_FOREGROUND.color(), import_model.PROBLEM_BACKGROUND.color()),
              (QColor("black"), import_model.PROBLEM_BACKGROUND.color())]
    pairs += [(import_model.WARNING_FOREGROUND.color(), bg) for bg in base]
    assert [(fg.name(), bg.name()) for fg, bg in pairs if contrast(fg, bg) < AA] == []


def test_meaning_is_never_colour_alone(morning):
    """Every coloured status says what it is in words, each its own."""
    words = {status: status_label(status) for status in STATUS_LABELS}
    assert all(words.values()) and len(set(words.values())) == len(words)
    model = tm.TodayModel()
    model.set_calls(schedule.today_list(morning.actor), morning.day)
    for row in range(model.rowCount()):
        call = model.index(row, tm.STATUS).data(tm.CALL_ROLE)
        assert model.index(row, tm.STATUS).data() == words[call.status]
