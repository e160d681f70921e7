"""Icons shipped with the program (resources/icons/*.svg): never an emoji glyph, which shows
as an empty box where no emoji font is installed."""

from __future__ import annotations

from functools import cache

from belteam_gui.resources import resource
from PySide6.QtGui import QIcon

ICONS = ("lock", "flag", "calendar")


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (one of ICONS); a KeyError for an unknown one."""
    if name not in ICONS:
        raise KeyError(name)
    return QIcon(str(resource("icons", f"{name}.svg")))
