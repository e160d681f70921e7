"""Text sizes shared by dialogs."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget


def big(widget: QWidget, points: int = 15) -> None:
    """Show ``widget`` in large type (sign-in and first-run forms)."""
    font = QFont(widget.font())
    font.setPointSize(points)
    widget.setFont(font)
