"""Offscreen 1366×768 screenshots of the Today screen, the log-call dialog and the history.

Run: QT_QPA_PLATFORM=offscreen python scripts/screenshots_today.py [OUT_DIR]
(English always; Dutch too when resources/translations/belteam_nl.qm exists.)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from belteam_gui.app import i18n  # noqa: E402
from belteam_gui.app.main import make_app  # noqa: E402
from belteam_gui.app.session import Session  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from belteam.core.clock import clock  # noqa: E402
from belteam.storage.migrations import init_db  # noqa: E402
from scripts.shots import grab_png  # noqa: E402
from tests.today_helpers import COORDINATOR, Morning, build_morning  # noqa: E402

SIZE = (1366, 768)
# Monday after Christmas: Saturday's retry fell on Tweede Kerstdag, Friday's missed one on
# Eerste Kerstdag, so the holiday marks show.
DAY = date(2026, 12, 28)


def save(widget: QWidget, out: Path, name: str) -> Path:
    return grab_png(widget, out / name)


def _window(session: Session) -> tuple[QWidget, QWidget]:
    from belteam_gui.app.main_window import MainWindow

    window = MainWindow(session)
    page = window.show_page("today")
    window.resize(*SIZE)
    window.show()
    while page.loading():  # the list is read in a worker thread
        QCoreApplication.processEvents()
        time.sleep(0.005)
    for _ in range(30):  # and the columns fitted once the resize settles
        QCoreApplication.processEvents()
        time.sleep(0.01)
    page.initial_focus()
    return window, page


def shoot_today(morning: Morning, out: Path, lang: str) -> None:
    """The volunteer's morning, and the coordinator's team view with the cover banner."""
    window, _page = _window(Session("shots", morning.actor))
    save(window, out, f"today_{lang}.png")
    window.close()
    window, page = _window(Session("shots", COORDINATOR))
    save(window, out, f"today_team_{lang}.png")
    window.close()


def shoot_log_call(morning: Morning, out: Path, lang: str) -> None:
    """Anna's call, reached, with a half-typed note."""
    from belteam_gui.today.log_call_dialog import LogCallDialog

    window, page = _window(Session("shots", morning.actor))
    call = next(c for c in page.model.calls() if c.resident_name == "Anna de Vries")
    dialog = LogCallDialog(page.session, call, parent=window)
    dialog.show()
    form = dialog.form
    form.outcome_buttons["reached"].setChecked(True)
    form.note_edit.setPlainText("Knee is better, she walked to the baker's again. Her grandson "
                                "comes at the weekend; she asked whether someone could")
    form.note_edit.moveCursor(form.note_edit.textCursor().MoveOperation.End)
    form.wellbeing_spin.setValue(7)
    form.topic_boxes["health"].setChecked(True)
    form.topic_boxes["family"].setChecked(True)
    form.note_edit.setFocus()
    save(dialog, out, f"log_call_{lang}.png")
    dialog.drafts.clear(dialog.draft_key)
    dialog.saved_attempt = object()  # a screenshot: keep no draft behind
    dialog.close()
    window.close()


def shoot_history(morning: Morning, out: Path, lang: str) -> None:
    from belteam_gui.today.history_dialog import HistoryDialog

    dialog = HistoryDialog(Session("shots", COORDINATOR), morning.residents["R1"].id)
    dialog.show()
    save(dialog, out, f"history_{lang}.png")
    dialog.close()


def shoot(morning: Morning, out: Path, lang: str) -> None:
    i18n.install(lang)
    shoot_today(morning, out, lang)
    shoot_log_call(morning, out, lang)
    shoot_history(morning, out, lang)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BELTEAM_HOME"] = tmp  # drafts and backups stay out of the real folder
        make_app()
        url = str(Path(tmp) / "shots.sqlite3")
        init_db(url)
        clock.pin(DAY)
        morning = build_morning(DAY)
        from belteam.calls import log as calls

        # A third attempt this morning, so the retry row shows attempts over two days.
        calls.log_call(morning.actor, morning.residents["R3"].id, "busy",
                       at=clock.now().replace(hour=9, minute=10))
        shoot(morning, out, "en")
        if (i18n.TRANSLATIONS / "belteam_nl.qm").exists():
            shoot(morning, out, "nl")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
