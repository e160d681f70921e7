"""Lock the window after a while without keyboard or mouse; nothing is closed or lost."""

from __future__ import annotations

from collections.abc import Callable

from belteam_gui.accounts.signin_dialog import SignInDialog
from belteam_gui.app.session import Session
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from belteam.accounts import users as accounts
from belteam.settings import store as settings

INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride,
}


class IdleLock(QObject):
    """An application-wide event filter: input restarts the timer, a timeout shows the lock."""

    def __init__(self, window: QWidget, session: Session, minutes: int | None = None,
                 make_dialog: Callable[..., SignInDialog] = SignInDialog) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.make_dialog = make_dialog
        self.dialog: SignInDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(settings.get("lock_minutes") if minutes is None else minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        """0 switches the lock off."""
        self.timer.setInterval(max(int(minutes * 60_000), 0))
        if minutes > 0:
            self.timer.start()
        else:
            self.timer.stop()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.locked and event.type() in INPUT_EVENTS and self.timer.interval() > 0:
            self.timer.start()
        return False

    def lock(self) -> None:
        """Show the modal lock dialog over the main window (non-blocking: the work stays)."""
        if self.locked or self.session.actor.is_system:
            return
        actor = self.session.actor
        self.dialog = self.make_dialog(
            self.window, self.session.organisation, locked_user=actor.username,
            verify=lambda _name, password: accounts.unlock(actor, password))
        self.dialog.accepted.connect(self._unlocked)
        self._cover(True)
        self.dialog.open()

    def _cover(self, hidden: bool) -> None:
        """Hide (not close) what is on screen, so nobody reads it while the owner is away."""
        central = getattr(self.window, "centralWidget", lambda: None)()
        if central is not None:
            central.setVisible(not hidden)

    def _unlocked(self) -> None:
        self._cover(False)
        self.dialog.deleteLater()
        self.dialog = None
        self.timer.start()

    def remove(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.timer.stop()
