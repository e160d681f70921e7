"""Offscreen 1366×768 screenshots of the Pairings screen and the pair dialog.

Run: QT_QPA_PLATFORM=offscreen python scripts/screenshots_pairing.py [OUT_DIR]
(English always; Dutch too when resources/translations/belteam_nl.qm exists.)
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from belteam_gui.app import i18n  # noqa: E402
from belteam_gui.app.main import make_app  # noqa: E402
from belteam_gui.app.session import Session  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from belteam.core.actors import SYSTEM  # noqa: E402
from belteam.core.clock import clock  # noqa: E402
from belteam.pairings import service as pairings  # noqa: E402
from belteam.people.service import save_resident, save_volunteer  # noqa: E402
from belteam.storage.migrations import init_db  # noqa: E402
from scripts.shots import grab_png  # noqa: E402

SIZE = (1366, 768)
VOLUNTEERS = [
    ("V1", "Anna", "de Vries", "Dorp", "nl,en", 5), ("V2", "Bram", "Smit", "Stad", "nl", 2),
    ("V3", "Fatma", "Yilmaz", "Stad", "nl,tr", 4), ("V4", "Gerrit", "Jansen", "Dorp", "nl", 3),
]
RESIDENTS = [
    ("R1", "Jana", "Ročak", "Dorp"), ("R2", "Kees", "Bos", "Dorp"), ("R3", "Lies", "Mol", "Stad"),
    ("R4", "Henk", "van den Berg", "Stad"), ("R5", "Truus", "Kok", "Dorp"),
    ("R6", "Ahmet", "Demir", "Stad"), ("R7", "Mien", "Aalbers", "Dorp"),
    ("R8", "Wim", "de Groot", "Stad"),
]
# resident code, volunteer code, plan, start, preferred time
PAIRS = [
    ("R1", "V1", "biweekly:fri", date(2026, 11, 6), time(10, 0)),
    ("R2", "V2", "monthly:1mon", date(2026, 11, 2), time(15, 30)),
    ("R3", "V2", "weekdays", date(2026, 10, 1), time(9, 30)),
    ("R4", "V3", "weekly:mon+thu", date(2026, 9, 14), time(19, 0)),
    ("R5", "V4", "weekly:tue", date(2026, 11, 10), time(14, 0)),
    ("R6", "V3", "every3weeks:wed", date(2026, 11, 4), None),
    ("R7", "V1", "once", date(2026, 12, 2), time(11, 0)),
]


def demo_data() -> None:
    """A small village team, pinned to Monday 30 November 2026."""
    clock.pin(date(2026, 11, 30))
    volunteers = {code: save_volunteer(SYSTEM, {
        "code": code, "first_name": first, "last_name": last, "area": area,
        "languages": langs, "max_residents": cap})
        for code, first, last, area, langs, cap in VOLUNTEERS}
    residents = {code: save_resident(SYSTEM, {
        "code": code, "first_name": first, "last_name": last, "area": area})
        for code, first, last, area in RESIDENTS}
    for res, vol, plan, start, moment in PAIRS:
        pairings.pair(SYSTEM, residents[res], volunteers[vol], plan, start, moment)
    ended = pairings.pair(SYSTEM, residents["R8"], volunteers["V4"], "daily", date(2026, 9, 1))
    pairings.end_pairing(SYSTEM, ended, date(2026, 11, 20), "Moved")


def save(widget: QWidget, out: Path, name: str) -> Path:
    return grab_png(widget, out / name)


def shoot(session: Session, out: Path, lang: str) -> None:
    from belteam_gui.pairings.page import PairingsPage
    from belteam_gui.pairings.pair_dialog import PairDialog

    i18n.install(lang)
    try:
        from belteam_gui.app.main_window import MainWindow

        window: QWidget = MainWindow(session)
        page = window.show_page("pairings")
    except Exception as exc:  # another screen failing must not stop these shots
        print(f"main window unavailable ({exc}); the page alone")
        window = page = PairingsPage(session)
    window.resize(*SIZE)
    window.show()
    page.ended_check.setChecked(True)
    page.select_id(page.model.row(0).id)
    save(window, out, f"pairings_{lang}.png")

    dialog = PairDialog(session, parent=window)
    dialog.show()
    dialog.volunteer_combo.select_data(dialog.volunteer_combo.itemData(
        next(row for row in range(dialog.volunteer_combo.count())
             if "Bram" in dialog.volunteer_combo.itemText(row))))
    editor = dialog.editor
    editor.set_kind("biweekly")
    editor.day_boxes[0].setChecked(False)
    editor.day_boxes[4].setChecked(True)
    editor.part_combo.setCurrentIndex(editor.part_combo.findData("at"))
    editor.time_edit.setTime(time(10, 30))
    save(dialog, out, f"pair_dialog_{lang}.png")
    dialog.close()

    running = page.model.row(0).id
    change = PairDialog(session, pairing_id=running, parent=window)
    change.show()
    change.editor.set_kind("monthly")
    save(change, out, f"change_plan_{lang}.png")
    change.close()

    from belteam_gui.pairings.end_pairing_dialog import EndPairingDialog

    row = page.model.row(0)
    ending = EndPairingDialog(row.resident, row.volunteer, row.start, window)
    ending.show()
    save(ending, out, f"end_pairing_{lang}.png")
    ending.close()
    window.close()


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    make_app()
    with tempfile.TemporaryDirectory() as tmp:
        url = str(Path(tmp) / "shots.sqlite3")
        init_db(url)
        demo_data()
        session = Session(url, SYSTEM)
        shoot(session, out, "en")
        if (i18n.TRANSLATIONS / "belteam_nl.qm").exists():
            shoot(session, out, "nl")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
