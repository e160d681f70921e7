"""The red banner on a coordinator's Today screen: calls whose caller is away, to hand over."""

from __future__ import annotations

from typing import Any

from belteam_gui.app.session import Session
from belteam_gui.common import zoom
from belteam_gui.common.plan_words import fill
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

BANNER_STYLE = ("#coverBanner { background: #fbd9d6; border: 1px solid #d9534f;"
                " border-radius: 6px; }")


translate = QCoreApplication.translate  # the name lupdate finds; context: the Today screen


class CoverBanner(QFrame):
    """Says how many calls need cover and opens the hand-over dialog; hidden when none do."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.waiting: list[Any] = []
        self.setObjectName("coverBanner")
        zoom.set_style(self, BANNER_STYLE)
        self.label = QLabel()
        self.label.setWordWrap(True)
        zoom.set_style(self.label, "font-size: 13pt;")
        self.hand_over_button = QPushButton(translate("TodayPage", "&Hand over…"))
        self.hand_over_button.clicked.connect(self.hand_over)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.hand_over_button)
        self.hide()

    def show_calls(self, waiting: list[Any]) -> None:
        """Show the banner for these calls, if there are any and this user may assign cover."""
        self.waiting = list(waiting)
        show = bool(waiting) and self.session.actor.can("cover.assign")
        self.setVisible(show)
        if not show:
            return
        if len(waiting) == 1:
            text = translate("TodayPage", "1 call needs cover: its caller is away. Hand it "
                                          "to another volunteer for that period.")
        else:
            text = fill(translate("TodayPage", "%1 calls need cover: their caller is away. "
                                               "Hand them to another volunteer for that "
                                               "period."), str(len(waiting)))
        self.label.setText(text)

    def hand_over(self) -> None:
        from belteam_gui.today.hand_over_dialog import HandOverDialog

        if self.waiting:
            HandOverDialog(self.session, self.waiting, parent=self.window()).exec()
