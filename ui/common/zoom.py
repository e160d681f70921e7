"""Zoom: one text size (100–200 %) for every screen and dialog, changed with Ctrl+Plus/Minus/0.

Sizes in code and style sheets are written for 100 %; ``set_style`` and ``set_points`` keep
that base on the widget and scale it, so a later zoom step can scale it again. The
application's font and style sheet scale the same way, so a widget without its own size
follows by itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from belteam.accounts.preferences import TEXT_SIZE_NORMAL, TEXT_SIZE_STEP, clamp_text_size

BASE_POINTS = 12.0  # the program's text at 100 %: volunteers first, big and readable
_CSS_PROPERTY, _POINTS_PROPERTY, _BOLD_PROPERTY = "zoomCss", "zoomPoints", "zoomBold"
# "14pt", "6px", "10.5pt" anywhere in a style sheet (not in colours like #1f5f99)
_LENGTH = re.compile(r"(?<![#\w.])(\d+(?:\.\d+)?)(pt|px)\b")


class _State(QObject):
    changed = Signal(int)  # the new size in percent

    def __init__(self) -> None:
        super().__init__()
        self.percent = TEXT_SIZE_NORMAL
        self.base_css = ""


state = _State()


def percent() -> int:
    return state.percent


def factor() -> float:
    return state.percent / 100


def px(length: float) -> int:
    """A length in pixels written for 100 %, at the current size."""
    return round(length * factor())


def points(size: float) -> float:
    return size * factor()


def scale_css(css: str, by: float | None = None) -> str:
    """Every pt and px length in ``css`` times the zoom factor (px stay whole, ≥ 1)."""
    by = factor() if by is None else by

    def scaled(match: re.Match) -> str:
        value, unit = float(match.group(1)), match.group(2)
        if unit == "px":
            return f"{max(1, round(value * by)) if value else 0}px"
        return f"{round(value * by, 1):g}pt"

    return _LENGTH.sub(scaled, css)


def set_style(widget: QWidget, css: str) -> None:
    """``widget.setStyleSheet(css)`` with its lengths zoomed, now and after every zoom step."""
    widget.setProperty(_CSS_PROPERTY, css)
    widget.setStyleSheet(scale_css(css))


def set_points(widget: QWidget, size: float, bold: bool | None = None) -> None:
    """Give ``widget`` a font of ``size`` pt at 100 % (bold if asked), zoomed from now on."""
    widget.setProperty(_POINTS_PROPERTY, float(size))
    if bold is not None:
        widget.setProperty(_BOLD_PROPERTY, bool(bold))
    _apply_points(widget)


def _apply_points(widget: QWidget) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(points(float(widget.property(_POINTS_PROPERTY))))
    bold = widget.property(_BOLD_PROPERTY)
    if bold is not None:
        font.setBold(bool(bold))
    widget.setFont(font)


def install_style(app: QApplication, css: str) -> None:
    """The application's style sheet, zoomed now and after every step."""
    state.base_css = css
    app.setStyleSheet(scale_css(css))


def apply(size: int) -> int:
    """Show every window at ``size`` percent; returns the size used (kept within 100–200)."""
    size = clamp_text_size(size)
    app = QApplication.instance()
    state.percent = size
    font = QFont(app.font())
    font.setPointSizeF(points(BASE_POINTS))
    app.setFont(font)
    if state.base_css:
        app.setStyleSheet(scale_css(state.base_css))
    for widget in app.allWidgets():
        css = widget.property(_CSS_PROPERTY)
        if css is not None:
            widget.setStyleSheet(scale_css(css))
        if widget.property(_POINTS_PROPERTY) is not None:
            _apply_points(widget)
    state.changed.emit(size)
    return size


def step(direction: int) -> int:
    """One step bigger (1), smaller (-1) or back to normal (0)."""
    if direction == 0:
        return apply(TEXT_SIZE_NORMAL)
    return apply(state.percent + direction * TEXT_SIZE_STEP)


def zoom_direction(event: QKeyEvent) -> int | None:
    """1 for Ctrl+Plus (or Ctrl+=), -1 for Ctrl+Minus, 0 for Ctrl+0, else None."""
    modifiers = event.modifiers()
    if not modifiers & Qt.KeyboardModifier.ControlModifier or modifiers & Qt.KeyboardModifier.AltModifier:
        return None
    return {Qt.Key.Key_Plus: 1, Qt.Key.Key_Equal: 1, Qt.Key.Key_Minus: -1,
            Qt.Key.Key_Underscore: -1, Qt.Key.Key_0: 0}.get(Qt.Key(event.key()))


class ZoomKeys(QObject):
    """Ctrl+Plus/Minus/0 in every window, dialogs included (a shortcut on the main window is
    blocked while a dialog is open); ``saved`` keeps the new size for the user."""

    def __init__(self, app: QApplication, saved: Callable[[int], None] | None = None) -> None:
        super().__init__(app)
        self.saved = saved
        app.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        # A key press travels from the focus widget up to its window: act on its first stop only.
        focus = QApplication.focusWidget()
        if obj is not focus and not (focus is None and obj.isWindow()):
            return False
        direction = zoom_direction(event)
        if direction is None:
            return False
        size = step(direction)
        if self.saved is not None:
            self.saved(size)
        return True


_keys: list[ZoomKeys] = []


def install_keys(saved: Callable[[int], None] | None = None) -> ZoomKeys:
    """The one ZoomKeys filter of the application (a second call only changes ``saved``)."""
    app = QApplication.instance()
    if not _keys or _keys[0].parent() is not app:
        _keys[:] = [ZoomKeys(app, saved)]
    _keys[0].saved = saved
    return _keys[0]
