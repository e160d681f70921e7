"""No dialog taller or wider than the screen: at a large text size its contents scroll."""

from __future__ import annotations

from belteam_gui.common import zoom
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

FRAME_ROOM = 48  # the window manager's title bar and borders
_DONE, _GROWN = "screenFitted", "screenGrown"


def fit(dialog: QDialog) -> bool:
    """Put the dialog's contents in a scroll area when they do not fit on its screen;
    True when it did."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    height, width = room.height() - FRAME_ROOM, room.width() - FRAME_ROOM // 2
    if zoom.factor() > 1 and dialog.testAttribute(Qt.WidgetAttribute.WA_Resized) \
            and not dialog.property(_GROWN):
        # A size set in code was chosen for 100 %: grow it with the text (within the screen).
        dialog.setProperty(_GROWN, True)
        dialog.resize(min(round(dialog.width() * zoom.factor()), width),
                      min(round(dialog.height() * zoom.factor()), height))
    hint, layout = dialog.sizeHint(), dialog.layout()
    if layout is None or dialog.property(_DONE) or (hint.height() <= height and hint.width() <= width):
        return False
    dialog.setProperty(_DONE, True)
    buttons = _take_buttons(layout)  # Save and Cancel stay in sight below the scrolling part
    inner = QWidget()
    inner.setObjectName("screenFitContents")
    inner.setLayout(layout)  # takes the layout over, with the widgets it holds
    scroll = QScrollArea()
    scroll.setObjectName("screenFitScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(inner)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    if buttons is not None:
        holder = QWidget()
        holder.setObjectName("screenFitButtons")
        holder.setLayout(buttons)
        outer.addWidget(holder)
    bar = dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    dialog.setMinimumSize(0, 0)
    dialog.resize(min(hint.width() + bar, width), min(hint.height() + bar, height))
    return True


def _take_buttons(layout: QLayout) -> QLayout | None:
    """The layout's last row when it holds the dialog's buttons, taken out of it."""
    last = layout.itemAt(layout.count() - 1) if layout.count() else None
    if last is None:
        return None
    widget, row = last.widget(), last.layout()
    holds_buttons = isinstance(widget, QDialogButtonBox) or (
        row is not None and any(isinstance(row.itemAt(i).widget(), QDialogButtonBox | QPushButton)
                                for i in range(row.count())))
    if not holds_buttons:
        return None
    layout.takeAt(layout.count() - 1)
    if row is not None:
        return row
    wrapper = QHBoxLayout()
    wrapper.addWidget(widget)
    return wrapper


class ScreenFit(QObject):
    """Fits every dialog when it is first shown."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(obj, QDialog):
            fit(obj)
        return False


def install(app: QApplication) -> ScreenFit:
    fitter = ScreenFit(app)
    app.installEventFilter(fitter)
    return fitter
