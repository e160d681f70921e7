"""Every dialog of the program, built on a small team (not a test module): for the walks
over all dialogs (mnemonics, Escape)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from belteam_gui.app.session import Session
from PySide6.QtWidgets import QDialog
from today_helpers import COORDINATOR, Morning

from belteam.accounts.users import create_user
from belteam.calls import schedule
from belteam.core.actors import SYSTEM
from belteam.pairings import service as pairings

Factory = Callable[[], QDialog]


def catalogue(morning: Morning) -> dict[str, Factory]:
    """Name -> a function that builds the dialog (each call a new one)."""
    from belteam_gui.accounts.account_dialogs import (
        AddAccountDialog,
        ChangeOwnPasswordDialog,
        LinkVolunteerDialog,
        ResetPasswordDialog,
    )
    from belteam_gui.accounts.first_run_dialog import FirstRunDialog
    from belteam_gui.accounts.passphrase_dialog import PassphraseDialog
    from belteam_gui.accounts.signin_dialog import SignInDialog
    from belteam_gui.importing.dialog import ImportDialog
    from belteam_gui.outreach.case_dialog import AddActionDialog, CloseCaseDialog
    from belteam_gui.pairings.end_pairing_dialog import EndPairingDialog
    from belteam_gui.pairings.pair_dialog import PairDialog
    from belteam_gui.people.absences_dialog import AbsencesDialog
    from belteam_gui.people.person_dialogs import ResidentDialog, VolunteerDialog
    from belteam_gui.today.hand_over_dialog import HandOverDialog
    from belteam_gui.today.history_dialog import HistoryDialog
    from belteam_gui.today.log_call_dialog import LogCallDialog
    from belteam_gui.today.schedule_export import PeriodDialog

    coordinator = Session("test", COORDINATOR)
    calls = schedule.today_list(morning.actor)
    anna = next(c for c in calls if c.resident_name == "Anna de Vries")
    cover = [c for c in schedule.today_list(COORDINATOR) if c.status == "needs_cover"]
    resident = morning.residents["R1"]
    running = pairings.current_pairing(resident, morning.day)
    user = _user()
    return {
        "sign in": lambda: SignInDialog(None, "Welzijn"),
        "first run": FirstRunDialog,
        "passphrase": lambda: PassphraseDialog("/data/secret.db"),
        "new passphrase": lambda: PassphraseDialog("/data/new.db", new=True),
        "add account": lambda: AddAccountDialog(COORDINATOR),
        "reset password": lambda: ResetPasswordDialog(COORDINATOR, user),
        "link volunteer": lambda: LinkVolunteerDialog(COORDINATOR, user, None),
        "change my password": lambda: ChangeOwnPasswordDialog(COORDINATOR),
        "import residents": lambda: ImportDialog(coordinator, "residents"),
        "add action": lambda: AddActionDialog("Anna de Vries"),
        "close case": lambda: CloseCaseDialog("Anna de Vries"),
        "pair": lambda: PairDialog(coordinator),
        "change plan": lambda: PairDialog(coordinator, pairing_id=running.id),
        "end pairing": lambda: EndPairingDialog("Jan Visser", "Anna de Vries", date(2026, 11, 2)),
        "absences": lambda: AbsencesDialog(coordinator, morning.jan.id, "Jan Visser"),
        "new volunteer": lambda: VolunteerDialog(coordinator, None),
        "volunteer": lambda: VolunteerDialog(coordinator, morning.jan.id),
        "new resident": lambda: ResidentDialog(coordinator, None),
        "resident": lambda: ResidentDialog(coordinator, resident.id),
        "hand over": lambda: HandOverDialog(coordinator, cover),
        "history": lambda: HistoryDialog(coordinator, resident.id),
        "log call": lambda: LogCallDialog(Session("test", morning.actor), anna),
        "print period": lambda: PeriodDialog(morning.day),
    }


def _user() -> str:
    create_user(SYSTEM, "els", "staff", "a long enough passphrase 1")
    return "els"
