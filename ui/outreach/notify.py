"""Tell staff and coordinators when an evaluation opens new follow-up cases.

The domain calls ``belteam.outreach.cases.AFTER_EVALUATE`` listeners after each evaluation, from the
GUI thread (a call just logged) or a worker thread (the scheduled job). The listener here only
emits a Qt signal; the queued connection delivers it to the GUI thread, where the status bar
message and the tray notification are shown. No widget is touched from a worker thread.
"""

from __future__ import annotations

import weakref

from belteam_gui.app.session import Session
from belteam_gui.outreach import words
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStyle, QSystemTrayIcon

from belteam.outreach import cases as outreach

MESSAGE_MS = 15_000


class OutreachNotifier(QObject):
    """Status bar message and tray notification: "2 new follow-up cases"."""

    cases_opened = Signal(int)

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.tray: QSystemTrayIcon | None = None
        self.last_message = ""
        self.cases_opened.connect(self._show, Qt.ConnectionType.QueuedConnection)
        this = weakref.ref(self)

        def heard(cases: list) -> None:  # any thread: only emit
            notifier = this()
            if notifier is not None:
                notifier.cases_opened.emit(len(cases))

        self._listener = heard
        outreach.AFTER_EVALUATE.append(heard)
        window.destroyed.connect(lambda *_: _forget(heard))

    def remove(self) -> None:
        _forget(self._listener)

    def _show(self, count: int) -> None:
        self.session.changed("cases")  # open lists (the follow-up queue, Today) reload
        if count <= 0 or not self.session.actor.can("outreach.read"):
            return  # volunteers never hear about cases
        self.last_message = words.new_cases_text(count)
        self.window.statusBar().showMessage(self.last_message, MESSAGE_MS)
        tray = self._tray()
        if tray is not None:
            tray.showMessage("Belteam", self.last_message,
                             QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)

    def _tray(self) -> QSystemTrayIcon | None:
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            icon = self.window.windowIcon()
            if icon.isNull():
                icon = QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("Belteam")
            self.tray.messageClicked.connect(self._open_queue)
            self.tray.show()
        return self.tray

    def _open_queue(self) -> None:
        show_page = getattr(self.window, "show_page", None)
        if callable(show_page) and self.session.actor.can("outreach.read"):
            show_page("outreach")
        self.window.showNormal()
        self.window.activateWindow()


def _forget(listener) -> None:
    if listener in outreach.AFTER_EVALUATE:
        outreach.AFTER_EVALUATE.remove(listener)


def install_notifier(window: QMainWindow, session: Session) -> OutreachNotifier:
    """Listen for new cases for as long as the window lives."""
    notifier = OutreachNotifier(window, session)
    window.outreach_notifier = notifier  # type: ignore[attr-defined]
    return notifier
