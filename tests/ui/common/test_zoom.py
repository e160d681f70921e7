"""Zoom: Ctrl+Plus/Minus/0 scale every window and dialog; each user keeps their own size."""

from __future__ import annotations

import pytest
from belteam_gui.app.session import Session
from belteam_gui.common import zoom
from belteam_gui.resources import resource
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
)

from belteam.accounts import preferences
from belteam.accounts.users import create_user
from belteam.core.actors import SYSTEM, Actor
from belteam.core.validation import ValidationError


@pytest.fixture
def zoomed_app(qapp):
    """The program's style sheet installed; afterwards the test application as it was."""
    font, css = qapp.font(), qapp.styleSheet()
    zoom.install_style(qapp, resource("belteam.qss").read_text(encoding="utf-8"))
    zoom.apply(100)
    yield qapp
    zoom.state.base_css = ""
    zoom.state.percent = 100
    qapp.setStyleSheet(css)
    qapp.setFont(font)


def test_style_sheet_lengths_scale_but_colours_do_not():
    css = "QLabel { font-size: 14pt; padding: 6px 0; border: 2px solid #1f5f99; }"
    assert zoom.scale_css(css, 1.5) == "QLabel { font-size: 21pt; padding: 9px 0; border: 3px solid #1f5f99; }"


def _dialog(qtbot) -> tuple[QDialog, QLabel, QLineEdit]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    title, edit = QLabel("Anna de Vries"), QLineEdit()
    zoom.set_points(title, 16, bold=True)
    layout = QVBoxLayout(dialog)
    layout.addWidget(title)
    layout.addWidget(edit)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    return dialog, title, edit


def test_ctrl_plus_minus_zero_in_a_dialog_scale_everything_and_are_kept(zoomed_app, qtbot):
    saved = []
    zoom.install_keys(saved.append)
    _dialog_, title, edit = _dialog(qtbot)
    qtbot.keyClick(edit, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # the + key unshifted
    assert saved == [110, 120] and zoom.percent() == 120
    assert zoomed_app.font().pointSizeF() == pytest.approx(14.4)
    assert title.font().pointSizeF() == pytest.approx(19.2) and title.font().bold()
    assert edit.text() == ""  # the keys zoomed, they typed nothing
    qtbot.keyClick(edit, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert zoom.percent() == 110
    qtbot.keyClick(edit, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert zoom.percent() == 100 and title.font().pointSizeF() == pytest.approx(16)
    assert saved[-1] == 100
    zoom.install_keys(None)


def test_the_size_stays_between_100_and_200(zoomed_app):
    assert zoom.apply(250) == 200
    assert zoom.step(1) == 200
    assert zoom.apply(40) == 100 and zoom.step(-1) == 100


def test_indicators_grow_with_the_text(zoomed_app, qtbot):
    for size in (100, 150, 200):
        zoom.apply(size)
        button = QRadioButton("Bereikt")
        qtbot.addWidget(button)
        button.ensurePolished()
        option = QStyleOptionButton()
        option.initFrom(button)
        indicator = button.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator,
                                                  option, button)
        text_height = QFontInfo(button.font()).pixelSize()
        assert indicator.height() >= text_height, size


def test_each_user_keeps_their_own_text_size(sqlite_db, zoomed_app, qtbot):
    from belteam_gui.app.main_window import MainWindow

    user = create_user(SYSTEM, "els", "coordinator", "a long enough passphrase 1")
    els = Actor("els", "coordinator", user_id=user.id)
    preferences.set_text_size(els, 150)
    window = MainWindow(Session("test", els))
    qtbot.addWidget(window)
    assert zoom.percent() == 150 and zoomed_app.font().pointSizeF() == pytest.approx(18)
    window.menu_actions["zoom_in"].trigger()
    assert preferences.text_size(els) == 160
    assert window.menu_actions["zoom_size"].text() == "Text size: 160 %"
    window.session.set_actor(SYSTEM)  # another user: their own size (the normal one)
    assert zoom.percent() == 100


def test_a_text_size_outside_100_to_200_is_refused(sqlite_db):
    user = create_user(SYSTEM, "jan", "coordinator", "a long enough passphrase 1")
    jan = Actor("jan", "coordinator", user_id=user.id)
    with pytest.raises(ValidationError):
        preferences.set_text_size(jan, 250)
    assert preferences.text_size(jan) == 100
