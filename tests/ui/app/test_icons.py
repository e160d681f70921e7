"""Icons ship with the program: no emoji glyph that shows as an empty box without an emoji font."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from belteam_gui.common.icons import ICONS, icon

ROOT = Path(__file__).resolve().parents[3]
# Pictographs, dingbats and symbols that many fonts lack (the lock was U+1F512).
EMOJI = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")


def test_every_icon_loads_from_the_shipped_svg(qapp):
    for name in ICONS:
        assert (ROOT / "resources" / "icons" / f"{name}.svg").is_file()
        assert not icon(name).pixmap(32, 32).isNull(), name
    with pytest.raises(KeyError):
        icon("nonexistent")


def test_no_emoji_glyph_on_screen():
    files = [*sorted((ROOT / "ui").rglob("*.py")), ROOT / "resources" / "translations" / "nl_strings.json"]
    found = [f"{path.relative_to(ROOT)}:{number}" for path in files
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if EMOJI.search(line)]
    assert found == []
