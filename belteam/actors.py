"""Who is acting, and what each role may do. The one place permissions are decided."""

from __future__ import annotations

from dataclasses import dataclass

SYSTEM_ROLE = "system"
COORDINATOR = "coordinator"
VOLUNTEER = "volunteer"
STAFF = "staff"

# permission -> roles allowed (the system actor may do everything)
PERMISSIONS: dict[str, frozenset[str]] = {
    "people.read_all": frozenset({COORDINATOR, STAFF}),
    "people.edit": frozenset({COORDINATOR}),
    "people.import": frozenset({COORDINATOR}),
    "pairings.edit": frozenset({COORDINATOR}),
    "absences.edit": frozenset({COORDINATOR}),
    "cover.assign": frozenset({COORDINATOR}),
    "calls.log": frozenset({COORDINATOR, VOLUNTEER, STAFF}),
    "calls.read_all": frozenset({COORDINATOR, STAFF}),
    "notes.confidential": frozenset({COORDINATOR, STAFF}),
    "today.team": frozenset({COORDINATOR, STAFF}),
    "outreach.read": frozenset({COORDINATOR, STAFF}),
    "outreach.work": frozenset({COORDINATOR, STAFF}),
    "outreach.evaluate": frozenset({COORDINATOR, STAFF}),
    "reports.read": frozenset({COORDINATOR, STAFF}),
    # A volunteer prints/exports only their OWN call list (ical.py, printing.py check that);
    # data exports (export.data, privacy.export) stay coordinator-only.
    "export.schedule": frozenset({COORDINATOR, VOLUNTEER}),
    "export.data": frozenset({COORDINATOR}),
    "privacy.export": frozenset({COORDINATOR}),
    "privacy.erase": frozenset({COORDINATOR}),
    "privacy.consent": frozenset({COORDINATOR}),
    "privacy.purge": frozenset({COORDINATOR}),
    "audit.read": frozenset({COORDINATOR}),
    "settings.edit": frozenset({COORDINATOR}),
    "users.admin": frozenset({COORDINATOR}),
}


class PermissionDenied(Exception):
    """The acting user's role does not allow this; the message names the action and role."""


@dataclass(frozen=True)
class Actor:
    """The acting user as the services see it."""

    username: str
    role: str
    user_id: int | None = None
    volunteer_id: int | None = None

    @property
    def is_system(self) -> bool:
        return self.role == SYSTEM_ROLE

    def can(self, permission: str) -> bool:
        if permission not in PERMISSIONS:
            raise KeyError(f"unknown permission {permission!r}")
        return self.is_system or self.role in PERMISSIONS[permission]


SYSTEM = Actor(username="system", role=SYSTEM_ROLE)

ACTION_LABELS = {
    "people.read_all": "seeing all residents and volunteers",
    "people.edit": "changing volunteers and residents",
    "people.import": "importing spreadsheets",
    "pairings.edit": "pairing residents with volunteers",
    "export.data": "exporting data",
    "privacy.export": "exporting a person's data",
    "privacy.erase": "erasing a person",
    "audit.read": "reading the audit log",
    "settings.edit": "changing settings",
    "users.admin": "managing accounts",
    "calls.read_all": "reading every resident's call history",
    "notes.confidential": "reading confidential notes",
    "today.team": "seeing the whole team's calls",
    "outreach.read": "seeing outreach cases",
    "outreach.work": "working on outreach cases",
    "outreach.evaluate": "closing outreach cases",
    "reports.read": "reading reports",
    "export.schedule": "exporting schedules",
    "absences.edit": "recording absences",
    "cover.assign": "assigning cover",
    "privacy.consent": "recording consent",
    "privacy.purge": "purging old notes",
}


def require(actor: Actor, permission: str) -> None:
    """Raise PermissionDenied unless the actor's role allows ``permission``."""
    if not actor.can(permission):
        what = ACTION_LABELS.get(permission, permission)
        raise PermissionDenied(f"Not allowed for the role {actor.role}: {what}.")
