"""The screens of the main window and who may open them (the check itself is in belteam.actors)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ui.session import Session


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("Pages", ...)
    factory: Callable[[Session], QWidget]
    permission: str


def _today(session: Session) -> QWidget:
    from ui.today_page import TodayPage
    return TodayPage(session)


def _outreach(session: Session) -> QWidget:
    from ui.outreach_page import OutreachPage
    return OutreachPage(session)


def _residents(session: Session) -> QWidget:
    from ui.people_page import ResidentsPage
    return ResidentsPage(session)


def _volunteers(session: Session) -> QWidget:
    from ui.people_page import VolunteersPage
    return VolunteersPage(session)


def _pairings(session: Session) -> QWidget:
    from ui.pairings_page import PairingsPage
    return PairingsPage(session)


def _users(session: Session) -> QWidget:
    from ui.users_page import UsersPage
    return UsersPage(session)


def _audit(session: Session) -> QWidget:
    from ui.audit_page import AuditPage
    return AuditPage(session)


def _settings(session: Session) -> QWidget:
    from ui.settings_page import SettingsPage
    return SettingsPage(session)


# Order is the order on screen. Each later screen adds one line here.
PAGES: list[PageSpec] = [
    PageSpec("today", QT_TRANSLATE_NOOP("Pages", "Today"), _today, "calls.log"),
    PageSpec("outreach", QT_TRANSLATE_NOOP("Pages", "Follow-up"), _outreach, "outreach.read"),
    PageSpec("residents", QT_TRANSLATE_NOOP("Pages", "Residents"), _residents, "calls.log"),
    PageSpec("volunteers", QT_TRANSLATE_NOOP("Pages", "Volunteers"), _volunteers, "people.read_all"),
    PageSpec("pairings", QT_TRANSLATE_NOOP("Pages", "Pairings"), _pairings, "pairings.edit"),
    PageSpec("users", QT_TRANSLATE_NOOP("Pages", "Accounts"), _users, "users.admin"),
    PageSpec("audit", QT_TRANSLATE_NOOP("Pages", "Audit log"), _audit, "audit.read"),
    PageSpec("settings", QT_TRANSLATE_NOOP("Pages", "Settings"), _settings, "settings.edit"),
]
