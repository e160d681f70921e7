"""What every screenshot script shares: saving a widget as a PNG once it has settled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def grab_png(widget: QWidget, path: Path) -> Path:
    """Save ``widget`` to ``path`` after pending paints, layouts and short timers."""
    QTest.qWait(200)  # column refits run on short timers
    widget.grab().save(str(path))
    print(f"{path}  {widget.width()}×{widget.height()}")
    return path
