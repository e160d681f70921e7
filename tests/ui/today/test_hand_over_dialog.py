"""Hand-over covers the whole absence: every resident with a call in it, suggested substitutes
first, one substitute for all or one per resident, and no day left needing cover."""

from __future__ import annotations

from datetime import date, timedelta

from belteam_gui.app.session import Session
from belteam_gui.today.hand_over_dialog import HandOverDialog
from belteam_gui.today.page import TodayPage
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from today_helpers import COORDINATOR, settle

from belteam.calls import absences, schedule
from belteam.core.actors import SYSTEM
from belteam.pairings import service as pairings
from belteam.people import service as people
from belteam.storage.models import Cover

AWAY_FROM, AWAY_TO = date(2026, 12, 1), date(2026, 12, 14)


def _volunteer(code: str, first: str, area: str, languages: str, capacity: int = 10):
    return people.save_volunteer(SYSTEM, {"code": code, "first_name": first, "area": area,
                                          "languages": languages, "max_residents": capacity})


def _resident(code: str, first: str, area: str = "Havelte", languages: str = "nl"):
    return people.save_resident(SYSTEM, {"code": code, "first_name": first, "area": area,
                                         "languages": languages})


def test_hand_over_lists_the_whole_absence_and_leaves_no_day_uncovered(qtbot, sqlite_db,
                                                                       clock, monkeypatch):
    piet = _volunteer("V1", "Piet", "Havelte", "nl, ar")
    kees = _volunteer("V2", "Kees", "Havelte", "nl")
    _volunteer("V3", "Full", "Havelte", "nl", capacity=0)
    ahmed = _volunteer("V4", "Ahmed", "Diever", "ar")
    start = date(2026, 11, 2)
    for code, name, plan, langs in (("R1", "Tuesday", "weekly:tue", "nl"),
                                    ("R2", "Friday", "weekly:fri", "nl"),
                                    ("R3", "Thursday", "biweekly:thu", "ar")):
        pairings.pair(SYSTEM, _resident(code, name, languages=langs), piet, plan, start=start,
                      force=True)
    absences.add_absence(SYSTEM, piet.id, AWAY_FROM, AWAY_TO, "holiday")
    clock.pin(AWAY_FROM)
    page = TodayPage(Session("test", COORDINATOR))
    qtbot.addWidget(page)
    settle(qtbot, page)
    assert [c.resident_name for c in page.model.needs_cover()] == ["Tuesday"]  # only today's
    seen = {}

    def hand_over(dialog: HandOverDialog) -> int:
        seen["residents"] = [c.resident_name for c in dialog.calls]
        seen["suggested"] = [dialog.substitute_combo.itemText(i)
                             for i in range(dialog.substitute_combo.count())]
        check, own, call = next(row for row in dialog.call_boxes
                                if row[2].resident_name == "Thursday")
        own.setCurrentIndex(own.findData(ahmed.id))  # one resident to someone else
        assert dialog.substitute_combo.currentData() == kees.id  # suggested first
        dialog.hand_over()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(HandOverDialog, "exec", hand_over)
    qtbot.mouseClick(page.banner.hand_over_button, Qt.MouseButton.LeftButton)
    assert seen["residents"] == ["Friday", "Thursday", "Tuesday"]  # the whole absence
    assert seen["suggested"][0] == "Kees — same area, speaks nl, 10 places free"
    assert seen["suggested"][-1].startswith("Full")  # no place left: last
    assert {(c.pairing.resident.first_name, c.volunteer_id, c.start_date, c.end_date)
            for c in Cover.select()} == {("Tuesday", kees.id, AWAY_FROM, AWAY_TO),
                                         ("Friday", kees.id, AWAY_FROM, AWAY_TO),
                                         ("Thursday", ahmed.id, AWAY_FROM, AWAY_TO)}
    assert absences.needs_cover(COORDINATOR, AWAY_FROM, AWAY_TO) == []
    for offset in range((AWAY_TO - AWAY_FROM).days + 1):
        day = AWAY_FROM + timedelta(days=offset)
        clock.pin(day)
        assert all(c.status != "needs_cover" for c in schedule.today_list(COORDINATOR, day))
    qtbot.waitUntil(page.banner.isHidden)  # the page reloads in its worker after the change
