"""What the window knows about who is signed in; the services do the deciding."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from belteam.core.actors import SYSTEM, Actor


class Session(QObject):
    """The acting user and the database URL, with a signal when data changed."""

    data_changed = Signal(str)  # what changed: "people", "pairings", "calls", "cases", ...
    actor_changed = Signal()

    def __init__(self, db_url: str, actor: Actor = SYSTEM) -> None:
        super().__init__()
        self.db_url = db_url
        self.actor = actor
        self.organisation = ""

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.actor_changed.emit()

    def changed(self, what: str) -> None:
        self.data_changed.emit(what)
