"""Text sizes shared by dialogs."""

from __future__ import annotations

from belteam_gui.common import zoom
from PySide6.QtWidgets import QWidget


def big(widget: QWidget, points: int = 15) -> None:
    """Show ``widget`` in large type (sign-in and first-run forms)."""
    zoom.set_points(widget, points)
