"""Offscreen 1366×768 screenshots of the main window's screens and dialogs, per language.

Run: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUT_DIR] [--only NAME ...]
English always; Dutch too when resources/translations/belteam_nl.qm exists.

To add a screen: write ``def shot_something(ctx: Shot) -> None`` that opens it and calls
``ctx.save(widget, "something")``, and decorate it with ``@screen``. The demo data set
(``build_demo``) is made once through the services; add to it what your screen needs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from belteam_gui.app import i18n  # noqa: E402
from belteam_gui.app.main import make_app  # noqa: E402
from belteam_gui.app.session import Session  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from belteam.core.actors import SYSTEM, Actor  # noqa: E402
from belteam.core.clock import clock  # noqa: E402
from belteam.pairings import service as pairings
from belteam.people import service as people  # noqa: E402
from belteam.storage.migrations import init_db  # noqa: E402
from scripts.shots import grab_png  # noqa: E402

SIZE = (1366, 768)
DAY = date(2026, 11, 30)  # a Monday, as in the tests
COORDINATOR = Actor("coordinator", "coordinator", user_id=1)


@dataclass
class Shot:
    """What a screenshot function gets: the window, its session, where and in which language."""

    window: QWidget
    session: Session
    out: Path
    language: str

    def save(self, widget: QWidget, name: str) -> Path:
        """Save ``widget`` as OUT/NAME_LANG.png after pending paints and layouts."""
        return grab_png(widget, self.out / f"{name}_{self.language}.png")

    def show(self, key: str) -> QWidget:
        """Show the main window's screen ``key`` with the keyboard focus where it starts."""
        page = self.window.show_page(key)
        focus = getattr(page, "initial_focus", None)
        if callable(focus):
            focus()
        return page


SCREENS: list[Callable[[Shot], None]] = []


def screen(func: Callable[[Shot], None]) -> Callable[[Shot], None]:
    """Register a screenshot function (they run in order of definition)."""
    SCREENS.append(func)
    return func


# -- demo data ---------------------------------------------------------------------------------
VOLUNTEERS = [
    ("V01", "Anna", "Bakker", "06 12000001", "nl, en", "Havelte", 5),
    ("V02", "Gerrit", "de Vries", "06 12000002", "nl, fy", "Diever", 4),
    ("V03", "Samira", "El Amrani", "06 12000003", "nl, ar", "Havelte", 3),
    ("V04", "Hélène", "Brüggemann", "0521 345678", "nl, de, fr", "Dwingeloo", 6),
]
RESIDENTS = [  # code, first, last, area, phone, lives alone, status, volunteer, plan
    ("D001", "Jan", "Ročak", "Havelte", "0521 123456", True, "active", "V01", "weekly:tue"),
    ("D002", "Maaïke", "Hoekstra", "Diever", "06 23456789", True, "active", "V02", "weekly:mon+thu"),
    ("D003", "فاطمة", "الزهراء", "Havelte", "06 34567890", True, "active", "V03", "biweekly:fri"),
    ("D004", "Albertje", "Mulder", "Uffelte", "0521 234567", True, "paused", "V01", "weekly:wed"),
    ("D005", "Roelof", "Smit", "Wapse", "0521 456789", False, "waiting", None, None),
    ("D006", "Jantje", "van der Berg", "Vledder", "0521 567890", True, "active", "V04", "daily"),
    ("D007", "Geesje", "Koster", "Dwingeloo", "0521 678901", True, "active", "V04", "monthly:1mon"),
    ("D008", "Hendrik", "Jansen", "Havelte", "06 45678901", False, "waiting", None, None),
    ("D009", "Trijntje", "Post", "Diever", "0521 789012", True, "active", "V02", "weekly:fri"),
    ("D010", "Willem", "de Boer", "Uffelte", "06 56789012", True, "stopped", None, None),
    ("D011", "Aaltje", "Dekker", "Havelte", "0521 890123", True, "active", "V01", "weekdays"),
    ("D012", "Mustafa", "Yılmaz", "Dwingeloo", "06 67890123", False, "active", "V03", "weekly:tue"),
    ("D013", "Klaasje", "Bos", "Wapse", "0521 901234", True, "waiting", None, None),
    ("D014", "Berend", "Hofman", "Vledder", "+32 470 12 34 56", True, "active", "V04", "weekly:thu"),
    ("D015", "Hennie", "Meijer", "Diever", "0521 012345", False, "waiting", None, None),
]


def build_demo(url: str) -> None:
    """A small village team, made through the services as the program would."""
    init_db(url)
    clock.pin(DAY)
    vols = {}
    for code, first, last, phone, langs, area, most in VOLUNTEERS:
        vols[code] = people.save_volunteer(SYSTEM, {
            "code": code, "first_name": first, "last_name": last, "phone": phone,
            "languages": langs, "area": area, "max_residents": most})
    for code, first, last, area, phone, alone, status, vol, plan in RESIDENTS:
        resident = people.save_resident(SYSTEM, {
            "code": code, "first_name": first, "last_name": last, "area": area, "phone": phone,
            "lives_alone": alone, "status": "waiting", "languages": "nl",
            "birth_date": date(1935 + int(code[1:]) % 15, 3, 1 + int(code[1:])),
            "consent_date": DAY - timedelta(days=40), "consent_by": "resident",
            "consent_purpose": "phone calls and notes"})
        if vol:
            pairings.pair(SYSTEM, resident, vols[vol], plan, start=DAY - timedelta(days=30))
        if status in ("paused", "stopped"):
            people.save_resident(SYSTEM, {"status": status}, resident.id)
    gone = people.save_resident(SYSTEM, {"code": "D016", "first_name": "Grietje", "last_name": "Kuipers",
                                         "area": "Havelte", "status": "stopped"})
    people.set_archived(SYSTEM, gone)


# -- screens -------------------------------------------------------------------------------------
@screen
def shot_residents(ctx: Shot) -> None:
    ctx.show("residents")
    ctx.save(ctx.window, "residents")


@screen
def shot_residents_filtered(ctx: Shot) -> None:
    page = ctx.show("residents")
    page.filter_edit.setText("rocak")
    ctx.save(ctx.window, "residents_filter")
    page.filter_edit.clear()


@screen
def shot_volunteers(ctx: Shot) -> None:
    ctx.show("volunteers")
    ctx.save(ctx.window, "volunteers")


@screen
def shot_resident_dialog(ctx: Shot) -> None:
    from belteam_gui.people.person_dialogs import ResidentDialog

    page = ctx.show("residents")
    page.filter_edit.setText("rocak")
    dialog = ResidentDialog(ctx.session, page.current_id(), ctx.window)
    dialog.show()
    ctx.save(dialog, "resident_dialog")
    dialog.form.editors["phone"].widget.setText("0521 12")  # a typing slip, as you type
    dialog.form.editors["phone"].touched = True
    dialog.form.validate("phone")
    ctx.save(dialog, "resident_dialog_error")
    dialog.form.dirty = False
    dialog.reject()
    page.filter_edit.clear()


@screen
def shot_new_volunteer_dialog(ctx: Shot) -> None:
    from belteam_gui.people.person_dialogs import VolunteerDialog

    ctx.show("volunteers")
    dialog = VolunteerDialog(ctx.session, None, ctx.window)
    dialog.show()
    ctx.save(dialog, "volunteer_dialog_new")
    dialog.reject()


@screen
def shot_residents_as_volunteer(ctx: Shot) -> None:
    """What a volunteer sees: only their own residents, and no archive button."""
    anna = people.volunteer_by_code(SYSTEM, "V01")
    ctx.session.set_actor(Actor("anna", "volunteer", user_id=2, volunteer_id=anna.id))
    try:
        ctx.show("residents")
        ctx.save(ctx.window, "residents_volunteer")
    finally:
        ctx.session.set_actor(COORDINATOR)


def _outreach_history() -> None:
    """A month of calls where some residents stop being reached, then the night's evaluation."""
    from datetime import datetime, time

    from belteam.calls import log as calls
    from belteam.core.clock import TZ
    from belteam.outreach import cases as outreach
    from belteam.pairings.plans import occurrences, parse_plan
    from belteam.storage.models import OutreachCase, Pairing

    if OutreachCase.select().exists():
        return  # made once, for the first language
    trouble = {  # code -> (last reached day, what went wrong afterwards)
        "D001": (DAY - timedelta(days=14), [(-6, 10, "no_answer"), (-6, 16, "no_answer"),
                                             (-5, 11, "voicemail")]),
        "D002": (DAY - timedelta(days=12), []),
        "D012": (DAY, [(-6, 10, "concern")]),
        "D014": (DAY, [(-4, 10, "wrong_number")]),
    }
    for pairing in Pairing.select().where(Pairing.end_date.is_null()):
        code = pairing.resident.code
        last_reached, problems = trouble.get(code, (DAY, []))
        for day in occurrences(parse_plan(pairing.rrule), pairing.start_date, pairing.start_date,
                               DAY - timedelta(days=1)):
            if day <= last_reached and not (code == "D012" and day >= DAY - timedelta(days=6)):
                clock.pin(datetime.combine(day, time(10, 30), TZ))
                calls.log_call(SYSTEM, pairing.resident_id, "reached", volunteer_id=pairing.volunteer_id)
        for offset, hour, what in problems:
            moment = datetime.combine(DAY + timedelta(days=offset), time(hour, 5), TZ)
            clock.pin(moment)
            concern = what == "concern"
            calls.log_call(SYSTEM, pairing.resident_id, "reached" if concern else what,
                           concern=concern, volunteer_id=pairing.volunteer_id,
                           note="Sounded confused; asked twice who I was." if concern else "")
    clock.pin(datetime.combine(DAY, time(7, 0), TZ))
    outreach.evaluate(SYSTEM, DAY)
    staff = Actor("stef", "staff")
    wrong = people.resident_by_code(SYSTEM, "D014")
    case = outreach.open_cases([wrong.id])[wrong.id]
    outreach.take(staff, case.id)
    outreach.add_action(staff, case.id, "message_neighbour", "Asked the neighbour for the new number")
    clock.pin(DAY)


@screen
def shot_outreach(ctx: Shot) -> None:
    """Staff's follow-up queue with the most urgent case open, then closing it (confirmation)."""
    from belteam_gui.outreach.case_dialog import CloseCaseDialog

    _outreach_history()
    ctx.session.set_actor(Actor("stef", "staff"))
    try:
        page = ctx.show("outreach")
        page.reload()
        page.select_id(page.model.row(0).case_id)
        ctx.save(ctx.window, "outreach")
        page.view.lists.setCurrentWidget(page.view.timeline_view)  # newest first
        ctx.save(ctx.window, "outreach_timeline")
        page.view.lists.setCurrentWidget(page.view.attempts_view)
        dialog = CloseCaseDialog(page.current_case().resident_name, ctx.window)
        dialog.choice.setCurrentIndex(dialog.choice.findData("hospital"))
        dialog.text.setPlainText("Her daughter says she was admitted on Tuesday.")
        dialog.show()
        ctx.save(dialog, "outreach_close")
        dialog.done(0)
    finally:
        ctx.session.set_actor(COORDINATOR)


@screen
def shot_settings(ctx: Shot) -> None:
    """The coordinator's settings, with one value refused by its range."""
    page = ctx.show("settings")
    page.reload()
    ctx.save(ctx.window, "settings")
    page.editors["organisation_name"].widget.setText("x" * 101)  # past the 100 allowed
    page.editors["organisation_name"].widget.textEdited.emit("x")
    page.save()
    ctx.save(ctx.window, "settings_error")
    page.reload()


# -- running -------------------------------------------------------------------------------------
def languages() -> list[str]:
    dutch = i18n.TRANSLATIONS / "belteam_nl.qm"
    return ["en", "nl"] if dutch.exists() else ["en"]


def run(out: Path, only: list[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = make_app()
    url = str(Path(tempfile.mkdtemp(prefix="belteam-shots-")) / "demo.sqlite3")
    os.environ["BELTEAM_HOME"] = str(Path(url).parent)
    build_demo(url)
    if "nl" not in languages():
        print("resources/translations/belteam_nl.qm is missing: English screenshots only")
    from belteam_gui.app.main_window import MainWindow

    for language in languages():
        i18n.install(language)
        session = Session(url, COORDINATOR)
        window = MainWindow(session)
        window.resize(*SIZE)
        window.show()
        ctx = Shot(window, session, out, language)
        for func in SCREENS:
            if not only or func.__name__.removeprefix("shot_") in only:
                func(ctx)
        window.close()
        window.deleteLater()
        app.processEvents()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "screenshots"))
    parser.add_argument("--only", nargs="*", default=[], help="names without shot_, e.g. residents")
    args = parser.parse_args(argv)
    run(Path(args.out), args.only)


if __name__ == "__main__":
    main()
