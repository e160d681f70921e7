"""Files the window ships: translations, the style sheet, example spreadsheets.

Read them through :func:`resource`, never through a path next to the source, so they are
found wherever the package is installed (a wheel, an editable install, a frozen build).
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """The shipped file or folder at ``parts`` below this package."""
    return files(__name__).joinpath(*parts)


def example_file(kind: str) -> Traversable:
    """The example spreadsheet for an import of ``kind`` (volunteers or residents)."""
    return resource("templates", f"{kind}.csv")
