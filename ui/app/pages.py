"""The screens of the main window and who may open them (the check itself is in belteam.core.actors)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from belteam_gui.accounts.audit_page import AuditPage
from belteam_gui.accounts.users_page import UsersPage
from belteam_gui.app.session import Session
from belteam_gui.outreach.page import OutreachPage
from belteam_gui.pairings.page import PairingsPage
from belteam_gui.people.residents_page import ResidentsPage
from belteam_gui.people.volunteers_page import VolunteersPage
from belteam_gui.settings.page import SettingsPage
from belteam_gui.today.page import TodayPage
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("Pages", ...)
    factory: Callable[[Session], QWidget]
    permission: str


def _today(session: Session) -> QWidget:
    return TodayPage(session)


def _outreach(session: Session) -> QWidget:
    return OutreachPage(session)


def _residents(session: Session) -> QWidget:
    return ResidentsPage(session)


def _volunteers(session: Session) -> QWidget:
    return VolunteersPage(session)


def _pairings(session: Session) -> QWidget:
    return PairingsPage(session)


def _overview(session: Session) -> QWidget:
    from belteam_gui.reports.page import OverviewPage
    return OverviewPage(session)


def _users(session: Session) -> QWidget:
    return UsersPage(session)


def _audit(session: Session) -> QWidget:
    return AuditPage(session)


def _settings(session: Session) -> QWidget:
    return SettingsPage(session)


# Order is the order on screen. Each later screen adds one line here.
PAGES: list[PageSpec] = [
    PageSpec("today", QT_TRANSLATE_NOOP("Pages", "Today"), _today, "calls.log"),
    PageSpec("outreach", QT_TRANSLATE_NOOP("Pages", "Follow-up"), _outreach, "outreach.read"),
    PageSpec("residents", QT_TRANSLATE_NOOP("Pages", "Residents"), _residents, "calls.log"),
    PageSpec("volunteers", QT_TRANSLATE_NOOP("Pages", "Volunteers"), _volunteers, "people.read_all"),
    PageSpec("pairings", QT_TRANSLATE_NOOP("Pages", "Pairings"), _pairings, "pairings.edit"),
    PageSpec("overview", QT_TRANSLATE_NOOP("Pages", "Overview"), _overview, "reports.read"),
    PageSpec("users", QT_TRANSLATE_NOOP("Pages", "Accounts"), _users, "users.admin"),
    PageSpec("audit", QT_TRANSLATE_NOOP("Pages", "Audit log"), _audit, "audit.read"),
    PageSpec("settings", QT_TRANSLATE_NOOP("Pages", "Settings"), _settings, "settings.edit"),
]
